/**
 * What the codec knows about each field-table tag: its char code, the FieldType that names it and its
 * size on the wire (TAGS), which values it can carry (accepts) and what to say when a value does not
 * fit (expected). How a fixed-size value is read and written is a `switch` on the tag in the decoder
 * and in the encoder. The typed-value checks, the lossless tag records and fieldTypeOf look tags up here.
 */
import { type FieldTable, type FieldType, type FieldValue } from './field-values.js';
/**
 * One wire tag: what it is called and how many octets follow it. How each tag is read and written
 * is a `switch` in the decoder and the encoder (inlined there, unlike a call through a closure per
 * tag); which values it carries is `accepts` below.
 */
export interface Tag {
    /** The tag octet (char code). */
    readonly code: number;
    /** The type `field.*` and fieldTypeOf call it. */
    readonly type: FieldType;
    /** Octets after the tag: the whole value for fixed-size tags, the u32 length for S, x, A and F. */
    readonly size: number;
}
/** Tags by octet (filled by TAGS); `U` (the i16 of some old clients) is read as `s`, so it is written back as `s`. */
export declare const TAG_BY_CODE: (Tag | undefined)[];
/**
 * Every tag, as RabbitMQ reads them: char, size, type. s is i16, not the 0-9-1 grammar's shortstr (no
 * broker sends that; U is read as i16 too, below); L is a signed i64, as RabbitMQ reads it, kept as L
 * on re-encode. The last four are variable-size: their size is the u32 length prefix.
 */
export declare const TAGS: readonly Tag[];
/** A plain object that is not an array: what F carries. */
export declare function isPlainTable(v: unknown): v is object;
/** A timestamp's seconds: a Date becomes whole seconds (rounded down), anything else is itself. */
export declare function seconds(v: unknown): unknown;
/** Whether tag `t` can carry `v` (a typed value's value, or a value under a recorded tag). */
export declare function accepts(t: Tag, v: unknown): boolean;
/** What a value must be for tag `t`, for "… is not a valid <type> (expected …)". */
export declare function expected(t: Tag): string;
/** Tags by FieldType: the first tag of each type (so `l`, not `L`, for i64). */
export declare const TAG_BY_TYPE: ReadonlyMap<string, Tag>;
/**
 * The tag the encoder writes for a plain value (no typed value, no recorded tag). When it cannot write
 * it: minus the tag of the value's kind when the value is out of that tag's range (a number or bigint
 * beyond i64, a Date before 1970, a decimal out of range), for the error to name; 0 when no tag
 * carries its kind. The decoder records a value's tag exactly when it differs from this one.
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
