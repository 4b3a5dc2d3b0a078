/**
 * Field-table decoding.
 *
 * Values: b/B/s/u/I/i/f/d → number; l/L/T → number while a safe integer, else exact bigint;
 * D → Decimal; S → string when valid UTF-8, else Uint8Array; x → Uint8Array; t → boolean; V → null;
 * A → array; F → table. `U` is read as i16 (RabbitMQ's reading; the 0-9-1 grammar's `s` = shortstr is
 * not what brokers send).
 *
 * Tables are `new DecodedTable()` objects (see field-values.ts): no Object.prototype is reachable, so
 * a `__proto__` key is plain data. A decoded table/array whose tags all match what the encoder would
 * infer from the values (and, for a table, whose keys Object.keys lists in wire order) needs no
 * record; any other carries its wire tags (FIELD_TAGS, non-enumerable). Either way encoding it again
 * gives the same bytes. Not byte-identical, by nature: duplicate keys (the last value wins, at the
 * first key's position), keys that are not valid UTF-8, `t` octets other than 0/1, and NaN payloads
 * other than the canonical one.
 *
 * Byte values (x, and S that is not UTF-8) are subarray views: they alias the input buffer.
 */
import { FRAME_ERROR, SYNTAX_ERROR, decodeError, truncatedError } from './errors.js';
import {
  MAX_FIELD_NESTING,
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
} from './field-tag-codes.js';
import { TAG_BY_CODE, childPath, impliedTag } from './field-tags.js';
import {
  DecimalValue,
  DecodedTable,
  FIELD_TAGS,
  type FieldArray,
  type FieldTable,
  type FieldValue,
} from './field-values.js';
import { float32At, float64At, int16At, int32At, int64At, uint16At, uint32At, uint64At } from './int64.js';
import type { ReadCursor } from './reader.js';
import { utf8DecodeKey, utf8DecodeStrict } from './utf8.js';

// The payload being decoded and the cursor in it, shared by the functions below: decoding runs no user
// code, so a decode is never re-entered.
const NO_BYTES = new Uint8Array(0);
let bytes: Uint8Array = NO_BYTES;
let pos = 0;
/** Top of the tag scratch (nested containers stack their slots above their parent's). */
let top = 0;

/** Reads the u32 length at `at` and checks the container fits in [at, limit); returns its end. */
function container(at: number, limit: number, ctx: string, depth: number, what: string): number {
  if (depth > MAX_FIELD_NESTING) {
    throw decodeError(`${what} nested deeper than ${MAX_FIELD_NESTING} levels`, SYNTAX_ERROR, at, ctx);
  }
  pos = at + 4;
  return pos + lengthAt(at, limit, what, ctx);
}

/**
 * The u32 length at `at` of a value that must end by `limit` (containers, S, x). Errors name
 * `ctx`, or `ctx` and `key` (joined only when an error is thrown).
 */
function lengthAt(at: number, limit: number, what: string, ctx: string, key?: string | number): number {
  const len = limit - at < 4 ? -1 : uint32At(bytes, at);
  if (len < 0 || len > limit - at - 4) {
    const path = key === undefined ? ctx : childPath(ctx, key);
    if (len < 0) throw truncatedError(path, at, 4, limit - at);
    throw decodeError(
      `${what} length ${len} runs past its container (${limit - at - 4} bytes left)`,
      FRAME_ERROR,
      at,
      path,
    );
  }
  return len;
}

// table() and array() are separate loops on purpose: one loop for both (keyed on an isTable flag)
// measured 22 % slower on the bench's headers table (966 vs 755 ns) for ~220 bytes less code.
function table(start: number, limit: number, ctx: string, depth: number): FieldTable {
  const end = container(start, limit, ctx, depth, 'table');
  const b = bytes;
  // No Object.prototype in the chain: assigning any key, even "__proto__", creates an own property.
  const t = new DecodedTable();
  // key, tag, key, tag… in wire order, gathered in the shared scratch above `base`; kept only if needed.
  const base = top;
  let record = false;
  while (pos < end) {
    const at = pos;
    const n = b[at];
    if (end - at - 1 < n) throw truncatedError(ctx, at, n, end - at - 1);
    const key = utf8DecodeKey(b, at + 1, at + 1 + n);
    const tagAt = at + 1 + n;
    if (tagAt >= end) throw truncatedError(childPath(ctx, key), tagAt, 1, 0);
    const tag = b[tagAt];
    pos = tagAt + 1;
    const v = value(tag, end, ctx, key, depth);
    // Keys that start with a digit may be array indexes, which Object.keys lists first.
    if (!record && (needsRecord(tag, v) || (n !== 0 && b[at + 1] <= 0x39 && b[at + 1] >= 0x30))) {
      record = true;
    }
    // A duplicate key overwrites the value in place (first position), as the encoder will write it;
    // only a record needs fixing up, below. (No lookup per key: a miss on a megamorphic load is slow.)
    scratch[top++] = key;
    scratch[top++] = tag;
    t[key] = v;
  }
  if (record) Object.defineProperty(t, FIELD_TAGS, { value: tagRecord(t, base, top) });
  top = base;
  return t;
}

function array(start: number, limit: number, ctx: string, depth: number): FieldArray {
  const end = container(start, limit, ctx, depth, 'array');
  const values: FieldArray = [];
  const base = top;
  let record = false;
  while (pos < end) {
    const tag = bytes[pos++];
    const v = value(tag, end, ctx, values.length, depth);
    if (!record && needsRecord(tag, v)) record = true;
    values.push(v);
    scratch[top++] = tag;
  }
  if (record) Object.defineProperty(values, FIELD_TAGS, { value: scratch.slice(base, top) });
  top = base;
  return values;
}

/** Reads the value after its tag (pos is just past the tag). */
function value(tag: number, end: number, ctx: string, key: string | number, depth: number): FieldValue {
  const p = pos;
  const b = bytes;
  const t = TAG_BY_CODE[tag];
  if (t === undefined) {
    const printable = tag >= 0x21 && tag <= 0x7e ? `'${String.fromCharCode(tag)}' ` : '';
    const hex = tag.toString(16).padStart(2, '0');
    throw decodeError(`unknown field type ${printable}(0x${hex})`, SYNTAX_ERROR, p - 1, childPath(ctx, key));
  }
  if (end - p < t.size) throw truncatedError(childPath(ctx, key), p, t.size, end - p);
  pos = p + t.size;
  // A switch, not a read function per tag: the reads inline here (a call through a closure does not).
  // The most common tags come first.
  switch (tag) {
    case TAG_LONGSTR:
    case TAG_BYTES: {
      // u32 length, then the bytes; S that is not UTF-8 stays bytes.
      const n = lengthAt(p, end, tag === TAG_BYTES ? 'byte array' : 'longstr', ctx, key);
      pos = p + 4 + n;
      const s = tag === TAG_LONGSTR ? utf8DecodeStrict(b, p + 4, p + 4 + n) : undefined;
      return s ?? b.subarray(p + 4, p + 4 + n);
    }
    case TAG_BOOL:
      return b[p] !== 0;
    case TAG_I8:
      return (b[p] << 24) >> 24;
    case TAG_I16:
    case TAG_I16_U:
      return int16At(b, p);
    case TAG_I32:
      return int32At(b, p);
    case TAG_TABLE:
      return table(p, end, childPath(ctx, key), depth + 1);
    case TAG_ARRAY:
      return array(p, end, childPath(ctx, key), depth + 1);
    case TAG_U8:
      return b[p];
    case TAG_U16:
      return uint16At(b, p);
    case TAG_U32:
      return uint32At(b, p);
    case TAG_I64:
    case TAG_I64_L:
      return int64At(b, p);
    case TAG_F32:
      return float32At(b, p);
    case TAG_F64:
      return float64At(b, p);
    case TAG_DECIMAL:
      return new DecimalValue(b[p], int32At(b, p + 1));
    case TAG_TIMESTAMP:
      return uint64At(b, p);
    default:
      return null; // V
  }
}

/**
 * Whether a decoded value needs its tag recorded: the encoder would infer another one. Objects are
 * answered without impliedTag: each decoded kind (null, bytes, decimal, array, table) infers the tag it
 * came from, except bytes read from S. Measured: impliedTag on objects made decoding the bench's
 * headers table ~12 % slower (846 vs 750 ns); the every-tag test in field-table-lossless.test.ts checks
 * this shortcut against the encoder.
 */
function needsRecord(tag: number, value: FieldValue): boolean {
  return typeof value === 'object' ? tag === TAG_LONGSTR : impliedTag(value) !== tag;
}

/**
 * Tag records under construction, shared by all decodes (decoding runs no user code, so it is never
 * re-entered); each container uses the slots above its parent's and releases them when it ends.
 */
const scratch: (string | number)[] = [];

/**
 * The record [key, tag, …] of scratch[from, to), one entry per key: for a duplicate key the last tag
 * wins, at the first occurrence's position (where its value sits in the table).
 */
function tagRecord(table: FieldTable, from: number, to: number): (string | number)[] {
  if (Object.keys(table).length * 2 === to - from) return scratch.slice(from, to); // no duplicates
  const tags: (string | number)[] = [];
  const at = new Map<string | number, number>();
  for (let j = from; j < to; j += 2) {
    const key = scratch[j];
    const k = at.get(key);
    if (k !== undefined) tags[k + 1] = scratch[j + 1];
    else {
      at.set(key, tags.length);
      tags.push(key, scratch[j + 1]);
    }
  }
  return tags;
}

/** Decodes the field table at r.pos (u32 length included) and advances r.pos past it. */
export function decodeTable(r: ReadCursor, ctx = 'table'): FieldTable {
  return decodeAt(r, ctx, table);
}

/** Decodes the field array at r.pos (u32 length included) and advances r.pos past it. */
export function decodeArray(r: ReadCursor, ctx = 'array'): FieldArray {
  return decodeAt(r, ctx, array);
}

function decodeAt<T>(
  r: ReadCursor,
  ctx: string,
  decode: (start: number, limit: number, ctx: string, depth: number) => T,
): T {
  bytes = r.bytes;
  top = 0; // a decode that threw left its slots taken
  try {
    const v = decode(r.pos, r.end, ctx, 0);
    r.pos = pos;
    return v;
  } finally {
    bytes = NO_BYTES; // the payload is the caller's: not kept alive here
  }
}
