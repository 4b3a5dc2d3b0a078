/**
 * Messages through RabbitMQ 3.10 arrive byte-identical: bodies of 0, 1, frame-max − 8 and 1 MiB
 * bytes (split into frames), all fourteen basic properties, and a headers table with every field
 * tag the broker accepts.
 */
import {
  Reader,
  decodeTable,
  encodeTable,
  field,
  fieldTypeOf,
  type BasicProperties,
  type FieldTable,
  type FieldType,
} from '@amqp-codegen/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Connection, FrameRecord, Message } from '../../examples/client/index.js';
import { hex, toHex } from '../helpers/bytes.js';
import { open, skipInterop } from './helpers.js';

/** The frames of the `index`-th message sent (basic.publish) or received (basic.deliver) on the log. */
function contentFrames(c: Connection, direction: 'sent' | 'received', index: number): FrameRecord[] {
  const name = direction === 'sent' ? 'basic.publish' : 'basic.deliver';
  const records = c.log.records.filter((r) => r.direction === direction && r.frame.type !== 'heartbeat');
  const starts = records.flatMap((r, i) => (r.frame.type === 'method' && r.frame.method.name === name ? [i] : []));
  const start = starts[index];
  const out = [records[start]];
  for (let i = start + 1; i < records.length && records[i].frame.type !== 'method'; i++) {
    if (records[i].channel === records[start].channel) out.push(records[i]);
  }
  return out;
}

function pattern(size: number): Uint8Array {
  const body = new Uint8Array(size);
  for (let i = 0; i < size; i++) body[i] = (i * 31 + (i >>> 8)) & 0xff;
  return body;
}

/**
 * A headers table with every tag RabbitMQ 3.10 parses (t b B s u I i l L f d D S x A T F V), as a
 * decoded table so that it re-encodes to exactly these bytes. `L` (signed 64-bit, RabbitMQ reads it
 * like `l`) has no `field.*` constructor: it is spliced in as bytes.
 */
function everyTagHeaders(): { table: FieldTable; bytes: Uint8Array; types: Record<string, FieldType> } {
  const typed: FieldTable = {
    t: field.bool(true),
    b: field.i8(-5),
    B: field.u8(250),
    s: field.i16(-30000),
    u: field.u16(60000),
    I: field.i32(-2_000_000_000),
    i: field.u32(4_000_000_000),
    l: field.i64(2n ** 62n + 1n),
    f: field.f32(1.5),
    d: field.f64(0.1),
    D: field.decimal(2, -12345),
    S: field.longstr('longstr €'),
    x: field.bytes(new Uint8Array([0, 1, 2, 0xfe, 0xff])),
    A: field.array([1, 'two', false, null, field.u16(7), [3.5]]),
    T: field.timestamp(1_700_000_000),
    F: field.table({ nested: { deep: 'yes' }, n: -1 }),
    V: field.void(),
  };
  const encoded = encodeTable(typed, 'headers');
  const entryL = hex('01 4c 4c fffffffffffffffe'); // key "L", tag L, −2
  const bytes = new Uint8Array(encoded.length + entryL.length);
  bytes.set(encoded);
  bytes.set(entryL, encoded.length);
  new DataView(bytes.buffer).setUint32(0, bytes.length - 4);
  const table = decodeTable(new Reader(bytes), 'headers');
  const types: Record<string, FieldType> = {
    t: 'bool',
    b: 'i8',
    B: 'u8',
    s: 'i16',
    u: 'u16',
    I: 'i32',
    i: 'u32',
    l: 'i64',
    f: 'f32',
    d: 'f64',
    D: 'decimal',
    S: 'longstr',
    x: 'bytes',
    A: 'array',
    T: 'timestamp',
    F: 'table',
    V: 'void',
    L: 'i64',
  };
  return { table, bytes, types };
}

describe.skipIf(skipInterop)('RabbitMQ 3.10: messages arrive byte-identical', () => {
  let c: Connection;
  let ch: Channel;
  let queue: string;
  const received: Message[] = [];
  let waiting: (() => void) | undefined;
  let sent = 0;

  /** Publishes through the default exchange to our queue; resolves with the delivery. */
  async function roundTrip(body: Uint8Array, properties: BasicProperties = {}): Promise<Message> {
    const index = sent++;
    ch.publish('', queue, body, properties);
    while (received.length <= index) await new Promise<void>((resolve) => (waiting = resolve));
    return received[index];
  }

  beforeAll(async () => {
    c = await open();
    ch = await c.openChannel();
    queue = (await ch.queueDeclare('', { exclusive: true })).queue;
    await ch.consume(
      queue,
      (m) => {
        received.push(m);
        waiting?.();
      },
      { noAck: true },
    );
  });
  afterAll(async () => {
    await c?.close();
  });

  it.each([
    ['empty', 0, 0],
    ['1 byte', 1, 1],
    ['frame-max − 8 = 131064 bytes (one full body frame)', 131_064, 1],
    ['1 MiB (9 body frames)', 1 << 20, 9],
  ])('body: %s', async (_, size, bodyFrames) => {
    expect(c.tune.frameMax).toBe(131_072);
    const body = pattern(size);
    const index = sent;
    const m = await roundTrip(body);
    expect(m.body.length).toBe(size);
    expect(Buffer.compare(m.body, body)).toBe(0);
    expect(m.header.bodySize).toBe(size);
    for (const direction of ['sent', 'received'] as const) {
      const frames = contentFrames(c, direction, index);
      expect(frames.map((r) => r.frame.type)).toEqual(['method', 'header', ...Array(bodyFrames).fill('body')]);
      for (const r of frames.slice(2)) expect(r.bytes.length).toBeLessThanOrEqual(131_072);
    }
  });

  it('all fourteen basic properties', async () => {
    const properties: BasicProperties = {
      contentType: 'application/json',
      contentEncoding: 'identity',
      headers: { 'x-string': 'value', 'x-int': 42 },
      deliveryMode: 2,
      priority: 0, // falsy, still present on the wire
      correlationId: 'correlation-1',
      replyTo: 'reply.to.queue',
      expiration: '60000',
      messageId: 'message-1',
      timestamp: 1_700_000_000,
      type: 'example.type',
      userId: 'guest', // RabbitMQ checks it against the logged-in user
      appId: 'interop-tests',
      reserved: 'cluster-1',
    };
    expect(Object.keys(properties)).toHaveLength(14);
    const index = sent;
    const m = await roundTrip(new TextEncoder().encode('{"all":"properties"}'), properties);
    expect(m.properties).toEqual(properties);
    for (const [key, value] of Object.entries(properties)) {
      expect(m.properties[key as keyof BasicProperties], key).toEqual(value);
    }
    // The content header travels unchanged: same payload (property flags 0xfffc) both ways.
    const [, sentHeader] = contentFrames(c, 'sent', index);
    const [, receivedHeader] = contentFrames(c, 'received', index);
    expect(toHex(receivedHeader.bytes.subarray(7))).toBe(toHex(sentHeader.bytes.subarray(7)));
    expect(toHex(receivedHeader.bytes.subarray(19, 21))).toBe('fffc');
  });

  it('a headers table with every field tag the broker accepts', async () => {
    const { table, bytes, types } = everyTagHeaders();
    const index = sent;
    const m = await roundTrip(new Uint8Array([1, 2, 3]), { headers: table });
    const headers = m.properties.headers!;

    expect(Object.keys(headers)).toEqual(Object.keys(types));
    for (const [key, type] of Object.entries(types)) expect(fieldTypeOf(headers, key), key).toBe(type);
    expect(headers).toEqual({
      t: true,
      b: -5,
      B: 250,
      s: -30000,
      u: 60000,
      I: -2_000_000_000,
      i: 4_000_000_000,
      l: 2n ** 62n + 1n,
      f: 1.5,
      d: 0.1,
      D: { scale: 2, value: -12345 },
      S: 'longstr €',
      x: new Uint8Array([0, 1, 2, 0xfe, 0xff]),
      A: [1, 'two', false, null, 7, [3.5]],
      T: 1_700_000_000,
      F: { nested: { deep: 'yes' }, n: -1 },
      V: null,
      L: -2,
    });
    // Re-encoding what arrived gives the bytes we built, tags included (`L` stays `L`).
    expect(toHex(encodeTable(headers, 'headers'))).toBe(toHex(bytes));
    const [, sentHeader] = contentFrames(c, 'sent', index);
    const [, receivedHeader] = contentFrames(c, 'received', index);
    expect(toHex(receivedHeader.bytes.subarray(7))).toBe(toHex(sentHeader.bytes.subarray(7)));
  });
});
