/**
 * What the codec knows about each field-table tag: its char code, the FieldType that names it and its
 * size on the wire (TAGS), which values it can carry (accepts) and what to say when a value does not
 * fit (expected). How a fixed-size value is read and written is a `switch` on the tag in the decoder
 * and in the encoder. The typed-value checks, the lossless tag records and fieldTypeOf look tags up here.
 */
import {
  DECODED_TABLE_PROTOTYPE,
  FIELD_TAGS,
  type Decimal,
  isDecimal,
  isPlainObject,
  type FieldTable,
  type FieldType,
  type FieldValue,
} from './field-values.js';
import {
  TAG_BOOL,
  TAG_I8,
  TAG_I16,
  TAG_I16_U,
  TAG_I32,
  TAG_I64,
  TAG_I64_L,
  TAG_F32,
  TAG_F64,
  TAG_DECIMAL,
  TAG_TIMESTAMP,
  TAG_VOID,
  TAG_LONGSTR,
  TAG_BYTES,
  TAG_ARRAY,
  TAG_TABLE,
} from './field-tag-codes.js';
import { dateSeconds, isInt64, isUint64 } from './int64.js';

/**
 * One wire tag: what it is called and how many octets follow it. How each tag is read and written
 * is a `switch` in the decoder and the encoder (inlined there, unlike a call through a closure per
 * tag); which values it carries is `accepts` below.
 */
export interface Tag {
  /** The tag octet (char code). */
  readonly code: number;
  /** The type `field.*` and fieldTypeOf call it. */
  readonly type: FieldType;
  /** Octets after the tag: the whole value for fixed-size tags, the u32 length for S, x, A and F. */
  readonly size: number;
}

/** Tags by octet (filled by TAGS); `U` (the i16 of some old clients) is read as `s`, so it is written back as `s`. */
export const TAG_BY_CODE: (Tag | undefined)[] = new Array<Tag | undefined>(256).fill(undefined);

/**
 * Every tag, as RabbitMQ reads them: char, size, type. s is i16, not the 0-9-1 grammar's shortstr (no
 * broker sends that; U is read as i16 too, below); L is a signed i64, as RabbitMQ reads it, kept as L
 * on re-encode. The last four are variable-size: their size is the u32 length prefix.
 */
export const TAGS: readonly Tag[] =
  't1bool b1i8 B1u8 s2i16 u2u16 I4i32 i4u32 l8i64 L8i64 f4f32 d8f64 D5decimal T8timestamp V0void S4longstr x4bytes A4array F4table'
    .split(' ')
    .map((s) => (TAG_BY_CODE[s.charCodeAt(0)] = { code: s.charCodeAt(0), size: +s[1], type: s.slice(2) as FieldType }));

function isIntIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** A plain object that is not an array: what F carries. */
export function isPlainTable(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && isPlainObject(v);
}

/** A timestamp's seconds: a Date becomes whole seconds (rounded down), anything else is itself. */
export function seconds(v: unknown): unknown {
  return v instanceof Date ? dateSeconds(v) : v;
}

/** Whether tag `t` can carry `v` (a typed value's value, or a value under a recorded tag). */
export function accepts(t: Tag, v: unknown): boolean {
  switch (t.code) {
    case TAG_BOOL:
      return typeof v === 'boolean';
    case TAG_I64:
    case TAG_I64_L:
      return isInt64(v);
    case TAG_F32:
    case TAG_F64:
      return typeof v === 'number';
    case TAG_DECIMAL:
      return (
        typeof v === 'object' &&
        v !== null &&
        isIntIn((v as Decimal).scale, 0, 0xff) &&
        isIntIn((v as Decimal).value, -0x80000000, 0x7fffffff)
      );
    case TAG_TIMESTAMP:
      return isUint64(seconds(v));
    case TAG_VOID:
      return v === null;
    case TAG_LONGSTR:
      return typeof v === 'string' || v instanceof Uint8Array;
    case TAG_BYTES:
      return v instanceof Uint8Array || v instanceof ArrayBuffer;
    case TAG_ARRAY:
      return Array.isArray(v);
    case TAG_TABLE:
      return isPlainTable(v);
  }
  // b B s u I i: an integer that the tag's width, wrapped signed or unsigned, gives back unchanged.
  const shift = 32 - 8 * t.size;
  return typeof v === 'number' && (isSigned(t) ? (v << shift) >> shift : (v << shift) >>> shift) === v;
}

/** Integer types are named i… (signed) and u…. */
const isSigned = (t: Tag): boolean => t.type[0] === 'i';

/** What a value must be for tag `t`, for "… is not a valid <type> (expected …)". */
export function expected(t: Tag): string {
  const span = 2 ** (8 * t.size); // integer tags only
  const min = isSigned(t) ? -span / 2 : 0;
  return (
    (
      {
        bool: 'a boolean',
        i64: 'a safe integer or a bigint in -2^63..2^63-1',
        f32: 'a number',
        f64: 'a number',
        decimal: 'a scale 0..255 and a value -2147483648..2147483647',
        timestamp: 'a safe integer or a bigint in 0..2^64-1 (seconds), or a Date from 1970 on',
        void: 'null',
        longstr: 'a string or a Uint8Array',
        bytes: 'a Uint8Array',
        array: 'an array',
        table: 'a plain object',
      } as Partial<Record<FieldType, string>>
    )[t.type] ?? `an integer ${min}..${min + span - 1}`
  );
}

TAG_BY_CODE[TAG_I16_U] = TAG_BY_CODE[TAG_I16];

/** Tags by FieldType: the first tag of each type (so `l`, not `L`, for i64). */
export const TAG_BY_TYPE: ReadonlyMap<string, Tag> = new Map([...TAGS].reverse().map((t) => [t.type, t]));

/**
 * The tag the encoder picks for a number: the smallest of b/s/I/l for a safe integer, else d; -l (no
 * tag) for an unsafe integer.
 */
function impliedNumberTag(v: number): number {
  if (!Number.isInteger(v) || (v === 0 && 1 / v < 0)) return TAG_F64;
  if (v >= -0x80 && v <= 0x7f) return TAG_I8;
  if (v >= -0x8000 && v <= 0x7fff) return TAG_I16;
  if (v >= -0x80000000 && v <= 0x7fffffff) return TAG_I32;
  return Number.isSafeInteger(v) ? TAG_I64 : -TAG_I64;
}

/**
 * The tag the encoder writes for a plain value (no typed value, no recorded tag). When it cannot write
 * it: minus the tag of the value's kind when the value is out of that tag's range (a number or bigint
 * beyond i64, a Date before 1970, a decimal out of range), for the error to name; 0 when no tag
 * carries its kind. The decoder records a value's tag exactly when it differs from this one.
 */
export function impliedTag(v: unknown): number {
  switch (typeof v) {
    case 'string':
      return TAG_LONGSTR;
    case 'number':
      return impliedNumberTag(v);
    case 'boolean':
      return TAG_BOOL;
    case 'bigint':
      return isInt64(v) ? TAG_I64 : -TAG_I64;
    case 'object': {
      if (v === null) return TAG_VOID;
      if (v instanceof Uint8Array) return TAG_BYTES;
      if (Array.isArray(v)) return TAG_ARRAY;
      // Decimals first: the brand makes even a plain object a decimal (from another copy, say).
      const code = isDecimal(v)
        ? TAG_DECIMAL
        : isPlainObject(v)
          ? TAG_TABLE
          : v instanceof ArrayBuffer
            ? TAG_BYTES
            : v instanceof Date
              ? TAG_TIMESTAMP
              : 0;
      return code !== 0 && !accepts(TAG_BY_CODE[code] as Tag, v) ? -code : code;
    }
    default:
      return 0;
  }
}

/**
 * Whether a value can still be written with the tag recorded when its container was decoded. Only
 * numbers, bigints and bytes have a choice of tags (every other value has one kind of tag), so only
 * they use the record: while the tag carries them exactly (−0 only as a float, f only while float32
 * holds the number).
 */
export function keepsRecordedTag(t: Tag, v: unknown): boolean {
  if (typeof v === 'number') {
    if (t.code === TAG_F32) return Math.fround(v) === v || v !== v;
    return accepts(t, v) && (v !== 0 || 1 / v > 0 || t.code === TAG_F64);
  }
  return (typeof v === 'bigint' || v instanceof Uint8Array) && accepts(t, v);
}

/** `ctx.key` for a table entry, `ctx[i]` for an array element: the path in error messages. */
export function childPath(ctx: string, key: string | number): string {
  return typeof key === 'number' ? `${ctx}[${key}]` : `${ctx}.${key}`;
}

const typeOfCode = (code: unknown): FieldType | undefined =>
  typeof code === 'number' ? TAG_BY_CODE[code]?.type : undefined;

/**
 * The wire type a decoded table recorded for `key`: decoded tables record tags only when one differs
 * from what the encoder would infer (or when key order needs it), so a key without a record has the
 * inferred type. Undefined for tables not made by the decoder and for missing keys.
 */
export function fieldTypeOf(table: FieldTable, key: string): FieldType | undefined {
  const tags = (table as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
  if (!Array.isArray(tags)) {
    if (Object.getPrototypeOf(table) !== DECODED_TABLE_PROTOTYPE || !Object.hasOwn(table, key)) return undefined;
    return typeOfCode(impliedTag(table[key]));
  }
  for (let j = 0; j + 1 < tags.length; j += 2) if (tags[j] === key) return typeOfCode(tags[j + 1]);
  return undefined;
}

/**
 * The wire type of `array[index]`: the tag recorded when it was decoded, else (decoded arrays record
 * tags only where one differs from the inferred one) the type the encoder would write for it.
 */
export function fieldTypeAt(array: readonly FieldValue[], index: number): FieldType | undefined {
  const tags = (array as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
  if (Array.isArray(tags)) return typeOfCode(tags[index]);
  return Number.isInteger(index) && index >= 0 && index < array.length
    ? typeOfCode(impliedTag(array[index]))
    : undefined;
}
