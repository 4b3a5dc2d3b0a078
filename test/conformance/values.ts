/**
 * Shared pieces of the conformance suites: run counts, value generators for the inputs where our
 * codec and another client must agree, and a normal form to compare decoded values across codecs
 * (Buffer vs Uint8Array, bigint vs number, null-prototype vs plain objects).
 */
import fc from 'fast-check';
import { toHex } from '../helpers/bytes.js';
// The runtime module, not the package index, so tsx-run scripts can load this file too.
import { fieldTypeAt, fieldTypeOf, isDecimal, type FieldTable } from '../../generated/src/runtime/index.js';
import type { BasicProperties } from '../../generated/src/basic.js';

/** Random cases per property; `npm run test:conformance -- --runs N` sets CONFORMANCE_RUNS. */
export const RUNS = Math.max(1, Number(process.env.CONFORMANCE_RUNS ?? 200));
/** Vitest timeout that grows with the run count (the default 60 s is for the CI-sized runs). */
export const TIMEOUT = Math.max(60_000, RUNS * 100);

const encoder = new TextEncoder();

export const utf8Length = (s: string): number => encoder.encode(s).length;

/** What a UTF-8 round trip makes of a string: lone surrogates become U+FFFD (in every codec here). */
export const wellFormed = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/** Strings with lone surrogates mixed in: both codecs write each as EF BF BD. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constant('ascii') },
  { weight: 3, arbitrary: fc.constant('binary') },
  { weight: 1, arbitrary: fc.constant('lone') },
);

/**
 * Text generators. `valid` strings round-trip through UTF-8; `any` strings may contain lone surrogates
 * (for byte comparisons only, since they decode as U+FFFD).
 */
export function text(maxLength: number, kind: 'valid' | 'any' = 'valid'): fc.Arbitrary<string> {
  const valid = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
  );
  if (kind === 'valid') return valid;
  return anyUnit.chain((u) =>
    u === 'lone'
      ? fc.string({
          unit: fc.oneof(loneSurrogate, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
          maxLength,
        })
      : u === 'binary'
        ? fc.string({ unit: 'binary', maxLength })
        : fc.string({ maxLength }),
  );
}

/** A shortstr: at most 255 UTF-8 bytes, sometimes exactly at the limit. */
/**
 * Any subset of basic's content properties: shortstrs valid UTF-8, octets any; headers and timestamp as
 * the other client takes them, and `reserved` (cluster-id) only where it reads it.
 */
export function basicProperties(parts: {
  readonly headers: fc.Arbitrary<unknown>;
  readonly timestamp: fc.Arbitrary<number>;
  readonly reserved?: fc.Arbitrary<string>;
}): fc.Arbitrary<BasicProperties> {
  const str = shortstr('valid');
  const octet = fc.integer({ min: 0, max: 255 });
  return fc.record(
    {
      contentType: str,
      contentEncoding: str,
      headers: parts.headers,
      deliveryMode: octet,
      priority: octet,
      correlationId: str,
      replyTo: str,
      expiration: str,
      messageId: str,
      timestamp: parts.timestamp,
      type: str,
      userId: str,
      appId: str,
      ...(parts.reserved === undefined ? {} : { reserved: parts.reserved }),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<BasicProperties>;
}

export function shortstr(kind: 'valid' | 'any' = 'valid'): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: text(40, kind).filter((s) => utf8Length(s) <= 255) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(255), '€'.repeat(85), 'é'.repeat(127) + 'a') },
  );
}

/** Field-table keys both codecs treat as data: ≤ 255 bytes, not amqplib's `'!'` type marker, not `__proto__`. */
export function tableKey(kind: 'valid' | 'any' = 'valid'): fc.Arbitrary<string> {
  return text(12, kind).filter((k) => k !== '!' && k !== '__proto__' && utf8Length(k) <= 255);
}

/**
 * The numbers amqplib 2.3.1 and we encode to identical bytes: safe integers except −0 (smallest of
 * b/s/I/l), non-integers below 2^50 in magnitude (d), and +Infinity (d).
 */
export function numbersAgree(v: number): boolean {
  if (Number.isInteger(v)) return Number.isSafeInteger(v) && !Object.is(v, -0);
  return v === Infinity || (Number.isFinite(v) && Math.abs(v) < 2 ** 50);
}

/** Integers around every tag boundary, plus doubles; all within the agreement set. */
export const agreeingNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -130, max: 130 }),
  fc.integer({ min: -33000, max: 33000 }),
  fc.integer(),
  fc.integer({ min: -(2 ** 32), max: 2 ** 32 }),
  fc.maxSafeInteger(),
  fc.constantFrom(-128, 127, 128, -129, -32768, 32767, 32768, -32769, -(2 ** 31), 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1),
  fc.double({ min: -(2 ** 50), max: 2 ** 50, noNaN: true }).filter(numbersAgree),
  fc.constant(Infinity),
);

export interface ValueOptions {
  /** String flavour for values and keys. */
  readonly strings: 'valid' | 'any';
  /** Byte strings as Node Buffers (amqplib sends only Buffers as `x`) or plain Uint8Arrays. */
  readonly bytes: 'buffer' | 'uint8array';
  /** Include undefined values in objects (skipped by both encoders). */
  readonly undefinedValues: boolean;
}

/** Plain JS field values in the set where two codecs agree; `leaf` adds client-specific leaves. */
export function plainValue(
  options: ValueOptions,
  numbers: fc.Arbitrary<unknown> = agreeingNumber,
  extraLeaves: fc.Arbitrary<unknown>[] = [],
): fc.Arbitrary<unknown> {
  const bytes = fc
    .uint8Array({ maxLength: 24 })
    .map((b) => (options.bytes === 'buffer' ? Buffer.from(b) : new Uint8Array(b)));
  const objectValue = (tie: (k: string) => fc.Arbitrary<unknown>) =>
    options.undefinedValues
      ? fc.oneof({ weight: 9, arbitrary: tie('value') }, { weight: 1, arbitrary: fc.constant(undefined) })
      : tie('value');
  return fc.letrec<{ value: unknown; table: Record<string, unknown> }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.boolean(),
      numbers,
      text(30, options.strings),
      bytes,
      fc.constant(null),
      ...extraLeaves,
      fc.array(tie('value'), { maxLength: 4 }),
      tie('table'),
    ),
    table: fc.dictionary(tableKey(options.strings), objectValue(tie), { maxKeys: 5 }),
  })).value;
}

export function plainTable(
  options: ValueOptions,
  numbers?: fc.Arbitrary<unknown>,
  extraLeaves?: fc.Arbitrary<unknown>[],
): fc.Arbitrary<Record<string, unknown>> {
  const value = plainValue(options, numbers, extraLeaves);
  const entry = options.undefinedValues
    ? fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(undefined) })
    : value;
  return fc.dictionary(tableKey(options.strings), entry, { maxKeys: 6 });
}

/**
 * Normal form for comparing values across codecs: byte strings → { bytes: hex }, bigints → numbers
 * when safe (else { bigint }), decimals → { decimal: [scale, value] }, objects → plain objects
 * without undefined entries, strings → their UTF-8 round trip.
 */
export function normal(v: unknown): unknown {
  switch (typeof v) {
    case 'string':
      return wellFormed(v);
    case 'bigint':
      return v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(v)
        : { bigint: v.toString() };
    case 'object': {
      if (v === null) return null;
      if (v instanceof Uint8Array) return { bytes: toHex(v) };
      if (Array.isArray(v)) return v.map(normal);
      if (isDecimal(v)) return { decimal: [v.scale, v.value] };
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) Object.defineProperty(out, wellFormed(k), { value: normal(x), enumerable: true });
      }
      return out;
    }
    default:
      return v;
  }
}

/** amqplib's decoded values in the normal form: its `{ '!': type, value }` wrappers unwrapped. */
export function normalFromAmqplib(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || v instanceof Uint8Array) return normal(v);
  if (Array.isArray(v)) return v.map(normalFromAmqplib);
  const o = v as Record<string, unknown>;
  if (Object.hasOwn(o, '!')) {
    const value = o.value as { places: number; digits: number } | number;
    if (o['!'] === 'timestamp') return value;
    if (o['!'] === 'decimal' && typeof value === 'object') return { decimal: [value.places, value.digits] };
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) {
    if (o[k] !== undefined) Object.defineProperty(out, k, { value: normalFromAmqplib(o[k]), enumerable: true });
  }
  return out;
}

const lenient = new TextDecoder();

/**
 * Our decoded values as amqplib reads the same bytes (A9, A10, A15): 64-bit integers rounded to
 * numbers, decimal values unsigned, `S` values that are not UTF-8 as strings with U+FFFD. Compare
 * with `normalFromAmqplib` of amqplib's values.
 */
export function asAmqplibReads(v: unknown, longstr = false): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Uint8Array) return longstr ? lenient.decode(v) : { bytes: toHex(v) };
  if (typeof v !== 'object' || v === null) return normal(v);
  if (Array.isArray(v)) return v.map((x, i) => asAmqplibReads(x, fieldTypeAt(v, i) === 'longstr'));
  if (isDecimal(v)) return { decimal: [v.scale, v.value >>> 0] };
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    const s = fieldTypeOf(v as FieldTable, k) === 'longstr';
    if (x !== undefined) Object.defineProperty(out, k, { value: asAmqplibReads(x, s), enumerable: true });
  }
  return out;
}

/** Whether a decoded value holds a table with a `__proto__` key (amqplib reads those differently, A13). */
export function hasProtoKey(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || v instanceof Uint8Array) return false;
  if (Array.isArray(v)) return v.some(hasProtoKey);
  return Object.keys(v).some((k) => k === '__proto__' || hasProtoKey((v as Record<string, unknown>)[k]));
}
