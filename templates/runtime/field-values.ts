/**
 * Field-table value types, the typed-value constructors (`field.*`) that force a wire tag, and the
 * tag metadata that makes decode → encode lossless.
 *
 * Brands and the metadata key use Symbol.for, so values made by one copy of this package are
 * understood by another copy.
 */

export type FieldType =
  | 'bool'
  | 'i8'
  | 'u8'
  | 'i16'
  | 'u16'
  | 'i32'
  | 'u32'
  | 'i64'
  | 'f32'
  | 'f64'
  | 'decimal'
  | 'longstr'
  | 'bytes'
  | 'array'
  | 'timestamp'
  | 'table'
  | 'void';

/** AMQP decimal: value × 10^-scale; scale u8, value a signed int32 (0-9-1 errata). */
export interface Decimal {
  /** Digits after the decimal point, 0..255. */
  readonly scale: number;
  /** The unscaled value, a signed 32-bit integer. */
  readonly value: number;
}

/** A value with an explicit wire type; create with `field.*`. */
export interface TypedValue {
  /** The wire type to encode `value` as. */
  readonly type: FieldType;
  /** The value, checked against `type` when encoded. */
  readonly value: unknown;
}

/**
 * A value in a field table or array. Plain values get the tag amqplib would pick (integer → smallest of
 * b/s/I/l, other number → d, bigint → l, string → S, Uint8Array or ArrayBuffer → x, Date → T in whole
 * seconds, null → V, array → A, plain object → F); `field.*` forces a tag. Decoders return numbers,
 * bigints (beyond 2^53), strings, Uint8Arrays, booleans, null, decimals, arrays and tables, never a
 * Date or an ArrayBuffer.
 */
export type FieldValue =
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | null
  | Decimal
  | Date
  | ArrayBuffer
  | TypedValue
  | FieldArray
  | readonly FieldValue[]
  | FieldTable;

/** A field array (tag `A`): values in order. */
export type FieldArray = FieldValue[];

/**
 * A field table (tag `F`, and the type of `arguments`, `headers`, `client-properties` …). Keys with an
 * `undefined` value are skipped when encoding. Decoded tables have no prototype, so a `__proto__` key
 * is plain data.
 */
export interface FieldTable {
  [key: string]: FieldValue | undefined;
}

const TYPED_BRAND = Symbol.for('amqp-0-9-1.field.typed-value');
const DECIMAL_BRAND = Symbol.for('amqp-0-9-1.field.decimal');

/**
 * Non-enumerable property on decoded tables (a flat array [key, tag char code, key, tag, …] in wire
 * order; cheaper to build than a Map) and decoded arrays (tag char codes by index). The encoder reuses
 * a recorded tag while it still fits the value. The decoder records it only for containers where some
 * tag differs from the one the encoder would infer (or, for tables, where Object.keys order would
 * differ from wire order): the common case pays nothing.
 */
export const FIELD_TAGS = Symbol.for('amqp-0-9-1.field.tags');

// The brands live on the prototypes (getters), so instances carry only their data and compare equal
// to plain `{ type, value }` / `{ scale, value }` objects in deep-equality checks.
class TypedValueImpl implements TypedValue {
  readonly type: FieldType;
  readonly value: unknown;
  constructor(type: FieldType, value: unknown) {
    this.type = type;
    this.value = value;
    Object.freeze(this);
  }
  get [TYPED_BRAND](): true {
    return true;
  }
}

export class DecimalValue implements Decimal {
  readonly scale: number;
  readonly value: number;
  constructor(scale: number, value: number) {
    this.scale = scale;
    this.value = value;
    Object.freeze(this);
  }
  get [DECIMAL_BRAND](): true {
    return true;
  }
}

/** True for a value made by `field.*` (from any copy of this package). */
export function isTypedValue(v: unknown): v is TypedValue {
  return typeof v === 'object' && v !== null && (v as { [TYPED_BRAND]?: unknown })[TYPED_BRAND] === true;
}

/** True for a decimal made by `field.decimal` or returned by a decoder (from any copy of this package). */
export function isDecimal(v: unknown): v is Decimal {
  return typeof v === 'object' && v !== null && (v as { [DECIMAL_BRAND]?: unknown })[DECIMAL_BRAND] === true;
}

/**
 * Explicit wire types. Values are checked when encoded (so errors carry the key path), not here.
 * Plain objects shaped like `{ type, value }` or `{ scale, value }` are tables, not typed values.
 */
export const field = Object.freeze({
  /** Tag t. */
  bool: (v: boolean): TypedValue => new TypedValueImpl('bool', v),
  /** Tag b, -128..127. */
  i8: (v: number): TypedValue => new TypedValueImpl('i8', v),
  /** Tag B, 0..255. */
  u8: (v: number): TypedValue => new TypedValueImpl('u8', v),
  /** Tag s, -32768..32767. */
  i16: (v: number): TypedValue => new TypedValueImpl('i16', v),
  /** Tag u, 0..65535. */
  u16: (v: number): TypedValue => new TypedValueImpl('u16', v),
  /** Tag I, signed 32-bit. */
  i32: (v: number): TypedValue => new TypedValueImpl('i32', v),
  /** Tag i, unsigned 32-bit. */
  u32: (v: number): TypedValue => new TypedValueImpl('u32', v),
  /** Tag l, signed 64-bit: a safe integer or a bigint. */
  i64: (v: number | bigint): TypedValue => new TypedValueImpl('i64', v),
  /** Tag f: rounds to float32 on the wire. */
  f32: (v: number): TypedValue => new TypedValueImpl('f32', v),
  /** Tag d, a double. */
  f64: (v: number): TypedValue => new TypedValueImpl('f64', v),
  /** Tag D: value × 10^-scale. */
  decimal: (scale: number, value: number): Decimal => new DecimalValue(scale, value),
  /** Tag S: a string (UTF-8) or bytes. */
  longstr: (v: string | Uint8Array): TypedValue => new TypedValueImpl('longstr', v),
  /** Tag x: a byte array. */
  bytes: (v: Uint8Array | ArrayBuffer): TypedValue => new TypedValueImpl('bytes', v),
  /** Tag T: seconds since the epoch, unsigned 64-bit; a Date is written as whole seconds, rounded down. */
  timestamp: (v: number | bigint | Date): TypedValue => new TypedValueImpl('timestamp', v),
  /** Tag V: no value. */
  void: (): TypedValue => new TypedValueImpl('void', null),
  /** Tag A. */
  array: (v: readonly FieldValue[]): TypedValue => new TypedValueImpl('array', v),
  /** Tag F. */
  table: (v: FieldTable): TypedValue => new TypedValueImpl('table', v),
});

// Wire tags (char codes), as RabbitMQ reads them.
export const TAG_BOOL = 0x74; // t
export const TAG_I8 = 0x62; // b
export const TAG_U8 = 0x42; // B
export const TAG_I16 = 0x73; // s (i16, not the 0-9-1 grammar's shortstr)
export const TAG_I16_U = 0x55; // U (accepted as i16, re-encoded as s)
export const TAG_U16 = 0x75; // u
export const TAG_I32 = 0x49; // I
export const TAG_U32 = 0x69; // i
export const TAG_I64 = 0x6c; // l
export const TAG_I64_L = 0x4c; // L (signed, like RabbitMQ; kept on re-encode)
export const TAG_F32 = 0x66; // f
export const TAG_F64 = 0x64; // d
export const TAG_DECIMAL = 0x44; // D
export const TAG_LONGSTR = 0x53; // S
export const TAG_BYTES = 0x78; // x
export const TAG_ARRAY = 0x41; // A
export const TAG_TIMESTAMP = 0x54; // T
export const TAG_TABLE = 0x46; // F
export const TAG_VOID = 0x56; // V

export function tagFieldType(tag: number): FieldType | undefined {
  switch (tag) {
    case TAG_BOOL:
      return 'bool';
    case TAG_I8:
      return 'i8';
    case TAG_U8:
      return 'u8';
    case TAG_I16:
    case TAG_I16_U:
      return 'i16';
    case TAG_U16:
      return 'u16';
    case TAG_I32:
      return 'i32';
    case TAG_U32:
      return 'u32';
    case TAG_I64:
    case TAG_I64_L:
      return 'i64';
    case TAG_F32:
      return 'f32';
    case TAG_F64:
      return 'f64';
    case TAG_DECIMAL:
      return 'decimal';
    case TAG_LONGSTR:
      return 'longstr';
    case TAG_BYTES:
      return 'bytes';
    case TAG_ARRAY:
      return 'array';
    case TAG_TIMESTAMP:
      return 'timestamp';
    case TAG_TABLE:
      return 'table';
    case TAG_VOID:
      return 'void';
    default:
      return undefined;
  }
}

/**
 * Decoded tables are made by `new DecodedTable()`. Its prototype is an empty, frozen object whose own
 * prototype is null: V8 gives such objects fast (hidden-class) properties, unlike Object.create(null),
 * while Object.prototype stays unreachable, so a `__proto__` key is an own data property and nothing
 * inherited (toString, constructor, the `__proto__` accessor) exists on a decoded table.
 */
export const DECODED_TABLE_PROTOTYPE: object = Object.freeze(Object.create(null) as object);

export const DecodedTable = function DecodedTable(this: FieldTable): void {} as unknown as new () => FieldTable;
DecodedTable.prototype = DECODED_TABLE_PROTOTYPE as FieldTable;

/** The tag the encoder infers for a number given without a recorded tag; 0 when none fits. */
export function impliedNumberTag(v: number): number {
  if (!Number.isInteger(v) || (v === 0 && 1 / v < 0)) return TAG_F64;
  if (v >= -0x80 && v <= 0x7f) return TAG_I8;
  if (v >= -0x8000 && v <= 0x7fff) return TAG_I16;
  if (v >= -0x80000000 && v <= 0x7fffffff) return TAG_I32;
  if (Number.isSafeInteger(v)) return TAG_I64;
  return 0;
}

/** The tag the encoder writes for a decoded value when no tag is recorded for it. */
export function impliedTag(v: unknown): number {
  switch (typeof v) {
    case 'boolean':
      return TAG_BOOL;
    case 'number':
      return impliedNumberTag(v);
    case 'bigint':
      return TAG_I64;
    case 'string':
      return TAG_LONGSTR;
    case 'object':
      if (v === null) return TAG_VOID;
      if (v instanceof Uint8Array) return TAG_BYTES;
      if (Array.isArray(v)) return TAG_ARRAY;
      if (isDecimal(v)) return TAG_DECIMAL;
      return TAG_TABLE;
    default:
      return 0;
  }
}

/**
 * The wire type a decoded table recorded for `key`: decoded tables record tags only when one differs
 * from what the encoder would infer (or when key order needs it), so a key without a record has the
 * inferred type. Undefined for tables not made by the decoder and for missing keys.
 */
export function fieldTypeOf(table: FieldTable, key: string): FieldType | undefined {
  const tags = (table as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
  if (!Array.isArray(tags)) {
    if (Object.getPrototypeOf(table) !== DECODED_TABLE_PROTOTYPE || !Object.hasOwn(table, key)) return undefined;
    return tagFieldType(impliedTag(table[key]));
  }
  for (let j = 0; j + 1 < tags.length; j += 2) {
    const tag: unknown = tags[j + 1];
    if (tags[j] === key) return typeof tag === 'number' ? tagFieldType(tag) : undefined;
  }
  return undefined;
}

/**
 * The wire type of `array[index]`: the tag recorded when it was decoded, else (decoded arrays record
 * tags only where one differs from the inferred one) the type the encoder would write for it.
 */
export function fieldTypeAt(array: readonly FieldValue[], index: number): FieldType | undefined {
  const tags = (array as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
  if (!Array.isArray(tags)) {
    return Number.isInteger(index) && index >= 0 && index < array.length
      ? tagFieldType(impliedTag(array[index]))
      : undefined;
  }
  const tag: unknown = tags[index];
  return typeof tag === 'number' ? tagFieldType(tag) : undefined;
}

/** Plain object: prototype Object.prototype (same realm), null, or a decoded table's. */
export function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || proto === DECODED_TABLE_PROTOTYPE;
}
