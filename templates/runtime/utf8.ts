/**
 * UTF-8 helpers: an ASCII fast path for the short strings that dominate AMQP (names, routing keys,
 * header keys) and cached TextEncoder/TextDecoder instances for the rest.
 *
 * Lone UTF-16 surrogates cannot be encoded in UTF-8: they are written as U+FFFD (EF BF BD), as
 * TextEncoder does, so such a string does not round-trip. `utf8Length` counts them as 3 bytes.
 */

const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF in the string, so decode → encode gives the same bytes.
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Below these lengths plain JS beats the TextEncoder/TextDecoder call overhead (measured on Node 20
// and 24: encoding ≤ 64 chars ~2-5× faster; ASCII decoding in 8-character steps ~1.3-2× faster up to
// a few hundred bytes).
const SHORT_ENCODE = 64;
const SHORT_DECODE = 256;

/** Writes `s` at `at` if it is all ASCII, one byte a character; false (part written) when it is not. */
function asciiWrite(s: string, buf: Uint8Array, at: number): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return false;
    buf[at + i] = c;
  }
  return true;
}

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8Encode(s: string): Uint8Array {
  if (s.length <= SHORT_ENCODE) {
    const out = new Uint8Array(s.length);
    if (asciiWrite(s, out, 0)) return out;
  }
  return encoder.encode(s);
}

/**
 * Writes `s` as UTF-8 into `buf` at `at` and returns the byte count. The caller guarantees room for
 * 3 × s.length bytes (the worst case: one UTF-16 unit → at most 3 bytes; a pair → 4).
 */
export function utf8Write(s: string, buf: Uint8Array, at: number): number {
  return s.length <= SHORT_ENCODE && asciiWrite(s, buf, at)
    ? s.length
    : encoder.encodeInto(s, buf.subarray(at)).written;
}

/**
 * ASCII-only run as a string, or undefined when a byte ≥ 0x80 shows up. Eight characters per
 * String.fromCharCode call: faster than a TextDecoder call up to a few hundred bytes (measured on
 * Node 20 and 24), and than one call per character.
 */
function asciiRun(bytes: Uint8Array, start: number, end: number): string | undefined {
  let s = '';
  let i = start;
  for (; i + 8 <= end; i += 8) {
    const b0 = bytes[i];
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const b3 = bytes[i + 3];
    const b4 = bytes[i + 4];
    const b5 = bytes[i + 5];
    const b6 = bytes[i + 6];
    const b7 = bytes[i + 7];
    if (((b0 | b1 | b2 | b3 | b4 | b5 | b6 | b7) & 0x80) !== 0) return undefined;
    s += String.fromCharCode(b0, b1, b2, b3, b4, b5, b6, b7);
  }
  for (; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x80) return undefined;
    s += String.fromCharCode(b);
  }
  return s;
}

/** Whether bytes[start, end) are all below 0x80 (then any UTF-8 decoder gives the same string). */
function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** Clamps like `subarray` does, so bad indexes cannot throw or read undefined. */
function clampEnd(bytes: Uint8Array, end: number): number {
  return end > bytes.length ? bytes.length : end;
}

/** Decodes bytes[start, end). Invalid UTF-8 becomes U+FFFD (lenient, like most AMQP clients). */
export function utf8Decode(bytes: Uint8Array, start = 0, end = bytes.length): string {
  if (start < 0) start = 0;
  end = clampEnd(bytes, end);
  if (end <= start) return '';
  if (end - start <= SHORT_DECODE) {
    const s = asciiRun(bytes, start, end);
    if (s !== undefined) return s;
  }
  return lenientDecoder.decode(bytes.subarray(start, end));
}

/** Decodes bytes[start, end), or returns undefined when they are not valid UTF-8. */
export function utf8DecodeStrict(bytes: Uint8Array, start = 0, end = bytes.length): string | undefined {
  if (start < 0) start = 0;
  end = clampEnd(bytes, end);
  if (end <= start) return '';
  if (end - start <= SHORT_DECODE) {
    const s = asciiRun(bytes, start, end);
    if (s !== undefined) return s;
  }
  // ASCII is valid UTF-8: the lenient decoder gives the same string without the fatal mode's
  // exception path.
  if (isAscii(bytes, start, end)) return lenientDecoder.decode(bytes.subarray(start, end));
  try {
    return strictDecoder.decode(bytes.subarray(start, end));
  } catch {
    return undefined;
  }
}

// Names (table keys, exchange and queue names, routing keys, content types) repeat from message to
// message. A small direct-mapped cache of the ASCII ones hands back the same string instead of
// building a new one. A slot is checked character by character against the bytes, so a hit is exact.
const NAME_SLOTS = 512; // power of two
const NAME_MAX = 64;
const names: string[] = new Array<string>(NAME_SLOTS).fill('');
const keys: string[] = new Array<string>(NAME_SLOTS).fill('');

function nameSlot(bytes: Uint8Array, start: number, end: number, n: number): number {
  // The length and four sampled bytes, mixed by murmur3's finaliser: cheap, and spread well enough
  // that a handful of names sharing a prefix rarely meet in one slot.
  let h =
    (n | (bytes[start + (n >> 2)] << 8) | (bytes[end - 1] << 16) | (bytes[start + (n >> 1)] << 24)) ^
    bytes[end - 2 >= start ? end - 2 : start];
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & (NAME_SLOTS - 1);
}

function sameChars(s: string, bytes: Uint8Array, start: number, n: number): boolean {
  if (s.length !== n) return false;
  let i = 0;
  while (i < n && s.charCodeAt(i) === bytes[start + i]) i++;
  return i === n;
}

/**
 * The string as V8 keeps property names (internalised, flat): a string built by concatenation is a
 * rope, and one that became a property name is an indirection to the internalised copy, and both
 * make every later property access with it slower. Reading it back from an object's keys gives the
 * internalised string itself.
 */
function internalised(s: string): string {
  return Object.keys({ [s]: 0 })[0];
}

/** A cached string equal to bytes[start, start + n): two ways per slot (a slot and its neighbour). */
function lookup(cache: string[], slot: number, bytes: Uint8Array, start: number, n: number): string | undefined {
  const a = cache[slot];
  if (sameChars(a, bytes, start, n)) return a;
  const b = cache[slot ^ 1];
  if (sameChars(b, bytes, start, n)) return b;
  return undefined;
}

/** Stores `s` in its slot; what was there moves to the neighbour, so two colliding names both stay. */
function store(cache: string[], slot: number, s: string): string {
  cache[slot ^ 1] = cache[slot];
  cache[slot] = s;
  return s;
}

/**
 * Like `utf8Decode(bytes, start, end)` (the caller guarantees 0 ≤ start ≤ end ≤ bytes.length), for
 * short strings that are likely to repeat (shortstr fields).
 */
export function utf8DecodeName(bytes: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return '';
  if (n > NAME_MAX) return utf8Decode(bytes, start, end);
  const slot = nameSlot(bytes, start, end, n);
  const cached = lookup(names, slot, bytes, start, n);
  if (cached !== undefined) return cached;
  const s = asciiRun(bytes, start, end);
  if (s === undefined) return lenientDecoder.decode(bytes.subarray(start, end));
  return store(names, slot, s);
}

/**
 * utf8DecodeName for field-table keys: cached strings are internalised, as property names are. Kept
 * apart from utf8DecodeName on purpose: one shared function with a cache and an intern flag saved
 * 0.05 KB gzip but measured ~5 % slower on basic.deliver decode (Node 24).
 */
export function utf8DecodeKey(bytes: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return '';
  if (n > NAME_MAX) return utf8Decode(bytes, start, end);
  const slot = nameSlot(bytes, start, end, n);
  const cached = lookup(keys, slot, bytes, start, n);
  if (cached !== undefined) return cached;
  const s = asciiRun(bytes, start, end);
  if (s === undefined) return lenientDecoder.decode(bytes.subarray(start, end));
  return store(keys, slot, internalised(s));
}

/** UTF-8 byte length of `s` (as utf8Encode would produce) without allocating. */
export function utf8Length(s: string): number {
  const n = s.length;
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    // 2 bytes below U+0800; 3 above, and for a lone surrogate (→ U+FFFD).
    bytes += c < 0x800 ? 1 : 2;
    // A surrogate pair is 4 bytes: its second unit adds nothing (past the end, charCodeAt is NaN).
    if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return bytes;
}
