import { expect } from 'vitest';
import { AmqpError, isAmqpError } from '../../templates/runtime/errors.js';

/** Bytes from hex text; whitespace is ignored so literals can show the field structure. */
export function hex(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(clean)) throw new Error(`bad hex literal: ${text}`);
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Hex of ASCII text, for keys and strings inside hand-written literals: a('ab') = '6162'. */
export function a(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) throw new Error('a() is for ASCII only');
    out += c.toString(16).padStart(2, '0');
  }
  return out;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Runs f, expects an AmqpError, returns it. */
export function amqpError(f: () => unknown): AmqpError {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected an AmqpError to be thrown').toBeDefined();
  if (!isAmqpError(thrown)) throw new Error(`expected an AmqpError, got ${String(thrown)}`);
  expect(thrown).toBeInstanceOf(AmqpError);
  return thrown;
}

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
