/**
 * Frames captured from RabbitMQ 3.10.8 (scripts/capture-frames.ts → test/fixtures/rabbitmq-3.10/):
 * each decodes to the values the capture script set up, and encoding the decoded value again gives
 * the captured bytes. No broker needed.
 */
import { readFileSync } from 'node:fs';
import {
  CONNECTION_FORCED,
  FrameParser,
  NOT_FOUND,
  NO_ROUTE,
  decodeFrame,
  encodeBasicHeader,
  encodeBodyFrames,
  encodeMethod,
  encodeTable,
  fieldTypeAt,
  fieldTypeOf,
  type DecodedFrame,
  type FieldTable,
} from '@amqp-codegen/protocol';
import { describe, expect, it } from 'vitest';
import { toHex } from './helpers/bytes.js';

const DIR = new URL('./fixtures/rabbitmq-3.10/', import.meta.url);

function load(name: string): { bytes: Uint8Array; frame: DecodedFrame } {
  const text = readFileSync(new URL(`${name}.hex`, DIR), 'utf8');
  expect(text).toMatch(/^[0-9a-f]+\n$/);
  const bytes = new Uint8Array(Buffer.from(text.trim(), 'hex'));
  const frames = new FrameParser().push(bytes);
  expect(frames).toHaveLength(1);
  return { bytes, frame: decodeFrame(frames[0]) };
}

/** Encodes a decoded frame again with the package's encoders. */
function reencode(frame: DecodedFrame): Uint8Array {
  switch (frame.type) {
    case 'method':
      return encodeMethod(frame.channel, frame.method); // a decoded Method is a valid MethodInput
    case 'header':
      return encodeBasicHeader(frame.channel, frame.header.bodySize, frame.header.properties);
    case 'body':
      return encodeBodyFrames(frame.channel, frame.body, 131072)[0];
    case 'heartbeat':
      throw new Error('no heartbeat fixtures');
  }
}

const text = (v: unknown): string => new TextDecoder().decode(v as Uint8Array);

const FIXTURES = [
  'connection-start',
  'connection-tune',
  'connection-open-ok',
  'channel-open-ok',
  'queue-declare-ok',
  'basic-consume-ok',
  'basic-deliver',
  'basic-deliver-header',
  'basic-deliver-body',
  'dead-letter-deliver',
  'dead-letter-header',
  'dead-letter-body',
  'basic-get-ok',
  'basic-get-ok-header',
  'basic-get-ok-body',
  'basic-get-empty',
  'basic-return',
  'basic-return-header',
  'basic-return-body',
  'channel-close-404',
  'connection-blocked',
  'connection-unblocked',
  'connection-close-320',
];

describe('frames captured from RabbitMQ 3.10.8', () => {
  it.each(FIXTURES)('%s re-encodes to the captured bytes', (name) => {
    const { bytes, frame } = load(name);
    expect(toHex(reencode(frame))).toBe(toHex(bytes));
  });

  it('connection.start', () => {
    const { bytes, frame } = load('connection-start');
    expect(bytes.length).toBe(526);
    expect(frame).toMatchObject({ type: 'method', channel: 0, method: { name: 'connection.start' } });
    if (frame.type !== 'method' || frame.method.name !== 'connection.start') throw new Error('unreachable');
    const args = frame.method.args;
    expect([args.versionMajor, args.versionMinor]).toEqual([0, 9]);
    expect(text(args.mechanisms)).toBe('PLAIN RABBIT-CR-DEMO AMQPLAIN');
    expect(text(args.locales)).toBe('en_US');
    expect(args.serverProperties).toEqual({
      capabilities: {
        publisher_confirms: true,
        exchange_exchange_bindings: true,
        'basic.nack': true,
        consumer_cancel_notify: true,
        'connection.blocked': true,
        consumer_priorities: true,
        authentication_failure_close: true,
        per_consumer_qos: true,
        direct_reply_to: true,
      },
      cluster_name: 'rabbit@localhost',
      copyright: 'Copyright (c) 2007-2022 VMware, Inc. or its affiliates.',
      information: 'Licensed under the MPL 2.0. Website: https://rabbitmq.com',
      platform: 'Erlang/OTP 25.2.3',
      product: 'RabbitMQ',
      version: '3.10.8',
    });
    // Only F, t and S appear; the capabilities are not sorted.
    expect(fieldTypeOf(args.serverProperties, 'capabilities')).toBe('table');
    expect(fieldTypeOf(args.serverProperties, 'version')).toBe('longstr');
    expect(Object.keys(args.serverProperties.capabilities as FieldTable)[0]).toBe('publisher_confirms');
  });

  it.each([
    ['connection-tune', 0, 'connection.tune', { channelMax: 2047, frameMax: 131072, heartbeat: 60 }],
    ['connection-open-ok', 0, 'connection.open-ok', {}],
    ['channel-open-ok', 1, 'channel.open-ok', {}],
    ['queue-declare-ok', 1, 'queue.declare-ok', { queue: 'capture.queue', messageCount: 0, consumerCount: 0 }],
    ['basic-consume-ok', 1, 'basic.consume-ok', { consumerTag: 'capture.consumer' }],
    [
      'basic-deliver',
      1,
      'basic.deliver',
      {
        consumerTag: 'capture.consumer',
        deliveryTag: 1,
        redelivered: false,
        exchange: '',
        routingKey: 'capture.queue',
      },
    ],
    [
      'dead-letter-deliver',
      1,
      'basic.deliver',
      {
        consumerTag: 'capture.dead-consumer',
        deliveryTag: 3,
        redelivered: false,
        exchange: '',
        routingKey: 'capture.dead',
      },
    ],
    [
      'basic-get-ok',
      1,
      'basic.get-ok',
      { deliveryTag: 4, redelivered: false, exchange: '', routingKey: 'capture.get', messageCount: 0 },
    ],
    ['basic-get-empty', 1, 'basic.get-empty', {}],
    [
      'basic-return',
      1,
      'basic.return',
      { replyCode: NO_ROUTE, replyText: 'NO_ROUTE', exchange: 'amq.direct', routingKey: 'capture.unroutable' },
    ],
    [
      'channel-close-404',
      2,
      'channel.close',
      {
        replyCode: NOT_FOUND,
        replyText: "NOT_FOUND - no queue 'capture.missing' in vhost '/'",
        classId: 50,
        methodId: 10,
      },
    ],
    ['connection-blocked', 0, 'connection.blocked', { reason: 'low on memory' }],
    ['connection-unblocked', 0, 'connection.unblocked', {}],
    [
      'connection-close-320',
      0,
      'connection.close',
      { replyCode: CONNECTION_FORCED, replyText: 'CONNECTION_FORCED - capture-frames', classId: 0, methodId: 0 },
    ],
  ])('%s decodes to %s %s', (name, channel, method, args) => {
    const { frame } = load(name);
    expect(frame).toEqual({ type: 'method', channel, method: expect.objectContaining({ name: method, args }) });
  });

  it('basic.deliver content: header with a headers table, and the body', () => {
    const { frame } = load('basic-deliver-header');
    if (frame.type !== 'header') throw new Error('not a header frame');
    expect(frame.channel).toBe(1);
    expect(frame.header).toMatchObject({ classId: 60, weight: 0, bodySize: 13 });
    const { headers, ...rest } = frame.header.properties;
    expect(rest).toEqual({
      contentType: 'text/plain',
      deliveryMode: 1,
      messageId: 'capture-1',
      timestamp: 1_700_000_000,
    });
    expect(headers).toEqual({
      'x-string': 'hello',
      'x-int': 42,
      'x-long': 2 ** 40,
      'x-bool': true,
      'x-double': 1.5,
      'x-decimal': { scale: 2, value: 314 },
      'x-timestamp': 1_700_000_000,
      'x-bytes': new Uint8Array([0, 1, 254, 255]),
      'x-void': null,
      'x-array': [1, 'two', false],
      'x-table': { a: 1, b: 'two' },
    });
    const tags = Object.keys(headers!).map((k) => fieldTypeOf(headers!, k));
    expect(tags).toEqual([
      'longstr',
      'i8',
      'i64',
      'bool',
      'f64',
      'decimal',
      'timestamp',
      'bytes',
      'void',
      'array',
      'table',
    ]);

    const body = load('basic-deliver-body').frame;
    expect(body).toMatchObject({ type: 'body', channel: 1 });
    expect(body.type === 'body' && text(body.body)).toBe('captured body');
  });

  it('a dead-lettered message carries x-death', () => {
    const { bytes, frame } = load('dead-letter-header');
    if (frame.type !== 'header') throw new Error('not a header frame');
    expect(frame.header.bodySize).toBe(13);
    const headers = frame.header.properties.headers!;
    expect(Object.keys(headers)).toEqual([
      'x-death',
      'x-first-death-exchange',
      'x-first-death-queue',
      'x-first-death-reason',
      'x-origin',
    ]);
    expect(headers['x-first-death-exchange']).toBe('capture.exchange');
    expect(headers['x-first-death-queue']).toBe('capture.dlx-source');
    expect(headers['x-first-death-reason']).toBe('rejected');
    expect(headers['x-origin']).toBe('capture');

    // x-death: A[F{count:l, reason:S, queue:S, time:T, exchange:S, routing-keys:A[S]}]
    expect(fieldTypeOf(headers, 'x-death')).toBe('array');
    const deaths = headers['x-death'] as FieldTable[];
    expect(deaths).toHaveLength(1);
    expect(fieldTypeAt(deaths, 0)).toBe('table');
    const death = deaths[0];
    expect(Object.keys(death)).toEqual(['count', 'reason', 'queue', 'time', 'exchange', 'routing-keys']);
    expect(death).toMatchObject({
      count: 1,
      reason: 'rejected',
      queue: 'capture.dlx-source',
      exchange: 'capture.exchange',
      'routing-keys': ['capture.rk'],
    });
    expect(typeof death.time).toBe('number');
    expect(death.time).toBeGreaterThan(1_600_000_000);
    const types = Object.keys(death).map((k) => fieldTypeOf(death, k));
    expect(types).toEqual(['i64', 'longstr', 'longstr', 'timestamp', 'longstr', 'array']);
    expect(fieldTypeAt(death['routing-keys'] as string[], 0)).toBe('longstr');

    // The table alone re-encodes to its bytes within the frame (header: 7 + 12 + 2 flag bytes).
    const table = encodeTable(headers, 'headers');
    expect(toHex(bytes.subarray(21, 21 + table.length))).toBe(toHex(table));

    const body = load('dead-letter-body').frame;
    expect(body.type === 'body' && text(body.body)).toBe('dead-lettered');
  });

  it('basic.get-ok and basic.return content', () => {
    const getHeader = load('basic-get-ok-header').frame;
    expect(getHeader.type === 'header' && getHeader.header.properties.contentType).toBe('text/plain');
    const getBody = load('basic-get-ok-body').frame;
    expect(getBody.type === 'body' && text(getBody.body)).toBe('got');
    const returnHeader = load('basic-return-header').frame;
    expect(returnHeader.type === 'header' && returnHeader.header.properties.messageId).toBe('capture-return');
    const returnBody = load('basic-return-body').frame;
    expect(returnBody.type === 'body' && text(returnBody.body)).toBe('returned');
  });
});
