/**
 * Fuzz targets: fast-check properties shared by the CI suite (fuzz.test.ts, a bounded number of runs)
 * and the time-boxed runner (fuzz-cli.ts, `npm run fuzz -- --seconds N`).
 *
 * Decoders (FrameParser, decodeFrame, decodeMethod, decodeContentHeader, decodeTable / Reader#table)
 * get random bytes and mutations of valid frame streams (bit flips, truncations, length fields raised
 * and lowered, frame-end changed, bytes inserted/deleted, chunk boundaries moved). The only failure
 * allowed is the package's typed error; whatever decodes must re-encode (or fail with the typed
 * error) and decode again to the same values.
 *
 * Encoders (encodeTable, encodeBasicHeader, encodeMethod) get arbitrary JS values and are compared
 * with model.ts: either they throw (the typed error, or the exception of a user getter/proxy) where
 * the model rejects, or their bytes decode to the model's values.
 *
 * Assertions use node:assert and imports avoid the package index (BUG-2 in regressions.test.ts), so
 * tsx can run this file as well
 * as vitest.
 */
import { deepStrictEqual } from 'node:assert/strict';
import fc from 'fast-check';
import type { MethodModel } from '../../generator/model/types.js';
import { loadProtocol } from '../../generator/run.js';
import { defaultSpecSources } from '../../generator/spec-sources.js';
import { encodeBasicHeader } from '../../generated/src/basic.js';
import { decodeContentHeader, decodeFrame, decodeMethod, encodeMethod } from '../../generated/src/dispatch.js';
import type { MethodInput } from '../../generated/src/methods.js';
import {
  FrameParser,
  HEARTBEAT_FRAME,
  Reader,
  decodeTable,
  encodeBodyFrames,
  encodeTable,
  field,
  isAmqpError,
  type AmqpError,
  type FieldTable,
  type Frame,
} from '../../generated/src/runtime/index.js';
import { normal } from '../conformance/values.js';
import { argsFor, fieldTable, shortstr, u64 } from '../helpers/arbitraries.js';
import { Reject, USER_ERROR, modelField, modelTable, runModel, type WireType } from './model.js';
import { concat } from '../helpers/bytes.js';

export interface FuzzTarget {
  readonly name: string;
  /** Cases per CI run. */
  readonly ciRuns: number;
  readonly property: () => fc.IProperty<unknown[]>;
}

const protocol = loadProtocol(defaultSpecSources());
const SLOW_CASE_MS = 2000;

/** How cases ended, by outcome (printed by the fuzz runner, to show what the generators reach). */
export const outcomes = new Map<string, number>();
function count(outcome: string): void {
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
}

/** Counts a typed error by its reply code (its kind when it has none). */
function countTypedError(stage: string, error: AmqpError): void {
  count(`${stage}: typed error ${error.replyCode ?? error.kind}`);
}

/** A failure of the fuzz contract (not the typed error): what fast-check reports and shrinks. */
class FuzzFailure extends Error {}

function timed<T>(f: () => T): T {
  const t0 = performance.now();
  const r = f();
  const ms = performance.now() - t0;
  if (ms > SLOW_CASE_MS) throw new FuzzFailure(`case took ${ms.toFixed(0)} ms (bound ${SLOW_CASE_MS})`);
  return r;
}

/** Runs f; an AmqpError is a normal outcome (returned), anything else thrown is a failure. */
function typedOrOk<T>(what: string, f: () => T): { value?: T; error?: AmqpError } {
  try {
    return { value: f() };
  } catch (e) {
    if (isAmqpError(e)) return { error: e };
    throw new FuzzFailure(`${what} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Valid frames and streams

const channelZeroOnly = new Set(protocol.methods.filter((m) => m.channelZeroOnly).map((m) => m.fullName));
// Connection methods travel on channel 0, every other frame on channels 1..65535.
const channelOf = (m: MethodModel) => (m.channelZeroOnly ? fc.constant(0) : fc.integer({ min: 1, max: 0xffff }));

const methodFrame: fc.Arbitrary<Uint8Array> = fc
  .constantFrom(...protocol.methods)
  .chain((m) =>
    fc
      .tuple(channelOf(m), argsFor(m.fields))
      .map(([ch, args]) => encodeMethod(ch, { name: m.fullName, args } as MethodInput)),
  );

/** basic's content properties and their wire types, from the model (camelCase name → type). */
const PROPERTY_TYPES: Record<string, WireType> = Object.fromEntries(
  protocol.classes.find((c) => c.specName === 'basic')!.properties.map((p) => [p.field.name, p.field.type]),
);

const validOf = (t: WireType): fc.Arbitrary<unknown> =>
  ({
    bit: fc.boolean(),
    octet: fc.integer({ min: 0, max: 0xff }),
    short: fc.integer({ min: 0, max: 0xffff }),
    long: fc.integer({ min: 0, max: 0xffffffff }),
    longlong: u64(),
    timestamp: u64(),
    shortstr: shortstr(),
    longstr: fc.oneof(fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 })),
    table: fieldTable(),
  })[t];

const validProperties = fc.record(Object.fromEntries(Object.entries(PROPERTY_TYPES).map(([k, t]) => [k, validOf(t)])), {
  requiredKeys: [],
});

const headerFrame: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.integer({ min: 1, max: 0xffff }), u64(), validProperties)
  .map(([ch, size, props]) => encodeBasicHeader(ch, size, props));

const bodyFrames: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.integer({ min: 1, max: 0xffff }), fc.uint8Array({ maxLength: 9000 }), fc.constantFrom(4096, 8192, 131072))
  .map(([ch, body, frameMax]) => concat(encodeBodyFrames(ch, body, frameMax)));

/** A valid stream of frames, with the frame boundaries (offsets of each frame start). */
interface Stream {
  readonly bytes: Uint8Array;
  readonly starts: readonly number[];
}

const validStream: fc.Arbitrary<Stream> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: methodFrame },
      { weight: 2, arbitrary: headerFrame },
      { weight: 1, arbitrary: bodyFrames },
      { weight: 1, arbitrary: fc.constant(HEARTBEAT_FRAME) },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((frames) => {
    // body-frame groups hold several frames: find every start by walking the sizes
    const bytes = concat(frames);
    const starts: number[] = [];
    for (let at = 0; at < bytes.length;) {
      starts.push(at);
      at += 8 + new DataView(bytes.buffer, bytes.byteOffset + at + 3, 4).getUint32(0);
    }
    return { bytes, starts };
  });

/** Cut points for chunking a stream: random, or every byte (for short streams). */
const chunking = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.nat(), { maxLength: 8 }).map((cuts) => ({ cuts, everyByte: false })) },
  { weight: 1, arbitrary: fc.constant({ cuts: [] as number[], everyByte: true }) },
);

function chunksOf(bytes: Uint8Array, how: { cuts: readonly number[]; everyByte: boolean }): Uint8Array[] {
  if (how.everyByte && bytes.length <= 2000) return Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
  const cuts = [...new Set(how.cuts.map((c) => (bytes.length === 0 ? 0 : c % (bytes.length + 1))))].sort(
    (a, b) => a - b,
  );
  const out: Uint8Array[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(bytes.subarray(from, c));
    from = c;
  }
  out.push(bytes.subarray(from));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Mutations

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'u8'; at: number; delta: number }
  | { kind: 'u32'; at: number; value: number; relative: boolean }
  | { kind: 'frame-size'; frame: number; value: number; relative: boolean }
  | { kind: 'frame-end'; frame: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; n: number };

const u32Value = fc.oneof(
  fc.integer({ min: -8, max: 8 }),
  fc.constantFrom(0, 0xffffffff, 0x7fffffff, 0x80000000, 0xfffffff7, 4096, 131072),
  fc.integer({ min: 0, max: 0xffffffff }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('u8' as const),
    at: fc.nat(),
    delta: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -255, max: 255 })),
  }),
  fc.record({ kind: fc.constant('u32' as const), at: fc.nat(), value: u32Value, relative: fc.boolean() }),
  fc.record({ kind: fc.constant('frame-size' as const), frame: fc.nat(), value: u32Value, relative: fc.boolean() }),
  fc.record({
    kind: fc.constant('frame-end' as const),
    frame: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }).filter((v) => v !== 0xce),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 8 }) }),
);

function setU32(b: Uint8Array, at: number, value: number, relative: boolean): void {
  if (at + 4 > b.length) return;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const v = relative ? view.getUint32(at) + value : value;
  view.setUint32(at, ((v % 2 ** 32) + 2 ** 32) % 2 ** 32);
}

function mutate(s: Stream, muts: readonly Mutation[]): Uint8Array {
  let b: Uint8Array = s.bytes.slice();
  for (const m of muts) {
    if (b.length === 0) break;
    const at = 'at' in m ? m.at % b.length : 0;
    switch (m.kind) {
      case 'flip':
        b[at] ^= 1 << m.bit;
        break;
      case 'truncate':
        b = b.slice(0, at);
        break;
      case 'u8':
        b[at] = (b[at] + m.delta + 256) & 0xff;
        break;
      case 'u32':
        setU32(b, at, m.value, m.relative);
        break;
      case 'frame-size':
        setU32(b, s.starts[m.frame % s.starts.length] + 3, m.value, m.relative);
        break;
      case 'frame-end': {
        const start = s.starts[m.frame % s.starts.length];
        if (start + 7 > b.length) break;
        const end = start + 7 + new DataView(b.buffer, b.byteOffset + start + 3, 4).getUint32(0);
        if (end < b.length) b[end] = m.value;
        break;
      }
      case 'insert':
        b = concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
        break;
      case 'delete':
        b = concat([b.subarray(0, at), b.subarray(at + m.n)]);
        break;
    }
  }
  return b;
}

// ---------------------------------------------------------------------------------------------
// Decoder checks

interface ParserOptions {
  frameMax?: number;
  hardCap?: number;
}

const parserOptions: fc.Arbitrary<ParserOptions> = fc.record(
  {
    frameMax: fc.constantFrom(0, 4096, 8192, 131072),
    hardCap: fc.constantFrom(4096, 65536, 1 << 20, 16 * 1024 * 1024),
  },
  { requiredKeys: [] },
);

/** Feeds chunks to a parser: frames until the typed error (if any); checks buffering and poisoning. */
function feed(options: ParserOptions, chunks: readonly Uint8Array[]): { frames: Frame[]; error?: AmqpError } {
  const parser = new FrameParser(options);
  const limit = Math.min(options.frameMax || Infinity, options.hardCap ?? 16 * 1024 * 1024);
  const frames: Frame[] = [];
  let pushed = 0;
  for (const chunk of chunks) {
    const r = typedOrOk('FrameParser#push', () => parser.push(chunk));
    if (r.error) {
      // Poisoned: the same error again, for pushes and for finish.
      const again = typedOrOk('FrameParser#push after an error', () => parser.push(new Uint8Array([1])));
      const fin = typedOrOk('FrameParser#finish after an error', () => parser.finish());
      if (again.error !== r.error || fin.error !== r.error) throw new FuzzFailure('parser not poisoned by its error');
      countTypedError('parser', r.error);
      return { frames, error: r.error };
    }
    frames.push(...r.value!);
    pushed += chunk.length;
    if (parser.buffered > pushed || parser.buffered > limit)
      throw new FuzzFailure(`buffered ${parser.buffered} after ${pushed} bytes (limit ${limit})`);
  }
  for (const f of frames) {
    if (f.payload.length > limit - 8) throw new FuzzFailure(`frame of ${f.payload.length} bytes over the limit`);
  }
  const fin = typedOrOk('FrameParser#finish', () => parser.finish());
  count(fin.error ? 'parser: typed error at finish' : 'parser: stream complete');
  return { frames, error: fin.error };
}

/** Decodes a frame; what decodes must re-encode to bytes that decode to the same values. */
function checkFrame(f: Frame): void {
  const r = typedOrOk('decodeFrame', () => decodeFrame(f));
  if (!r.value) {
    countTypedError('decode', r.error!);
    return;
  }
  const d = r.value;
  count(`decode: ${d.type}`);
  if (d.type === 'method') {
    const again = typedOrOk('encodeMethod of a decoded method', () =>
      encodeMethod(f.channel, { name: d.method.name, args: d.method.args } as MethodInput),
    );
    if (again.error) {
      // Only lossy shortstrs (invalid UTF-8 → U+FFFD grows past 255 bytes) may fail to re-encode.
      if (again.error.kind !== 'encode' || !/UTF-8 bytes/.test(again.error.message)) throw again.error;
      count('decode: lossy shortstr/key too long to re-encode');
      return;
    }
    const back = decodeMethod(again.value!.subarray(7, again.value!.length - 1));
    deepStrictEqual(normal(back.args), normal(d.method.args));
  } else if (d.type === 'header') {
    const h = d.header;
    const again = typedOrOk('encodeBasicHeader of a decoded header', () =>
      encodeBasicHeader(f.channel, h.bodySize, h.properties),
    );
    if (again.error) {
      if (again.error.kind !== 'encode' || !/UTF-8 bytes/.test(again.error.message)) throw again.error;
      count('decode: lossy shortstr/key too long to re-encode');
      return;
    }
    // weight is written as 0 whatever was read (it must be zero; decoding does not insist)
    const back = decodeContentHeader(again.value!.subarray(7, again.value!.length - 1));
    deepStrictEqual(normal([back.bodySize, back.properties]), normal([h.bodySize, h.properties]));
  }
}

/** A property: `decode` each payload; one that decodes must also pass checkFrame in the frame `frameOf` says. */
function decodesAsFrame<T>(
  payloads: fc.Arbitrary<Uint8Array>,
  what: string,
  decode: (payload: Uint8Array) => T,
  frameOf: (value: T) => Omit<Frame, 'payload'>,
): fc.IPropertyWithHooks<[Uint8Array]> {
  return fc.property(payloads, (payload) =>
    timed(() => {
      const r = typedOrOk(what, () => decode(payload));
      if (r.value) checkFrame({ ...frameOf(r.value), payload });
      else countTypedError('decode', r.error!);
    }),
  );
}

/** A table decoded from arbitrary bytes re-encodes, and decodes again to the same values. */
function checkTableRoundTrip(t: FieldTable): void {
  const again = typedOrOk('encodeTable of a decoded table', () => encodeTable(t, 't'));
  if (again.error) {
    if (again.error.kind !== 'encode' || !/UTF-8 bytes/.test(again.error.message)) throw again.error;
    return;
  }
  deepStrictEqual(normal(decodeTable(new Reader(again.value!), 't')), normal(t));
}

/** Plausible frames: right types and small sizes, with random payloads and ends. */
const plausibleFrame = fc
  .record({
    type: fc.oneof(fc.constantFrom(1, 2, 3, 8), fc.integer({ min: 0, max: 255 })),
    channel: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })),
    payload: fc.uint8Array({ maxLength: 64 }),
    size: fc.oneof(fc.constant(-1), u32Value),
    end: fc.oneof(
      { weight: 5, arbitrary: fc.constant(0xce) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }) },
    ),
  })
  .map(({ type, channel, payload, size, end }) => {
    const out = new Uint8Array(8 + payload.length);
    const view = new DataView(out.buffer);
    out[0] = type;
    view.setUint16(1, channel);
    view.setUint32(3, size === -1 ? payload.length : ((size % 2 ** 32) + 2 ** 32) % 2 ** 32);
    out.set(payload, 7);
    out[7 + payload.length] = end;
    return out;
  });

const randomStream = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.array(plausibleFrame, { maxLength: 6 }).map(concat),
  fc
    .tuple(
      fc.constantFrom(...[0x41, 0x4d, 0x51, 0x50].map((_, i, a) => a.slice(0, i + 1))),
      fc.uint8Array({ maxLength: 8 }),
    )
    .map(([head, tail]) => concat([Uint8Array.from(head), tail])),
);

/** The ids of a real method (or random ones), then random or real-but-mutated arguments. */
const methodPayload: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc
    .tuple(fc.constantFrom(...protocol.methods), fc.uint8Array({ maxLength: 48 }))
    .map(([m, tail]) =>
      concat([Uint8Array.of(m.classId >> 8, m.classId & 0xff, m.methodId >> 8, m.methodId & 0xff), tail]),
    ),
  fc
    .tuple(methodFrame, fc.array(mutation, { maxLength: 3 }))
    .map(([f, muts]) => mutate({ bytes: f.subarray(7, f.length - 1), starts: [0] }, muts)),
);

const headerPayload: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc
    .tuple(
      fc.uint8Array({ minLength: 10, maxLength: 10 }),
      fc.integer({ min: 0, max: 0xffff }),
      fc.uint8Array({ maxLength: 48 }),
    )
    .map(([size, flags, tail]) =>
      concat([Uint8Array.of(0, 60, 0, 0), size.subarray(0, 8), Uint8Array.of(flags >> 8, flags & 0xff), tail]),
    ),
  fc
    .tuple(headerFrame, fc.array(mutation, { maxLength: 3 }))
    .map(([f, muts]) => mutate({ bytes: f.subarray(7, f.length - 1), starts: [0] }, muts)),
);

const tableBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.uint8Array({ maxLength: 60 }).map((b) => concat([Uint8Array.of(0, 0, 0, b.length), b])),
  fc
    .tuple(fieldTable(), fc.array(mutation, { maxLength: 3 }))
    .map(([t, muts]) => mutate({ bytes: encodeTable(t, 't'), starts: [0] }, muts)),
);

// ---------------------------------------------------------------------------------------------
// Hostile JS values for the encoders

const reference = { a: 1, b: [true, 'x'], c: { d: null } };
const REFERENCE_BYTES = encodeTable(reference, 'reference');

/** After any outcome the shared scratch encoder still gives the same bytes. */
function checkEncoderState(): void {
  deepStrictEqual(encodeTable(reference, 'reference'), REFERENCE_BYTES);
}

class Point {
  x = 1;
}

function throwingGetter(): object {
  const o: Record<string, unknown> = { before: 1 };
  Object.defineProperty(o, 'boom', {
    enumerable: true,
    get() {
      throw USER_ERROR;
    },
  });
  return o;
}

function throwingProxy(): object {
  return new Proxy(
    {},
    {
      getPrototypeOf() {
        throw USER_ERROR;
      },
      get() {
        throw USER_ERROR;
      },
    },
  );
}

/** A getter that encodes another table while the outer one is being encoded. */
function reentrantGetter(): object {
  const o = {};
  Object.defineProperty(o, 'k', {
    enumerable: true,
    get() {
      encodeTable({ inner: [1, 2, 3], s: 'x'.repeat(100) }, 'inner');
      return 'outer';
    },
  });
  return o;
}

function cyclic(kind: number): object {
  if (kind === 0) {
    const o: Record<string, unknown> = { a: 1 };
    o.self = o;
    return o;
  }
  if (kind === 1) {
    const a: unknown[] = [1];
    a.push(a);
    return { a };
  }
  const o: Record<string, unknown> = {};
  o.t = field.table(o as FieldTable);
  return o;
}

function nested(depth: number, array: boolean): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = array ? [v] : { n: v };
  return v;
}

const HUGE_STRING = 'h'.repeat(3 * 1024 * 1024);

const anything = fc.anything({
  maxDepth: 3,
  maxKeys: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const typedPayload = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.constantFrom(-0, NaN, 2 ** 53, 2 ** 64, -1, 256, 65536, 2 ** 31, 2 ** 32),
  fc.string(),
  fc.boolean(),
  fc.uint8Array({ maxLength: 8 }),
  fc.constant(null),
);

const typedValue = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'bool',
        'i8',
        'u8',
        'i16',
        'u16',
        'i32',
        'u32',
        'i64',
        'f32',
        'f64',
        'timestamp',
        'longstr',
        'bytes',
      ),
      typedPayload,
    )
    .map(([t, v]) => (field as unknown as Record<string, (x: unknown) => unknown>)[t](v)),
  fc.tuple(typedPayload, typedPayload).map(([s, v]) => field.decimal(s as number, v as number)),
  fc.constant(field.void()),
  fc.array(typedPayload, { maxLength: 3 }).map((a) => field.array(a as never)),
  fc.dictionary(fc.string({ maxLength: 4 }), typedPayload, { maxKeys: 3 }).map((t) => field.table(t as never)),
  // Forged brands: plain objects that claim to be typed values or decimals.
  fc
    .tuple(fc.oneof(fc.constantFrom('i8', 'table', 'nope'), fc.string()), typedPayload)
    .map(([type, value]) => ({ [Symbol.for('amqp-0-9-1.field.typed-value')]: true, type, value })),
  fc
    .tuple(typedPayload, typedPayload)
    .map(([scale, value]) => ({ [Symbol.for('amqp-0-9-1.field.decimal')]: true, scale, value })),
);

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: anything },
  { weight: 3, arbitrary: typedValue },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      NaN,
      -0,
      Infinity,
      -Infinity,
      2 ** 53,
      -(2 ** 53),
      2 ** 63,
      Number.MAX_SAFE_INTEGER,
      2n ** 63n - 1n,
      -(2n ** 63n),
      2n ** 63n,
      -(2n ** 63n) - 1n,
      2n ** 64n,
      undefined,
      Symbol('s'),
      () => 1,
      class {},
      new Date(0),
      new Map([['a', 1]]),
      new Set([1]),
      new Int16Array(2),
      new Uint8ClampedArray(2),
      new ArrayBuffer(2),
      new DataView(new ArrayBuffer(1)),
      /re/,
      new Error('e'),
      new Point(),
      Object.create({ inherited: 1 }),
      Buffer.from('buffer'),
      new Uint8Array(new ArrayBuffer(16), 3, 5),
      { ['__proto__']: 1 },
      JSON.parse('{"__proto__": {"x": 1}}'),
      { ['k'.repeat(256)]: 1 },
      { ['é'.repeat(128)]: 1 },
      { ['é'.repeat(127) + 'a']: 1 },
      // eslint-disable-next-line no-sparse-arrays -- a hole, which reads as undefined, is the case under test
      [1, , 3],
      new Array(3),
      Object.assign([1, 2], { extra: 'ignored' }),
      Object.freeze({ frozen: true }),
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 }).map(cyclic) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 60, max: 68 }), fc.boolean()).map(([d, a]) => nested(d, a)),
  },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 2).map((k) => [throwingGetter, throwingProxy, reentrantGetter][k]()) },
  { weight: 1, arbitrary: fc.constant(HUGE_STRING) },
);

/** Valid leaves too, so that a fair share of the hostile tables still encode. */
const validLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.double(),
  fc.maxSafeInteger(),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.uint8Array({ maxLength: 8 }),
  fc.constant(null),
);

const hostile: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; table: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 2, arbitrary: hostileLeaf },
    { weight: 3, arbitrary: validLeaf },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: tie('table') },
  ),
  table: fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('value'), { maxKeys: 4 }),
})).value;

/** A decoded table (tags recorded) with some entries replaced by hostile or valid values. */
const decodedThenChanged: fc.Arbitrary<unknown> = fc
  .tuple(
    fieldTable(),
    fc.array(fc.tuple(fc.nat(), fc.oneof(hostile, validOf('table'), fc.integer())), { maxLength: 3 }),
  )
  .map(([t, changes]) => {
    const decoded = decodeTable(new Reader(encodeTable(t, 't')), 't') as Record<string, unknown>;
    const keys = Object.keys(decoded);
    for (const [k, v] of changes) {
      const key = keys.length > 0 && k % 2 === 0 ? keys[k % keys.length] : `new${k}`;
      decoded[key] = v;
    }
    return decoded;
  });

const hostileTable: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), hostile, { maxKeys: 5 }) },
  { weight: 2, arbitrary: decodedThenChanged },
  { weight: 1, arbitrary: hostile },
);

/** Encoder outcome against the model: throws typed/user error iff the model rejects; else same values. */
function checkEncoder(encode: () => Uint8Array, expected: () => unknown, decode: (bytes: Uint8Array) => unknown): void {
  const model = runModel(expected);
  let bytes: Uint8Array | undefined;
  try {
    bytes = encode();
  } catch (e) {
    if (e === USER_ERROR) {
      if (model.rejected === undefined) throw new FuzzFailure('user error propagated where the model reads no getter');
      count('encode: user exception passed through');
      return;
    }
    if (!isAmqpError(e)) {
      throw new FuzzFailure(`encoder threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
    if (e.kind !== 'encode') throw new FuzzFailure(`encode error of kind ${e.kind}`);
    if (model.rejected === undefined) throw new FuzzFailure(`encoder refused what the model accepts: ${e.message}`);
    count('encode: typed error');
    return;
  } finally {
    checkEncoderState();
  }
  if (model.rejected !== undefined)
    throw new FuzzFailure(`encoder accepted what the model rejects (${model.rejected})`);
  deepStrictEqual(decode(bytes), model.value);
  count('encode: bytes decode to the model value');
}

const payloadOf = (f: Uint8Array): Uint8Array => f.subarray(7, f.length - 1);

/** Mostly valid values (so that a fair share of cases encode), sometimes hostile, undefined or null. */
const hostileOr = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 24, arbitrary: valid },
    { weight: 2, arbitrary: hostileLeaf },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
  );

const hostileProperties = fc.record(
  Object.fromEntries(
    Object.entries(PROPERTY_TYPES).map(([k, t]) => [k, hostileOr(t === 'table' ? hostileTable : validOf(t))]),
  ),
  { requiredKeys: [] },
);

const hostileMethod = fc
  .constantFrom(...protocol.methods)
  .chain((m) =>
    fc.tuple(
      fc.constant(m),
      fc.oneof(
        { weight: 9, arbitrary: channelOf(m) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>(1, -1, 65536, 1.5, NaN, '1') },
      ),
      fc.record(
        Object.fromEntries(
          m.fields
            .filter((f) => !f.reserved)
            .map((f) => [f.name, hostileOr(f.type === 'table' ? hostileTable : validOf(f.type as WireType))]),
        ),
      ),
    ),
  );

// ---------------------------------------------------------------------------------------------

export const TARGETS: readonly FuzzTarget[] = [
  {
    name: 'FrameParser + decodeFrame: random and plausible byte streams in random chunks',
    ciRuns: 3000,
    property: () =>
      fc.property(parserOptions, randomStream, chunking, (options, bytes, how) =>
        timed(() => {
          for (const f of feed(options, chunksOf(bytes, how)).frames) checkFrame(f);
        }),
      ),
  },
  {
    name: 'FrameParser: valid streams split anywhere give the same frames',
    ciRuns: 1000,
    property: () =>
      fc.property(validStream, chunking, (s, how) =>
        timed(() => {
          const whole = feed({ frameMax: 0 }, [s.bytes]);
          const split = feed({ frameMax: 0 }, chunksOf(s.bytes, how));
          if (whole.error || split.error) throw whole.error ?? split.error;
          deepStrictEqual(
            split.frames.map((f) => [f.type, f.channel, Buffer.from(f.payload).toString('hex')]),
            whole.frames.map((f) => [f.type, f.channel, Buffer.from(f.payload).toString('hex')]),
          );
          if (whole.frames.length !== s.starts.length) throw new FuzzFailure('frame count differs');
          for (const f of split.frames) checkFrame(f);
        }),
      ),
  },
  {
    name: 'FrameParser + decodeFrame: mutated valid streams (flips, truncation, lengths, frame end, insert/delete)',
    ciRuns: 3000,
    property: () =>
      fc.property(
        parserOptions,
        validStream,
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        chunking,
        (options, s, muts, how) =>
          timed(() => {
            for (const f of feed(options, chunksOf(mutate(s, muts), how)).frames) checkFrame(f);
          }),
      ),
  },
  {
    name: 'decodeMethod: random and mutated payloads',
    ciRuns: 5000,
    property: () =>
      decodesAsFrame(methodPayload, 'decodeMethod', decodeMethod, (m) => ({
        type: 1,
        channel: channelZeroOnly.has(m.name) ? 0 : 1,
      })),
  },
  {
    name: 'decodeContentHeader: random and mutated payloads',
    ciRuns: 3000,
    property: () =>
      decodesAsFrame(headerPayload, 'decodeContentHeader', decodeContentHeader, () => ({ type: 2, channel: 1 })),
  },
  {
    name: 'decodeFrame: any channel, any payload, frame types 1/2/3/8',
    ciRuns: 3000,
    property: () =>
      fc.property(
        fc.constantFrom(1, 2, 3, 8),
        fc.integer({ min: 0, max: 0xffff }),
        fc.oneof(methodPayload, headerPayload),
        (type, channel, payload) => timed(() => checkFrame({ type: type as Frame['type'], channel, payload })),
      ),
  },
  {
    name: 'decodeTable / Reader#table: random and mutated tables, in a window of a larger buffer',
    ciRuns: 5000,
    property: () =>
      fc.property(tableBytes, fc.uint8Array({ maxLength: 8 }), fc.uint8Array({ maxLength: 8 }), (t, before, after) =>
        timed(() => {
          const r = typedOrOk('decodeTable', () => decodeTable(new Reader(t), 't'));
          const big = concat([before, t, after]);
          const windowed = typedOrOk('Reader#table', () =>
            new Reader(big, before.length, before.length + t.length).table('t'),
          );
          if ((r.error === undefined) !== (windowed.error === undefined)) {
            throw new FuzzFailure('a window of a larger buffer decodes differently');
          }
          if (r.value) {
            deepStrictEqual(normal(windowed.value), normal(r.value));
            checkTableRoundTrip(r.value);
            count('decode: table');
          } else {
            countTypedError('decode', r.error!);
          }
        }),
      ),
  },
  {
    name: 'encodeTable: arbitrary JS values (cycles, getters, proxies, symbols, bigints, deep nesting…)',
    ciRuns: 3000,
    property: () =>
      fc.property(hostileTable, (t) =>
        timed(() =>
          checkEncoder(
            () => encodeTable(t as FieldTable, 'headers'),
            () => modelTable(t),
            (b) => normal(decodeTable(new Reader(b), 'headers')),
          ),
        ),
      ),
  },
  {
    name: 'encodeBasicHeader: arbitrary property values and body sizes',
    ciRuns: 2000,
    property: () =>
      fc.property(
        fc.oneof(
          { weight: 9, arbitrary: fc.integer({ min: 0, max: 0xffff }) },
          { weight: 1, arbitrary: fc.constantFrom<unknown>(-1, 65536, 0.5, '1') },
        ),
        hostileOr(u64()),
        hostileProperties,
        (channel, size, props) =>
          timed(() =>
            checkEncoder(
              () => encodeBasicHeader(channel as number, size as number, props),
              () => {
                modelField('short', channel);
                if (channel === 0) throw new Reject('content header on channel 0');
                const properties: Record<string, unknown> = {};
                for (const [k, t] of Object.entries(PROPERTY_TYPES)) {
                  const v = (props as Record<string, unknown>)[k];
                  if (v != null) properties[k] = modelField(t, v);
                }
                return { bodySize: modelField('longlong', size), properties };
              },
              (b) => {
                const h = decodeContentHeader(payloadOf(b));
                return { bodySize: normal(h.bodySize), properties: normal(h.properties) };
              },
            ),
          ),
      ),
  },
  {
    name: 'encodeMethod: arbitrary argument values for every method',
    ciRuns: 3000,
    property: () =>
      fc.property(hostileMethod, ([m, channel, args]) =>
        timed(() =>
          checkEncoder(
            () => encodeMethod(channel as number, { name: m.fullName, args } as MethodInput),
            () => {
              modelField('short', channel);
              if (m.channelZeroOnly && channel !== 0) throw new Reject('connection method off channel 0');
              if (!m.channelZeroOnly && channel === 0) throw new Reject('method of a channel class on channel 0');
              const out: Record<string, unknown> = {};
              for (const f of m.fields) {
                if (!f.reserved)
                  out[f.name] = modelField(f.type as WireType, (args as Record<string, unknown>)[f.name]);
              }
              return out;
            },
            (b) => normal(decodeMethod(payloadOf(b)).args),
          ),
        ),
      ),
  },
];
