import { SpecError } from '../errors.js';
import { JsonSyntaxError, parseJsonWithPositions, type Position } from './json-tree.js';
import type { Origin, RawChassis, RawClass, RawConstant, RawDomain, RawField, RawMethod, RawSpec } from './raw.js';

/**
 * Reads a rabbitmq-codegen JSON document (`amqp-rabbitmq-0.9.1.json`, or an extension such as
 * `credit_extension.json`) into the same raw records as the XML reader.
 *
 * What JSON does not carry, and what the records get instead (see spec/README.md):
 * - no docs, labels or rules: they stay empty;
 * - no `<chassis>`: every method is marked as received (and so sent) by both peers;
 * - no `reserved` marks: fields such as `ticket` are ordinary fields (same bytes on the wire);
 * - no `<response>`: a synchronous method `x` is answered by `x-ok` when the class has one;
 * - constant names are upper case (`FRAME-METHOD`): they are lowered to the XML spelling so that
 *   JSON and XML documents merge by name;
 * - `default-value` is ignored.
 */
export function readJsonSpec(text: string, file: string): RawSpec {
  let doc: unknown;
  try {
    const parsed = parseJsonWithPositions(text.replace(/^\uFEFF/, ''));
    doc = parsed.value;
    positions = parsed.positions;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new SpecError(`malformed JSON: ${error.message}`, file, '', error.position.line, error.position.column);
  }
  const root = object(doc, { file, path: '' }, 'the document');
  const classes = array(root.classes ?? [], { file, path: 'classes' }, 'classes').map((c, i) => readClass(c, i, file));
  return {
    file,
    major: optionalText(root['major-version']),
    minor: optionalText(root['minor-version']),
    revision: optionalText(root.revision),
    port: optionalText(root.port),
    constants: array(root.constants ?? [], { file, path: 'constants' }, 'constants').map((c, i) =>
      readConstant(c, i, file),
    ),
    domains: array(root.domains ?? [], { file, path: 'domains' }, 'domains').map((d, i) => readDomain(d, i, file)),
    classes,
  };
}

type Json = Record<string, unknown>;

const BOTH_PEERS: readonly RawChassis[] = [
  { name: 'client', implement: undefined },
  { name: 'server', implement: undefined },
];

/** Where each object of the document being read starts (set by readJsonSpec; reading is synchronous). */
let positions = new WeakMap<object, Position>();

/** An origin at the start of `record` in the document. */
function at(record: unknown, file: string, path: string): Origin {
  const position = typeof record === 'object' && record !== null ? positions.get(record) : undefined;
  return { file, path, line: position?.line, column: position?.column };
}

function fail(message: string, origin: Origin): SpecError {
  return new SpecError(message, origin.file, origin.path, origin.line, origin.column);
}

function object(value: unknown, origin: Origin, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw fail(`${what} must be a JSON object`, origin);
  return value as Json;
}

function array(value: unknown, origin: Origin, what: string): unknown[] {
  if (!Array.isArray(value)) throw fail(`${what} must be a JSON array`, origin);
  return value;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : undefined;
}

function text(record: Json, key: string, origin: Origin): string {
  const value = optionalText(record[key]);
  if (value === undefined || value.trim() === '') throw fail(`missing "${key}" (a string or number)`, origin);
  return value.trim();
}

function readConstant(value: unknown, i: number, file: string): RawConstant {
  const origin = at(value, file, `constants[${i}]`);
  const record = object(value, origin, 'a constant');
  const name = text(record, 'name', origin).toLowerCase();
  return {
    origin: at(value, file, `constant ${name}`),
    name,
    value: text(record, 'value', origin),
    class: optionalText(record.class),
    label: undefined,
    docs: [],
  };
}

function readDomain(value: unknown, i: number, file: string): RawDomain {
  const origin = at(value, file, `domains[${i}]`);
  const pair = array(value, origin, 'a domain ([name, type])');
  if (pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string')
    throw fail('a domain must be a [name, type] pair of strings', origin);
  return {
    origin: at(value, file, `domain ${pair[0]}`),
    name: pair[0],
    type: pair[1],
    label: undefined,
    docs: [],
    rules: [],
    asserts: [],
  };
}

function readField(value: unknown, i: number, file: string, parentPath: string, what: string): RawField {
  const origin = at(value, file, `${parentPath} > ${what}[${i}]`);
  const record = object(value, origin, what);
  const name = text(record, 'name', origin);
  const domain = optionalText(record.domain);
  const type = optionalText(record.type);
  const named = at(value, file, `${parentPath} > field ${name}`);
  if (domain === undefined && type === undefined) throw fail('field needs a "domain" or a "type"', named);
  return { origin: named, name, domain, type, reserved: false, label: undefined, docs: [], rules: [], asserts: [] };
}

function readMethod(
  value: unknown,
  i: number,
  file: string,
  classPath: string,
  siblings: ReadonlySet<string>,
): RawMethod {
  const record = object(value, at(value, file, `${classPath} > methods[${i}]`), 'a method');
  const name = text(record, 'name', at(value, file, `${classPath} > methods[${i}]`));
  const origin = at(value, file, `${classPath} > method ${name}`);
  const synchronous = record.synchronous === true;
  return {
    origin,
    name,
    index: text(record, 'id', origin),
    synchronous,
    content: record.content === true,
    deprecated: false,
    amend: undefined,
    attributes: [],
    label: undefined,
    docs: [],
    rules: [],
    chassis: BOTH_PEERS,
    responses: synchronous && siblings.has(`${name}-ok`) ? [`${name}-ok`] : [],
    fields: array(record.arguments ?? [], origin, 'arguments').map((f, j) =>
      readField(f, j, file, origin.path, 'argument'),
    ),
  };
}

function readClass(value: unknown, i: number, file: string): RawClass {
  const record = object(value, at(value, file, `classes[${i}]`), 'a class');
  const name = text(record, 'name', at(value, file, `classes[${i}]`));
  const origin = at(value, file, `class ${name}`);
  const methods = array(record.methods ?? [], origin, 'methods');
  const siblings = new Set(methods.map((m) => (typeof m === 'object' && m !== null ? String((m as Json).name) : '')));
  return {
    origin,
    name,
    index: text(record, 'id', origin),
    handler: name === 'connection' ? 'connection' : undefined,
    label: undefined,
    docs: [],
    rules: [],
    chassis: [],
    properties: array(record.properties ?? [], origin, 'properties').map((p, j) =>
      readField(p, j, file, origin.path, 'property'),
    ),
    methods: methods.map((m, j) => readMethod(m, j, file, origin.path, siblings)),
  };
}
