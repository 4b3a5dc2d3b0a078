/**
 * Field-table value types, the typed-value constructors (`field.*`) that force a wire tag, and the
 * tag metadata that makes decode → encode lossless.
 *
 * Brands and the metadata key use Symbol.for, so values made by one copy of this package are
 * understood by another copy.
 */
export type FieldType = 'bool' | 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'f32' | 'f64' | 'decimal' | 'longstr' | 'bytes' | 'array' | 'timestamp' | 'table' | 'void';
/** AMQP decimal: value × 10^-scale; scale u8, value a signed int32 (0-9-1 errata). */
export interface Decimal {
    readonly scale: number;
    readonly value: number;
}
/** A value with an explicit wire type; create with `field.*`. */
export interface TypedValue {
    readonly type: FieldType;
    readonly value: unknown;
}
export type FieldValue = boolean | number | bigint | string | Uint8Array | null | Decimal | TypedValue | FieldArray | readonly FieldValue[] | FieldTable;
export type FieldArray = FieldValue[];
export interface FieldTable {
    [key: string]: FieldValue | undefined;
}
declare const DECIMAL_BRAND: unique symbol;
/**
 * Non-enumerable property on decoded tables (a flat array [key, tag char code, key, tag, …] in wire
 * order; cheaper to build than a Map) and decoded arrays (tag char codes by index). The encoder reuses
 * a recorded tag while it still fits the value. The decoder records it only for containers where some
 * tag differs from the one the encoder would infer (or, for tables, where Object.keys order would
 * differ from wire order): the common case pays nothing.
 */
export declare const FIELD_TAGS: unique symbol;
export declare class DecimalValue implements Decimal {
    readonly scale: number;
    readonly value: number;
    constructor(scale: number, value: number);
    get [DECIMAL_BRAND](): true;
}
export declare function isTypedValue(v: unknown): v is TypedValue;
export declare function isDecimal(v: unknown): v is Decimal;
/**
 * Explicit wire types. Values are checked when encoded (so errors carry the key path), not here.
 * Plain objects shaped like `{ type, value }` or `{ scale, value }` are tables, not typed values.
 */
export declare const field: Readonly<{
    bool: (v: boolean) => TypedValue;
    i8: (v: number) => TypedValue;
    u8: (v: number) => TypedValue;
    i16: (v: number) => TypedValue;
    u16: (v: number) => TypedValue;
    i32: (v: number) => TypedValue;
    u32: (v: number) => TypedValue;
    i64: (v: number | bigint) => TypedValue;
    /** Rounds to float32 on the wire. */
    f32: (v: number) => TypedValue;
    f64: (v: number) => TypedValue;
    decimal: (scale: number, value: number) => Decimal;
    longstr: (v: string | Uint8Array) => TypedValue;
    bytes: (v: Uint8Array) => TypedValue;
    /** Seconds since the epoch, unsigned 64-bit. */
    timestamp: (v: number | bigint) => TypedValue;
    void: () => TypedValue;
    array: (v: readonly FieldValue[]) => TypedValue;
    table: (v: FieldTable) => TypedValue;
}>;
export declare const TAG_BOOL = 116;
export declare const TAG_I8 = 98;
export declare const TAG_U8 = 66;
export declare const TAG_I16 = 115;
export declare const TAG_I16_U = 85;
export declare const TAG_U16 = 117;
export declare const TAG_I32 = 73;
export declare const TAG_U32 = 105;
export declare const TAG_I64 = 108;
export declare const TAG_I64_L = 76;
export declare const TAG_F32 = 102;
export declare const TAG_F64 = 100;
export declare const TAG_DECIMAL = 68;
export declare const TAG_LONGSTR = 83;
export declare const TAG_BYTES = 120;
export declare const TAG_ARRAY = 65;
export declare const TAG_TIMESTAMP = 84;
export declare const TAG_TABLE = 70;
export declare const TAG_VOID = 86;
export declare function tagFieldType(tag: number): FieldType | undefined;
/**
 * Decoded tables are made by `new DecodedTable()`. Its prototype is an empty, frozen object whose own
 * prototype is null: V8 gives such objects fast (hidden-class) properties, unlike Object.create(null),
 * while Object.prototype stays unreachable, so a `__proto__` key is an own data property and nothing
 * inherited (toString, constructor, the `__proto__` accessor) exists on a decoded table.
 */
export declare const DECODED_TABLE_PROTOTYPE: object;
export declare const DecodedTable: new () => FieldTable;
/** The tag the encoder infers for a number given without a recorded tag; 0 when none fits. */
export declare function impliedNumberTag(v: number): number;
/** The tag the encoder writes for a decoded value when no tag is recorded for it. */
export declare function impliedTag(v: unknown): number;
/**
 * The wire type a decoded table recorded for `key`: decoded tables record tags only when one differs
 * from what the encoder would infer (or when key order needs it), so a key without a record has the
 * inferred type. Undefined for tables not made by the decoder and for missing keys.
 */
export declare function fieldTypeOf(table: FieldTable, key: string): FieldType | undefined;
/**
 * The wire type of `array[index]`: the tag recorded when it was decoded, else (decoded arrays record
 * tags only where one differs from the inferred one) the type the encoder would write for it.
 */
export declare function fieldTypeAt(array: readonly FieldValue[], index: number): FieldType | undefined;
/** Plain object: prototype Object.prototype (same realm), null, or a decoded table's. */
export declare function isPlainObject(v: object): boolean;
export {};
