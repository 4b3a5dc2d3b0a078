/**
 * Field-table encoding.
 *
 * Tag choice for plain JS values (amqplib-compatible, so queues declared by either client are equal):
 * integer number → smallest of b (i8) / s (i16) / I (i32) / l (i64, safe integers); other numbers
 * (fractions, NaN, ±Infinity) → d; −0 → d so it decodes back to −0 (amqplib sends it as integer 0);
 * integers beyond ±(2^53−1) as numbers → error (pass a bigint); bigint → l; boolean → t; string → S;
 * Uint8Array → x; null → V; array → A; plain object → F; `field.*` values → their tag. Keys whose value
 * is undefined are skipped. Anything else is an error naming the key path, e.g.
 * `queue.declare.arguments.x-death[0].count`.
 *
 * Decoded tables/arrays carry their wire tags (FIELD_TAGS); a recorded tag is reused while it still
 * fits the value, so decode → encode is byte-identical. Key order: recorded keys in wire order, then
 * the remaining keys in Object.keys order.
 *
 * Everything is validated while writing into a scratch buffer that grows as needed (never truncates);
 * the result is an exact-size copy made only on success, so a throw returns no bytes. Getters and
 * proxies in the input are user code: an exception they throw propagates unchanged.
 */
import { AmqpError, describeValue } from './errors.js';
import { MAX_FIELD_NESTING } from './field-table-decode.js';
import {
  FIELD_TAGS,
  TAG_ARRAY,
  TAG_BOOL,
  TAG_BYTES,
  TAG_DECIMAL,
  TAG_F32,
  TAG_F64,
  TAG_I16,
  TAG_I16_U,
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
  TAG_VOID,
  impliedNumberTag,
  isDecimal,
  isPlainObject,
  isTypedValue,
  type FieldTable,
  type FieldValue,
  type TypedValue,
} from './field-values.js';
import { dateSeconds, isInt64, isUint64, setInt64, setUint64 } from './int64.js';
import { utf8Length, utf8Write } from './utf8.js';
import { frameBytes } from './writer.js';

const INITIAL_SCRATCH = 4096;
/** A scratch buffer grown beyond this is dropped after use rather than kept for the next call. */
const KEEP_SCRATCH = 1 << 20;
/** Strings up to this length reserve the 3-bytes-per-unit worst case instead of measuring. */
const RESERVE_WORST_CASE = 1 << 16;

function encodeError(message: string, ctx: string): AmqpError {
  return new AmqpError(message, { kind: 'encode', context: ctx });
}

function childPath(ctx: string, key: string | number): string {
  return typeof key === 'number' ? `${ctx}[${key}]` : `${ctx}.${key}`;
}

function isNegativeZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}

function isIntIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** Whether a number can still be written with the tag recorded when it was decoded. */
function numberFits(v: number, tag: number): boolean {
  if (tag === TAG_F64) return true;
  if (tag === TAG_F32) return Math.fround(v) === v || v !== v;
  if (!Number.isInteger(v) || isNegativeZero(v)) return false;
  switch (tag) {
    case TAG_I8:
      return v >= -0x80 && v <= 0x7f;
    case TAG_U8:
      return v >= 0 && v <= 0xff;
    case TAG_I16:
    case TAG_I16_U:
      return v >= -0x8000 && v <= 0x7fff;
    case TAG_U16:
      return v >= 0 && v <= 0xffff;
    case TAG_I32:
      return v >= -0x80000000 && v <= 0x7fffffff;
    case TAG_U32:
      return v >= 0 && v <= 0xffffffff;
    case TAG_I64:
    case TAG_I64_L:
      return Number.isSafeInteger(v);
    case TAG_TIMESTAMP:
      return Number.isSafeInteger(v) && v >= 0;
    default:
      return false;
  }
}

const TYPED_RANGE: Readonly<Record<string, string>> = {
  bool: 'a boolean',
  i8: 'an integer -128..127',
  u8: 'an integer 0..255',
  i16: 'an integer -32768..32767',
  u16: 'an integer 0..65535',
  i32: 'an integer -2147483648..2147483647',
  u32: 'an integer 0..4294967295',
  i64: 'a safe integer or a bigint in -2^63..2^63-1',
  f32: 'a number',
  f64: 'a number',
  decimal: 'a { scale, value } from field.decimal()',
  longstr: 'a string or a Uint8Array',
  bytes: 'a Uint8Array',
  array: 'an array',
  timestamp: 'a safe integer or a bigint in 0..2^64-1 (seconds)',
  table: 'a plain object',
};

function unsupported(v: unknown, path: string): AmqpError {
  let hint = '';
  if (v === undefined) hint = ' (use null for void)';
  else if (typeof v === 'object') hint = ' (use a plain object, an array, a Uint8Array or field.*)';
  return encodeError(`${describeValue(v)} is not a field value${hint}`, path);
}

class TableEncoder {
  buf: Uint8Array;
  view: DataView;
  pos = 0;
  /** Containers being written, for cycle detection (at most MAX_FIELD_NESTING + 1 entries). */
  readonly open: object[] = [];

  constructor() {
    this.buf = new Uint8Array(INITIAL_SCRATCH);
    this.view = new DataView(this.buf.buffer);
  }

  private reserve(n: number): void {
    if (this.pos + n > this.buf.length) this.grow(this.pos + n);
  }

  private grow(needed: number): void {
    let size = this.buf.length * 2;
    while (size < needed) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  private enter(container: object, ctx: string, depth: number): void {
    if (depth > MAX_FIELD_NESTING) throw encodeError(`nested deeper than ${MAX_FIELD_NESTING} levels`, ctx);
    if (this.open.includes(container)) throw encodeError('circular reference', ctx);
    this.open.push(container);
  }

  /** Ends a container: pops it and writes its u32 byte length at `lenAt`. */
  private leave(lenAt: number, ctx: string): void {
    this.open.pop();
    const len = this.pos - lenAt - 4;
    if (len > 0xffffffff) throw encodeError(`${len} bytes do not fit a u32 length`, ctx);
    this.view.setUint32(lenAt, len);
  }

  table(t: object, ctx: string, depth: number): void {
    this.enter(t, ctx, depth);
    this.reserve(4);
    const lenAt = this.pos;
    this.pos += 4;
    const record = t as Record<string, unknown>;
    const tags = (t as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
    if (Array.isArray(tags)) {
      // Recorded keys first, in wire order, with their recorded tags.
      let present = 0;
      for (let j = 0; j + 1 < tags.length; j += 2) {
        const key: unknown = tags[j];
        if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(t, key)) continue;
        present++;
        const v = record[key];
        if (v === undefined) continue;
        const tag: unknown = tags[j + 1];
        this.key(key, ctx);
        this.value(v, typeof tag === 'number' ? tag : 0, ctx, key, depth);
      }
      // Then keys added since decoding (only looked for when the key count says there are some).
      const keys = Object.keys(t);
      if (keys.length !== present) {
        const recorded = new Set<unknown>();
        for (let j = 0; j < tags.length; j += 2) recorded.add(tags[j]);
        for (const key of keys) {
          if (recorded.has(key)) continue;
          const v = record[key];
          if (v === undefined) continue;
          this.key(key, ctx);
          this.value(v, 0, ctx, key, depth);
        }
      }
    } else {
      for (const key of Object.keys(t)) {
        const v = record[key];
        if (v === undefined) continue;
        this.key(key, ctx);
        this.value(v, 0, ctx, key, depth);
      }
    }
    this.leave(lenAt, ctx);
  }

  array(a: readonly unknown[], ctx: string, depth: number): void {
    this.enter(a, ctx, depth);
    this.reserve(4);
    const lenAt = this.pos;
    this.pos += 4;
    const tags = (a as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
    const hints = Array.isArray(tags) ? (tags as unknown[]) : undefined;
    for (let i = 0; i < a.length; i++) {
      const hint = hints === undefined ? 0 : hints[i];
      this.value(a[i], typeof hint === 'number' ? hint : 0, ctx, i, depth);
    }
    this.leave(lenAt, ctx);
  }

  /** A key is a shortstr: at most 255 UTF-8 bytes. */
  private key(key: string, ctx: string): void {
    const n = key.length;
    if (n > 0xff) throw encodeError(`key is ${utf8Length(key)} UTF-8 bytes; at most 255 allowed`, childPath(ctx, key));
    this.reserve(1 + 3 * n);
    const p = this.pos;
    const written = utf8Write(key, this.buf, p + 1);
    if (written > 0xff) throw encodeError(`key is ${written} UTF-8 bytes; at most 255 allowed`, childPath(ctx, key));
    this.buf[p] = written;
    this.pos = p + 1 + written;
  }

  /** Tag and value; `hint` is the tag recorded at decode time, or 0. */
  private value(v: unknown, hint: number, ctx: string, key: string | number, depth: number): void {
    switch (typeof v) {
      case 'number':
        this.number(v, hint, ctx, key);
        return;
      case 'string':
        this.text(v);
        return;
      case 'boolean':
        this.scalar(TAG_BOOL, v ? 1 : 0);
        return;
      case 'bigint':
        this.bigint(v, hint, ctx, key);
        return;
      case 'object':
        if (v === null) {
          this.tagOnly(TAG_VOID);
          return;
        }
        if (v instanceof Uint8Array) {
          this.byteString(hint === TAG_LONGSTR ? TAG_LONGSTR : TAG_BYTES, v);
          return;
        }
        if (Array.isArray(v)) {
          this.tagOnly(TAG_ARRAY);
          this.array(v, childPath(ctx, key), depth + 1);
          return;
        }
        if (isTypedValue(v)) {
          this.typed(v, ctx, key, depth);
          return;
        }
        if (isDecimal(v)) {
          this.decimal(v.scale, v.value, childPath(ctx, key));
          return;
        }
        if (isPlainObject(v)) {
          this.tagOnly(TAG_TABLE);
          this.table(v, childPath(ctx, key), depth + 1);
          return;
        }
        if (v instanceof ArrayBuffer) {
          this.byteString(TAG_BYTES, new Uint8Array(v));
          return;
        }
        if (v instanceof Date) {
          this.numeric(TAG_TIMESTAMP, this.seconds(v, ctx, key));
          return;
        }
    }
    throw unsupported(v, childPath(ctx, key));
  }

  /** A Date as a timestamp: whole seconds, rounded down. */
  private seconds(d: Date, ctx: string, key: string | number): number {
    const seconds = dateSeconds(d);
    if (seconds === undefined) {
      throw encodeError(
        `${describeValue(d)} is not a valid timestamp (a valid Date from 1970 on)`,
        childPath(ctx, key),
      );
    }
    return seconds;
  }

  private number(v: number, hint: number, ctx: string, key: string | number): void {
    if (hint !== 0 && numberFits(v, hint)) {
      this.numeric(hint === TAG_I16_U ? TAG_I16 : hint, v);
      return;
    }
    const tag = impliedNumberTag(v);
    if (tag === 0) {
      throw encodeError(
        `${v} is not a safe integer; pass a bigint (or field.i64 / field.timestamp with a bigint) to encode it exactly`,
        childPath(ctx, key),
      );
    }
    this.numeric(tag, v);
  }

  private bigint(v: bigint, hint: number, ctx: string, key: string | number): void {
    if (hint === TAG_TIMESTAMP && isUint64(v)) this.numeric(TAG_TIMESTAMP, v);
    else if (isInt64(v)) this.numeric(hint === TAG_I64_L ? TAG_I64_L : TAG_I64, v);
    else throw encodeError(`${v}n is outside the signed 64-bit range -2^63..2^63-1`, childPath(ctx, key));
  }

  /** Writes tag + value for numeric tags; the value was validated for the tag by the caller. */
  private numeric(tag: number, v: number | bigint): void {
    this.reserve(9);
    const p = this.pos;
    const view = this.view;
    this.buf[p] = tag;
    let size: number;
    switch (tag) {
      case TAG_I8:
        view.setInt8(p + 1, v as number);
        size = 1;
        break;
      case TAG_U8:
        view.setUint8(p + 1, v as number);
        size = 1;
        break;
      case TAG_I16:
        view.setInt16(p + 1, v as number);
        size = 2;
        break;
      case TAG_U16:
        view.setUint16(p + 1, v as number);
        size = 2;
        break;
      case TAG_I32:
        view.setInt32(p + 1, v as number);
        size = 4;
        break;
      case TAG_U32:
        view.setUint32(p + 1, v as number);
        size = 4;
        break;
      case TAG_F32:
        view.setFloat32(p + 1, v as number);
        size = 4;
        break;
      case TAG_F64:
        view.setFloat64(p + 1, v as number);
        size = 8;
        break;
      case TAG_TIMESTAMP:
        setUint64(view, p + 1, v);
        size = 8;
        break;
      default: // l, L
        setInt64(view, p + 1, v);
        size = 8;
    }
    this.pos = p + 1 + size;
  }

  private scalar(tag: number, octet: number): void {
    this.reserve(2);
    this.buf[this.pos] = tag;
    this.buf[this.pos + 1] = octet;
    this.pos += 2;
  }

  private tagOnly(tag: number): void {
    this.reserve(1);
    this.buf[this.pos++] = tag;
  }

  /** S from a string: UTF-8 written in place, length backpatched. */
  private text(s: string): void {
    const n = s.length;
    this.reserve(5 + (n <= RESERVE_WORST_CASE ? 3 * n : utf8Length(s)));
    const p = this.pos;
    this.buf[p] = TAG_LONGSTR;
    const written = utf8Write(s, this.buf, p + 5);
    this.view.setUint32(p + 1, written);
    this.pos = p + 5 + written;
  }

  /** S or x from bytes (copied). */
  private byteString(tag: number, b: Uint8Array): void {
    this.reserve(5 + b.length);
    const p = this.pos;
    this.buf[p] = tag;
    this.view.setUint32(p + 1, b.length);
    this.buf.set(b, p + 5);
    this.pos = p + 5 + b.length;
  }

  private decimal(scale: unknown, value: unknown, path: string): void {
    if (!isIntIn(scale, 0, 0xff))
      throw encodeError(`decimal scale ${describeValue(scale)} is not an integer 0..255`, path);
    if (!isIntIn(value, -0x80000000, 0x7fffffff)) {
      throw encodeError(`decimal value ${describeValue(value)} is not an integer -2147483648..2147483647`, path);
    }
    this.reserve(6);
    const p = this.pos;
    this.buf[p] = TAG_DECIMAL;
    this.buf[p + 1] = scale;
    this.view.setInt32(p + 2, value);
    this.pos = p + 6;
  }

  private typed(t: TypedValue, ctx: string, key: string | number, depth: number): void {
    const v = t.value;
    const type: string = t.type;
    switch (type) {
      case 'bool':
        if (typeof v !== 'boolean') break;
        this.scalar(TAG_BOOL, v ? 1 : 0);
        return;
      case 'i8':
        if (!isIntIn(v, -0x80, 0x7f)) break;
        this.numeric(TAG_I8, v);
        return;
      case 'u8':
        if (!isIntIn(v, 0, 0xff)) break;
        this.numeric(TAG_U8, v);
        return;
      case 'i16':
        if (!isIntIn(v, -0x8000, 0x7fff)) break;
        this.numeric(TAG_I16, v);
        return;
      case 'u16':
        if (!isIntIn(v, 0, 0xffff)) break;
        this.numeric(TAG_U16, v);
        return;
      case 'i32':
        if (!isIntIn(v, -0x80000000, 0x7fffffff)) break;
        this.numeric(TAG_I32, v);
        return;
      case 'u32':
        if (!isIntIn(v, 0, 0xffffffff)) break;
        this.numeric(TAG_U32, v);
        return;
      case 'i64':
        if (!((typeof v === 'number' || typeof v === 'bigint') && isInt64(v))) break;
        this.numeric(TAG_I64, v);
        return;
      case 'timestamp': {
        const seconds = v instanceof Date ? this.seconds(v, ctx, key) : v;
        if (!((typeof seconds === 'number' || typeof seconds === 'bigint') && isUint64(seconds))) break;
        this.numeric(TAG_TIMESTAMP, seconds);
        return;
      }
      case 'f32':
        if (typeof v !== 'number') break;
        this.numeric(TAG_F32, v);
        return;
      case 'f64':
        if (typeof v !== 'number') break;
        this.numeric(TAG_F64, v);
        return;
      case 'decimal':
        if (typeof v !== 'object' || v === null) break;
        this.decimal((v as { scale?: unknown }).scale, (v as { value?: unknown }).value, childPath(ctx, key));
        return;
      case 'longstr':
        if (typeof v === 'string') this.text(v);
        else if (v instanceof Uint8Array) this.byteString(TAG_LONGSTR, v);
        else break;
        return;
      case 'bytes': {
        const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : v;
        if (!(bytes instanceof Uint8Array)) break;
        this.byteString(TAG_BYTES, bytes);
        return;
      }
      case 'array':
        if (!Array.isArray(v)) break;
        this.tagOnly(TAG_ARRAY);
        this.array(v, childPath(ctx, key), depth + 1);
        return;
      case 'table':
        if (typeof v !== 'object' || v === null || Array.isArray(v) || !isPlainObject(v)) break;
        this.tagOnly(TAG_TABLE);
        this.table(v, childPath(ctx, key), depth + 1);
        return;
      case 'void':
        this.tagOnly(TAG_VOID);
        return;
      default:
        throw encodeError(`unknown field type ${describeValue(type)}`, childPath(ctx, key));
    }
    throw encodeError(
      `${describeValue(v)} is not a valid ${type} (expected ${TYPED_RANGE[type]})`,
      childPath(ctx, key),
    );
  }
}

let spare: TableEncoder | undefined;

/** Takes the cached encoder; a re-entrant call (from a user getter) gets a fresh one. */
function acquire(): TableEncoder {
  const e = spare ?? new TableEncoder();
  spare = undefined;
  return e;
}

function release(e: TableEncoder): void {
  e.pos = 0;
  e.open.length = 0;
  if (e.buf.length <= KEEP_SCRATCH) spare = e;
}

/**
 * A new array holding buf[0, n), from the frame slab up to 2048 bytes (writer.ts; measured several
 * times cheaper here than `slice` or a fresh array).
 */
function exactCopy(buf: Uint8Array, n: number): Uint8Array {
  const out = frameBytes(n);
  if (n <= 64) for (let i = 0; i < n; i++) out[i] = buf[i];
  else out.set(buf.subarray(0, n));
  return out;
}

/** The complete encoding of a field table, including its u32 length prefix. */
export function encodeTable(t: FieldTable, ctx = 'table'): Uint8Array {
  if (typeof t !== 'object' || t === null || Array.isArray(t) || !isPlainObject(t)) {
    throw encodeError(`${describeValue(t)} is not a field table (a plain object)`, ctx);
  }
  const e = acquire();
  try {
    e.table(t, ctx, 0);
    return exactCopy(e.buf, e.pos);
  } finally {
    release(e);
  }
}

/** The complete encoding of a field array, including its u32 length prefix. */
export function encodeArray(a: readonly FieldValue[], ctx = 'array'): Uint8Array {
  if (!Array.isArray(a)) throw encodeError(`${describeValue(a)} is not an array`, ctx);
  const e = acquire();
  try {
    e.array(a, ctx, 0);
    return exactCopy(e.buf, e.pos);
  } finally {
    release(e);
  }
}
