import type { Protocol } from './types.js';

/** A --classes selection that names an unknown class or leaves a response behind. */
export class ClassSelectionError extends Error {
  override readonly name = 'ClassSelectionError';
}

/**
 * The protocol cut to the named classes (kept in spec order, with every constant): dispatch, METHODS
 * and types then cover only those. A method whose response lies outside the selection is an error
 * naming both, since a client driven by METHODS would wait for a reply it cannot decode.
 */
export function selectClasses(protocol: Protocol, names: readonly string[]): Protocol {
  const known = new Set(protocol.classes.map((c) => c.specName));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0)
    throw new ClassSelectionError(
      `--classes names ${unknown.map((n) => `"${n}"`).join(', ')}, not in the spec (classes: ${[...known].join(', ')})`,
    );
  if (names.length === 0) throw new ClassSelectionError('--classes names no class');
  const wanted = new Set(names);
  const classes = protocol.classes.filter((c) => wanted.has(c.specName));
  const methods = classes.flatMap((c) => c.methods);
  const kept = new Set(methods.map((m) => m.fullName));
  for (const method of methods) {
    const outside = method.responses.filter((r) => !kept.has(r));
    if (outside.length > 0)
      throw new ClassSelectionError(
        `--classes: ${method.fullName} is answered by ${outside.join(', ')}, which is not selected; add its class`,
      );
  }
  return { ...protocol, classes, methods };
}
