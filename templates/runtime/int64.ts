/**
 * 64-bit integers without loss: a number while the value is a safe integer, a bigint beyond.
 * Numbers are split into two 32-bit halves by exact arithmetic (no bigint allocation on the common path).
 */

const TWO_32 = 4294967296;
/** hi words in [-2^21, 2^21) give |value| ≤ 2^53, exactly representable as a double. */
const HI_LIMIT = 0x200000;

export function getInt64(view: DataView, p: number): number | bigint {
  const hi = view.getInt32(p);
  if (hi >= -HI_LIMIT && hi < HI_LIMIT) {
    const v = hi * TWO_32 + view.getUint32(p + 4);
    if (v >= -Number.MAX_SAFE_INTEGER) return v; // only −2^53 itself is excluded
  }
  return view.getBigInt64(p);
}

export function getUint64(view: DataView, p: number): number | bigint {
  const hi = view.getUint32(p);
  if (hi < HI_LIMIT) return hi * TWO_32 + view.getUint32(p + 4);
  return view.getBigUint64(p);
}

/** `v` must be a safe integer or a bigint in the signed 64-bit range (callers validate). */
export function setInt64(view: DataView, p: number, v: number | bigint): void {
  if (typeof v === 'bigint') {
    view.setBigInt64(p, v);
    return;
  }
  const hi = Math.floor(v / TWO_32);
  view.setInt32(p, hi);
  view.setUint32(p + 4, v - hi * TWO_32);
}

/** `v` must be a non-negative safe integer or a bigint in 0..2^64−1 (callers validate). */
export function setUint64(view: DataView, p: number, v: number | bigint): void {
  if (typeof v === 'bigint') {
    view.setBigUint64(p, v);
    return;
  }
  const hi = Math.floor(v / TWO_32);
  view.setUint32(p, hi);
  view.setUint32(p + 4, v - hi * TWO_32);
}

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;
export const UINT64_MAX = 2n ** 64n - 1n;

export function isInt64(v: number | bigint): boolean {
  return typeof v === 'bigint' ? v >= INT64_MIN && v <= INT64_MAX : Number.isSafeInteger(v);
}

export function isUint64(v: number | bigint): boolean {
  return typeof v === 'bigint' ? v >= 0n && v <= UINT64_MAX : Number.isSafeInteger(v) && v >= 0;
}
