import type { FieldTable } from './field-values.js';
export declare class Reader {
    readonly bytes: Uint8Array;
    pos: number;
    readonly end: number;
    constructor(bytes: Uint8Array, start?: number, end?: number);
    private viewCache;
    get view(): DataView;
    u8(ctx: string): number;
    u16(ctx: string): number;
    u32(ctx: string): number;
    /** A number while ≤ Number.MAX_SAFE_INTEGER, else an exact bigint. */
    u64(ctx: string): number | bigint;
    i8(ctx: string): number;
    i16(ctx: string): number;
    i32(ctx: string): number;
    /** A number while it is a safe integer, else an exact bigint. */
    i64(ctx: string): number | bigint;
    f32(ctx: string): number;
    f64(ctx: string): number;
    /** Length read unsigned (0..255); invalid UTF-8 becomes U+FFFD. Repeated ASCII names come from a cache. */
    shortstr(ctx: string): string;
    /** The bytes as a subarray view: it aliases the input, so copy it if the input buffer is reused. */
    longstr(ctx: string): Uint8Array;
    skipShortstr(ctx: string): void;
    skipLongstr(ctx: string): void;
    /** A field table; see field-table-decode.ts for the value mapping and the lossless metadata. */
    table(ctx: string): FieldTable;
    /** Trailing bytes after the last field are a framing error (501), not something to ignore. */
    expectEnd(ctx: string): void;
}
/**
 * A reader positioned after the ids of a method payload that must carry `classId`/`methodId`
 * (per-method decoders); other ids are an unknown-command error (503).
 */
export declare function methodReader(payload: Uint8Array, classId: number, methodId: number, name: string): Reader;
