/** Refuses a channel number that is not a short (an encode error: nothing is written). */
export declare function checkChannel(channel: number): void;
/** A zeroed array of `size` bytes: a view into the current slab up to 2048 bytes, else its own. */
export declare function frameBytes(size: number): Uint8Array;
export declare class Writer {
    readonly bytes: Uint8Array;
    pos: number;
    constructor(size: number);
    /** Moves past `n` bytes and returns where they start; past the allocation is an overflow (a bug). */
    take(n: number): number;
    raw(b: Uint8Array): void;
    /** u8 length + the text, written in place; `byteLength` comes from shortstrLength. */
    shortstrText(s: string, byteLength: number): void;
    longstr(b: Uint8Array): void;
}
export declare function writeU8(w: Writer, v: number, ctx: string): void;
export declare function writeU16(w: Writer, v: number, ctx: string): void;
export declare function writeU32(w: Writer, v: number, ctx: string): void;
/** A number must be a safe integer (exactness); larger values must be passed as bigint. */
export declare function writeU64(w: Writer, v: number | bigint, ctx: string): void;
/** A timestamp: a u64 of seconds, or a Date written as whole seconds, rounded down. */
export declare function writeTimestamp(w: Writer, v: number | bigint | Date, ctx: string): void;
/** Arguments and properties must be objects: anything else is an encode error, not a TypeError. */
export declare function expectObject(v: unknown, ctx: string): void;
/** Bit fields: 1 or 0, packed into octets by the caller. */
export declare function bool(v: boolean, ctx: string): number;
/** Validates and encodes a shortstr: at most 255 UTF-8 bytes (not characters). */
export declare function encodeShortstr(v: string, ctx: string): Uint8Array;
/**
 * Validates a shortstr and returns its UTF-8 byte length, so encoders can size the frame
 * first and write the text in place (Writer#shortstrText) without a temporary array.
 */
export declare function shortstrLength(v: string, ctx: string): number;
/** A longstr may be text (encoded as UTF-8) or binary (used as is, not copied). */
export declare function encodeLongstr(v: string | Uint8Array, ctx: string): Uint8Array;
/**
 * Starts a method frame: type 1, channel, size = 4 + argsSize, class id, method id (pos = 11).
 * The caller writes exactly argsSize bytes of arguments, then calls finishFrame. With `frameMax`
 * (the negotiated frame-max), a larger frame is an encode error naming `ctx` (`basic.publish`).
 */
export declare function methodFrame(channel: number, classId: number, methodId: number, argsSize: number, frameMax?: number, ctx?: string): Writer;
/**
 * Starts a content header frame: type 2, channel, size, class id, weight 0 and body-size
 * (pos = 19). The caller writes exactly `propertiesSize` bytes of flags and properties. With
 * `frameMax`, a larger frame is an encode error naming `ctx` (`basic.header`).
 */
export declare function headerFrame(channel: number, classId: number, bodySize: number | bigint, bodySizeCtx: string, propertiesSize: number, frameMax?: number, ctx?: string): Writer;
/** Writes the frame end octet and checks the frame was filled exactly. */
export declare function finishFrame(w: Writer): Uint8Array;
