import { describe, expect, it } from 'vitest';
import { encodeArray, encodeTable, field, type FieldTable } from '../../templates/runtime/field-table.js';
import { amqpError } from '../helpers/errors.js';

/** Encodes and expects an encode error with the given context (key path). */
function fails(t: unknown, context: string, message?: RegExp): void {
  const e = amqpError(() => encodeTable(t as FieldTable, 'queue.declare.arguments'));
  expect(e.kind).toBe('encode');
  expect(e.replyCode).toBeUndefined();
  expect(e.context).toBe(context);
  expect(e.message.startsWith(`${context}: `)).toBe(true);
  if (message) expect(e.message).toMatch(message);
}

describe('field table encode errors name the key path', () => {
  it('x-death[0].count as an unsafe integer', () => {
    // Plain values that no tag carries get the typed-value message of their kind's tag (i64 here).
    fails(
      { 'x-death': [{ count: 2 ** 53 }] },
      'queue.declare.arguments.x-death[0].count',
      /^.*: 9007199254740992 is not a valid i64 \(expected a safe integer or a bigint in -2\^63\.\.2\^63-1\)$/,
    );
  });

  it('functions, symbols, undefined in arrays', () => {
    fails({ f: () => 1 }, 'queue.declare.arguments.f', /a function is not a field value/);
    fails({ s: Symbol('x') }, 'queue.declare.arguments.s', /symbol/);
    fails(
      { a: [1, undefined] },
      'queue.declare.arguments.a[1]',
      /undefined is not a field value \(use null for void\)/,
    );
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case under test
    fails({ a: [1, , 3] }, 'queue.declare.arguments.a[1]'); // a hole reads as undefined
  });

  it('class instances: invalid Dates, Map, Set, other typed arrays, boxed values', () => {
    // A valid Date is a timestamp (test/generated/api-gaps.test.ts); an invalid one or one before 1970 is not.
    fails({ d: new Date(Number.NaN) }, 'queue.declare.arguments.d', /a Date instance is not a valid timestamp/);
    fails({ d: new Date(-1) }, 'queue.declare.arguments.d', /a Date instance is not a valid timestamp/);
    fails({ m: new Map() }, 'queue.declare.arguments.m', /a Map instance/);
    fails({ s: new Set() }, 'queue.declare.arguments.s', /a Set instance/);
    fails({ i: new Int8Array(1) }, 'queue.declare.arguments.i', /Int8Array/);
    fails({ n: Object(1) as unknown }, 'queue.declare.arguments.n', /Number instance/);
    class Custom {}
    fails({ c: new Custom() }, 'queue.declare.arguments.c', /a Custom instance/);
  });

  it('cycles', () => {
    const t: Record<string, unknown> = { a: 1 };
    t.self = t;
    fails(t, 'queue.declare.arguments.self', /circular reference/);
    const arr: unknown[] = [];
    arr.push(arr);
    fails({ arr }, 'queue.declare.arguments.arr[0]', /circular reference/);
  });

  it('the same object twice (not a cycle) is fine', () => {
    const shared = { x: 1 };
    expect(() => encodeTable({ a: shared, b: shared, c: [shared, shared] }, 't')).not.toThrow();
  });

  it('bigint outside int64', () => {
    fails({ b: 2n ** 63n }, 'queue.declare.arguments.b', /9223372036854775808n is not a valid i64 .*-2\^63\.\.2\^63-1/);
    fails({ b: -(2n ** 63n) - 1n }, 'queue.declare.arguments.b', /-9223372036854775809n is not a valid i64/);
  });

  it('typed values out of range', () => {
    const cases: [unknown, RegExp][] = [
      [field.u8(300), /300 is not a valid u8 \(expected an integer 0\.\.255\)/],
      [field.u8(-1), /not a valid u8/],
      [field.u8(1.5), /not a valid u8/],
      [field.i8(128), /not a valid i8/],
      [field.i16(32768), /not a valid i16/],
      [field.u16(65536), /not a valid u16/],
      [field.i32(2 ** 31), /not a valid i32/],
      [field.u32(2 ** 32), /not a valid u32/],
      [field.u32(-1), /not a valid u32/],
      [field.i64(2 ** 53), /not a valid i64/],
      [field.i64(2n ** 63n), /not a valid i64/],
      [field.timestamp(-1), /not a valid timestamp/],
      [field.timestamp(2n ** 64n), /not a valid timestamp/],
      [field.bool(1 as unknown as boolean), /not a valid bool/],
      [field.f32('1' as unknown as number), /not a valid f32/],
      [field.f64(1n as unknown as number), /not a valid f64/],
      [field.longstr(5 as unknown as string), /not a valid longstr/],
      [field.bytes('ab' as unknown as Uint8Array), /not a valid bytes/],
      [field.array({} as unknown as []), /not a valid array/],
      [field.table([] as unknown as FieldTable), /not a valid table/],
      [field.table(new Date() as unknown as FieldTable), /not a valid table/],
      // A forged typed void (another copy's brand) that carries a value: void holds null only.
      [
        { [Symbol.for('amqp-0-9-1.field.typed-value')]: true, type: 'void', value: 5 },
        /5 is not a valid void \(expected null\)/,
      ],
      // A decimal shows both parts, then the ranges of both.
      [
        field.decimal(256, 1),
        /\{ scale: 256, value: 1 \} is not a valid decimal \(expected a scale 0\.\.255 and a value/,
      ],
      [field.decimal(-1, 1), /\{ scale: -1, value: 1 \} is not a valid decimal/],
      [field.decimal(2, 2 ** 31), /\{ scale: 2, value: 2147483648 \} is not a valid decimal/],
      [field.decimal(2, 0.5), /\{ scale: 2, value: 0.5 \} is not a valid decimal/],
    ];
    for (const [value, message] of cases) fails({ k: value }, 'queue.declare.arguments.k', message);
  });

  it('errors inside typed containers carry the path too', () => {
    fails({ k: field.array([1, field.u8(256)]) }, 'queue.declare.arguments.k[1]', /u8/);
    fails({ k: field.table({ z: Symbol.iterator as unknown as null }) }, 'queue.declare.arguments.k.z');
  });

  it('keys longer than 255 UTF-8 bytes', () => {
    const long = 'k'.repeat(256);
    fails({ [long]: 1 }, `queue.declare.arguments.${long}`, /key is 256 UTF-8 bytes; at most 255 allowed/);
    const euros = '€'.repeat(86); // 258 bytes in 86 UTF-16 units
    fails({ [euros]: 1 }, `queue.declare.arguments.${euros}`, /key is 258 UTF-8 bytes/);
    expect(() => encodeTable({ ['k'.repeat(255)]: 1 }, 't')).not.toThrow();
    expect(() => encodeTable({ ['€'.repeat(85)]: 1 }, 't')).not.toThrow(); // 255 bytes
  });

  it('nesting deeper than 64 levels', () => {
    let t: FieldTable = {};
    for (let i = 0; i < 70; i++) t = { n: t };
    const e = amqpError(() => encodeTable(t, 'h'));
    expect(e.kind).toBe('encode');
    expect(e.message).toMatch(/deeper than 64/);
  });

  it('the top level must be a plain object / an array', () => {
    for (const bad of [null, undefined, [], 'x', new Map(), 5]) {
      const e = amqpError(() => encodeTable(bad as unknown as FieldTable, 'ctx'));
      expect(e.kind).toBe('encode');
      expect(e.context).toBe('ctx');
    }
    expect(amqpError(() => encodeArray({} as unknown as [], 'ctx')).kind).toBe('encode');
  });

  it('an error leaves the encoder usable and returns no bytes', () => {
    expect(() => encodeTable({ a: 'x'.repeat(5000), b: (() => 0) as unknown as null }, 't')).toThrow();
    // Next call starts clean (no leftover bytes or open containers from the failed one).
    expect(Array.from(encodeTable({ a: true }, 't'))).toEqual([0, 0, 0, 4, 1, 0x61, 0x74, 1]);
  });

  it('a getter that encodes another table (re-entrancy) does not corrupt the outer encoding', () => {
    const inner = {
      get v(): number {
        encodeTable({ other: 'x'.repeat(100) }, 'inner');
        return 1;
      },
    };
    // {o: {v: 1}}: inner 01 76 62 01 (4) → 01 6f 46 00000004 … (11).
    expect(Array.from(encodeTable({ o: inner }, 't'))).toEqual([
      0, 0, 0, 11, 1, 0x6f, 0x46, 0, 0, 0, 4, 1, 0x76, 0x62, 1,
    ]);
  });
});
