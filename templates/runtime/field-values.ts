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
// Made by a PURE call: a class with a computed (symbol) key is otherwise kept by bundlers even where
// nothing uses `field`.
const TypedValueImpl = /* @__PURE__ */ (() =>
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
  })();

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
// PURE: lets bundlers drop `field` (and the typed-value class) from code that never uses it.
export const field = /* @__PURE__ */ Object.freeze({
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

/**
 * Decoded tables are made by `new DecodedTable()`. Its prototype is an empty, frozen object whose own
 * prototype is null: V8 gives such objects fast (hidden-class) properties, unlike Object.create(null),
 * while Object.prototype stays unreachable, so a `__proto__` key is an own data property and nothing
 * inherited (toString, constructor, the `__proto__` accessor) exists on a decoded table.
 */
export const DECODED_TABLE_PROTOTYPE: object = Object.freeze(Object.create(null) as object);

export const DecodedTable = function DecodedTable(this: FieldTable): void {} as unknown as new () => FieldTable;
DecodedTable.prototype = DECODED_TABLE_PROTOTYPE as FieldTable;

/** Plain object: prototype Object.prototype (same realm), null, or a decoded table's. */
export function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || proto === DECODED_TABLE_PROTOTYPE;
}
