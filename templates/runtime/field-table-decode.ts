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
  TAG_BY_CODE,
  TAG_BYTES,
  TAG_LONGSTR,
  TAG_TABLE,
  childPath,
  impliedTag,
} from './field-tags.js';
import { DecodedTable, FIELD_TAGS, type FieldArray, type FieldTable, type FieldValue } from './field-values.js';
import { uint32At } from './int64.js';
import type { Reader } from './reader.js';
import { utf8DecodeKey, utf8DecodeStrict } from './utf8.js';

/** Cursor over one payload; `limit` arguments bound each container by its declared length. */
class TableDecoder {
  readonly bytes: Uint8Array;
  pos: number;
  /** Top of this decode's region of the tag scratch (nested containers stack above their parent). */
  top = 0;

  constructor(reader: Reader) {
    this.bytes = reader.bytes;
    this.pos = reader.pos;
  }

  /** Reads the u32 length and checks the container fits in [pos, limit); returns its end. */
  private container(limit: number, ctx: string, depth: number, what: string): number {
    const at = this.pos;
    if (depth > MAX_FIELD_NESTING) {
      throw decodeError(`${what} nested deeper than ${MAX_FIELD_NESTING} levels`, SYNTAX_ERROR, at, ctx);
    }
    this.pos = at + 4;
    return this.pos + this.lengthAt(at, limit, what, ctx);
  }

  /**
   * The u32 length at `at` of a value that must end by `limit` (containers, S, x). Errors name
   * `ctx`, or `ctx` and `key` (joined only when an error is thrown).
   */
  private lengthAt(at: number, limit: number, what: string, ctx: string, key?: string | number): number {
    const len = limit - at < 4 ? -1 : uint32At(this.bytes, at);
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
  table(limit: number, ctx: string, depth: number): FieldTable {
    const end = this.container(limit, ctx, depth, 'table');
    const bytes = this.bytes;
    // No Object.prototype in the chain: assigning any key, even "__proto__", creates an own property.
    const table = new DecodedTable();
    // key, tag, key, tag… in wire order, gathered in the shared scratch above `base`; kept only if needed.
    const base = this.top;
    let record = false;
    while (this.pos < end) {
      const at = this.pos;
      const n = bytes[at];
      if (end - at - 1 < n) throw truncatedError(ctx, at, n, end - at - 1);
      const key = utf8DecodeKey(bytes, at + 1, at + 1 + n);
      const tagAt = at + 1 + n;
      if (tagAt >= end) throw truncatedError(childPath(ctx, key), tagAt, 1, 0);
      const tag = bytes[tagAt];
      this.pos = tagAt + 1;
      const value = this.value(tag, end, ctx, key, depth);
      // Keys that start with a digit may be array indexes, which Object.keys lists first.
      if (!record && (needsRecord(tag, value) || (n !== 0 && bytes[at + 1] <= 0x39 && bytes[at + 1] >= 0x30))) {
        record = true;
      }
      // A duplicate key overwrites the value in place (first position), as the encoder will write it;
      // only a record needs fixing up, below. (No lookup per key: a miss on a megamorphic load is slow.)
      scratch[this.top++] = key;
      scratch[this.top++] = tag;
      table[key] = value;
    }
    if (record) Object.defineProperty(table, FIELD_TAGS, { value: tagRecord(table, base, this.top) });
    this.top = base;
    return table;
  }

  array(limit: number, ctx: string, depth: number): FieldArray {
    const end = this.container(limit, ctx, depth, 'array');
    const bytes = this.bytes;
    const values: FieldArray = [];
    const base = this.top;
    let record = false;
    while (this.pos < end) {
      const tag = bytes[this.pos++];
      const value = this.value(tag, end, ctx, values.length, depth);
      if (!record && needsRecord(tag, value)) record = true;
      values.push(value);
      scratch[this.top++] = tag;
    }
    if (record) Object.defineProperty(values, FIELD_TAGS, { value: scratch.slice(base, this.top) });
    this.top = base;
    return values;
  }

  /** Reads the value after its tag (this.pos is just past the tag). */
  private value(tag: number, end: number, ctx: string, key: string | number, depth: number): FieldValue {
    const p = this.pos;
    const left = end - p;
    const t = TAG_BY_CODE[tag];
    if (t === undefined) {
      const printable = tag >= 0x21 && tag <= 0x7e ? `'${String.fromCharCode(tag)}' ` : '';
      const hex = tag.toString(16).padStart(2, '0');
      throw decodeError(`unknown field type ${printable}(0x${hex})`, SYNTAX_ERROR, p - 1, childPath(ctx, key));
    }
    if (left < t.size) throw truncatedError(childPath(ctx, key), p, t.size, left);
    if (t.read !== undefined) {
      this.pos = p + t.size;
      return t.read(this.bytes, p);
    }
    if (tag === TAG_TABLE) return this.table(end, childPath(ctx, key), depth + 1);
    if (tag === TAG_ARRAY) return this.array(end, childPath(ctx, key), depth + 1);
    // S or x: u32 length, then the bytes; S that is not UTF-8 stays bytes.
    const n = this.lengthAt(p, end, tag === TAG_BYTES ? 'byte array' : 'longstr', ctx, key);
    this.pos = p + 4 + n;
    if (tag === TAG_LONGSTR) {
      const s = utf8DecodeStrict(this.bytes, p + 4, p + 4 + n);
      if (s !== undefined) return s;
    }
    return this.bytes.subarray(p + 4, p + 4 + n);
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
export function decodeTable(r: Reader, ctx = 'table'): FieldTable {
  const d = new TableDecoder(r);
  const table = d.table(r.end, ctx, 0);
  r.pos = d.pos;
  return table;
}

/** Decodes the field array at r.pos (u32 length included) and advances r.pos past it. */
export function decodeArray(r: Reader, ctx = 'array'): FieldArray {
  const d = new TableDecoder(r);
  const array = d.array(r.end, ctx, 0);
  r.pos = d.pos;
  return array;
}
