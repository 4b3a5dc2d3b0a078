import { DISPATCH_CLASS_FACTOR, type FieldModel, type MethodModel, type WireType } from '../../model/types.js';
import type { ImportRegistry } from './imports.js';

/** TypeScript type of a field's value (used for input and decoded output alike). */
export const TS_TYPE: Readonly<Record<WireType, string>> = {
  bit: 'boolean',
  octet: 'number',
  short: 'number',
  long: 'number',
  longlong: 'number | bigint',
  timestamp: 'number | bigint',
  shortstr: 'string',
  longstr: 'string | Uint8Array',
  table: 'FieldTable',
};

/** Runtime read function per wire type: a bit is read as its whole octet. */
const READER: Readonly<Record<WireType, string>> = {
  bit: 'readU8',
  octet: 'readU8',
  short: 'readU16',
  long: 'readU32',
  longlong: 'readU64',
  timestamp: 'readU64',
  shortstr: 'readShortstr',
  longstr: 'readLongstr',
  table: 'readTable',
};

/** The call that reads a field's value at `reader` (argument and property decoders alike). */
export function readCall(field: FieldModel, imports: ImportRegistry): string {
  return `${imports.value(RUNTIME_MODULE, READER[field.type])}(reader, ${quote(field.context)})`;
}

/** Runtime writer function per fixed-size type: a timestamp also takes a Date (whole seconds, rounded down). */
export const INT_WRITER: Readonly<Partial<Record<WireType, string>>> = {
  octet: 'writeU8',
  short: 'writeU16',
  long: 'writeU32',
  longlong: 'writeU64',
  timestamp: 'writeTimestamp',
};

/**
 * How an encoder handles a variable-size value: a runtime function validates it before the frame
 * is allocated and yields either its byte length (shortstr, written in place later) or its encoded
 * bytes (longstr, table: copied in later).
 */
interface VariableCodec {
  /** Runtime function: (value, ctx) → length or bytes. */
  readonly measure: string;
  /** Suffix of the local holding the measure's result. */
  readonly local: 'Length' | 'Bytes';
  /** Whether the measure's result already counts the length prefix (encodeTable's bytes include theirs). */
  readonly countsPrefix: boolean;
}

const VARIABLE: Readonly<Partial<Record<WireType, VariableCodec>>> = {
  shortstr: { measure: 'shortstrLength', local: 'Length', countsPrefix: false },
  longstr: { measure: 'encodeLongstr', local: 'Bytes', countsPrefix: false },
  table: { measure: 'encodeTable', local: 'Bytes', countsPrefix: true },
};

/** Code pieces for one variable-size value whose expression is `value` and local stem is `stem`; undefined for fixed-size fields. */
export function variablePart(field: FieldModel, value: string, stem: string) {
  const codec = VARIABLE[field.type];
  if (codec === undefined) return undefined;
  const local = `${stem}${codec.local}`;
  const ctx = quote(field.context);
  // Prefix bytes the measure does not count: added to the frame size by the encoder.
  const prefix = codec.countsPrefix ? 0 : field.wire.prefixSize;
  return {
    measure: codec.measure,
    local,
    /** Bytes the value adds to the frame. */
    size: `${prefix > 0 ? `${prefix} + ` : ''}${codec.local === 'Length' ? local : `${local}.length`}`,
    prefix,
    sizeWithoutPrefix: codec.local === 'Length' ? local : `${local}.length`,
    call: (fn: string) => `${fn}(${value}, ${ctx})`,
    write:
      field.type === 'shortstr'
        ? `w.shortstrText(${value}, ${local});`
        : field.type === 'longstr'
          ? `w.longstr(${local});`
          : `w.raw(${local});`,
  };
}

export const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export const hex = (n: number, digits = 4): string => `0x${n.toString(16).padStart(digits, '0')}`;

/** The dispatch key computed at run time from locals `classId` and `methodId` (see dispatchKeyOf). */
export const DISPATCH_KEY = `classId * ${hex(DISPATCH_CLASS_FACTOR)} + methodId`;

/** Generated code imports the runtime through one module that also exposes its internals. */
export const RUNTIME_MODULE = './runtime/internal.js';

/** Wire type codes of a method layout string; the runtime's method-codec.ts reads the same codes. */
const LAYOUT_CODE: Readonly<Record<WireType, string>> = {
  bit: 'b',
  octet: '1',
  short: '2',
  long: '4',
  longlong: '8',
  timestamp: 'T',
  shortstr: 's',
  longstr: 'S',
  table: 'F',
};

/** The property name the runtime derives from a spec name (method-codec.ts): `no-wait` → `noWait`. */
const layoutCamel = (specName: string): string => specName.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/**
 * One method as runtime/method-codec.ts reads it: `<method id> <method name>` then each field in wire
 * order as `<code>[<bit position>][!][:]<spec name>[=<property name>]` (`!` reserved; the colon only
 * before a name that does not start with a letter, `_` or `$`, which could be read as a bit position
 * or a `!`; the property name only where it is not the spec name in camelCase). A reserved field
 * named `reserved-<n>`, n its number among the method's reserved fields (as the spec numbers them),
 * is `<code>[<bit>]!` alone.
 */
export function methodLayout(method: MethodModel): string {
  const fields = method.layout.flatMap((item) =>
    item.kind === 'bits'
      ? item.fields.map((f, i) => ({ f, bit: String(Math.log2(item.masks[i])) }))
      : [{ f: item.field, bit: '' }],
  );
  let reservedCount = 0;
  const tokens = fields.map(({ f, bit }) => {
    if (f.reserved && f.specName === `reserved-${++reservedCount}`) return `${LAYOUT_CODE[f.type]}${bit}!`;
    const rename = layoutCamel(f.specName) === f.name ? '' : `=${f.name}`;
    const colon = /^[A-Za-z_$]/.test(f.specName) ? '' : ':';
    return `${LAYOUT_CODE[f.type]}${bit}${f.reserved ? '!' : ''}${colon}${f.specName}${rename}`;
  });
  return [method.methodId, method.specName, ...tokens].join(' ');
}
