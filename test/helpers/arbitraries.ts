import fc from 'fast-check';
import type { FieldModel, WireType } from '../../generator/model/types.js';

/** Valid Unicode text (no lone surrogates, which UTF-8 cannot carry). */
export const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });

/** A shortstr: at most 255 UTF-8 bytes (a grapheme may take many bytes, so filter). */
export const shortstr = () => text(40).filter((s) => new TextEncoder().encode(s).length <= 255);

/** Unsigned 64-bit values as the API takes them: safe numbers or bigints. */
export const u64 = () =>
  fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }));

/** Plain JS values a field table takes; decoding gives them back equal. */
export const fieldValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; table: Record<string, unknown> }>(
  (tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.boolean(),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      fc.maxSafeInteger(),
      fc.double().filter((d) => !Number.isInteger(d) || Number.isSafeInteger(d)),
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      text(30),
      fc.uint8Array({ maxLength: 20 }),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      tie('table'),
    ),
    table: fc.dictionary(shortstr(), tie('value'), { maxKeys: 5 }),
  }),
).value;

export const fieldTable = () =>
  fc.dictionary(shortstr(), fieldValue, { maxKeys: 6 }) as fc.Arbitrary<Record<string, never>>;

const BY_TYPE: Record<WireType, () => fc.Arbitrary<unknown>> = {
  bit: () => fc.boolean(),
  octet: () => fc.integer({ min: 0, max: 0xff }),
  short: () => fc.integer({ min: 0, max: 0xffff }),
  long: () => fc.integer({ min: 0, max: 0xffffffff }),
  longlong: u64,
  timestamp: u64,
  shortstr,
  longstr: () => fc.oneof(text(100), fc.uint8Array({ maxLength: 100 })),
  table: fieldTable,
};

export const valueOf = (type: WireType): fc.Arbitrary<unknown> => BY_TYPE[type]();

/** Random arguments for a method's public fields. */
export function argsFor(fields: readonly FieldModel[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(fields.filter((f) => !f.reserved).map((f) => [f.name, valueOf(f.type)])));
}

/** What decoding gives back for a value we encoded: longstr as bytes, safe 64-bit values as numbers. */
export function decodedForm(type: WireType, value: unknown): unknown {
  if (type === 'longstr') return typeof value === 'string' ? new TextEncoder().encode(value) : value;
  if (
    (type === 'longlong' || type === 'timestamp') &&
    typeof value === 'bigint' &&
    value <= BigInt(Number.MAX_SAFE_INTEGER)
  ) {
    return Number(value);
  }
  return value;
}

/** Field tables decode −2^53 < bigint < 2^53 as numbers too. */
export function decodedTable(value: unknown): unknown {
  if (typeof value === 'bigint')
    return value >= -BigInt(Number.MAX_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value;
  if (Array.isArray(value)) return value.map(decodedTable);
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, decodedTable(v)]),
  );
}
