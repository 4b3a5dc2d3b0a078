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
import { AmqpError, describeValue, encodeError } from './errors.js';
import {
  MAX_FIELD_NESTING,
  TAG_ARRAY,
  TAG_BY_CODE,
  TAG_BY_TYPE,
  TAG_BYTES,
  TAG_LONGSTR,
  childPath,
  impliedTag,
  isPlainTable,
  keepsRecordedTag,
  type Tag,
} from './field-tags.js';
import { FIELD_TAGS, isDecimal, isTypedValue, type FieldTable, type FieldValue } from './field-values.js';
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
  return encodeError(`${shown} is not a valid ${t.type} (expected ${t.expected})`, path);
}

/**
 * Why a plain value (no typed value, no usable recorded tag) cannot be written, impliedTag having given
 * 0: a number, bigint, Date or decimal is measured against the tag of its kind; anything else has none.
 */
function notAFieldValue(v: unknown, path: string): AmqpError {
  const type =
    typeof v === 'number' || typeof v === 'bigint'
      ? 'i64'
      : v instanceof Date
        ? 'timestamp'
        : isDecimal(v)
          ? 'decimal'
          : undefined;
  if (type !== undefined) return notValid(TAG_BY_TYPE.get(type) as Tag, v, path);
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

  /** Starts a container: checks depth and cycles, reserves its u32 length; returns where the length goes. */
  private enter(container: object, ctx: string, depth: number): number {
    if (depth > MAX_FIELD_NESTING) throw encodeError(`nested deeper than ${MAX_FIELD_NESTING} levels`, ctx);
    if (this.open.includes(container)) throw encodeError('circular reference', ctx);
    this.open.push(container);
    this.reserve(4);
    this.pos += 4;
    return this.pos - 4;
  }

  /** Ends a container: pops it and writes its u32 byte length at `lenAt`. */
  private leave(lenAt: number, ctx: string): void {
    this.open.pop();
    const len = this.pos - lenAt - 4;
    if (len > 0xffffffff) throw encodeError(`${len} bytes do not fit a u32 length`, ctx);
    this.view.setUint32(lenAt, len);
  }

  table(t: object, ctx: string, depth: number): void {
    const lenAt = this.enter(t, ctx, depth);
    const tags = (t as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
    let keys = Object.keys(t);
    if (Array.isArray(tags)) {
      // Recorded keys first, in wire order, with their recorded tags.
      let present = 0;
      for (let j = 0; j + 1 < tags.length; j += 2) {
        const key: unknown = tags[j];
        if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(t, key)) continue;
        present++;
        this.entry(t, key, tags[j + 1], ctx, depth);
      }
      // Then keys added since decoding (only looked for when the key count says there are some).
      if (keys.length === present) return this.leave(lenAt, ctx);
      const recorded = new Set<unknown>(tags.filter((_, j) => j % 2 === 0));
      keys = keys.filter((key) => !recorded.has(key));
    }
    for (const key of keys) this.entry(t, key, 0, ctx, depth);
    this.leave(lenAt, ctx);
  }

  /** One key and its value, unless the value is undefined; `tag` is the recorded one, if any. */
  private entry(t: object, key: string, tag: unknown, ctx: string, depth: number): void {
    const v = (t as Record<string, unknown>)[key];
    if (v === undefined) return;
    this.key(key, ctx);
    this.value(v, typeof tag === 'number' ? tag : 0, ctx, key, depth);
  }

  array(a: readonly unknown[], ctx: string, depth: number): void {
    const lenAt = this.enter(a, ctx, depth);
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
    if (n <= 0xff) {
      this.reserve(1 + 3 * n);
      const p = this.pos;
      const written = utf8Write(key, this.buf, p + 1);
      if (written <= 0xff) {
        this.buf[p] = written;
        this.pos = p + 1 + written;
        return;
      }
    }
    throw encodeError(`key is ${utf8Length(key)} UTF-8 bytes; at most 255 allowed`, childPath(ctx, key));
  }

  /** Tag and value; `hint` is the tag recorded at decode time, or 0. */
  private value(v: unknown, hint: number, ctx: string, key: string | number, depth: number): void {
    // Hot path (~3 % on the bench's headers-table encode): only S carries a string, whatever tag was
    // recorded (S is the only tag whose accepts takes one).
    if (typeof v === 'string') {
      this.text(v);
      return;
    }
    let t: Tag | undefined;
    if (isTypedValue(v)) {
      const type: unknown = v.type;
      t = TAG_BY_TYPE.get(type as string);
      v = v.value;
      if (t === undefined) throw encodeError(`unknown field type ${describeValue(type)}`, childPath(ctx, key));
      if (!t.accepts(v)) throw notValid(t, v, childPath(ctx, key));
    } else {
      if (hint !== 0) t = TAG_BY_CODE[hint];
      if (t === undefined || !keepsRecordedTag(t, v)) t = TAG_BY_CODE[impliedTag(v)];
      if (t === undefined) throw notAFieldValue(v, childPath(ctx, key));
    }
    const write = t.write;
    if (write !== undefined) {
      this.reserve(9);
      const p = this.pos;
      this.buf[p] = t.code;
      write(this.view, p + 1, v as never);
      this.pos = p + 1 + t.size;
    } else if (typeof v === 'string') {
      this.text(v); // a typed longstr
    } else if (t.code === TAG_LONGSTR || t.code === TAG_BYTES) {
      this.byteString(t.code, v instanceof ArrayBuffer ? new Uint8Array(v) : (v as Uint8Array));
    } else {
      this.reserve(1);
      this.buf[this.pos++] = t.code;
      if (t.code === TAG_ARRAY) this.array(v as unknown[], childPath(ctx, key), depth + 1);
      else this.table(v as object, childPath(ctx, key), depth + 1);
    }
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
  if (!isPlainTable(t)) throw encodeError(`${describeValue(t)} is not a field table (a plain object)`, ctx);
  return encodeContainer(t, ctx);
}

/** The complete encoding of a field array, including its u32 length prefix. */
export function encodeArray(a: readonly FieldValue[], ctx = 'array'): Uint8Array {
  if (!Array.isArray(a)) throw encodeError(`${describeValue(a)} is not an array`, ctx);
  return encodeContainer(a, ctx);
}

function encodeContainer(v: object, ctx: string): Uint8Array {
  const e = acquire();
  try {
    if (Array.isArray(v)) e.array(v, ctx, 0);
    else e.table(v, ctx, 0);
    return exactCopy(e.buf, e.pos);
  } finally {
    release(e);
  }
}
