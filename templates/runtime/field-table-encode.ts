/**
 * Field-table encoding.
 *
 * Tag choice for plain JS values (amqplib-compatible, so queues declared by either client are equal):
 * integer number → smallest of b (i8) / s (i16) / I (i32) / l (i64, safe integers); other numbers
 * (fractions, NaN, ±Infinity) → d; −0 → d so it decodes back to −0 (amqplib sends it as integer 0);
 * integers beyond ±(2^53−1) as numbers → error (pass a bigint); bigint → l; boolean → t; string → S;
 * Uint8Array or ArrayBuffer → x; Date → T (whole seconds); null → V; array → A; plain object → F;
 * decimal → D; `field.*` values → their tag (checked by the tag's `accepts`, field-tags.ts). Keys whose
 * value is undefined are skipped. Anything else is an error naming the key path, e.g.
 * `queue.declare.arguments.x-death[0].count`.
 *
 * Decoded tables/arrays carry their wire tags (FIELD_TAGS); a number, bigint or byte array reuses its
 * recorded tag while that still carries it exactly, so decode → encode is byte-identical. Key order:
 * recorded keys in wire order, then the remaining keys in Object.keys order.
 *
 * Everything is validated while writing into a scratch buffer that grows as needed (never truncates);
 * the result is an exact-size copy made only on success, so a throw returns no bytes. Getters and
 * proxies in the input are user code: an exception they throw propagates unchanged.
 */
import { type AmqpError, describeValue, encodeError } from './errors.js';
import {
  MAX_FIELD_NESTING,
  TAG_ARRAY,
  TAG_BOOL,
  TAG_BYTES,
  TAG_DECIMAL,
  TAG_F32,
  TAG_F64,
  TAG_I16,
  TAG_I32,
  TAG_I64,
  TAG_I64_L,
  TAG_I8,
  TAG_LONGSTR,
  TAG_TABLE,
  TAG_TIMESTAMP,
  TAG_U16,
  TAG_U32,
  TAG_U8,
} from './field-tag-codes.js';
import {
  TAG_BY_CODE,
  TAG_BY_TYPE,
  accepts,
  childPath,
  expected,
  impliedTag,
  isPlainTable,
  keepsRecordedTag,
  seconds,
  type Tag,
} from './field-tags.js';
import { FIELD_TAGS, isDecimal, isTypedValue, type Decimal, type FieldTable, type FieldValue } from './field-values.js';
import { setInt64 } from './int64.js';
import { utf8Length, utf8Write } from './utf8.js';
import { frameBytes } from './writer.js';

const INITIAL_SCRATCH = 4096;
/** A scratch buffer grown beyond this is dropped after use rather than kept for the next call. */
const KEEP_SCRATCH = 1 << 20;
/** Strings up to this length reserve the 3-bytes-per-unit worst case instead of measuring. */
const RESERVE_WORST_CASE = 1 << 16;

/** "<value> is not a valid <type> (expected …)": for typed values and for plain values no tag carries. */
function notValid(t: Tag, v: unknown, path: string): AmqpError {
  const shown = isDecimal(v)
    ? `{ scale: ${describeValue(v.scale)}, value: ${describeValue(v.value)} }`
    : describeValue(v);
  return encodeError(`${shown} is not a valid ${t.type} (expected ${expected(t)})`, path);
}

/**
 * Why a plain value (no typed value, no usable recorded tag) cannot be written, from impliedTag's `code`:
 * minus the tag of its kind (a number, bigint, Date or decimal out of range), or 0 (no tag for its kind).
 */
function notAFieldValue(v: unknown, code: number, path: string): AmqpError {
  if (code < 0) return notValid(TAG_BY_CODE[-code] as Tag, v, path);
  let hint = '';
  if (v === undefined) hint = ' (use null for void)';
  else if (typeof v === 'object') hint = ' (use a plain object, an array, a Uint8Array or field.*)';
  return encodeError(`${describeValue(v)} is not a field value${hint}`, path);
}

// The scratch buffer every encode writes into, then copies out of. A re-entrant encode (a user getter
// that encodes another table) writes above the outer encode's bytes and gives them back when it ends;
// it looks for cycles only among its own open containers (above openBase).
let buf = new Uint8Array(INITIAL_SCRATCH);
let view = new DataView(buf.buffer);
let pos = 0;
/** Containers being written, for cycle detection (at most MAX_FIELD_NESTING + 1 per encode). */
const open: object[] = [];
let openBase = 0;

function reserve(n: number): void {
  if (pos + n > buf.length) grow(pos + n);
}

function grow(needed: number): void {
  let size = buf.length * 2;
  while (size < needed) size *= 2;
  const next = new Uint8Array(size);
  next.set(buf.subarray(0, pos));
  buf = next;
  view = new DataView(next.buffer);
}

/** Starts a container: checks depth and cycles, reserves its u32 length; returns where the length goes. */
function enter(container: object, ctx: string, depth: number): number {
  if (depth > MAX_FIELD_NESTING) throw encodeError(`nested deeper than ${MAX_FIELD_NESTING} levels`, ctx);
  if (open.includes(container, openBase)) throw encodeError('circular reference', ctx);
  open.push(container);
  reserve(4);
  pos += 4;
  return pos - 4;
}

/** Ends a container: pops it and writes its u32 byte length at `lenAt`. */
function leave(lenAt: number, ctx: string): void {
  open.pop();
  const len = pos - lenAt - 4;
  if (len > 0xffffffff) throw encodeError(`${len} bytes do not fit a u32 length`, ctx);
  view.setUint32(lenAt, len);
}

function table(t: object, ctx: string, depth: number): void {
  const lenAt = enter(t, ctx, depth);
  const tags = (t as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
  let keys = Object.keys(t);
  if (Array.isArray(tags)) {
    // Recorded keys first, in wire order, with their recorded tags.
    let present = 0;
    for (let j = 0; j + 1 < tags.length; j += 2) {
      const key: unknown = tags[j];
      if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(t, key)) continue;
      present++;
      entry(t, key, tags[j + 1], ctx, depth);
    }
    // Then keys added since decoding (only looked for when the key count says there are some).
    if (keys.length === present) return leave(lenAt, ctx);
    const recorded = new Set<unknown>(tags.filter((_, j) => j % 2 === 0));
    keys = keys.filter((key) => !recorded.has(key));
  }
  for (const key of keys) entry(t, key, undefined, ctx, depth);
  leave(lenAt, ctx);
}

/** One key and its value, unless the value is undefined; `tag` is the recorded one, if any. */
function entry(t: object, key: string, tag: unknown, ctx: string, depth: number): void {
  const v = (t as Record<string, unknown>)[key];
  if (v === undefined) return;
  writeKey(key, ctx);
  value(v, tag, ctx, key, depth);
}

function array(a: readonly unknown[], ctx: string, depth: number): void {
  const lenAt = enter(a, ctx, depth);
  const tags = (a as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
  const hints = Array.isArray(tags) ? (tags as unknown[]) : [];
  for (let i = 0; i < a.length; i++) value(a[i], hints[i], ctx, i, depth);
  leave(lenAt, ctx);
}

/** A key is a shortstr: at most 255 UTF-8 bytes. */
function writeKey(key: string, ctx: string): void {
  const n = key.length;
  if (n <= 0xff) {
    reserve(1 + 3 * n);
    const p = pos;
    const written = utf8Write(key, buf, p + 1);
    if (written <= 0xff) {
      buf[p] = written;
      pos = p + 1 + written;
      return;
    }
  }
  throw encodeError(`key is ${utf8Length(key)} UTF-8 bytes; at most 255 allowed`, childPath(ctx, key));
}

/** Tag and value; `hint` is the tag recorded at decode time, if any (any other value is ignored). */
function value(v: unknown, hint: unknown, ctx: string, key: string | number, depth: number): void {
  // Hot path (~3 % on the bench's headers-table encode): only S carries a string, whatever tag was
  // recorded (S is the only tag that accepts one).
  if (typeof v === 'string') return byteString(TAG_LONGSTR, v);
  let t: Tag | undefined;
  if (isTypedValue(v)) {
    const type: unknown = v.type;
    t = TAG_BY_TYPE.get(type as string);
    v = v.value;
    if (t === undefined) throw encodeError(`unknown field type ${describeValue(type)}`, childPath(ctx, key));
    if (!accepts(t, v)) throw notValid(t, v, childPath(ctx, key));
  } else {
    t = typeof hint === 'number' ? TAG_BY_CODE[hint] : undefined;
    if (t === undefined || !keepsRecordedTag(t, v)) {
      const code = impliedTag(v);
      t = TAG_BY_CODE[code];
      if (t === undefined) throw notAFieldValue(v, code, childPath(ctx, key));
    }
  }
  reserve(9);
  const code = t.code;
  const p = pos;
  buf[p] = code;
  pos = p + 1 + t.size;
  // A switch, not a write function per tag: the writes inline here (a call through a closure does not).
  // The most common tags come first. The integer setters wrap, so an unsigned setter writes a negative
  // value's two's complement.
  switch (code) {
    case TAG_I8:
    case TAG_U8:
      buf[p + 1] = v as number;
      return;
    case TAG_I16:
    case TAG_U16:
      return view.setUint16(p + 1, v as number);
    case TAG_I32:
    case TAG_U32:
      return view.setUint32(p + 1, v as number);
    case TAG_BOOL:
      buf[p + 1] = v ? 1 : 0;
      return;
    case TAG_TABLE:
      pos = p + 1;
      return table(v as object, childPath(ctx, key), depth + 1);
    case TAG_ARRAY:
      pos = p + 1;
      return array(v as unknown[], childPath(ctx, key), depth + 1);
    case TAG_LONGSTR:
    case TAG_BYTES:
      pos = p;
      return byteString(code, v instanceof ArrayBuffer ? new Uint8Array(v) : (v as string | Uint8Array));
    case TAG_I64:
    case TAG_I64_L:
      return setInt64(view, p + 1, v as number | bigint);
    case TAG_TIMESTAMP:
      return setInt64(view, p + 1, seconds(v) as number | bigint);
    case TAG_F32:
      return view.setFloat32(p + 1, v as number);
    case TAG_F64:
      return view.setFloat64(p + 1, v as number);
    case TAG_DECIMAL:
      buf[p + 1] = (v as Decimal).scale;
      return view.setInt32(p + 2, (v as Decimal).value);
  }
  // V: the tag alone.
}

/** S or x: u32 length and the bytes, copied, or a string's UTF-8 written in place (length backpatched). */
function byteString(tag: number, v: string | Uint8Array): void {
  const n = v.length;
  const text = typeof v === 'string';
  reserve(5 + (!text ? n : n <= RESERVE_WORST_CASE ? 3 * n : utf8Length(v)));
  const p = pos;
  buf[p] = tag;
  let written = n;
  if (text) written = utf8Write(v, buf, p + 5);
  else buf.set(v, p + 5);
  view.setUint32(p + 1, written);
  pos = p + 5 + written;
}

/** The complete encoding of a field table, including its u32 length prefix. */
export function encodeTable(t: FieldTable, ctx = 'table'): Uint8Array {
  if (!isPlainTable(t)) throw encodeError(`${describeValue(t)} is not a field table (a plain object)`, ctx);
  return encodeContainer(t, ctx);
}

/** The complete encoding of a field array, including its u32 length prefix. */
export function encodeArray(a: readonly FieldValue[], ctx = 'array'): Uint8Array {
  if (!Array.isArray(a)) throw encodeError(`${describeValue(a)} is not an array`, ctx);
  return encodeContainer(a, ctx);
}

function encodeContainer(v: object, ctx: string): Uint8Array {
  const start = pos;
  const outerBase = openBase;
  openBase = open.length;
  try {
    if (Array.isArray(v)) array(v, ctx, 0);
    else table(v, ctx, 0);
    // A new array holding the bytes, from the frame slab up to 2048 bytes (writer.ts; measured several
    // times cheaper here than `slice` or a fresh array).
    const n = pos - start;
    const out = frameBytes(n);
    if (n <= 64) for (let i = 0; i < n; i++) out[i] = buf[start + i];
    else out.set(buf.subarray(start, pos));
    return out;
  } finally {
    // Also after a throw: the next encode starts clean, with no leftover bytes or open containers.
    pos = start;
    open.length = openBase;
    openBase = outerBase;
    if (start === 0 && buf.length > KEEP_SCRATCH) {
      buf = new Uint8Array(INITIAL_SCRATCH);
      view = new DataView(buf.buffer);
    }
  }
}
