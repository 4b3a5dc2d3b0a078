/** A copy of `bytes` inside a larger buffer, at a non-zero byteOffset. */
export function offsetView(bytes: Uint8Array, offset = 5): Uint8Array {
  const big = new Uint8Array(bytes.length + offset + 3).fill(0xee);
  big.set(bytes, offset);
  return big.subarray(offset, offset + bytes.length);
}

/** Byte equality without vitest's slow element-by-element diffing of huge arrays. */
export function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
