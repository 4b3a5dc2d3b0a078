/**
 * Everything the codec knows about each field-table tag, in one table (TAGS below): its char code, the
 * FieldType that names it, its size on the wire, which values it can carry, what to say when a value
 * does not fit, and how to read and write a fixed-size value. The decoder, the encoder, the typed-value
 * checks, the lossless tag records and fieldTypeOf all look tags up here; the few tag comparisons left
 * in them are for the variable-size tags S, x, A and F, whose bodies the codec reads and writes itself.
 */
import { type FieldTable, type FieldType, type FieldValue } from './field-values.js';
/** Containers nested deeper than this are refused (decode 502, encode error), so the stack cannot overflow. */
export declare const MAX_FIELD_NESTING = 64;
/** One wire tag. Tags of one shape (made by `tag` only), so the lookups below stay monomorphic. */
export interface Tag {
    /** The tag octet (char code). */
    readonly code: number;
    /** The type `field.*` and fieldTypeOf call it. */
    readonly type: FieldType;
    /** Octets after the tag: the whole value for fixed-size tags, the u32 length for S, x, A and F. */
    readonly size: number;
    /** What a value must be for this tag, for "… is not a valid <type> (expected …)". */
    readonly expected: string;
    /** Whether this tag can carry `v` (a typed value's value, or a value under a recorded tag). */
    readonly accepts: (v: unknown) => boolean;
    /** Fixed-size tags: the value at b[p]. Undefined for S, x, A and F. */
    readonly read: ((b: Uint8Array, p: number) => FieldValue) | undefined;
    /** Fixed-size tags: writes a value `accepts` took at view[p]. Undefined for S, x, A and F. */
    readonly write: ((view: DataView, p: number, v: never) => void) | undefined;
}
export declare function isIntIn(v: unknown, min: number, max: number): v is number;
/** A plain object that is not an array: what F carries. */
export declare function isPlainTable(v: unknown): v is object;
/** Every tag, as RabbitMQ reads them (one row per tag, kept as a table by prettier-ignore). */
export declare const TAGS: readonly Tag[];
export declare const TAG_LONGSTR = 83;
export declare const TAG_BYTES = 120;
export declare const TAG_ARRAY = 65;
export declare const TAG_TABLE = 70;
/** Tags by octet; `U` (the i16 of some old clients) is read as `s`, so it is written back as `s`. */
export declare const TAG_BY_CODE: readonly (Tag | undefined)[];
/** Tags by FieldType: the first tag of each type (so `l`, not `L`, for i64). */
export declare const TAG_BY_TYPE: ReadonlyMap<string, Tag>;
/** The tag the encoder picks for a number: the smallest of b/s/I/l for a safe integer, else d; 0 if none fits. */
export declare function impliedNumberTag(v: number): number;
/**
 * The tag the encoder writes for a plain value (no typed value, no recorded tag), or 0 when it cannot
 * write it. The decoder records a value's tag exactly when it differs from this one.
 */
export declare function impliedTag(v: unknown): number;
/**
 * Whether a value can still be written with the tag recorded when its container was decoded. Only
 * numbers, bigints and bytes have a choice of tags (every other value has one kind of tag), so only
 * they use the record: while the tag carries them exactly (−0 only as a float, f only while float32
 * holds the number).
 */
export declare function keepsRecordedTag(t: Tag, v: unknown): boolean;
/** `ctx.key` for a table entry, `ctx[i]` for an array element: the path in error messages. */
export declare function childPath(ctx: string, key: string | number): string;
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
