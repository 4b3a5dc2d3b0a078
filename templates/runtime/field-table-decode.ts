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
import { AmqpError, FRAME_ERROR, SYNTAX_ERROR, truncatedError } from './errors.js';
import {
  DecimalValue,
  DecodedTable,
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
  type FieldArray,
  type FieldTable,
  type FieldValue,
  impliedNumberTag,
} from './field-values.js';
import { int16At, int32At, int64At, uint16At, uint32At, uint64At } from './int64.js';
import type { Reader } from './reader.js';
import { utf8DecodeKey, utf8DecodeStrict } from './utf8.js';

/** Containers nested deeper than this are refused (502), so hostile input cannot overflow the stack. */
export const MAX_FIELD_NESTING = 64;

function childPath(ctx: string, key: string | number): string {
  return typeof key === 'number' ? `${ctx}[${key}]` : `${ctx}.${key}`;
}

/** Cursor over one payload; `limit` arguments bound each container by its declared length. */
class TableDecoder {
  readonly bytes: Uint8Array;
  pos: number;
  /** Only floats need a DataView; the reader makes one on first use. */
  private readonly reader: Reader;
  /** Top of this decode's region of the tag scratch (nested containers stack above their parent). */
  top = 0;

  constructor(reader: Reader) {
    this.reader = reader;
    this.bytes = reader.bytes;
    this.pos = reader.pos;
  }

  /** Reads the u32 length and checks the container fits in [pos, limit); returns its end. */
  private container(limit: number, ctx: string, depth: number, what: string): number {
    const at = this.pos;
    if (depth > MAX_FIELD_NESTING) {
      throw new AmqpError(`${what} nested deeper than ${MAX_FIELD_NESTING} levels`, {
        kind: 'decode',
        replyCode: SYNTAX_ERROR,
        offset: at,
        context: ctx,
      });
    }
    if (limit - at < 4) throw truncatedError(ctx, at, 4, limit - at);
    const len = uint32At(this.bytes, at);
    if (len > limit - at - 4) {
      throw new AmqpError(`${what} length ${len} runs past its container (${limit - at - 4} bytes left)`, {
        kind: 'decode',
        replyCode: FRAME_ERROR,
        offset: at,
        context: ctx,
      });
    }
    this.pos = at + 4;
    return at + 4 + len;
  }

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
      if (!record && (!keepsImpliedTag(tag, value) || (n !== 0 && bytes[at + 1] <= 0x39 && bytes[at + 1] >= 0x30))) {
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
      if (!record && !keepsImpliedTag(tag, value)) record = true;
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
    switch (tag) {
      case TAG_BOOL:
        if (left < 1) break;
        this.pos = p + 1;
        return this.bytes[p] !== 0;
      case TAG_I8:
        if (left < 1) break;
        this.pos = p + 1;
        return (this.bytes[p] << 24) >> 24;
      case TAG_U8:
        if (left < 1) break;
        this.pos = p + 1;
        return this.bytes[p];
      case TAG_I16:
      case TAG_I16_U:
        if (left < 2) break;
        this.pos = p + 2;
        return int16At(this.bytes, p);
      case TAG_U16:
        if (left < 2) break;
        this.pos = p + 2;
        return uint16At(this.bytes, p);
      case TAG_I32:
        if (left < 4) break;
        this.pos = p + 4;
        return int32At(this.bytes, p);
      case TAG_U32:
        if (left < 4) break;
        this.pos = p + 4;
        return uint32At(this.bytes, p);
      case TAG_I64:
      case TAG_I64_L:
        if (left < 8) break;
        this.pos = p + 8;
        return int64At(this.bytes, p);
      case TAG_TIMESTAMP:
        if (left < 8) break;
        this.pos = p + 8;
        return uint64At(this.bytes, p);
      case TAG_F32:
        if (left < 4) break;
        this.pos = p + 4;
        return this.reader.view.getFloat32(p);
      case TAG_F64:
        if (left < 8) break;
        this.pos = p + 8;
        return this.reader.view.getFloat64(p);
      case TAG_DECIMAL:
        if (left < 5) break;
        this.pos = p + 5;
        return new DecimalValue(this.bytes[p], int32At(this.bytes, p + 1));
      case TAG_LONGSTR:
      case TAG_BYTES: {
        if (left < 4) break;
        const n = uint32At(this.bytes, p);
        if (n > left - 4) {
          throw new AmqpError(
            `${tag === TAG_BYTES ? 'byte array' : 'longstr'} length ${n} runs past its container (${left - 4} bytes left)`,
            {
              kind: 'decode',
              replyCode: FRAME_ERROR,
              offset: p,
              context: childPath(ctx, key),
            },
          );
        }
        this.pos = p + 4 + n;
        if (tag === TAG_LONGSTR) {
          const s = utf8DecodeStrict(this.bytes, p + 4, p + 4 + n);
          if (s !== undefined) return s;
        }
        return this.bytes.subarray(p + 4, p + 4 + n);
      }
      case TAG_ARRAY:
        return this.array(end, childPath(ctx, key), depth + 1);
      case TAG_TABLE:
        return this.table(end, childPath(ctx, key), depth + 1);
      case TAG_VOID:
        return null;
      default: {
        const printable = tag >= 0x21 && tag <= 0x7e ? `'${String.fromCharCode(tag)}' ` : '';
        throw new AmqpError(`unknown field type ${printable}(0x${tag.toString(16).padStart(2, '0')})`, {
          kind: 'decode',
          replyCode: SYNTAX_ERROR,
          offset: p - 1,
          context: childPath(ctx, key),
        });
      }
    }
    // Only fixed-size cases reach here: the value runs past the end of its container.
    throw truncatedError(childPath(ctx, key), p, fixedSize(tag), left);
  }
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

/**
 * Whether the encoder, given `value` with no recorded tag, writes `tag` again (impliedTag in
 * field-values.ts, specialised by tag; a test checks they agree for every tag).
 */
function keepsImpliedTag(tag: number, value: FieldValue): boolean {
  switch (tag) {
    case TAG_BOOL:
    case TAG_I8:
    case TAG_DECIMAL:
    case TAG_BYTES:
    case TAG_ARRAY:
    case TAG_TABLE:
    case TAG_VOID:
      return true;
    case TAG_LONGSTR:
      return typeof value === 'string';
    case TAG_I16:
      return (value as number) < -0x80 || (value as number) > 0x7f;
    case TAG_I32:
      return (value as number) < -0x8000 || (value as number) > 0x7fff;
    case TAG_I64:
      return typeof value === 'bigint' || (value as number) < -0x80000000 || (value as number) > 0x7fffffff;
    case TAG_F64:
      return impliedNumberTag(value as number) === TAG_F64;
    default:
      return false;
  }
}

function fixedSize(tag: number): number {
  switch (tag) {
    case TAG_BOOL:
    case TAG_I8:
    case TAG_U8:
      return 1;
    case TAG_I16:
    case TAG_I16_U:
    case TAG_U16:
      return 2;
    case TAG_DECIMAL:
      return 5;
    case TAG_I64:
    case TAG_I64_L:
    case TAG_TIMESTAMP:
    case TAG_F64:
      return 8;
    default:
      return 4; // I, i, f, and the length prefix of S/x
  }
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
