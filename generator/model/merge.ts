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
 * agree); a constant, domain, method or property defined twice must be the same
 * definition apart from docs and labels (the first definition's docs are kept);
 * otherwise it is an error naming what differs and both places. A method marked
 * `amend` changes an existing one instead (see {@link amendMethod}). Extension
 * properties and methods append to the class.
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
        for (const m of cls.methods) if (m.amend) throw nothingToAmend(m);
        classes.set(cls.name, newMutableClass(cls));
        continue;
      }
      if (existing.base.index !== cls.index) {
        throw conflict(
          `class "${cls.name}" has index ${cls.index} here but ${existing.base.index} in its first definition`,
          existing.base.origin,
          cls.origin,
          'a class is matched by name: repeat its index, or give the new class another name',
        );
      }
      for (const m of cls.methods) {
        if (m.amend) existing.methods.replace(m.name, amendMethod(existing.methods.get(m.name) ?? throwNothing(m), m));
        else existing.methods.add(m.name, m);
      }
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

function nothingToAmend(m: RawMethod): SpecError {
  return new SpecError(
    'amend="…" names no method defined by an earlier input; drop the amend attribute to add a new method',
    m.origin.file,
    m.origin.path,
    m.origin.line,
    m.origin.column,
  );
}

function throwNothing(m: RawMethod): never {
  throw nothingToAmend(m);
}

/** Attributes an amendment may set (the layout needs `amend="layout"`). */
type MetadataAttribute = 'synchronous' | 'deprecated' | 'label';

/**
 * An overlay method marked `amend` changes the earlier definition: attributes it names
 * (synchronous, deprecated, label) replace the old values; `<chassis>`, `<response>` and `<doc>`
 * children, when it has any, replace the old lists. Its index must match. Fields and `content`
 * are the wire layout: with `amend="true"` they must be left out or equal; `amend="layout"`
 * replaces them.
 */
export function amendMethod(previous: RawMethod, amendment: RawMethod): RawMethod {
  const refuse = (what: string, hint: string) =>
    conflict(`amendment of method "${previous.name}" ${what}`, previous.origin, amendment.origin, hint);
  if (amendment.index !== previous.index)
    throw refuse(
      `has index ${amendment.index} but the method has ${previous.index}`,
      'an amendment names the method by name and index; a different index is a different method',
    );
  const says = (attr: string) => amendment.attributes.includes(attr);
  const layout = amendment.amend === 'layout';
  if (!layout) {
    if (says('content') && amendment.content !== previous.content)
      throw refuse('changes content', 'content changes what follows the method on the wire: mark it amend="layout"');
    if (amendment.fields.length > 0) {
      const difference = firstDifference(previous.fields, amendment.fields, 'fields');
      if (difference !== undefined)
        throw refuse(
          `changes the wire layout (${difference})`,
          'leave the fields out to keep them, or mark the method amend="layout" to replace them',
        );
    }
  }
  const pick = <K extends MetadataAttribute>(attr: K): RawMethod[K] => (says(attr) ? amendment[attr] : previous[attr]);
  return {
    ...previous,
    synchronous: pick('synchronous'),
    deprecated: pick('deprecated'),
    label: pick('label'),
    content: layout && says('content') ? amendment.content : previous.content,
    fields: layout && amendment.fields.length > 0 ? amendment.fields : previous.fields,
    chassis: amendment.chassis.length > 0 ? amendment.chassis : previous.chassis,
    responses: amendment.responses.length > 0 ? amendment.responses : previous.responses,
    docs: amendment.docs.length > 0 ? amendment.docs : previous.docs,
    rules: amendment.rules.length > 0 ? amendment.rules : previous.rules,
    amend: undefined,
  };
}

/** Inside one file a name may appear once: merging by name is for combining files. */
function rejectDuplicatesWithin(spec: RawSpec): void {
  const once = <T extends { readonly name: string; readonly origin: Origin }>(kind: string, items: readonly T[]) => {
    const seen = new Map<string, T>();
    for (const item of items) {
      const first = seen.get(item.name);
      if (first)
        throw conflict(
          `${kind} "${item.name}" appears twice in this file`,
          first.origin,
          item.origin,
          'merging by name is for combining files: remove one of them',
        );
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

/**
 * Definitions by name in first-seen order. A second definition must be the same apart from docs
 * and labels; then the first one (with its docs) is kept.
 */
class Keyed<T extends { readonly origin: Origin }> {
  private readonly byName = new Map<string, T>();
  constructor(private readonly kind: string) {}

  add(name: string, item: T): void {
    const previous = this.byName.get(name);
    if (previous === undefined) {
      this.byName.set(name, item);
      return;
    }
    const difference = firstDifference(previous, item, '');
    if (difference !== undefined) {
      throw conflict(
        `${this.kind} "${name}" is defined twice with different definitions: ${difference}`,
        previous.origin,
        item.origin,
        this.kind === 'method'
          ? 'to change the earlier definition, mark this one <method … amend="true"> (metadata such as synchronous, ' +
              'chassis, responses) or amend="layout" (fields too); otherwise remove one of them'
          : `remove one of the two definitions, or give the new ${this.kind} another name`,
      );
    }
  }

  get(name: string): T | undefined {
    return this.byName.get(name);
  }

  replace(name: string, item: T): void {
    this.byName.set(name, item);
  }

  values(): T[] {
    return [...this.byName.values()];
  }
}

function where(origin: Origin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}:${origin.column ?? 0}`;
}

function conflict(message: string, first: Origin, second: Origin, hint: string): SpecError {
  return new SpecError(
    `${message} (first defined at ${where(first)}: ${first.path}). ${hint.charAt(0).toUpperCase()}${hint.slice(1)}`,
    second.file,
    second.path,
    second.line,
    second.column,
  );
}

/** Keys that do not change what a definition means on the wire or in the API: where, docs and labels. */
const IGNORED = new Set(['origin', 'docs', 'rules', 'label', 'attributes', 'amend']);

/**
 * The first difference between two definitions, ignoring {@link IGNORED} keys, as a readable
 * path (`synchronous: false here, true before`); undefined when they are the same.
 */
function firstDifference(before: unknown, here: unknown, path: string): string | undefined {
  if (Array.isArray(before) && Array.isArray(here)) {
    for (let i = 0; i < Math.max(before.length, here.length); i++) {
      const itemPath = `${path}[${i}]${nameOf(here[i] ?? before[i])}`;
      if (i >= before.length) return `${itemPath} is extra here`;
      if (i >= here.length) return `${itemPath} is missing here`;
      const difference = firstDifference(before[i], here[i], itemPath);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  if (typeof before === 'object' && before !== null && typeof here === 'object' && here !== null) {
    const keys = new Set([...Object.keys(before), ...Object.keys(here)]);
    for (const key of keys) {
      if (IGNORED.has(key)) continue;
      const difference = firstDifference(
        (before as Record<string, unknown>)[key],
        (here as Record<string, unknown>)[key],
        path === '' ? key : `${path}.${key}`,
      );
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  if (before === here) return undefined;
  return `${path || 'value'} is ${JSON.stringify(here)} here but ${JSON.stringify(before)} in the first definition`;
}

function nameOf(item: unknown): string {
  const name = (item as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? ` (${name})` : '';
}
