import type { FieldTable } from './field-values.js';
/**
 * The window and position the reads work on: what the `decode…Args` functions take. A
 * {@link Reader} is a ReadCursor with every read as a method (and a window within its input).
 */
export declare class ReadCursor {
    /** The window being read (a view of the input, not a copy). */
    readonly bytes: Uint8Array;
    /** Offset of the next read within `bytes`. */
    pos: number;
    /** Length of the window: reads stop here. */
    readonly end: number;
    /** A cursor at the start of all of `input`: an ArrayBuffer (what a WebSocket with binaryType 'arraybuffer' delivers) is viewed, not copied. */
    constructor(input: Uint8Array | ArrayBuffer);
}
/** Reads an octet. */
export declare function readU8(r: ReadCursor, ctx: string): number;
/** Reads a short (u16, big-endian). */
export declare function readU16(r: ReadCursor, ctx: string): number;
/** Reads a long (u32, big-endian). */
export declare function readU32(r: ReadCursor, ctx: string): number;
/** Reads a longlong: a number while ≤ Number.MAX_SAFE_INTEGER, else an exact bigint. */
export declare function readU64(r: ReadCursor, ctx: string): number | bigint;
/** Reads a shortstr: length read unsigned (0..255); invalid UTF-8 becomes U+FFFD. Repeated ASCII names come from a cache. */
export declare function readShortstr(r: ReadCursor, ctx: string): string;
/** Reads a longstr as a subarray view: it aliases the input, so copy it if the input buffer is reused. */
export declare function readLongstr(r: ReadCursor, ctx: string): Uint8Array;
/** Reads a field table; see field-table-decode.ts for the value mapping and the lossless metadata. */
export declare function readTable(r: ReadCursor, ctx: string): FieldTable;
/** Trailing bytes after the last field are a framing error (501), not something to ignore. */
export declare function expectEnd(r: ReadCursor, ctx: string): void;
/**
 * A cursor over a method payload, content header or field table: each read checks its bounds and
 * advances `pos`; errors name the `ctx` given and the offset. Use it with `decodeTable`, `decodeArray`
 * and the `decode…Args` functions to read values that follow one another.
 */
export declare class Reader extends ReadCursor {
    /** Reads `input` from `start` (default 0) up to `end` (default its length); positions are relative to `start`. */
    constructor(input: Uint8Array | ArrayBuffer, start?: number, end?: number);
    private viewCache;
    /** A DataView over `bytes`, made on first use. */
    get view(): DataView;
    /** Reads an octet. */
    u8(ctx: string): number;
    /** Reads a short (u16, big-endian). */
    u16(ctx: string): number;
    /** Reads a long (u32, big-endian). */
    u32(ctx: string): number;
    /** A number while ≤ Number.MAX_SAFE_INTEGER, else an exact bigint. */
    u64(ctx: string): number | bigint;
    /** Reads a signed octet. */
    i8(ctx: string): number;
    /** Reads a signed short. */
    i16(ctx: string): number;
    /** Reads a signed long. */
    i32(ctx: string): number;
    /** A number while it is a safe integer, else an exact bigint. */
    i64(ctx: string): number | bigint;
    /** Reads a float32. */
    f32(ctx: string): number;
    /** Reads a float64. */
    f64(ctx: string): number;
    /** Length read unsigned (0..255); invalid UTF-8 becomes U+FFFD. Repeated ASCII names come from a cache. */
    shortstr(ctx: string): string;
    /** The bytes as a subarray view: it aliases the input, so copy it if the input buffer is reused. */
    longstr(ctx: string): Uint8Array;
    /** Skips a shortstr (reserved fields): read and dropped, with the same checks. */
    skipShortstr(ctx: string): void;
    /** Skips a longstr (reserved fields): read and dropped, with the same checks. */
    skipLongstr(ctx: string): void;
    /** A field table; see field-table-decode.ts for the value mapping and the lossless metadata. */
    table(ctx: string): FieldTable;
    /** Trailing bytes after the last field are a framing error (501), not something to ignore. */
    expectEnd(ctx: string): void;
}
/**
 * A cursor positioned after the ids of a method payload that must carry `classId`/`methodId`
 * (per-method decoders); other ids are an unknown-command error (503).
 */
export declare function methodReader(payload: Uint8Array | ArrayBuffer, classId: number, methodId: number, name: string): ReadCursor;
