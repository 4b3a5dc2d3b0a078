import { SpecError } from '../errors.js';
import type { Origin, RawClass, RawConstant, RawDomain, RawField, RawMethod, RawSpec } from '../parse/raw.js';

/** All inputs folded into one spec, in input order. */
export interface MergedSpec {
  readonly files: readonly string[];
  readonly header: Pick<RawSpec, 'major' | 'minor' | 'revision' | 'port'> & { readonly file: string };
  readonly constants: readonly RawConstant[];
  readonly domains: readonly RawDomain[];
  readonly classes: readonly RawClass[];
}

/**
 * Merge rules: inputs apply in order; classes match by name (their indexes must
 * agree); a constant, domain, method or property defined twice is an error naming
 * both places unless the two definitions are identical; extension properties and
 * methods append to the class.
 */
export function mergeSpecs(specs: readonly RawSpec[]): MergedSpec {
  if (specs.length === 0) throw new Error('no spec inputs given');
  const constants = new Keyed<RawConstant>('constant');
  const domains = new Keyed<RawDomain>('domain');
  const classes = new Map<string, MutableClass>();
  let header: MergedSpec['header'] | undefined;

  for (const spec of specs) {
    rejectDuplicatesWithin(spec);
    if (header === undefined && spec.major !== undefined) header = { ...spec, file: spec.file };
    else if (header !== undefined && spec.major !== undefined) checkVersion(header, spec);
    spec.constants.forEach((c) => constants.add(c.name, c));
    spec.domains.forEach((d) => domains.add(d.name, d));
    for (const cls of spec.classes) {
      const existing = classes.get(cls.name);
      if (existing === undefined) {
        classes.set(cls.name, newMutableClass(cls));
        continue;
      }
      if (existing.base.index !== cls.index) {
        throw conflict(
          `class index ${cls.index} differs from ${existing.base.index}`,
          existing.base.origin,
          cls.origin,
        );
      }
      cls.methods.forEach((m) => existing.methods.add(m.name, m));
      cls.properties.forEach((p) => existing.properties.add(p.name, p));
    }
  }
  return {
    files: specs.map((s) => s.file),
    header: header ?? { file: specs[0].file, major: undefined, minor: undefined, revision: undefined, port: undefined },
    constants: constants.values(),
    domains: domains.values(),
    classes: [...classes.values()].map((c) => ({
      ...c.base,
      methods: c.methods.values(),
      properties: c.properties.values(),
    })),
  };
}

/** Inside one file a name may appear once: merging by name is for combining files. */
function rejectDuplicatesWithin(spec: RawSpec): void {
  const once = <T extends { readonly name: string; readonly origin: Origin }>(kind: string, items: readonly T[]) => {
    const seen = new Map<string, T>();
    for (const item of items) {
      const first = seen.get(item.name);
      if (first) throw conflict(`${kind} "${item.name}" appears twice in this file`, first.origin, item.origin);
      seen.set(item.name, item);
    }
  };
  once('constant', spec.constants);
  once('domain', spec.domains);
  once('class', spec.classes);
  for (const cls of spec.classes) {
    once('method', cls.methods);
    once('property', cls.properties);
    for (const method of cls.methods) once('field', method.fields);
  }
}

interface MutableClass {
  readonly base: RawClass;
  readonly methods: Keyed<RawMethod>;
  readonly properties: Keyed<RawField>;
}

function newMutableClass(cls: RawClass): MutableClass {
  const methods = new Keyed<RawMethod>('method');
  const properties = new Keyed<RawField>('property');
  cls.methods.forEach((m) => methods.add(m.name, m));
  cls.properties.forEach((p) => properties.add(p.name, p));
  return { base: cls, methods, properties };
}

function checkVersion(header: MergedSpec['header'], spec: RawSpec): void {
  const a = `${header.major}-${header.minor}-${header.revision}`;
  const b = `${spec.major}-${spec.minor}-${spec.revision}`;
  if (a !== b) throw new SpecError(`protocol version ${b} differs from ${a} in ${header.file}`, spec.file, 'amqp');
}

/** Definitions by name in first-seen order; a second definition must be identical. */
class Keyed<T extends { readonly origin: Origin }> {
  private readonly byName = new Map<string, T>();
  constructor(private readonly kind: string) {}

  add(name: string, item: T): void {
    const previous = this.byName.get(name);
    if (previous === undefined) this.byName.set(name, item);
    else if (!sameDefinition(previous, item)) {
      throw conflict(
        `${this.kind} "${name}" is defined twice with different definitions`,
        previous.origin,
        item.origin,
      );
    }
  }

  values(): T[] {
    return [...this.byName.values()];
  }
}

function conflict(message: string, first: Origin, second: Origin): SpecError {
  return new SpecError(`${message} (first defined at ${first.file}: ${first.path})`, second.file, second.path);
}

/** Equal apart from where they were found. */
function sameDefinition(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, withoutOrigin) === JSON.stringify(b, withoutOrigin);
}

function withoutOrigin(key: string, value: unknown): unknown {
  return key === 'origin' ? undefined : value;
}
