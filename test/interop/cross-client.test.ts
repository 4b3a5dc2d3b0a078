/**
 * Cross-client through RabbitMQ 3.10: amqplib publishes and our client consumes, and the reverse;
 * body, properties and headers (with their wire types) arrive as sent.
 */
import { field, fieldTypeOf, type BasicProperties } from '@amqp-codegen/protocol';
import * as amqplib from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Connection, Message } from '../../examples/client/index.js';
import { amqpUrl, open, skipInterop } from './helpers.js';

const COMMON = {
  contentType: 'text/plain',
  contentEncoding: 'utf-8',
  deliveryMode: 2,
  priority: 7,
  correlationId: 'corr-42',
  replyTo: 'reply.here',
  expiration: '60000',
  messageId: 'msg-42',
  timestamp: 1_700_000_000,
  type: 'cross.client',
  userId: 'guest',
  appId: 'cross-client-test',
};

/** Header values that arrive as sent in either direction (each client picks their wire type). */
const PLAIN = {
  str: 'hello',
  small: 42,
  short: 1000,
  negativeShort: -1000,
  int: 100_000,
  long: 2 ** 40,
  double: 1.5,
  tenth: 0.1,
  yes: true,
  no: false,
  nothing: null,
  arr: [1, 'two', false, true],
  nested: { a: 1, b: 'two' },
};

describe.skipIf(skipInterop)('RabbitMQ 3.10: amqplib ⇄ examples/client', () => {
  let ours: Connection;
  let ch: Channel;
  let theirs: amqplib.ChannelModel;
  beforeAll(async () => {
    ours = await open();
    ch = await ours.openChannel();
    theirs = await amqplib.connect(amqpUrl());
  });
  afterAll(async () => {
    await ours?.close();
    await theirs?.close();
  });

  it('amqplib publishes, our client consumes: same body, properties and headers', async () => {
    const queue = (await ch.queueDeclare('', { exclusive: true })).queue;
    const got = new Promise<Message>((resolve) => void ch.consume(queue, resolve, { noAck: true }));
    const pub = await theirs.createConfirmChannel();
    pub.publish('', queue, Buffer.from('from amqplib'), {
      ...COMMON,
      headers: {
        // Bytes and amqplib's typed wrappers arrive as listed below.
        ...PLAIN,
        buf: Buffer.from([0, 255]),
        ubyte: { '!': 'unsignedbyte', value: 200 },
        ushort: { '!': 'unsignedshort', value: 60_000 },
        uint: { '!': 'unsignedint', value: 4_000_000_000 },
        float: { '!': 'float', value: 0.5 },
        time: { '!': 'timestamp', value: 1_700_000_000 },
        dec: { '!': 'decimal', value: { places: 2, digits: 12_345 } },
      },
    });
    await pub.waitForConfirms();
    const m = await got;

    expect(new TextDecoder().decode(m.body)).toBe('from amqplib');
    const { headers, ...rest } = m.properties;
    expect(rest).toEqual(COMMON);
    expect(rest.reserved).toBeUndefined();
    expect(headers).toEqual({
      ...PLAIN,
      buf: new Uint8Array([0, 255]),
      ubyte: 200,
      ushort: 60_000,
      uint: 4_000_000_000,
      float: 0.5,
      time: 1_700_000_000,
      dec: { scale: 2, value: 12_345 },
    });
    const types = Object.fromEntries(Object.keys(headers!).map((k) => [k, fieldTypeOf(headers!, k)]));
    expect(types).toEqual({
      str: 'longstr',
      small: 'i8',
      short: 'i16',
      negativeShort: 'i16',
      int: 'i32',
      long: 'i64',
      double: 'f64',
      tenth: 'f64',
      yes: 'bool',
      no: 'bool',
      nothing: 'void',
      buf: 'bytes',
      arr: 'array',
      nested: 'table',
      ubyte: 'u8',
      ushort: 'u16',
      uint: 'u32',
      float: 'f32',
      time: 'timestamp',
      dec: 'decimal',
    });
    await pub.close();
  });

  it('our client publishes, amqplib consumes: same body, properties and headers', async () => {
    const sub = await theirs.createChannel();
    const queue = (await sub.assertQueue('', { exclusive: true })).queue;
    const got = new Promise<amqplib.ConsumeMessage>((resolve) => {
      void sub.consume(queue, (msg) => msg && resolve(msg), { noAck: true });
    });
    const properties: BasicProperties = {
      ...COMMON,
      reserved: 'cluster-x', // amqplib calls it clusterId
      headers: {
        // Bytes and our typed values arrive as listed below.
        ...PLAIN,
        buf: new Uint8Array([0, 255]),
        ubyte: field.u8(200),
        ushort: field.u16(60_000),
        uint: field.u32(4_000_000_000),
        float: field.f32(0.5),
        time: field.timestamp(1_700_000_000),
        dec: field.decimal(2, 12_345),
      },
    };
    ch.publish('', queue, 'from examples/client', properties);
    const msg = await got;

    expect(msg.content.toString()).toBe('from examples/client');
    expect(msg.fields).toMatchObject({ exchange: '', routingKey: queue, redelivered: false });
    const { headers, clusterId, ...rest } = msg.properties as typeof msg.properties & { clusterId?: string };
    expect(rest).toEqual(COMMON);
    expect(clusterId).toBe('cluster-x');
    expect(headers).toEqual({
      ...PLAIN,
      buf: Buffer.from([0, 255]),
      ubyte: 200,
      ushort: 60_000,
      uint: 4_000_000_000,
      float: 0.5,
      time: { '!': 'timestamp', value: 1_700_000_000 },
      dec: { '!': 'decimal', value: { places: 2, digits: 12_345 } },
    });
    await sub.close();
  });
});
