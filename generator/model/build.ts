import { errorAt } from '../errors.js';
import type { Origin, RawChassis, RawClass, RawField, RawMethod } from '../parse/raw.js';
import { buildDocs } from './docs.js';
import type { MergedSpec } from './merge.js';
import { camelCase, constantCase, NameRegistry, PACKAGE_IDENTIFIERS, pascalCase, StemRegistry } from './names.js';
import {
  dispatchKeyOf,
  FLAG_PROPERTY_BITS,
  WIRE_TYPES,
  wireOf,
  type ClassModel,
  type ConstantModel,
  type ErrorClass,
  type FieldModel,
  type FlagWordModel,
  type LayoutItem,
  type MethodModel,
  type Peer,
  type PropertyModel,
  type Protocol,
  type WireType,
} from './types.js';

/** Properties per flag word: bit 0 of each word is the continuation flag. */
export const PROPERTIES_PER_FLAG_WORD = 15;

/** Builds the validated protocol model from merged raw records. */
export function buildProtocol(spec: MergedSpec, sources: readonly string[] = spec.files): Protocol {
  const domains = resolveDomains(spec);
  // One registry for every exported name: constants, types, encoders and decoders share a namespace.
  const classNames = new NameRegistry('identifier', PACKAGE_IDENTIFIERS);
  const constants = buildConstants(spec, classNames);
  const stems = new StemRegistry();
  const classIndexes = new Map<number, RawClass>();
  const classes = spec.classes.map((raw) => {
    const cls = buildClass(raw, domains, classNames, stems);
    const sameIndex = classIndexes.get(cls.classId);
    if (sameIndex) {
      throw errorAt(`class index ${cls.classId} is also used by class ${sameIndex.name}`, raw.origin);
    }
    classIndexes.set(cls.classId, raw);
    return cls;
  });
  return {
    major: integer(spec.header.major ?? '0', { file: spec.header.file, path: 'amqp' }, 'major', 255),
    minor: integer(spec.header.minor ?? '0', { file: spec.header.file, path: 'amqp' }, 'minor', 255),
    revision: integer(spec.header.revision ?? '0', { file: spec.header.file, path: 'amqp' }, 'revision', 255),
    port:
      spec.header.port === undefined
        ? undefined
        : integer(spec.header.port, { file: spec.header.file, path: 'amqp' }, 'port', 65535),
    sources,
    constants,
    classes,
    methods: classes.flatMap((c) => c.methods),
  };
}

function integer(text: string, origin: Origin, what: string, max: number): number {
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || value > max) {
    throw errorAt(`${what} "${text}" is not an integer in 0..${max}`, origin);
  }
  return value;
}

function isWireType(type: string): type is WireType {
  return (WIRE_TYPES as readonly string[]).includes(type);
}

/** Domain name → wire type; a domain may name a primitive type or another domain. */
function resolveDomains(spec: MergedSpec): Map<string, WireType> {
  const byName = new Map(spec.domains.map((d) => [d.name, d]));
  const resolved = new Map<string, WireType>();
  const resolve = (name: string, seen: string[]): WireType => {
    const known = resolved.get(name);
    if (known) return known;
    const domain = byName.get(name)!;
    let type: WireType;
    if (isWireType(domain.type)) type = domain.type;
    else if (byName.has(domain.type) && !seen.includes(domain.type)) type = resolve(domain.type, [...seen, name]);
    else throw errorAt(`unknown type "${domain.type}"`, domain.origin);
    resolved.set(name, type);
    return type;
  };
  for (const domain of spec.domains) resolve(domain.name, []);
  return resolved;
}

function fieldType(raw: RawField, domains: Map<string, WireType>): { type: WireType; domain: string } {
  const name = raw.domain ?? raw.type!;
  if (raw.domain === undefined && isWireType(name)) return { type: name, domain: name };
  const type = domains.get(name) ?? (isWireType(name) ? name : undefined);
  if (type === undefined) {
    throw errorAt(`unknown ${raw.domain !== undefined ? 'domain' : 'type'} "${name}"`, raw.origin);
  }
  return { type, domain: name };
}

function buildField(raw: RawField, domains: Map<string, WireType>, context: string, names: NameRegistry): FieldModel {
  const { type, domain } = fieldType(raw, domains);
  const name = camelCase(raw.name);
  // Reserved fields are not public, so only public names can clash.
  if (!raw.reserved) names.claim(name, raw.origin);
  return {
    specName: raw.name,
    name,
    domain,
    type,
    reserved: raw.reserved,
    context,
    wire: wireOf(type),
    docs: buildDocs(raw.label, raw.docs, raw.rules),
  };
}

function fieldRegistry(): NameRegistry {
  return new NameRegistry('field name (after camelCasing)');
}

/** Consecutive bits share an octet, 8 at most; any other field ends the run. */
export function layoutOf(fields: readonly FieldModel[]): LayoutItem[] {
  const layout: LayoutItem[] = [];
  let run: { fields: FieldModel[]; masks: number[] } | undefined;
  for (const field of fields) {
    if (field.type !== 'bit') {
      run = undefined;
      layout.push({ kind: 'field', field });
    } else if (run !== undefined && run.fields.length < 8) {
      run.masks.push(1 << run.fields.length);
      run.fields.push(field);
    } else {
      run = { fields: [field], masks: [1] };
      layout.push({ kind: 'bits', ...run });
    }
  }
  return layout;
}

/** Bytes that do not depend on argument values; reserved strings and tables are written empty. */
export function fixedSizeOf(layout: readonly LayoutItem[]): number {
  let size = 0;
  for (const item of layout) {
    if (item.kind === 'bits') size += 1;
    else if (item.field.reserved) size += item.field.wire.zeroSize;
    else size += item.field.wire.fixedSize ?? 0;
  }
  return size;
}

/** `<chassis name="client">` means the client implements (receives) the method, so the server sends it. */
export function sendersOf(chassis: readonly RawChassis[], origin: Origin): Peer[] {
  const receivers = new Set<string>();
  for (const c of chassis) {
    if (c.name !== 'client' && c.name !== 'server') {
      throw errorAt(`chassis name "${c.name}" is neither "client" nor "server"`, origin);
    }
    receivers.add(c.name);
  }
  if (receivers.size === 0) throw errorAt('method has no <chassis>: no side receives it', origin);
  const peers: Peer[] = ['client', 'server'];
  // A method both sides implement travels both ways.
  return receivers.size === 2 ? peers : peers.filter((p) => !receivers.has(p));
}

function buildClass(
  raw: RawClass,
  domains: Map<string, WireType>,
  globalNames: NameRegistry,
  stems: StemRegistry,
): ClassModel {
  const classId = integer(raw.index, raw.origin, 'class index', 65535);
  const pascal = globalNames.claim(pascalCase(raw.name), raw.origin);
  const file = stems.claim(raw.name, raw.origin);
  const classIdConstant = globalNames.claim(`${pascal.toUpperCase()}_CLASS_ID`, {
    ...raw.origin,
    path: `${raw.origin.path} (class id constant)`,
  });
  const channelZeroOnly = raw.handler === 'connection';
  const propertyNames = fieldRegistry();
  const properties: PropertyModel[] = raw.properties.map((p, i) => {
    const field = buildField(p, domains, `${raw.name}.properties.${p.name}`, propertyNames);
    if (field.type === 'bit') throw errorAt('content properties cannot be bits', p.origin);
    return {
      field,
      flagWord: Math.floor(i / PROPERTIES_PER_FLAG_WORD),
      // Bit 15 is the word's first property, downwards; bit 0 is the continuation flag.
      flagMask: 1 << (PROPERTIES_PER_FLAG_WORD - (i % PROPERTIES_PER_FLAG_WORD)),
    };
  });
  const methodIndexes = new Map<number, RawMethod>();
  const methods = raw.methods.map((m) => {
    const method = buildMethod(raw, m, classId, file, channelZeroOnly, domains, globalNames);
    const sameIndex = methodIndexes.get(method.methodId);
    if (sameIndex) {
      throw errorAt(`method index ${method.methodId} is also used by method ${sameIndex.name}`, m.origin);
    }
    methodIndexes.set(method.methodId, m);
    if (method.content && properties.length === 0) {
      throw errorAt('method carries content but its class defines no properties', m.origin);
    }
    return method;
  });
  const methodNames = new Set(raw.methods.map((m) => m.name));
  for (const m of raw.methods) {
    for (const response of m.responses) {
      if (!methodNames.has(response)) {
        throw errorAt(`response "${response}" names no method of class ${raw.name}`, m.origin);
      }
    }
  }
  return {
    specName: raw.name,
    classId,
    channelZeroOnly,
    methods,
    properties,
    flagWords: flagWordsOf(properties),
    docs: buildDocs(raw.label, raw.docs, raw.rules),
    names: {
      pascal,
      file,
      classIdConstant,
      propertiesType: globalNames.claim(`${pascal}Properties`, {
        ...raw.origin,
        path: `${raw.origin.path} > properties`,
      }),
      decodedPropertiesType: globalNames.claim(`Decoded${pascal}Properties`, {
        ...raw.origin,
        path: `${raw.origin.path} > properties (decoded)`,
      }),
      ...(properties.length > 0
        ? {
            headerEncoder: globalNames.claim(`encode${pascal}Header`, propertiesOrigin(raw, 'header encoder')),
            headerDecoder: globalNames.claim(`decode${pascal}HeaderArgs`, propertiesOrigin(raw, 'header decoder')),
          }
        : { headerEncoder: `encode${pascal}Header`, headerDecoder: `decode${pascal}HeaderArgs` }),
    },
  };
}

/** The flag words properties need (at least one): which property bits each knows. */
export function flagWordsOf(properties: readonly PropertyModel[]): FlagWordModel[] {
  const count = Math.max(1, ...properties.map((p) => p.flagWord + 1));
  return Array.from({ length: count }, (_, word) => {
    const knownMask = properties.filter((p) => p.flagWord === word).reduce((mask, p) => mask | p.flagMask, 0);
    return { knownMask, unknownMask: FLAG_PROPERTY_BITS & ~knownMask };
  });
}

function propertiesOrigin(raw: RawClass, what: string): Origin {
  return { ...raw.origin, path: `${raw.origin.path} > properties (${what})` };
}

function buildMethod(
  cls: RawClass,
  raw: RawMethod,
  classId: number,
  classFile: string,
  channelZeroOnly: boolean,
  domains: Map<string, WireType>,
  globalNames: NameRegistry,
): MethodModel {
  const fullName = `${cls.name}.${raw.name}`;
  const names = fieldRegistry();
  const fields = raw.fields.map((f) => buildField(f, domains, `${fullName}.${f.name}`, names));
  const layout = layoutOf(fields);
  const pascal = globalNames.claim(pascalCase(cls.name) + pascalCase(raw.name), raw.origin);
  globalNames.claim(`${pascal}Args`, { ...raw.origin, path: `${raw.origin.path} (arguments type)` });
  const methodId = integer(raw.index, raw.origin, 'method index', 65535);
  return {
    specName: raw.name,
    fullName,
    classId,
    methodId,
    dispatchKey: dispatchKeyOf(classId, methodId),
    synchronous: raw.synchronous,
    content: raw.content,
    deprecated: raw.deprecated,
    responses: raw.responses.map((r) => `${cls.name}.${r}`),
    sentBy: sendersOf(raw.chassis, raw.origin),
    channelZeroOnly,
    noWait: fields.find(isNoWait)?.name,
    fields,
    layout,
    fixedSize: fixedSizeOf(layout),
    docs: buildDocs(raw.label, raw.docs, raw.rules),
    names: {
      pascal,
      file: classFile,
      argsType: `${pascal}Args`,
      decodedType: hasLongstr(fields)
        ? globalNames.claim(`Decoded${pascal}Args`, {
            ...raw.origin,
            path: `${raw.origin.path} (decoded arguments type)`,
          })
        : `${pascal}Args`,
      encoder: globalNames.claim(`encode${pascal}`, { ...raw.origin, path: `${raw.origin.path} (encoder)` }),
      decoder: globalNames.claim(`decode${pascal}`, { ...raw.origin, path: `${raw.origin.path} (decoder)` }),
      argsDecoder: globalNames.claim(`decode${pascal}Args`, {
        ...raw.origin,
        path: `${raw.origin.path} (arguments decoder)`,
      }),
    },
  };
}

/** The no-wait bit: domain `no-wait`, or a bit named `nowait` (RabbitMQ's confirm.select). */
function isNoWait(f: FieldModel): boolean {
  return (
    !f.reserved && f.type === 'bit' && (f.domain === 'no-wait' || f.specName === 'no-wait' || f.specName === 'nowait')
  );
}

/** longstr inputs take strings or bytes but always decode to bytes, so the decoded type is narrower. */
function hasLongstr(fields: readonly FieldModel[]): boolean {
  return fields.some((f) => !f.reserved && f.type === 'longstr');
}

function buildConstants(spec: MergedSpec, names: NameRegistry): ConstantModel[] {
  return spec.constants.map((raw) => {
    let errorClass: ErrorClass | undefined;
    if (raw.class === 'soft-error') errorClass = 'soft';
    else if (raw.class === 'hard-error') errorClass = 'hard';
    else if (raw.class !== undefined) {
      throw errorAt(`constant class "${raw.class}" is neither soft-error nor hard-error`, raw.origin);
    }
    return {
      specName: raw.name,
      name: names.claim(constantCase(raw.name), raw.origin),
      value: integer(raw.value, raw.origin, 'constant value', 0xffffffff),
      errorClass,
      isReplyCode: errorClass !== undefined || raw.name === 'reply-success',
      docs: buildDocs(raw.label, raw.docs),
    };
  });
}
