/**
 * Writes a 64-bit integer, signed or unsigned: `v` is a safe integer or a bigint in -2^63..2^64-1 that
 * the caller checked for its type. A safe integer's high word fits an i32 either way.
 */
export declare function setInt64(view: DataView, p: number, v: number | bigint): void;
export declare const INT64_MIN: bigint;
export declare const INT64_MAX: bigint;
export declare const UINT64_MAX: bigint;
export declare function isInt64(v: unknown): boolean;
export declare function isUint64(v: unknown): boolean;
export declare function uint16At(b: Uint8Array, p: number): number;
export declare function int16At(b: Uint8Array, p: number): number;
export declare function int32At(b: Uint8Array, p: number): number;
/** The multiplication keeps the top byte unsigned. */
export declare function uint32At(b: Uint8Array, p: number): number;
export declare function uint64At(b: Uint8Array, p: number): number | bigint;
export declare function int64At(b: Uint8Array, p: number): number | bigint;
export declare function float32At(b: Uint8Array, p: number): number;
export declare function float64At(b: Uint8Array, p: number): number;
/**
 * A Date as an AMQP timestamp: whole seconds since the epoch, rounded down (as other clients do);
 * undefined for an invalid Date or one before 1970 (timestamps are unsigned).
 */
export declare function dateSeconds(d: Date): number | undefined;
