/**
 * 64-bit integers without loss: a number while the value is a safe integer, a bigint beyond.
 * Numbers are split into two 32-bit halves by exact arithmetic (no bigint allocation on the common path).
 */

const TWO_32 = 4294967296;
/** hi words in [-2^21, 2^21) give |value| ≤ 2^53, exactly representable as a double. */
const HI_LIMIT = 0x200000;

/**
 * Writes a 64-bit integer, signed or unsigned: `v` is a safe integer or a bigint in -2^63..2^64-1 that
 * the caller checked for its type. A safe integer's high word fits an i32 either way.
 */
export function setInt64(view: DataView, p: number, v: number | bigint): void {
  if (typeof v === 'bigint') {
    view.setBigUint64(p, BigInt.asUintN(64, v));
    return;
  }
  const hi = Math.floor(v / TWO_32);
  view.setInt32(p, hi);
  view.setUint32(p + 4, v - hi * TWO_32);
}

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;
export const UINT64_MAX = 2n ** 64n - 1n;

export function isInt64(v: unknown): boolean {
  return typeof v === 'bigint' ? v >= INT64_MIN && v <= INT64_MAX : Number.isSafeInteger(v);
}

export function isUint64(v: unknown): boolean {
  return typeof v === 'bigint' ? v >= 0n && v <= UINT64_MAX : Number.isSafeInteger(v) && (v as number) >= 0;
}

// Big-endian integers straight from bytes: cheaper than creating a DataView for a small payload.

export function uint16At(b: Uint8Array, p: number): number {
  return (b[p] << 8) | b[p + 1];
}

export function int16At(b: Uint8Array, p: number): number {
  return ((b[p] << 24) >> 16) | b[p + 1];
}

export function int32At(b: Uint8Array, p: number): number {
  return (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
}

/** The multiplication keeps the top byte unsigned. */
export function uint32At(b: Uint8Array, p: number): number {
  return b[p] * 0x1000000 + ((b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]);
}

export function uint64At(b: Uint8Array, p: number): number | bigint {
  const hi = uint32At(b, p);
  const lo = uint32At(b, p + 4);
  return hi < HI_LIMIT ? hi * TWO_32 + lo : (BigInt(hi) << 32n) | BigInt(lo);
}

export function int64At(b: Uint8Array, p: number): number | bigint {
  const hi = int32At(b, p);
  const lo = uint32At(b, p + 4);
  if (hi >= -HI_LIMIT && hi < HI_LIMIT) {
    const v = hi * TWO_32 + lo;
    if (v >= -Number.MAX_SAFE_INTEGER) return v; // only −2^53 itself is excluded
  }
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// Floats through one shared 8-byte view: no DataView per payload for the rare f and d values.
const floatBytes = new Uint8Array(8);
const floatView = new DataView(floatBytes.buffer);

export function float32At(b: Uint8Array, p: number): number {
  for (let i = 0; i < 4; i++) floatBytes[i] = b[p + i];
  return floatView.getFloat32(0);
}

export function float64At(b: Uint8Array, p: number): number {
  for (let i = 0; i < 8; i++) floatBytes[i] = b[p + i];
  return floatView.getFloat64(0);
}

/**
 * A Date as an AMQP timestamp: whole seconds since the epoch, rounded down (as other clients do);
 * undefined for an invalid Date or one before 1970 (timestamps are unsigned).
 */
export function dateSeconds(d: Date): number | undefined {
  const seconds = Math.floor(d.getTime() / 1000);
  return seconds >= 0 ? seconds : undefined; // NaN (invalid Date) fails the comparison too
}
