/**
 * Everything the codec knows about each field-table tag, in one table (TAGS below): its char code, the
 * FieldType that names it, its size on the wire, which values it can carry, what to say when a value
 * does not fit, and how to read and write a fixed-size value. The decoder, the encoder, the typed-value
 * checks, the lossless tag records and fieldTypeOf all look tags up here; the few tag comparisons left
 * in them are for the variable-size tags S, x, A and F, whose bodies the codec reads and writes itself.
 */
import {
  DECODED_TABLE_PROTOTYPE,
  DecimalValue,
  FIELD_TAGS,
  type Decimal,
  isDecimal,
  isPlainObject,
  type FieldTable,
  type FieldType,
  type FieldValue,
} from './field-values.js';
import {
  dateSeconds,
  float32At,
  float64At,
  int16At,
  int32At,
  int64At,
  isInt64,
  isUint64,
  setInt64,
  uint16At,
  uint32At,
  uint64At,
} from './int64.js';

/** Containers nested deeper than this are refused (decode 502, encode error), so the stack cannot overflow. */
export const MAX_FIELD_NESTING = 64;

/** One wire tag. Tags of one shape (made by `tag` only), so the lookups below stay monomorphic. */
export interface Tag {
  /** The tag octet (char code). */
  readonly code: number;
  /** The type `field.*` and fieldTypeOf call it. */
  readonly type: FieldType;
  /** Octets after the tag: the whole value for fixed-size tags, the u32 length for S, x, A and F. */
  readonly size: number;
  /** What a value must be for this tag, for "… is not a valid <type> (expected …)". */
  readonly expected: string;
  /** Whether this tag can carry `v` (a typed value's value, or a value under a recorded tag). */
  readonly accepts: (v: unknown) => boolean;
  /** Fixed-size tags: the value at b[p]. Undefined for S, x, A and F. */
  readonly read: ((b: Uint8Array, p: number) => FieldValue) | undefined;
  /** Fixed-size tags: writes a value `accepts` took at view[p]. Undefined for S, x, A and F. */
  readonly write: ((view: DataView, p: number, v: never) => void) | undefined;
}

function tag(
  char: string,
  type: FieldType,
  size: number,
  expected: string,
  accepts: (v: unknown) => boolean,
  read?: (b: Uint8Array, p: number) => FieldValue,
  write?: (view: DataView, p: number, v: never) => void,
): Tag {
  return { code: char.charCodeAt(0), type, size, expected, accepts, read, write };
}

export function isIntIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/**
 * An integer tag of 1, 2 or 4 octets: its range follows from size and sign, and it is written by the
 * low bits (DataView's setters wrap, so an unsigned setter writes a negative value's two's complement).
 */
function intTag(
  char: string,
  type: FieldType,
  size: number,
  signed: boolean,
  read: (b: Uint8Array, p: number) => number,
): Tag {
  const span = 2 ** (8 * size);
  const min = signed ? -span / 2 : 0;
  const max = min + span - 1;
  return tag(
    char,
    type,
    size,
    `an integer ${min}..${max}`,
    (v) => isIntIn(v, min, max),
    read,
    (view, p, v: number) =>
      size === 1 ? view.setUint8(p, v) : size === 2 ? view.setUint16(p, v) : view.setUint32(p, v),
  );
}

const isNumber = (v: unknown): boolean => typeof v === 'number';

/** A plain object that is not an array: what F carries. */
export function isPlainTable(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && isPlainObject(v);
}

/** A timestamp's seconds: a Date becomes whole seconds (rounded down), anything else is itself. */
function seconds(v: unknown): unknown {
  return v instanceof Date ? dateSeconds(v) : v;
}

const i64 = (char: string): Tag =>
  tag(char, 'i64', 8, 'a safe integer or a bigint in -2^63..2^63-1', isInt64, int64At, setInt64);

/** Every tag, as RabbitMQ reads them (one row per tag, kept as a table by prettier-ignore). */
// prettier-ignore
export const TAGS: readonly Tag[] = [
  tag('t', 'bool', 1, 'a boolean', (v) => typeof v === 'boolean', (b, p) => b[p] !== 0, (view, p, v: boolean) => view.setUint8(p, v ? 1 : 0)),
  intTag('b', 'i8', 1, true, (b, p) => (b[p] << 24) >> 24),
  intTag('B', 'u8', 1, false, (b, p) => b[p]),
  // s is i16, not the 0-9-1 grammar's shortstr (no broker sends that); U is read as i16 too, below.
  intTag('s', 'i16', 2, true, int16At),
  intTag('u', 'u16', 2, false, uint16At),
  intTag('I', 'i32', 4, true, int32At),
  intTag('i', 'u32', 4, false, uint32At),
  i64('l'),
  i64('L'), // signed, as RabbitMQ reads it, and kept as L on re-encode
  tag('f', 'f32', 4, 'a number', isNumber, float32At, (view, p, v: number) => view.setFloat32(p, v)),
  tag('d', 'f64', 8, 'a number', isNumber, float64At, (view, p, v: number) => view.setFloat64(p, v)),
  tag('D', 'decimal', 5, 'a scale 0..255 and a value -2147483648..2147483647',
    (v) => typeof v === 'object' && v !== null && isIntIn((v as Decimal).scale, 0, 0xff) && isIntIn((v as Decimal).value, -0x80000000, 0x7fffffff),
    (b, p) => new DecimalValue(b[p], int32At(b, p + 1)),
    (view, p, v: DecimalValue) => { view.setUint8(p, v.scale); view.setInt32(p + 1, v.value); }),
  tag('T', 'timestamp', 8, 'a safe integer or a bigint in 0..2^64-1 (seconds), or a Date from 1970 on',
    (v) => isUint64(seconds(v)), uint64At, (view, p, v: unknown) => setInt64(view, p, seconds(v) as number | bigint)),
  tag('V', 'void', 0, 'null', (v) => v === null, () => null, () => {}),
  // Variable size (the codec reads and writes the bodies): size is the u32 length prefix.
  tag('S', 'longstr', 4, 'a string or a Uint8Array', (v) => typeof v === 'string' || v instanceof Uint8Array),
  tag('x', 'bytes', 4, 'a Uint8Array', (v) => v instanceof Uint8Array || v instanceof ArrayBuffer),
  tag('A', 'array', 4, 'an array', Array.isArray),
  tag('F', 'table', 4, 'a plain object', isPlainTable),
];

// The char codes the codec compares with directly.
export const TAG_LONGSTR = 0x53; // S
export const TAG_BYTES = 0x78; // x
export const TAG_ARRAY = 0x41; // A
export const TAG_TABLE = 0x46; // F
const TAG_BOOL = 0x74; // t
const TAG_I8 = 0x62; // b
const TAG_I16 = 0x73; // s
const TAG_I16_U = 0x55; // U
const TAG_I32 = 0x49; // I
const TAG_I64 = 0x6c; // l
const TAG_F32 = 0x66; // f
const TAG_F64 = 0x64; // d
const TAG_DECIMAL = 0x44; // D
const TAG_TIMESTAMP = 0x54; // T
const TAG_VOID = 0x56; // V

/** Tags by octet; `U` (the i16 of some old clients) is read as `s`, so it is written back as `s`. */
export const TAG_BY_CODE: readonly (Tag | undefined)[] = (() => {
  const byCode = new Array<Tag | undefined>(256).fill(undefined);
  for (const t of TAGS) byCode[t.code] = t;
  byCode[TAG_I16_U] = byCode[TAG_I16];
  return byCode;
})();

/** Tags by FieldType: the first tag of each type (so `l`, not `L`, for i64). */
export const TAG_BY_TYPE: ReadonlyMap<string, Tag> = new Map([...TAGS].reverse().map((t) => [t.type, t]));

/** The tag the encoder picks for a number: the smallest of b/s/I/l for a safe integer, else d; 0 if none fits. */
export function impliedNumberTag(v: number): number {
  if (!Number.isInteger(v) || (v === 0 && 1 / v < 0)) return TAG_F64;
  if (v >= -0x80 && v <= 0x7f) return TAG_I8;
  if (v >= -0x8000 && v <= 0x7fff) return TAG_I16;
  if (v >= -0x80000000 && v <= 0x7fffffff) return TAG_I32;
  if (Number.isSafeInteger(v)) return TAG_I64;
  return 0;
}

/**
 * The tag the encoder writes for a plain value (no typed value, no recorded tag), or 0 when it cannot
 * write it. The decoder records a value's tag exactly when it differs from this one.
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
      return isInt64(v) ? TAG_I64 : 0;
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
      return code !== 0 && (TAG_BY_CODE[code] as Tag).accepts(v) ? code : 0;
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
    return t.accepts(v) && (v !== 0 || 1 / v > 0 || t.code === TAG_F64);
  }
  return (typeof v === 'bigint' || v instanceof Uint8Array) && t.accepts(v);
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
