/**
 * Against @cloudamqp/amqp-client 4.1.1, without a network: messages (deliver / get-ok / return +
 * header + bodies) we encode come out of its parser as the same message, and what its basicPublish
 * writes decodes in ours to the same publish, properties, headers and body. Then its known
 * deviations ("C<n>" in docs/differences.md), each with the exact input.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  FrameParser,
  Reader,
  decodeFrame,
  decodeTable,
  encodeBasicHeader,
  encodeBodyFrames,
  encodeMethod,
  encodeTable,
  field,
  type BasicProperties,
  type DecodedFrame,
  type FieldTable,
  type MethodInput,
} from '../../generated/src/index.js';
import type { AMQPProperties } from '@cloudamqp/amqp-client/amqp-properties';
import { CLOUDAMQP_MIN_FRAME_MAX, CLOUDAMQP_VERSION, FakeConnection, secondsOf } from './cloudamqp.js';
import { RUNS, TIMEOUT, basicProperties, normal, plainValue, shortstr, tableKey, wellFormed } from './values.js';
import { toHex } from '../helpers/bytes.js';

const FRAME_MAX = CLOUDAMQP_MIN_FRAME_MAX;
const str = shortstr('valid');
/** Seconds a JS Date can hold (±8.64e15 ms). */
const dateSeconds = fc.integer({ min: 0, max: 8.64e12 });
const body = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: FRAME_MAX - 16, maxLength: 3 * FRAME_MAX }) },
);

/** Its values in our normal form: Dates → seconds, byte arrays → bytes, objects → plain. */
function normalCloud(v: unknown): unknown {
  if (v instanceof Date) return secondsOf(v);
  if (typeof v !== 'object' || v === null || v instanceof Uint8Array) return normal(v);
  if (Array.isArray(v)) return v.map(normalCloud);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined) Object.defineProperty(out, k, { value: normalCloud(x), enumerable: true });
  }
  return out;
}

describe(`our frames → its parser (${RUNS * 5} runs)`, () => {
  // Its decoder reads every tag we write for plain values; 64-bit integers only up to 2^53, and
  // a __proto__ key would replace the prototype of its decoded table (C8).
  const headers = fc.dictionary(
    tableKey(),
    plainValue(
      { strings: 'valid', bytes: 'uint8array', undefinedValues: true },
      fc.oneof(
        fc.double().filter((d) => !Number.isInteger(d) || Number.isSafeInteger(d)),
        fc.maxSafeInteger(),
        fc.integer(),
        fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }),
      ),
    ),
    { maxKeys: 5 },
  ) as fc.Arbitrary<FieldTable>;

  // All but `reserved` (cluster-id, C4), any values (falsy ones too: its decoder reads the flags).
  const properties = basicProperties({ headers, timestamp: dateSeconds });

  const tag = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
  const method: fc.Arbitrary<MethodInput> = fc.oneof(
    fc
      .record({ consumerTag: str, deliveryTag: tag, redelivered: fc.boolean(), exchange: str, routingKey: str })
      .map((args) => ({ name: 'basic.deliver', args }) as const),
    fc
      .record({
        deliveryTag: tag,
        redelivered: fc.boolean(),
        exchange: str,
        routingKey: str,
        messageCount: fc.integer({ min: 0, max: 0xffffffff }),
      })
      .map((args) => ({ name: 'basic.get-ok', args }) as const),
    fc
      .record({ replyCode: fc.integer({ min: 0, max: 0xffff }), replyText: str, exchange: str, routingKey: str })
      .map((args) => ({ name: 'basic.return', args }) as const),
  );

  it('deliver / get-ok / return + header + body frames come out as the same message', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), method, properties, body, (channel, m, props, content) => {
        const conn = new FakeConnection(FRAME_MAX);
        conn.openChannel(channel);
        conn.receive(
          encodeMethod(channel, m),
          encodeBasicHeader(channel, content.length, props),
          ...encodeBodyFrames(channel, content, FRAME_MAX),
        );
        expect(conn.messages).toHaveLength(1);
        const msg = conn.messages[0];
        const args = m.args as unknown as Record<string, unknown>;
        expect(msg.exchange).toBe(args.exchange);
        expect(msg.routingKey).toBe(args.routingKey);
        if (m.name === 'basic.deliver') {
          expect([msg.consumerTag, msg.deliveryTag, msg.redelivered]).toEqual([
            args.consumerTag,
            args.deliveryTag,
            args.redelivered,
          ]);
        } else if (m.name === 'basic.get-ok') {
          expect([msg.deliveryTag, msg.redelivered, msg.messageCount]).toEqual([
            args.deliveryTag,
            args.redelivered,
            args.messageCount,
          ]);
        } else {
          expect([msg.replyCode, msg.replyText]).toEqual([args.replyCode, args.replyText]);
        }
        expect(msg.bodySize).toBe(content.length);
        expect(toHex(msg.body as Uint8Array)).toBe(toHex(content));
        expect(normalCloud(msg.properties)).toEqual(normal(props));
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

describe(`its publish → our parser (${RUNS * 5} runs)`, () => {
  // Values its encoder writes without loss (C2, C3, C10, C11 are the others).
  const number = fc.oneof(
    fc.integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 }).filter((v) => !Object.is(v, -0)),
    fc.maxSafeInteger().filter((v) => Math.abs(v) >= 2 ** 32),
    fc.float({ noDefaultInfinity: false }).filter((v) => !Number.isInteger(v)), // float32-exact fractions
    fc.double().filter((v) => !Number.isInteger(v) && !(Math.abs(v) < 2 ** 32)), // d: large, ±Infinity, NaN
  );
  const value = plainValue({ strings: 'valid', bytes: 'uint8array', undefinedValues: true }, number, [
    fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    fc.integer({ min: 0, max: 8.64e15 }).map((ms) => new Date(ms)),
  ]);
  const headers = fc.dictionary(tableKey(), value, { maxKeys: 5 });

  /** What we decode from its encoding: Dates as T seconds (floored), undefined array items as V. */
  function expected(v: unknown): unknown {
    if (v instanceof Date) return Math.floor(v.getTime() / 1000);
    if (v === undefined) return null;
    if (typeof v !== 'object' || v === null || v instanceof Uint8Array) return normal(v);
    if (Array.isArray(v)) return v.map(expected);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) Object.defineProperty(out, wellFormed(k), { value: expected(x), enumerable: true });
    }
    return out;
  }

  const nonEmpty = str.filter((s) => s !== '');
  const positive = fc.integer({ min: 1, max: 255 });
  // Falsy values are dropped by its encoder (C1), so these are truthy.
  const properties = fc.record(
    {
      contentType: nonEmpty,
      contentEncoding: nonEmpty,
      headers,
      deliveryMode: positive,
      priority: positive,
      correlationId: nonEmpty,
      replyTo: nonEmpty,
      expiration: nonEmpty,
      messageId: nonEmpty,
      timestamp: fc.integer({ min: 0, max: 8.64e15 }).map((ms) => new Date(ms)),
      type: nonEmpty,
      userId: nonEmpty,
      appId: nonEmpty,
    },
    { requiredKeys: [] },
  );

  it('basicPublish frames decode to the same publish, properties, headers and body', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        str,
        str,
        properties,
        body,
        fc.boolean(),
        fc.boolean(),
        (channel, exchange, routingKey, props, content, mandatory, immediate) => {
          const conn = new FakeConnection(FRAME_MAX);
          const ch = conn.openChannel(channel);
          void ch.basicPublish(exchange, routingKey, content, props as AMQPProperties, mandatory, immediate);
          expect(conn.sent).toHaveLength(1);
          const wire = conn.sent[0];

          const parser = new FrameParser({ frameMax: FRAME_MAX });
          const frames = parser.push(wire).map(decodeFrame);
          parser.finish();
          const bodies = Math.ceil(content.length / (FRAME_MAX - 8));
          expect(frames.map((f) => [f.type, f.channel])).toEqual([
            ['method', channel],
            ['header', channel],
            ...Array.from({ length: bodies }, () => ['body', channel]),
          ]);
          const [m, h, ...b] = frames as [
            Extract<DecodedFrame, { type: 'method' }>,
            Extract<DecodedFrame, { type: 'header' }>,
            ...Extract<DecodedFrame, { type: 'body' }>[],
          ];
          expect(m.method.name).toBe('basic.publish');
          expect(m.method.args).toEqual({ exchange, routingKey, mandatory, immediate });
          expect(h.header.bodySize).toBe(content.length);
          expect(normal(h.header.properties)).toEqual(expected(props));
          expect(toHex(Buffer.concat(b.map((x) => x.body)))).toBe(toHex(content));

          // Method and body frames are byte-identical to ours; the header too when it has no table.
          const ours = [
            encodeMethod(channel, { name: 'basic.publish', args: { exchange, routingKey, mandatory, immediate } }),
            ...(props.headers === undefined
              ? [
                  encodeBasicHeader(channel, content.length, {
                    ...props,
                    timestamp: props.timestamp && Math.floor(props.timestamp.getTime() / 1000),
                  } as BasicProperties),
                ]
              : []),
          ];
          expect(
            toHex(
              wire.subarray(
                0,
                ours.reduce((n, f) => n + f.length, 0),
              ),
            ),
          ).toBe(ours.map((f) => toHex(f)).join(''));
          const bodyFrames = encodeBodyFrames(channel, content, FRAME_MAX);
          const bodyBytes = bodyFrames.reduce((n, f) => n + f.length, 0);
          expect(toHex(wire.subarray(wire.length - bodyBytes))).toBe(bodyFrames.map((f) => toHex(f)).join(''));
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });
});

/** Its publish of one message, as our decoder reads it. */
function publishThroughOurs(props: Record<string, unknown>): { properties: BasicProperties; wire: Uint8Array } {
  const conn = new FakeConnection();
  void conn.openChannel(1).basicPublish('', 'rk', null, props);
  const frames = new FrameParser().push(conn.sent[0]).map(decodeFrame);
  const header = frames.find((f) => f.type === 'header') as Extract<DecodedFrame, { type: 'header' }>;
  return { properties: header.header.properties, wire: conn.sent[0] };
}

/** A deliver + header through its parser; returns its message, or the error its parser threw. */
function deliverThroughCloud(props: BasicProperties): { properties?: unknown; error?: unknown } {
  const conn = new FakeConnection();
  conn.openChannel(1);
  const deliver = { consumerTag: 'c', deliveryTag: 1, redelivered: false, exchange: '', routingKey: '' };
  conn.receive(encodeMethod(1, { name: 'basic.deliver', args: deliver }));
  try {
    conn.receive(encodeBasicHeader(1, 0, props));
  } catch (error) {
    return { error };
  }
  return { properties: conn.messages[0]?.properties };
}

/** Its table decoder (AMQPView#getTable) on our bytes. */
function cloudTable(bytes: Uint8Array): Record<string, unknown> {
  const conn = new FakeConnection();
  conn.openChannel(1);
  const deliver = { consumerTag: 'c', deliveryTag: 1, redelivered: false, exchange: '', routingKey: '' };
  conn.receive(encodeMethod(1, { name: 'basic.deliver', args: deliver }));
  // A header frame whose only property is the given headers table.
  const header = encodeBasicHeader(1, 0, { headers: {} });
  const frame = new Uint8Array(header.length - 4 + bytes.length);
  frame.set(header.subarray(0, 21));
  frame.set(bytes, 21);
  frame[frame.length - 1] = 0xce;
  new DataView(frame.buffer).setUint32(3, frame.length - 8);
  conn.receive(frame);
  return conn.messages[0].properties.headers as Record<string, unknown>;
}

const b = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/\s/g, ''), 'hex'));
const encodeTable1 = (t: FieldTable): Uint8Array => encodeTable(t, 't');

describe('known differences from @cloudamqp/amqp-client', () => {
  it('is the pinned 4.1.1', () => expect(CLOUDAMQP_VERSION).toBe('4.1.1'));

  it('C1: falsy properties are not written by its publish (priority 0, delivery-mode 0, empty strings); we write every non-null one', () => {
    const props = { priority: 0, deliveryMode: 0, contentType: '', appId: 'a' };
    expect(publishThroughOurs(props).properties).toEqual({ appId: 'a' });
    const ours = encodeBasicHeader(1, 0, props);
    expect((ours[19] << 8) | ours[20]).toBe(0x8000 | 0x1000 | 0x0800 | 0x0008);
    // A Date is an object, so an epoch timestamp is still written.
    expect(publishThroughOurs({ timestamp: new Date(0) }).properties).toEqual({ timestamp: 0 });
  });

  it('C2: integers with 2^31 ≤ |v| < 2^32 are written as I and wrap (3000000000 → −1294967296); we write l', () => {
    const { properties } = publishThroughOurs({ headers: { a: 3000000000, b: -(2 ** 31) - 1, c: 2 ** 31 } });
    expect({ ...properties.headers }).toEqual({ a: -1294967296, b: 2 ** 31 - 1, c: -(2 ** 31) });
    expect(toHex(encodeTable1({ a: 3000000000 }))).toBe('0000000b' + '0161' + '6c' + '00000000b2d05e00');
  });

  it('C3: fractions with |v| < 2^32 are written as float32 (0.1 → 0.10000000149011612); we write d', () => {
    const { properties } = publishThroughOurs({ headers: { a: 0.1 } });
    expect(properties.headers!.a).toBe(Math.fround(0.1));
    expect(properties.headers!.a).not.toBe(0.1);
    expect(decodeTable(new Reader(encodeTable1({ a: 0.1 })), 't').a).toBe(0.1);
  });

  it('C4: cluster-id (flag 0x0004) is not decoded, and its parser then reads the leftover bytes as a new frame: RangeError', () => {
    const r = deliverThroughCloud({ appId: 'a', reserved: 'cid' });
    expect(r.error).toBeInstanceOf(RangeError);
    expect(deliverThroughCloud({ appId: 'a' }).properties).toEqual({ appId: 'a' });
  });

  it('C5: its parser resumes after the fields it read, not at the frame end: trailing method bytes also give a RangeError', () => {
    const conn = new FakeConnection();
    conn.openChannel(1);
    const deliver = encodeMethod(1, {
      name: 'basic.deliver',
      args: { consumerTag: 'c', deliveryTag: 1, redelivered: false, exchange: '', routingKey: '' },
    });
    const padded = new Uint8Array([...deliver.subarray(0, deliver.length - 1), 1, 2, 3, 0xce]);
    new DataView(padded.buffer).setUint32(3, padded.length - 8);
    expect(() => conn.receive(padded)).toThrow(RangeError);
  });

  it('C6: a t octet other than 1 reads as false there; as true here (RabbitMQ: non-zero)', () => {
    const t = b('00000004 01 6b 74 02');
    expect(cloudTable(t)).toEqual({ k: false });
    expect(decodeTable(new Reader(t), 't').k).toBe(true);
  });

  it('C7: D is read as value / 10^scale with an unsigned value (scale 2, −1 → 42949672.95); ours is { scale, value } signed', () => {
    const d = b('00000008 01 6b 44 02 ffffffff');
    expect(cloudTable(d)).toEqual({ k: 42949672.95 });
    expect({ ...(decodeTable(new Reader(d), 't').k as object) }).toEqual({ scale: 2, value: -1 });
  });

  it('C8: 64-bit values above 2^53 (l, delivery-tag) are rounded; T is read signed into a Date', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const conn = new FakeConnection();
      conn.openChannel(1);
      const deliver = {
        consumerTag: 'c',
        deliveryTag: 2n ** 53n + 1n,
        redelivered: false,
        exchange: '',
        routingKey: '',
      };
      conn.receive(encodeMethod(1, { name: 'basic.deliver', args: deliver }), encodeBasicHeader(1, 0, {}));
      expect(conn.messages[0].deliveryTag).toBe(9007199254740992);
      expect(warn).toHaveBeenCalled();
    } catch (e) {
      warn.mockRestore();
      throw e;
    }
    warn.mockRestore();
    expect(cloudTable(b('0000000b 01 61 6c 0020000000000001'))).toEqual({ a: 9007199254740992 });
    expect(cloudTable(b('0000000b 01 61 54 ffffffffffffffff'))).toEqual({ a: new Date(-1000) });
    expect(decodeTable(new Reader(b('0000000b 01 61 54 ffffffffffffffff')), 't').a).toBe(2n ** 64n - 1n);
  });

  it('C9: a __proto__ key replaces the prototype of its decoded table; ours is data', () => {
    const t = b('00000017 09 5f5f70726f746f5f5f 46 00000008 01 61 53 00000001 62');
    const theirs = cloudTable(t);
    expect(Object.keys(theirs)).toEqual([]);
    expect((theirs as { a?: unknown }).a).toBe('b');
    expect(Object.keys(decodeTable(new Reader(t), 't'))).toEqual(['__proto__']);
  });

  it('C10: tags it does not know (L, U) throw Error "Field type \'76\' not supported"; we read them', () => {
    expect(() => cloudTable(b('0000000b 01 61 4c ffffffffffffffff'))).toThrow(/Field type '76' not supported/);
    expect(() => cloudTable(b('00000005 01 61 55 fffe'))).toThrow(/Field type '85' not supported/);
    expect(decodeTable(new Reader(b('0000000b 01 61 4c ffffffffffffffff')), 't').a).toBe(-1);
  });

  it('C11: undefined array items are written as V; we refuse them (Dates: T in whole seconds, floored, as we do)', () => {
    const { properties } = publishThroughOurs({ headers: { d: new Date(1999), u: [undefined] } });
    expect({ ...properties.headers }).toEqual({ d: 1, u: [null] });
    expect(toHex(encodeTable1({ d: new Date(1999) }))).toBe('0000000b016454' + '0000000000000001');
    expect(() => encodeTable1({ u: [undefined] } as never)).toThrow(/use null/);
    expect(toHex(encodeTable1({ d: field.timestamp(1) }))).toBe('0000000b016454' + '0000000000000001');
  });

  it('C12: −0 is written as I 0; small integers always as I (never b or s): same value, other bytes than amqplib and us', () => {
    const { properties, wire } = publishThroughOurs({ headers: { z: -0, n: 1 } });
    expect(Object.is(properties.headers!.z, 0)).toBe(true);
    expect(toHex(wire)).toContain('017a49' + '00000000' + '016e49' + '00000001');
    expect(toHex(encodeTable1({ n: 1 }))).toBe('00000004016e62' + '01');
  });

  it('C13: property flag continuation and unknown flag bits are ignored (the next flag word is read as a property)', () => {
    const conn = new FakeConnection();
    conn.openChannel(1);
    const deliver = { consumerTag: 'c', deliveryTag: 1, redelivered: false, exchange: '', routingKey: '' };
    conn.receive(encodeMethod(1, { name: 'basic.deliver', args: deliver }));
    // content-type 'a' after a continuation flag word: it reads 00 00 as an empty content-type.
    const header = b('02 0001 00000012 003c 0000 0000000000000000 8001 0000 01 61 ce');
    expect(() => conn.receive(header)).toThrow(RangeError);
    const ours = decodeFrame({ type: 2, channel: 1, payload: header.subarray(7, header.length - 1) });
    expect((ours as Extract<DecodedFrame, { type: 'header' }>).header.properties.contentType).toBe('a');
  });

  it('C15: it allocates the whole body when the header arrives; a body-size of 2^60 throws RangeError', () => {
    const conn = new FakeConnection();
    conn.openChannel(1);
    const deliver = { consumerTag: 'c', deliveryTag: 1, redelivered: false, exchange: '', routingKey: '' };
    conn.receive(encodeMethod(1, { name: 'basic.deliver', args: deliver }));
    // 2^60 is past the largest typed array on every Node version (2^32 + 1 is allowed from Node 22 on, and
    // would really allocate 4 GiB), so the throw shows the allocation without depending on the Node version.
    expect(() => conn.receive(encodeBasicHeader(1, 2n ** 60n, {}))).toThrow(/Invalid typed array length/);
    const h = decodeFrame({ type: 2, channel: 1, payload: encodeBasicHeader(1, 2n ** 64n - 1n, {}).subarray(7, -1) });
    expect((h as Extract<DecodedFrame, { type: 'header' }>).header.bodySize).toBe(2n ** 64n - 1n);
  });

  it('C14: a shortstr length past the frame: RangeError from Buffer, not a protocol error', () => {
    const conn = new FakeConnection();
    conn.openChannel(1);
    const deliver = { consumerTag: 'c', deliveryTag: 1, redelivered: false, exchange: '', routingKey: '' };
    conn.receive(encodeMethod(1, { name: 'basic.deliver', args: deliver }));
    const header = encodeBasicHeader(1, 0, { contentType: 'abc' });
    header[21] = 200;
    expect(() => conn.receive(header)).toThrow(RangeError);
  });
});
