/**
 * Codec rules from the engine issue (#11): frame-max on encode, which channel a frame may use, the
 * reply code of a content header of the wrong class, and the `reserved` (cluster-id) property.
 * Expected bytes and sizes are worked out from the spec's frame layout by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeContentHeader,
  decodeFrame,
  decodeMethod,
  encodeBasicHeader,
  encodeBasicPublish,
  encodeBodyFrames,
  encodeFrame,
  encodeMethod,
  encodeQueueDeclare,
  type QueueDeclareArgs,
} from '../../generated/src/index.js';
import { hex, toHex } from '../helpers/bytes.js';
import { amqpError } from '../helpers/errors.js';
import { queueDeclareArgs } from '../helpers/args.js';


const declare = (queue: string, args: QueueDeclareArgs['arguments'] = {}) => queueDeclareArgs(queue, { arguments: args });

describe('frame-max on encode', () => {
  // queue.declare frame: 7 header + 4 ids + reserved short 2 + shortstr (1 + n) + bits 1 + table (4 + t) + end 1
  // = 20 + n + t. With queue "q" (n = 1) and an empty table: 21 bytes.
  it('without a frame-max the encoder is unchanged (a 21-byte queue.declare)', () => {
    expect(encodeQueueDeclare(1, declare('q'))).toHaveLength(21);
  });

  it('a frame exactly at frame-max is written; one byte more is refused naming the method and both sizes', () => {
    // a 4096-byte frame: table of 4096 − 21 = 4075 bytes: key "k" (1 + 1) + tag S (1) + u32 (4) + 4068 bytes
    const args = declare('q', { k: 'x'.repeat(4068) });
    expect(encodeQueueDeclare(1, args)).toHaveLength(4096);
    expect(encodeQueueDeclare(1, args, 4096)).toHaveLength(4096);
    const big = declare('q', { k: 'x'.repeat(4069) });
    const e = amqpError(() => encodeQueueDeclare(1, big, 4096));
    expect(e).toMatchObject({ kind: 'encode', context: 'queue.declare' });
    expect(e.message).toContain('4097');
    expect(e.message).toContain('4096');
    expect(amqpError(() => encodeMethod(1, { name: 'queue.declare', args: big }, 4096))).toMatchObject({ context: 'queue.declare' });
  });

  it('the issue case: a 300,028-byte queue.declare at frame-max 131072 is refused', () => {
    const args = declare('q', { k: 'x'.repeat(300_028 - 28) });
    expect(encodeQueueDeclare(1, args)).toHaveLength(300_028);
    expect(amqpError(() => encodeQueueDeclare(1, args, 131072)).message).toContain('300028');
  });

  it('frame-max 0 (no negotiated limit) still applies the 16 MiB hard cap', () => {
    const args = declare('q', { k: 'x'.repeat(16 * 1024 * 1024) });
    expect(amqpError(() => encodeQueueDeclare(1, args, 0))).toMatchObject({ kind: 'encode', context: 'queue.declare' });
  });

  it('an invalid frame-max is an encode error, not a silent pass', () => {
    expect(amqpError(() => encodeQueueDeclare(1, declare('q'), 100))).toMatchObject({ kind: 'encode', context: 'frame-max' });
    expect(amqpError(() => encodeQueueDeclare(1, declare('q'), 4096.5))).toMatchObject({ context: 'frame-max' });
  });

  it('content header: the issue case of a 200,035-byte header at frame-max 131072 is refused', () => {
    // header frame: 7 + class 2 + weight 2 + body-size 8 + flags 2 + headers table (4 + t) + end 1 = 26 + t
    // headers { k: S 'x' × n }: t = 2 + 1 + 4 + n, so the frame is 33 + n bytes.
    const props = { headers: { k: 'x'.repeat(200_002) } };
    expect(encodeBasicHeader(1, 0, props)).toHaveLength(200_035);
    const e = amqpError(() => encodeBasicHeader(1, 0, props, 131072));
    expect(e).toMatchObject({ kind: 'encode', context: 'basic.header' });
    expect(e.message).toContain('200035');
    expect(encodeBasicHeader(1, 0, { headers: { k: 'x'.repeat(4096 - 33) } }, 4096)).toHaveLength(4096);
  });

  it('encodeFrame refuses a payload over frame-max − 8', () => {
    expect(encodeFrame(3, 1, new Uint8Array(4088), 4096)).toHaveLength(4096);
    expect(amqpError(() => encodeFrame(3, 1, new Uint8Array(4089), 4096))).toMatchObject({ kind: 'encode', context: 'frame' });
  });
});

describe('channel rules', () => {
  it('non-connection methods on channel 0: encode error naming the method', () => {
    const e = amqpError(() => encodeBasicPublish(0, { exchange: '', routingKey: 'q', mandatory: false, immediate: false }));
    expect(e).toMatchObject({ kind: 'encode', context: 'basic.publish' });
    expect(amqpError(() => encodeMethod(0, { name: 'channel.open' }))).toMatchObject({ kind: 'encode', context: 'channel.open' });
    // connection methods stay on channel 0
    expect(encodeMethod(0, { name: 'connection.close-ok' })).toHaveLength(12);
  });

  it('content headers and bodies on channel 0: encode errors', () => {
    expect(amqpError(() => encodeBasicHeader(0, 0, {}))).toMatchObject({ kind: 'encode', context: 'basic.header' });
    expect(amqpError(() => encodeBodyFrames(0, new Uint8Array(1), 4096))).toMatchObject({ kind: 'encode', context: 'channel' });
    expect(amqpError(() => encodeFrame(2, 0, new Uint8Array(14)))).toMatchObject({ kind: 'encode', context: 'channel' });
    expect(amqpError(() => encodeFrame(3, 0, new Uint8Array(1)))).toMatchObject({ kind: 'encode', context: 'channel' });
  });

  it('decodeFrame: basic.publish and channel.open on channel 0 → 504 CHANNEL_ERROR naming the method', () => {
    // basic.publish: 003c 0028 | reserved short 0000 | exchange "" 00 | routing-key "q" 01 71 | bits 00
    const publish = hex('003c 0028 0000 00 01 71 00');
    expect(decodeMethod(publish).name).toBe('basic.publish');
    expect(amqpError(() => decodeFrame({ type: 1, channel: 0, payload: publish }))).toMatchObject({
      kind: 'decode',
      replyCode: 504,
      context: 'basic.publish',
    });
    // channel.open: 0014 000a | reserved shortstr 00
    expect(amqpError(() => decodeFrame({ type: 1, channel: 0, payload: hex('0014 000a 00') }))).toMatchObject({
      replyCode: 504,
      context: 'channel.open',
    });
    expect(decodeFrame({ type: 1, channel: 1, payload: publish })).toMatchObject({ type: 'method', channel: 1 });
  });

  it('decodeFrame: header and body frames on channel 0 → 504', () => {
    const header = hex('003c 0000 0000000000000000 0000');
    expect(amqpError(() => decodeFrame({ type: 2, channel: 0, payload: header }))).toMatchObject({ replyCode: 504, context: 'header' });
    expect(amqpError(() => decodeFrame({ type: 3, channel: 0, payload: hex('61') }))).toMatchObject({ replyCode: 504, context: 'body' });
    expect(decodeFrame({ type: 2, channel: 1, payload: header })).toMatchObject({ type: 'header', channel: 1 });
  });
});

describe('content header of a class that does not match its method: 505 UNEXPECTED_FRAME', () => {
  it('a header for a class that carries no content (channel, 20) is 505, as RabbitMQ answers a mismatched header', () => {
    expect(amqpError(() => decodeContentHeader(hex('0014 0000 0000000000000000 0000')))).toMatchObject({
      kind: 'decode',
      replyCode: 505,
      offset: 0,
      context: 'header.class-id',
    });
  });
});

describe('the `reserved` property (flag 0x0004, RabbitMQ calls it cluster-id) stays visible', () => {
  // header: 003c 0000 | body-size 0 | flags 0004 | shortstr "c1"
  const bytes = hex('003c 0000 0000000000000000 0004 02 6331');

  it('decodes to `reserved` and re-encodes to the identical bytes (lossless, for proxies and test doubles)', () => {
    const header = decodeContentHeader(bytes);
    expect(header.properties).toEqual(expect.objectContaining({ reserved: 'c1' }));
    const frame = encodeBasicHeader(1, 0, header.properties);
    expect(toHex(frame.subarray(7, frame.length - 1))).toBe(toHex(bytes));
  });

  it('is absent unless given, like every other property', () => {
    const frame = encodeBasicHeader(1, 0, {});
    expect(toHex(frame.subarray(7, frame.length - 1))).toBe('003c00000000000000000000' + '0000');
  });
});
