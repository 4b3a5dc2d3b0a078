/**
 * Writing method and header frames: one exact allocation per frame, every value validated as it
 * is written. The buffer is only returned (by finishFrame) on success, so a throw emits no bytes.
 */
import { type AmqpError, describeValue, encodeError } from './errors.js';
import {
  CONTENT_HEADER_PREFIX_SIZE,
  FRAME_END,
  FRAME_HEADER,
  FRAME_METHOD,
  FRAME_OVERHEAD,
  METHOD_PREFIX_SIZE,
  writeFrameHeader,
} from './frame-format.js';
import { checkFrameSize } from './frame-limit.js';
import { dateSeconds, isUint64 } from './int64.js';
import { utf8Encode, utf8Length, utf8Write } from './utf8.js';

/** Refuses `v` unless it is an integer 0..max: "… is not a short (integer 0..65535)" (`max` the range's top). */
function checkUint(v: number, ctx: string, domain: string, max: number): void {
  if (!(Number.isInteger(v) && v >= 0 && v <= max)) {
    throw encodeError(`${describeValue(v)} is not ${domain} (integer 0..${max})`, ctx);
  }
}

/** Refuses a channel number that is not a short (an encode error: nothing is written). */
export function checkChannel(channel: number): void {
  checkUint(channel, 'channel', 'a short', 0xffff);
}

/** Sizes are ours (computed by the encoders), so a bad one is a bug: an encode error without a context. */
function checkSize(size: number, what: string, max: number): void {
  if (!(Number.isSafeInteger(size) && size >= 0 && size <= max))
    throw encodeError(`invalid ${what} ${describeValue(size)}`);
}

/** A write past the exact allocation is a bug in the caller's size computation, not bad input. */
function overflow(): AmqpError {
  return encodeError('internal size mismatch: write past the end of the frame');
}

function putUint32(b: Uint8Array, p: number, v: number): void {
  b[p] = v >>> 24;
  b[p + 1] = v >>> 16;
  b[p + 2] = v >>> 8;
  b[p + 3] = v;
}

// Encoded frames and tables of up to 2048 bytes are carved from a shared 16 KiB slab (never reused,
// so every region starts zeroed), as Node's Buffer pool does, instead of each getting its own array:
// measured, a separate off-heap ArrayBuffer per frame costs several times more than encoding a small
// frame, and even small on-heap arrays made here cost more than a view (and are moved off-heap when
// a socket writes them). Such a result is a view: its `buffer` also holds others (byteOffset ≠ 0).
const SLAB_SIZE = 16384;
const SLAB_MAX = 2048;
let slab: ArrayBuffer | undefined;
let slabPos = SLAB_SIZE;

/** A zeroed array of `size` bytes: a view into the current slab up to 2048 bytes, else its own. */
export function frameBytes(size: number): Uint8Array {
  if (size > SLAB_MAX || size === 0) return new Uint8Array(size);
  if (slabPos + size > SLAB_SIZE) {
    slab = new ArrayBuffer(SLAB_SIZE);
    slabPos = 0;
  }
  const bytes = new Uint8Array(slab as ArrayBuffer, slabPos, size);
  slabPos = (slabPos + size + 7) & ~7;
  return bytes;
}

export class Writer {
  readonly bytes: Uint8Array;
  pos: number;

  constructor(size: number) {
    checkSize(size, 'frame buffer size', Number.MAX_SAFE_INTEGER);
    // No DataView: creating one costs more than writing a small frame byte by byte.
    this.bytes = frameBytes(size);
    this.pos = 0;
  }

  /** Moves past `n` bytes and returns where they start; past the allocation is an overflow (a bug). */
  take(n: number): number {
    const p = this.pos;
    if (p + n > this.bytes.length) throw overflow();
    this.pos = p + n;
    return p;
  }

  raw(b: Uint8Array): void {
    this.bytes.set(b, this.take(b.length));
  }

  /** u8 length + the text, written in place; `byteLength` comes from shortstrLength. */
  shortstrText(s: string, byteLength: number): void {
    // Checked inline, not through take: measured ~5 % faster on basic.publish.
    const p = this.pos;
    if (p + 1 + byteLength > this.bytes.length || byteLength > 0xff) throw overflow();
    this.bytes[p] = byteLength;
    if (utf8Write(s, this.bytes, p + 1) !== byteLength) throw overflow();
    this.pos = p + 1 + byteLength;
  }

  longstr(b: Uint8Array): void {
    const p = this.take(4 + b.length);
    putUint32(this.bytes, p, b.length);
    this.bytes.set(b, p + 4);
  }
}

// Integers are written by free functions, not Writer methods, so a bundle keeps only the widths it
// writes (a bundler drops unused functions, never unused methods).

export function writeU8(w: Writer, v: number, ctx: string): void {
  checkUint(v, ctx, 'an octet', 0xff);
  w.bytes[w.take(1)] = v;
}

export function writeU16(w: Writer, v: number, ctx: string): void {
  checkUint(v, ctx, 'a short', 0xffff);
  const p = w.take(2);
  w.bytes[p] = v >>> 8;
  w.bytes[p + 1] = v;
}

export function writeU32(w: Writer, v: number, ctx: string): void {
  checkUint(v, ctx, 'a long', 0xffffffff);
  putUint32(w.bytes, w.take(4), v);
}

/** A number must be a safe integer (exactness); larger values must be passed as bigint. */
export function writeU64(w: Writer, v: number | bigint, ctx: string): void {
  // isUint64 refuses anything but a number or bigint too (Number.isSafeInteger does not convert).
  if (!isUint64(v)) {
    throw encodeError(
      `${describeValue(v)} is not a longlong (integer 0..2^64-1; numbers above 2^53-1 must be passed as bigint)`,
      ctx,
    );
  }
  const p = w.take(8);
  // putUint32 keeps the low 32 bits of the integer part (>>> and the octet stores wrap modulo 2^32 and
  // 2^8): a number is its own low word, and its high word needs no rounding down.
  if (typeof v === 'bigint') {
    putUint32(w.bytes, p, Number(v >> 32n));
    putUint32(w.bytes, p + 4, Number(v & 0xffffffffn));
  } else {
    putUint32(w.bytes, p, v / 4294967296);
    putUint32(w.bytes, p + 4, v);
  }
}

/** A timestamp: a u64 of seconds, or a Date written as whole seconds, rounded down. */
export function writeTimestamp(w: Writer, v: number | bigint | Date, ctx: string): void {
  if (v instanceof Date) {
    const seconds = dateSeconds(v);
    if (seconds === undefined)
      throw encodeError(`${describeValue(v)} is not a valid timestamp (a valid Date from 1970 on)`, ctx);
    v = seconds;
  }
  writeU64(w, v, ctx);
}

/** Arguments and properties must be objects: anything else is an encode error, not a TypeError. */
export function expectObject(v: unknown, ctx: string): void {
  if (typeof v !== 'object' || v === null) throw encodeError(`${describeValue(v)} is not an object`, ctx);
}

/** Bit fields: 1 or 0, packed into octets by the caller. */
export function bool(v: boolean, ctx: string): number {
  if (typeof v !== 'boolean') throw encodeError(`${describeValue(v)} is not a boolean`, ctx);
  return v ? 1 : 0;
}

/** Validates and encodes a shortstr: at most 255 UTF-8 bytes (not characters). */
export function encodeShortstr(v: string, ctx: string): Uint8Array {
  shortstrLength(v, ctx);
  return utf8Encode(v);
}

/**
 * Validates a shortstr and returns its UTF-8 byte length, so encoders can size the frame
 * first and write the text in place (Writer#shortstrText) without a temporary array.
 */
export function shortstrLength(v: string, ctx: string): number {
  if (typeof v !== 'string') throw encodeError(`${describeValue(v)} is not a string`, ctx);
  // Every UTF-16 unit takes at least one byte, so a long string fails without measuring it all.
  const n = v.length > 0xff ? v.length : utf8Length(v);
  if (n > 0xff) throw encodeError(`shortstr is ${utf8Length(v)} UTF-8 bytes; at most 255 allowed`, ctx);
  return n;
}

/** A longstr may be text (encoded as UTF-8) or binary (used as is, not copied). */
export function encodeLongstr(v: string | Uint8Array, ctx: string): Uint8Array {
  let b: Uint8Array;
  if (typeof v === 'string') b = utf8Encode(v);
  else if (v instanceof Uint8Array) b = v;
  else throw encodeError(`${describeValue(v)} is not a string or Uint8Array`, ctx);
  if (b.length > 0xffffffff) throw encodeError(`longstr is ${b.length} bytes; at most 4294967295 allowed`, ctx);
  return b;
}

/**
 * A Writer for one frame whose payload starts with the class id and a u16 `word` (the method id, or a
 * content header's weight 0), then `prefixSize` − 4 more bytes its starter writes and `restSize` bytes
 * the caller writes; pos is just after the word. With `frameMax`, a larger frame is refused first (an
 * encode error naming `ctx`), before anything is allocated.
 */
function startFrame(
  type: number,
  channel: number,
  classId: number,
  word: number,
  prefixSize: number,
  restSize: number,
  what: string,
  frameMax: number | undefined,
  ctx: string,
): Writer {
  const payloadSize = prefixSize + restSize;
  if (frameMax !== undefined) checkFrameSize(FRAME_OVERHEAD + payloadSize, frameMax, ctx);
  checkSize(restSize, what, 0xffffffff - prefixSize); // the payload size is a u32
  // Type, size and ids are ours (generated constants and a checked size): only the channel is validated.
  checkChannel(channel);
  const w = new Writer(FRAME_OVERHEAD + payloadSize);
  const at = writeFrameHeader(w.bytes, 0, type, channel, payloadSize);
  // Class id u16 then the word u16: together one big-endian u32.
  putUint32(w.bytes, at, ((classId << 16) | word) >>> 0);
  w.pos = at + 4;
  return w;
}

/**
 * Starts a method frame: type 1, channel, size = 4 + argsSize, class id, method id (pos = 11).
 * The caller writes exactly argsSize bytes of arguments, then calls finishFrame. With `frameMax`
 * (the negotiated frame-max), a larger frame is an encode error naming `ctx` (`basic.publish`).
 */
export function methodFrame(
  channel: number,
  classId: number,
  methodId: number,
  argsSize: number,
  frameMax?: number,
  ctx = 'method',
): Writer {
  return startFrame(
    FRAME_METHOD,
    channel,
    classId,
    methodId,
    METHOD_PREFIX_SIZE,
    argsSize,
    'method argument size',
    frameMax,
    ctx,
  );
}

/**
 * Starts a content header frame: type 2, channel, size, class id, weight 0 and body-size
 * (pos = 19). The caller writes exactly `propertiesSize` bytes of flags and properties. With
 * `frameMax`, a larger frame is an encode error naming `ctx` (`basic.header`).
 */
export function headerFrame(
  channel: number,
  classId: number,
  bodySize: number | bigint,
  bodySizeCtx: string,
  propertiesSize: number,
  frameMax?: number,
  ctx = 'header',
): Writer {
  const w = startFrame(
    FRAME_HEADER,
    channel,
    classId,
    0,
    CONTENT_HEADER_PREFIX_SIZE,
    propertiesSize,
    'content header size',
    frameMax,
    ctx,
  );
  writeU64(w, bodySize, bodySizeCtx);
  return w;
}

/** Writes the frame end octet and checks the frame was filled exactly. */
export function finishFrame(w: Writer): Uint8Array {
  if (w.pos + 1 !== w.bytes.length) {
    throw encodeError(`internal size mismatch: frame of ${w.bytes.length} bytes ends at ${w.pos + 1}`);
  }
  w.bytes[w.pos] = FRAME_END;
  return w.bytes;
}
