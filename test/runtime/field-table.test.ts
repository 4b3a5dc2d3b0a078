import { describe, expect, it } from 'vitest';
import {
  decodeArray,
  decodeTable,
  encodeArray,
  encodeTable,
  field,
  fieldTypeAt,
  fieldTypeOf,
  isDecimal,
  type FieldTable,
  type FieldValue,
} from '../../templates/runtime/field-table.js';
import { TAG_BY_CODE, TAGS } from '../../templates/runtime/field-tags.js';
import { Reader } from '../../templates/runtime/reader.js';
import { amqpError } from '../helpers/errors.js';
import { a, hex, toHex } from '../helpers/bytes.js';
import { offsetView, sameBytes } from './helpers.js';

/** One whole table from bytes (trailing bytes are an error), named `t` in messages. */
const decode = (bytes: Uint8Array): FieldTable => decodeTable(bytes, 't');

/**
 * A one-entry table {k: value}: u32 length · 01 'k'(6b) · tag · value.
 * `tagAndValue` is the hand-written hex of tag + value; the length is 2 (key) + its byte count.
 */
function oneEntry(tagAndValue: string): Uint8Array {
  const entry = hex(`01 6b ${tagAndValue}`);
  const out = new Uint8Array(4 + entry.length);
  new DataView(out.buffer).setUint32(0, entry.length);
  out.set(entry, 4);
  return out;
}

describe('field table known answers, one per tag', () => {
  // Each row: the value to encode, the exact table bytes (derived by hand from the tag grammar),
  // and the value the decoder gives back.
  const rows: { name: string; value: FieldValue; bytes: string; decoded: unknown }[] = [
    // 't' bool: one octet 1/0. Entry: 01 6b 74 01 = 4 bytes.
    { name: 't true', value: true, bytes: '00000004 01 6b 74 01', decoded: true },
    { name: 't false', value: field.bool(false), bytes: '00000004 01 6b 74 00', decoded: false },
    // 'b' i8: -1 = ff.
    { name: 'b i8', value: field.i8(-1), bytes: '00000004 01 6b 62 ff', decoded: -1 },
    // 'B' u8: 200 = c8.
    { name: 'B u8', value: field.u8(200), bytes: '00000004 01 6b 42 c8', decoded: 200 },
    // 's' i16 (RabbitMQ), not shortstr: -2 = fffe. Entry 5 bytes.
    { name: 's i16', value: field.i16(-2), bytes: '00000005 01 6b 73 fffe', decoded: -2 },
    // 'u' u16: 65535 = ffff.
    { name: 'u u16', value: field.u16(65535), bytes: '00000005 01 6b 75 ffff', decoded: 65535 },
    // 'I' i32: -2^31 = 80000000. Entry 7 bytes.
    { name: 'I i32', value: field.i32(-2147483648), bytes: '00000007 01 6b 49 80000000', decoded: -2147483648 },
    // 'i' u32: 2^32-1 = ffffffff.
    { name: 'i u32', value: field.u32(4294967295), bytes: '00000007 01 6b 69 ffffffff', decoded: 4294967295 },
    // 'l' i64: -1000 = two's complement ffffffff fffffc18 (1000 = 0x3e8). Entry 11 bytes.
    { name: 'l i64', value: field.i64(-1000), bytes: '0000000b 01 6b 6c ffffffff fffffc18', decoded: -1000 },
    {
      name: 'l i64 bigint',
      value: field.i64(-(2n ** 63n)),
      bytes: '0000000b 01 6b 6c 80000000 00000000',
      decoded: -(2n ** 63n),
    },
    // 'f' f32: 1.5 = sign 0, exponent 127 (0x7f), mantissa .1b → 0 01111111 1000… = 3fc00000.
    { name: 'f f32', value: field.f32(1.5), bytes: '00000007 01 6b 66 3fc00000', decoded: 1.5 },
    // 'd' f64: 2.5 = 1.01b × 2^1 → exponent 1024 (0x400): 4004000000000000.
    { name: 'd f64', value: field.f64(2.5), bytes: '0000000b 01 6b 64 40040000 00000000', decoded: 2.5 },
    // 'D' decimal: scale u8 02, value int32 -12345 = 2^32 - 0x3039 = ffffcfc7. Entry 8 bytes.
    {
      name: 'D decimal',
      value: field.decimal(2, -12345),
      bytes: '00000008 01 6b 44 02 ffffcfc7',
      decoded: { scale: 2, value: -12345 },
    },
    // 'S' longstr: "hé" = 68 c3a9 (é = U+00E9 → 110 00011, 10 101001). Entry 3 + 4 + 3 = 10.
    { name: 'S string', value: 'hé', bytes: '0000000a 01 6b 53 00000003 68 c3 a9', decoded: 'hé' },
    { name: 'S forced', value: field.longstr('hé'), bytes: '0000000a 01 6b 53 00000003 68 c3 a9', decoded: 'hé' },
    // 'x' byte array: u32 length + bytes.
    {
      name: 'x bytes',
      value: new Uint8Array([1, 2, 3]),
      bytes: '0000000a 01 6b 78 00000003 010203',
      decoded: new Uint8Array([1, 2, 3]),
    },
    {
      name: 'x forced',
      value: field.bytes(new Uint8Array([1, 2, 3])),
      bytes: '0000000a 01 6b 78 00000003 010203',
      decoded: new Uint8Array([1, 2, 3]),
    },
    // 'A' array [1, "a"]: b 01 (2) + S 00000001 61 (6) = 8 bytes; entry 3 + 4 + 8 = 15.
    { name: 'A array', value: [1, 'a'], bytes: '0000000f 01 6b 41 00000008 62 01 53 00000001 61', decoded: [1, 'a'] },
    {
      name: 'A forced',
      value: field.array([1, 'a']),
      bytes: '0000000f 01 6b 41 00000008 62 01 53 00000001 61',
      decoded: [1, 'a'],
    },
    // 'T' timestamp u64 seconds: 1700000000 = 0x6553f100.
    {
      name: 'T timestamp',
      value: field.timestamp(1700000000),
      bytes: '0000000b 01 6b 54 00000000 6553f100',
      decoded: 1700000000,
    },
    // 'F' table {a: true}: 01 61 74 01 (4 bytes); entry 3 + 4 + 4 = 11.
    { name: 'F table', value: { a: true }, bytes: '0000000b 01 6b 46 00000004 01 61 74 01', decoded: { a: true } },
    {
      name: 'F forced',
      value: field.table({ a: true }),
      bytes: '0000000b 01 6b 46 00000004 01 61 74 01',
      decoded: { a: true },
    },
    // 'V' void: no value bytes.
    { name: 'V null', value: null, bytes: '00000003 01 6b 56', decoded: null },
    { name: 'V forced', value: field.void(), bytes: '00000003 01 6b 56', decoded: null },
  ];

  for (const row of rows) {
    it(`encodes ${row.name}`, () => {
      expect(toHex(encodeTable({ k: row.value }, 't'))).toBe(toHex(hex(row.bytes)));
    });
    it(`decodes ${row.name}`, () => {
      const t = decode(hex(row.bytes));
      expect(t.k).toEqual(row.decoded);
      expect(Object.keys(t)).toEqual(['k']);
    });
  }

  it('decodes U as i16 (accepted, never emitted) and re-encodes it as s', () => {
    // 'U' ff85 = 65413 − 65536 = −123.
    const bytes = oneEntry('55 ff85');
    const t = decode(bytes);
    expect(t.k).toBe(-123);
    expect(fieldTypeOf(t, 'k')).toBe('i16');
    expect(toHex(encodeTable(t, 't'))).toBe(toHex(oneEntry('73 ff85')));
  });

  it('decodes L as signed i64 and keeps L on re-encode', () => {
    const bytes = oneEntry('4c ffffffff ffffffff');
    const t = decode(bytes);
    expect(t.k).toBe(-1);
    expect(toHex(encodeTable(t, 't'))).toBe(toHex(bytes));
  });

  it('decodes a decimal as a branded {scale, value} with a signed value', () => {
    // scale 3, value 80000000 = −2^31.
    const t = decode(oneEntry('44 03 80000000'));
    expect(t.k).toEqual({ scale: 3, value: -2147483648 });
    expect(isDecimal(t.k)).toBe(true);
  });

  it('decodes a table at a non-zero byteOffset the same', () => {
    const bytes = hex('0000000b 01 6b 46 00000004 01 61 74 01');
    expect(decode(offsetView(bytes))).toEqual(decode(bytes));
  });

  it('encodes and decodes arrays on their own', () => {
    // [true, null]: 74 01 · 56 = 3 bytes.
    const bytes = hex('00000003 74 01 56');
    expect(toHex(encodeArray([true, null], 'a'))).toBe(toHex(bytes));
    const arr = decodeArray(new Reader(bytes), 'a');
    expect(arr).toEqual([true, null]);
    expect(fieldTypeAt(arr, 0)).toBe('bool');
    expect(fieldTypeAt(arr, 1)).toBe('void');
  });

  it('empty table and nested empty containers', () => {
    expect(toHex(encodeTable({}, 't'))).toBe('00000000');
    // {k: []}: 01 6b 41 00000000 = 7 bytes.
    expect(toHex(encodeTable({ k: [] }, 't'))).toBe(toHex(hex('00000007 01 6b 41 00000000')));
  });
});

describe('the tag table (field-tags.ts)', () => {
  it('names every FieldType that field.* makes, each once (L is the second i64)', () => {
    const types = TAGS.map((t) => t.type);
    expect([...new Set(types)].sort()).toEqual(Object.keys(field).sort());
    expect(types.filter((t) => t === 'i64')).toHaveLength(2);
    expect(new Set(TAGS.map((t) => t.code)).size).toBe(TAGS.length);
  });

  it('looks up by octet: every tag, U as s, nothing else', () => {
    const known = TAG_BY_CODE.flatMap((t, code) => (t === undefined ? [] : [String.fromCharCode(code)]));
    expect(known.sort().join('')).toBe('ABDFILSTUVbdfilstux');
    expect(TAG_BY_CODE[0x55]).toBe(TAG_BY_CODE[0x73]);
  });

  it('sizes on the wire: the whole value of a fixed-size tag, the u32 length of S, x, A and F', () => {
    // Octets after the tag (DESIGN.md wire facts): D is scale u8 + int32; V has none.
    const sizes = TAGS.map((t) => `${String.fromCharCode(t.code)}${t.size}`);
    expect(sizes.sort().join(' ')).toBe('A4 B1 D5 F4 I4 L8 S4 T8 V0 b1 d8 f4 i4 l8 s2 t1 u2 x4');
  });
});

describe('typed values', () => {
  it('are frozen, carry their type, and are checked when encoded (not when made)', () => {
    const v = field.u8(300);
    expect(Object.isFrozen(v)).toBe(true);
    expect(v).toEqual({ type: 'u8', value: 300 });
    expect(Object.isFrozen(field.decimal(1, 2))).toBe(true);
  });

  it('brands use Symbol.for, so values from another copy of the package are understood', () => {
    const typedBrand = Symbol.for('amqp-0-9-1.field.typed-value');
    const decimalBrand = Symbol.for('amqp-0-9-1.field.decimal');
    const foreignTyped = Object.assign(Object.create({ [typedBrand]: true }) as object, { type: 'u8', value: 5 });
    const foreignDecimal = Object.assign(Object.create({ [decimalBrand]: true }) as object, { scale: 1, value: 2 });
    expect(toHex(encodeTable({ k: foreignTyped as FieldValue }, 't'))).toBe(toHex(oneEntry('42 05')));
    expect(toHex(encodeTable({ k: foreignDecimal as FieldValue }, 't'))).toBe(toHex(oneEntry('44 01 00000002')));
  });

  it('the decimal brand wins over plain-object shape, and a branded decimal is still checked', () => {
    // An own brand on a plain object (found by the fuzz test): a decimal, not a table.
    const own = { scale: 1, value: 2, [Symbol.for('amqp-0-9-1.field.decimal')]: true };
    expect(toHex(encodeTable({ k: own as FieldValue }, 't'))).toBe(toHex(oneEntry('44 01 00000002')));
    const bad = { scale: 0, value: new Uint8Array(0), [Symbol.for('amqp-0-9-1.field.decimal')]: true };
    const e = amqpError(() => encodeTable({ k: bad as FieldValue }, 't'));
    expect(e.context).toBe('t.k');
    expect(e.message).toMatch(/is not a valid decimal/);
  });

  it('plain objects shaped like typed values or decimals are tables', () => {
    // {type: 'u8'} → F with one entry 04 'type' S 00000002 'u8' (1 + 4 + 1 + 4 + 2 = 12 bytes).
    expect(toHex(encodeTable({ k: { type: 'u8' } }, 't'))).toBe(
      toHex(oneEntry(`46 0000000c 04 ${a('type')} 53 00000002 ${a('u8')}`)),
    );
  });
});

describe('plain value inference (amqplib-compatible tags)', () => {
  // value → hand-written tag + value bytes.
  const rows: [string, FieldValue, string][] = [
    ['0 → b', 0, '62 00'],
    ['127 → b', 127, '62 7f'],
    ['-128 → b', -128, '62 80'],
    ['128 → s', 128, '73 0080'],
    ['-129 → s', -129, '73 ff7f'],
    ['32767 → s', 32767, '73 7fff'],
    ['32768 → I', 32768, '49 00008000'],
    ['-2^31 → I', -2147483648, '49 80000000'],
    ['2^31 → l', 2147483648, '6c 00000000 80000000'],
    // 28 days in ms: must not wrap negative as I (aioamqp#180).
    ['2419200000 → l', 2419200000, '6c 00000000 90321000'],
    ['3000000000 → l', 3000000000, '6c 00000000 b2d05e00'],
    ['2^53-1 → l', Number.MAX_SAFE_INTEGER, '6c 001fffff ffffffff'],
    ['-(2^53-1) → l', -Number.MAX_SAFE_INTEGER, '6c ffe00000 00000001'],
    // 0.1 as a double (not float32): 3fb999999999999a.
    ['0.1 → d', 0.1, '64 3fb99999 9999999a'],
    // −0 keeps its sign bit as d (amqplib would send integer 0).
    ['-0 → d', -0, '64 80000000 00000000'],
    ['Infinity → d', Infinity, '64 7ff00000 00000000'],
    ['NaN → d', NaN, '64 7ff80000 00000000'],
    ['5n → l', 5n, '6c 00000000 00000005'],
    ['2^63-1 (bigint) → l', 2n ** 63n - 1n, '6c 7fffffff ffffffff'],
    ['-2^63 (bigint) → l', -(2n ** 63n), '6c 80000000 00000000'],
    ['true → t', true, '74 01'],
    ["'x' → S", 'x', '53 00000001 78'],
    ["'' → S", '', '53 00000000'],
    ['Uint8Array → x', new Uint8Array([0xff]), '78 00000001 ff'],
    ['null → V', null, '56'],
    // [[1]] : inner array 62 01 (2 bytes) → 41 00000002 6201 (7 bytes) in the outer array.
    ['nested array', [[1]], '41 00000007 41 00000002 62 01'],
    // {a: {}} : inner 01 61 46 00000000 (7 bytes).
    ['nested table', { a: {} }, '46 00000007 01 61 46 00000000'],
  ];
  for (const [name, value, bytes] of rows) {
    it(name, () => {
      expect(toHex(encodeTable({ k: value }, 't'))).toBe(toHex(oneEntry(bytes)));
    });
  }

  it('2^53 as a number is an error (pass a bigint)', () => {
    const e = amqpError(() => encodeTable({ k: 2 ** 53 }, 'h'));
    expect(e.kind).toBe('encode');
    expect(e.context).toBe('h.k');
    expect(e.message).toMatch(/bigint/);
  });

  it('2^63 as a bigint is an error; 2^63 as field.timestamp is fine', () => {
    expect(amqpError(() => encodeTable({ k: 2n ** 63n }, 'h')).context).toBe('h.k');
    expect(toHex(encodeTable({ k: field.timestamp(2n ** 63n) }, 'h'))).toBe(toHex(oneEntry('54 80000000 00000000')));
    expect(toHex(encodeTable({ k: field.timestamp(2n ** 64n - 1n) }, 'h'))).toBe(
      toHex(oneEntry('54 ffffffff ffffffff')),
    );
  });

  it('skips keys whose value is undefined', () => {
    expect(toHex(encodeTable({ a: undefined, k: null }, 't'))).toBe(toHex(oneEntry('56')));
  });

  it('keeps insertion order of string keys', () => {
    // {b: 1, a: 2}: 01 62 62 01 · 01 61 62 02 = 8 bytes.
    expect(toHex(encodeTable({ b: 1, a: 2 }, 't'))).toBe(toHex(hex('00000008 0162 6201 0161 6202')));
  });

  it('multi-byte keys are measured in UTF-8 bytes', () => {
    // "é" = c3 a9, so the key length octet is 02.
    expect(toHex(encodeTable({ é: true }, 't'))).toBe(toHex(hex('00000005 02 c3a9 74 01')));
  });
});

describe('decoding what brokers send (pitfalls)', () => {
  it('s is an i16, not a shortstr: the rest of the table stays in sync (py-amqp#469)', () => {
    // {a: s 0005, b: t 01}: 01 61 73 0005 (5) · 01 62 74 01 (4) = 9 bytes.
    // Read as shortstr, 00 would be a zero-length string and 05 the next key's length: desync.
    const t = decode(hex('00000009 01 61 73 0005 01 62 74 01'));
    expect(t).toEqual({ a: 5, b: true });
  });

  it('l is signed: −1000 stays −1000 (pika#1566)', () => {
    // Entry: 1 + 7 + 1 + 8 = 17 bytes.
    const t = decode(hex(`00000011 07 ${a('x-delay')} 6c ffffffff fffffc18`));
    expect(t['x-delay']).toBe(-1000);
  });

  it('64-bit values above 2^53 decode to exact bigints, never rounded', () => {
    // l 0020000000000001 = 2^53 + 1 (not representable as a double).
    expect(decode(oneEntry('6c 00200000 00000001')).k).toBe(2n ** 53n + 1n);
    // T ffffffffffffffff = 2^64 − 1.
    expect(decode(oneEntry('54 ffffffff ffffffff')).k).toBe(2n ** 64n - 1n);
    // l 8000000000000000 = −2^63; ffe0000000000000 = −2^53 (not a safe integer).
    expect(decode(oneEntry('6c 80000000 00000000')).k).toBe(-(2n ** 63n));
    expect(decode(oneEntry('6c ffe00000 00000000')).k).toBe(-(2n ** 53n));
    // ffe0000000000001 = −(2^53 − 1): still a safe number.
    expect(decode(oneEntry('6c ffe00000 00000001')).k).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('S that is not valid UTF-8 decodes to bytes; valid UTF-8 to a string', () => {
    expect(decode(oneEntry('53 00000002 fffe')).k).toEqual(new Uint8Array([0xff, 0xfe]));
    expect(decode(oneEntry('53 00000003 e282ac')).k).toBe('€');
  });

  it('x decodes to a subarray view of the input (aliasing)', () => {
    const bytes = oneEntry('78 00000002 abcd');
    const v = decode(bytes).k as Uint8Array;
    expect(v).toEqual(new Uint8Array([0xab, 0xcd]));
    expect(v.buffer).toBe(bytes.buffer);
  });

  it('unknown tag: 502 with the tag and its offset', () => {
    // Table at payload offset 0: length (4) · 01 6b → tag 'Z' at offset 6.
    const e = amqpError(() => decode(oneEntry('5a 00')));
    expect(e.kind).toBe('decode');
    expect(e.replyCode).toBe(502);
    expect(e.offset).toBe(6);
    expect(e.context).toBe('t.k');
    expect(e.message).toBe("t.k at offset 6: unknown field type 'Z' (0x5a)");
  });

  it('unknown non-printable tag is shown in hex', () => {
    const e = amqpError(() => decode(oneEntry('00')));
    expect(e.message).toMatch(/unknown field type \(0x00\)/);
  });

  it('a table length running past its container: 501', () => {
    // Declares 16 bytes, only 4 follow.
    const e = amqpError(() => decode(hex('00000010 01 6b 74 01')));
    expect(e.replyCode).toBe(501);
    expect(e.offset).toBe(0);
    expect(e.message).toMatch(/runs past its container/);
  });

  it('a nested table running past the outer table: 501', () => {
    // Outer says 9 bytes: 01 6b 46 + inner length 00000010 + 2 more bytes; the inner claims 16.
    const e = amqpError(() => decode(hex('00000009 01 6b 46 00000010 0161')));
    expect(e.replyCode).toBe(501);
    expect(e.offset).toBe(7);
    expect(e.context).toBe('t.k');
  });

  it('a value cut off by its table length is truncated (501), even if bytes follow', () => {
    // Table declares 5 bytes (01 6b 49 00 00), an I needs 4 value bytes, only 2 inside the table.
    const r = new Reader(hex('00000005 01 6b 49 0000 0000 ce'));
    const e = amqpError(() => r.table('t'));
    expect(e.replyCode).toBe(501);
    expect(e.offset).toBe(7);
    expect(e.message).toBe('t.k at offset 7: truncated: needs 4 bytes, 2 left');
  });

  it('a key whose length runs past the table is truncated', () => {
    const e = amqpError(() => decode(hex('00000003 05 6162')));
    expect(e.replyCode).toBe(501);
    expect(e.offset).toBe(4);
  });

  it('a key without a tag is truncated', () => {
    const e = amqpError(() => decode(hex('00000002 01 6b')));
    expect(e.replyCode).toBe(501);
    expect(e.offset).toBe(6);
  });

  it('__proto__ is plain data; no Object.prototype is reachable from a decoded table', () => {
    // {__proto__: {polluted: true}}: key 09 '__proto__', F 0000000b 08 'polluted' 74 01.
    const inner = `08 ${a('polluted')} 74 01`; // 1 + 8 + 1 + 1 = 11 bytes
    const fixed = hex(`0000001a 09 ${a('__proto__')} 46 0000000b ${inner}`); // 1 + 9 + 1 + 4 + 11 = 26
    const t = decode(fixed);
    // The prototype is an empty frozen object that itself has none (fast properties, nothing inherited).
    const proto = Object.getPrototypeOf(t) as object;
    expect(Object.getPrototypeOf(proto)).toBe(null);
    expect(Reflect.ownKeys(proto)).toEqual([]);
    expect(Object.isFrozen(proto)).toBe(true);
    expect(Object.getPrototypeOf(t.__proto__)).toBe(proto);
    expect('toString' in t || 'constructor' in t || 'hasOwnProperty' in t).toBe(false);
    expect(Object.keys(t)).toEqual(['__proto__']);
    expect(t.__proto__).toEqual({ polluted: true });
    expect((t as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(toHex(encodeTable(t, 't'))).toBe(toHex(fixed));
  });

  it('duplicate keys: the last value wins (at the first position)', () => {
    // a=1, b=2, a=3: 3 entries of 4 bytes.
    const t = decode(hex('0000000c 0161 6201 0162 6202 0161 6203'));
    expect(t).toEqual({ a: 3, b: 2 });
    expect(toHex(encodeTable(t, 't'))).toBe(toHex(hex('00000008 0161 6203 0162 6202')));
  });

  it('refuses nesting deeper than 64 with an error, not a stack overflow', () => {
    // 100 000 nested arrays: each level is 41 + u32 length.
    const depth = 100_000;
    const bytes = new Uint8Array(4 + depth * 5);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < depth; i++) {
      // Array at level i starts at 4 + 5i − 4 … its length covers the rest.
      view.setUint32(i * 5, bytes.length - i * 5 - 4);
      bytes[i * 5 + 4] = 0x41;
    }
    view.setUint32(depth * 5, 0);
    const e = amqpError(() => decodeArray(new Reader(bytes), 'deep'));
    expect(e.replyCode).toBe(502);
    expect(e.message).toMatch(/deeper than 64/);
  });

  it('accepts 64 levels below the top container and refuses 65, on encode and decode', () => {
    const nest = (levels: number): FieldValue[] => {
      let v: FieldValue[] = [];
      for (let i = 0; i < levels; i++) v = [v];
      return v;
    };
    const ok = nest(64);
    const bytes = encodeArray(ok, 'a');
    expect(decodeArray(new Reader(bytes), 'a')).toEqual(ok);
    const e = amqpError(() => encodeArray(nest(65), 'a'));
    expect(e.kind).toBe('encode');
    expect(e.message).toMatch(/deeper than 64/);
    // One more level by hand: u32 (length + 1) · 41 · the 64-level encoding.
    const deeper = new Uint8Array(bytes.length + 5);
    new DataView(deeper.buffer).setUint32(0, bytes.length + 1);
    deeper[4] = 0x41;
    deeper.set(bytes, 5);
    expect(amqpError(() => decodeArray(new Reader(deeper), 'a')).replyCode).toBe(502);
  });
});

describe('x-death header', () => {
  // headers = {x-death: A[F{count: l 1, reason: S "rejected", queue: S "q", time: T 1700000000,
  //                         exchange: S "", routing-keys: A[S "rk"]}]}
  // Inner table entries:
  //   05 count l 00000000 00000001                → 1 + 5 + 1 + 8  = 15
  //   06 reason S 00000008 rejected               → 1 + 6 + 1 + 4 + 8 = 20
  //   05 queue S 00000001 q                       → 1 + 5 + 1 + 4 + 1 = 12
  //   04 time T 00000000 6553f100                 → 1 + 4 + 1 + 8  = 14
  //   08 exchange S 00000000                      → 1 + 8 + 1 + 4  = 14
  //   0c routing-keys A 00000007 [S 00000002 rk]  → 1 + 12 + 1 + 4 + 7 = 25
  //   total 100 = 0x64; array element F 00000064 … = 105 = 0x69; outer entry 1 + 7 + 1 + 4 + 105 = 118 = 0x76.
  const bytes = hex(`
    00000076
    07 ${a('x-death')} 41 00000069
      46 00000064
        05 ${a('count')} 6c 00000000 00000001
        06 ${a('reason')} 53 00000008 ${a('rejected')}
        05 ${a('queue')} 53 00000001 ${a('q')}
        04 ${a('time')} 54 00000000 6553f100
        08 ${a('exchange')} 53 00000000
        0c ${a('routing-keys')} 41 00000007 53 00000002 ${a('rk')}
  `);

  it('decodes to plain values', () => {
    const t = decode(bytes);
    expect(t).toEqual({
      'x-death': [{ count: 1, reason: 'rejected', queue: 'q', time: 1700000000, exchange: '', 'routing-keys': ['rk'] }],
    });
    const death = (t['x-death'] as FieldTable[])[0];
    expect(fieldTypeOf(death, 'count')).toBe('i64');
    expect(fieldTypeOf(death, 'time')).toBe('timestamp');
  });

  it('round-trips byte-identically (count stays l, time stays T)', () => {
    expect(toHex(encodeTable(decode(bytes), 'headers'))).toBe(toHex(bytes));
  });

  it('after changing count, it is still written as l', () => {
    const t = decode(bytes);
    const death = (t['x-death'] as FieldTable[])[0];
    death.count = 2;
    const again = decode(encodeTable(t, 'headers'));
    expect(fieldTypeOf((again['x-death'] as FieldTable[])[0], 'count')).toBe('i64');
    expect((again['x-death'] as FieldTable[])[0].count).toBe(2);
  });
});

describe('large values', () => {
  it('a 20 KiB string value round-trips (no 64 KiB scratch truncation)', () => {
    const s = 'é'.repeat(10 * 1024); // 20 KiB of UTF-8
    const bytes = encodeTable({ big: s }, 'h');
    // 4 (table length) + 1 + 3 ("big") + 1 (tag) + 4 (length) + 20480.
    expect(bytes.length).toBe(4 + 4 + 1 + 4 + 20480);
    expect(new DataView(bytes.buffer).getUint32(9)).toBe(20480);
    expect(decode(bytes).big).toBe(s);
  });

  it('a 1 MiB table round-trips', () => {
    const t: FieldTable = {};
    for (let i = 0; i < 1024; i++) t[`key-${i}`] = 'x'.repeat(1024) + i;
    const bytes = encodeTable(t, 'h');
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    expect(new DataView(bytes.buffer).getUint32(0)).toBe(bytes.length - 4);
    const back = decode(bytes);
    expect(Object.keys(back)).toEqual(Object.keys(t));
    expect(back['key-1023']).toBe(t['key-1023']);
    expect(sameBytes(encodeTable(back, 'h'), bytes)).toBe(true);
  });

  it('a large binary value round-trips', () => {
    const blob = new Uint8Array(300_000).map((_, i) => i * 7);
    const back = decode(encodeTable({ blob }, 'h')).blob as Uint8Array;
    expect(sameBytes(back, blob)).toBe(true);
  });
});
