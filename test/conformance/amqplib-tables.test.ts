/**
 * Field tables against amqplib: the exact set of plain JS values both encode to the same bytes, the
 * values each decodes from the other's tables, and amqplib's explicit `{ '!': type, value }` notation
 * against our `field.*` values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Reader,
  decodeTable,
  encodeTable,
  field,
  isAmqpError,
  type FieldTable,
  type FieldValue,
} from '../../generated/src/index.js';
import { amqplibDecodeTable, amqplibEncodeTable } from './amqplib.js';
import {
  RUNS,
  TIMEOUT,
  normal,
  normalFromAmqplib,
  numbersAgree,
  plainTable,
  plainValue,
  tableKey,
  text,
} from './values.js';
import { toHex } from '../helpers/bytes.js';

type Outcome = 'same bytes' | 'different bytes' | 'only ours encodes' | 'only amqplib encodes' | 'both reject';

/** Encodes `{ k: v }` with both; our only allowed failure is the typed error. */
function compare(v: unknown): Outcome {
  let ours: Uint8Array | undefined;
  let theirs: Uint8Array | undefined;
  try {
    ours = encodeTable({ k: v } as FieldTable, 't');
  } catch (e) {
    if (!isAmqpError(e)) throw e;
  }
  try {
    theirs = amqplibEncodeTable({ k: v });
  } catch {
    theirs = undefined;
  }
  if (ours && theirs) return toHex(ours) === toHex(theirs) ? 'same bytes' : 'different bytes';
  if (ours) return 'only ours encodes';
  return theirs ? 'only amqplib encodes' : 'both reject';
}

/** The partition of all doubles, verified below (see docs/differences.md). */
function expectedOutcome(v: number): Outcome {
  if (numbersAgree(v)) return 'same bytes';
  if (Object.is(v, -0)) return 'different bytes'; // amqplib `b 00`, ours `d -0`
  if (!Number.isInteger(v)) return 'only ours encodes'; // NaN, −Infinity, non-integers with |v| ≥ 2^50
  if (v < -(2 ** 63)) return 'both reject';
  return 'only amqplib encodes'; // unsafe integers: amqplib `l` (< 2^63) or `d` (≥ 2^63); we ask for a bigint
}

const BOUNDARIES = [
  0,
  -0,
  NaN,
  Infinity,
  -Infinity,
  2 ** 50,
  -(2 ** 50),
  2 ** 50 - 0.5,
  2 ** 50 + 0.5,
  -(2 ** 50) - 0.5,
  2 ** 52 - 0.5,
  2 ** 52,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  2 ** 53,
  -(2 ** 53),
  2 ** 53 + 2,
  2 ** 63,
  -(2 ** 63),
  -(2 ** 64),
  2 ** 64,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  0.1,
  -1.5,
];

describe('plain numbers: the exact set where amqplib and we write the same bytes', () => {
  it('boundary values fall where the partition says', () => {
    for (const v of BOUNDARIES) expect([v, compare(v)]).toEqual([v, expectedOutcome(v)]);
  });

  it('every double (random) falls where the partition says', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.maxSafeInteger(), fc.double({ min: 2 ** 49, max: 2 ** 54 })),
        (v) => {
          expect(compare(v)).toBe(expectedOutcome(v));
        },
      ),
      { numRuns: RUNS * 20 },
    );
  });

  it('bigints are ours only (amqplib: TypeError "Unknown type to encode: bigint")', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (v) => {
        expect(compare(v)).toBe('only ours encodes');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('plain tables in the agreement set', () => {
  it(
    'strings (lone surrogates too), Buffers, null, booleans, arrays, objects, undefined entries: same bytes',
    {
      timeout: TIMEOUT,
    },
    () => {
      fc.assert(
        fc.property(plainTable({ strings: 'any', bytes: 'buffer', undefinedValues: true }), (t) => {
          expect(toHex(encodeTable(t as FieldTable, 't'))).toBe(toHex(amqplibEncodeTable(t)));
        }),
        { numRuns: RUNS * 5 },
      );
    },
  );

  it(
    'amqplib decodes our tables to the values we encoded, and we decode its tables to its values',
    {
      timeout: TIMEOUT,
    },
    () => {
      fc.assert(
        fc.property(plainTable({ strings: 'valid', bytes: 'buffer', undefinedValues: true }), (t) => {
          const ours = encodeTable(t as FieldTable, 't');
          expect(normalFromAmqplib(amqplibDecodeTable(ours))).toEqual(normal(t));
          const theirs = amqplibEncodeTable(t);
          expect(normal(decodeTable(new Reader(theirs), 't'))).toEqual(normal(t));
        }),
        { numRuns: RUNS * 5 },
      );
    },
  );

  it('string keys and values of any UTF-16 (lone surrogates as U+FFFD): same bytes, same decoded values', () => {
    fc.assert(
      fc.property(tableKey('any'), text(40, 'any'), (k, s) => {
        const t = { [k]: s, [`${k}.`]: [s] };
        const ours = encodeTable(t, 't');
        expect(toHex(ours)).toBe(toHex(amqplibEncodeTable(t)));
        expect(normal(decodeTable(new Reader(ours), 't'))).toEqual(normalFromAmqplib(amqplibDecodeTable(ours)));
      }),
      { numRuns: RUNS },
    );
  });
});

/** amqplib's explicit notation and the `field.*` value that must give the same bytes. */
type Typed = { amqplib: unknown; ours: FieldValue };

const typedLeaf: fc.Arbitrary<Typed> = fc.oneof(
  fc.integer({ min: -128, max: 127 }).map((v) => ({ amqplib: { '!': 'int8', value: v }, ours: field.i8(v) })),
  fc.integer({ min: 0, max: 255 }).map((v) => ({ amqplib: { '!': 'uint8', value: v }, ours: field.u8(v) })),
  fc.integer({ min: -32768, max: 32767 }).map((v) => ({ amqplib: { '!': 'int16', value: v }, ours: field.i16(v) })),
  fc.integer({ min: 0, max: 65535 }).map((v) => ({ amqplib: { '!': 'uint16', value: v }, ours: field.u16(v) })),
  fc.integer().map((v) => ({ amqplib: { '!': 'int32', value: v }, ours: field.i32(v) })),
  fc.integer({ min: 0, max: 0xffffffff }).map((v) => ({ amqplib: { '!': 'uint32', value: v }, ours: field.u32(v) })),
  fc.maxSafeInteger().map((v) => ({ amqplib: { '!': 'int64', value: v }, ours: field.i64(v) })),
  fc.double().map((v) => ({ amqplib: { '!': 'float', value: v }, ours: field.f32(v) })),
  fc.double().map((v) => ({ amqplib: { '!': 'double', value: v }, ours: field.f64(v) })),
  fc
    .integer({ min: 0, max: Number.MAX_SAFE_INTEGER })
    .map((v) => ({ amqplib: { '!': 'timestamp', value: v }, ours: field.timestamp(v) })),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })).map(([places, digits]) => ({
    amqplib: { '!': 'decimal', value: { places, digits } },
    ours: field.decimal(places, digits),
  })),
  text(20).map((v) => ({ amqplib: v, ours: v })),
  fc.uint8Array({ maxLength: 16 }).map((v) => ({ amqplib: Buffer.from(v), ours: v })),
  fc.boolean().map((v) => ({ amqplib: v, ours: v })),
  fc.constant({ amqplib: null, ours: null }),
);

const typedValue: fc.Arbitrary<Typed> = fc.letrec<{ value: Typed; array: Typed; table: Typed }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, typedLeaf, tie('array'), tie('table')),
  array: fc
    .array(tie('value'), { maxLength: 4 })
    .map((xs) => ({ amqplib: xs.map((x) => x.amqplib), ours: xs.map((x) => x.ours) })),
  table: fc.array(fc.tuple(tableKey(), tie('value')), { maxLength: 4 }).map((entries) => {
    const amqplib: Record<string, unknown> = {};
    const ours: Record<string, FieldValue> = {};
    for (const [k, v] of entries) {
      amqplib[k] = v.amqplib;
      ours[k] = v.ours;
    }
    return { amqplib, ours };
  }),
})).value;

describe("explicit types: amqplib's { '!': type, value } and our field.* values", () => {
  it(
    'give the same bytes for every tag amqplib can write (b B s u I i l f d T D S x t V A F)',
    {
      timeout: TIMEOUT,
    },
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(tableKey(), typedValue), { maxLength: 6 }), (entries) => {
          const amqplib: Record<string, unknown> = {};
          const ours: Record<string, FieldValue> = {};
          for (const [k, v] of entries) {
            amqplib[k] = v.amqplib;
            ours[k] = v.ours;
          }
          const bytes = encodeTable(ours, 't');
          expect(toHex(bytes)).toBe(toHex(amqplibEncodeTable(amqplib)));
          // Both decoders read these bytes to the same values.
          expect(normal(decodeTable(new Reader(bytes), 't'))).toEqual(normalFromAmqplib(amqplibDecodeTable(bytes)));
        }),
        { numRuns: RUNS * 5 },
      );
    },
  );

  it('a `t` octet other than 0 and 1 reads as true in both', () => {
    const t = Uint8Array.from([0, 0, 0, 8, 1, 0x6b, 0x74, 2, 1, 0x6a, 0x74, 0xff]);
    expect(normal(decodeTable(new Reader(t), 't'))).toEqual({ k: true, j: true });
    expect(amqplibDecodeTable(t)).toEqual({ k: true, j: true });
  });
});

describe('plain values of every kind decode the same way in both', () => {
  it(
    'any plain table we encode decodes to the same values in amqplib (safe integers, no __proto__ key)',
    {
      timeout: TIMEOUT,
    },
    () => {
      // Our encoder takes Uint8Arrays and bigints too; amqplib's decoder reads what we write.
      const value = plainValue(
        { strings: 'valid', bytes: 'uint8array', undefinedValues: true },
        fc.oneof(
          fc.double().filter((d) => !Number.isInteger(d) || Number.isSafeInteger(d)),
          fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }),
        ),
      );
      fc.assert(
        fc.property(fc.dictionary(tableKey(), value, { maxKeys: 5 }), (t) => {
          const ours = encodeTable(t as FieldTable, 't');
          expect(normalFromAmqplib(amqplibDecodeTable(ours))).toEqual(normal(t));
        }),
        { numRuns: RUNS * 5 },
      );
    },
  );
});
