import { describe, expect, it } from 'vitest';
import {
  decodeBasicAck,
  decodeContentHeader,
  decodeFrame,
  decodeMethod,
  encodeBasicHeader,
  encodeMethod,
  FrameParser,
  type MethodInput,
} from '../../generated/src/index.js';
import { hex } from '../helpers/bytes.js';
import { amqpError } from '../helpers/errors.js';
import { queueDeclareArgs } from '../helpers/args.js';


const declare = (args: Record<string, unknown>): MethodInput =>
  ({
    name: 'queue.declare',
    args: { ...queueDeclareArgs('q'), ...args },
  }) as MethodInput;

describe('encoder errors name class.method.field and emit no bytes', () => {
  it.each([
    ['out-of-range short', { name: 'basic.qos', args: { prefetchSize: 0, prefetchCount: 70000, global: false } }, 'basic.qos.prefetch-count'],
    ['negative long', { name: 'basic.qos', args: { prefetchSize: -1, prefetchCount: 0, global: false } }, 'basic.qos.prefetch-size'],
    ['non-integer', { name: 'connection.tune-ok', args: { channelMax: 1.5, frameMax: 4096, heartbeat: 0 } }, 'connection.tune-ok.channel-max'],
    ['longlong above 2^64 − 1', { name: 'basic.ack', args: { deliveryTag: 2n ** 64n, multiple: false } }, 'basic.ack.delivery-tag'],
    ['unsafe integer as number', { name: 'basic.ack', args: { deliveryTag: 2 ** 53, multiple: false } }, 'basic.ack.delivery-tag'],
    ['non-boolean bit', { name: 'basic.ack', args: { deliveryTag: 1, multiple: 'yes' } }, 'basic.ack.multiple'],
    ['shortstr of 86 × € (258 bytes)', declare({ queue: '€'.repeat(86) }), 'queue.declare.queue'],
    ['string for a table', declare({ arguments: 'x' }), 'queue.declare.arguments'],
    ['function in a table', declare({ arguments: { 'x-fn': () => 1 } }), 'queue.declare.arguments.x-fn'],
    ['bigint outside i64 in a table', declare({ arguments: { 'x-big': 2n ** 63n } }), 'queue.declare.arguments.x-big'],
    ['invalid Date in a nested array', declare({ arguments: { list: [1, new Date(Number.NaN)] } }), 'queue.declare.arguments.list[1]'],
  ] as [string, MethodInput, string][])('%s', (_label, method, context) => {
    const error = amqpError(() => encodeMethod(method.name.startsWith('connection.') ? 0 : 1, method));
    expect(error.kind).toBe('encode');
    expect(error.context).toBe(context);
    expect(error.message).toContain(context);
  });

  it('exactly 255 UTF-8 bytes is a valid shortstr (85 × € = 255)', () => {
    const frame = encodeMethod(1, declare({ queue: '€'.repeat(85) }));
    expect(decodeMethod(frame.subarray(7, frame.length - 1)).args).toMatchObject({ queue: '€'.repeat(85) });
  });

  it('a 200-byte reply-text does not disturb the class-id after it', () => {
    const frame = encodeMethod(1, { name: 'channel.close', args: { replyCode: 406, replyText: 'x'.repeat(200), classId: 50, methodId: 10 } });
    expect(decodeMethod(frame.subarray(7, frame.length - 1)).args).toEqual({ replyCode: 406, replyText: 'x'.repeat(200), classId: 50, methodId: 10 });
  });

  it('header properties: wrong types and out-of-range values', () => {
    expect(amqpError(() => encodeBasicHeader(1, 0, { priority: 256 })).context).toBe('basic.properties.priority');
    expect(amqpError(() => encodeBasicHeader(1, -1, {})).context).toBe('basic.header.body-size');
    expect(amqpError(() => encodeBasicHeader(1, 0, { headers: { a: Symbol('s') } as never })).context).toBe('basic.properties.headers.a');
    expect(amqpError(() => encodeBasicHeader(70000, 0, {})).context).toBe('channel');
  });

  it('an unknown method name fails at run time too (the types already forbid it)', () => {
    expect(amqpError(() => encodeMethod(1, { name: 'basic.fly' } as never)).context).toBe('method.name');
  });
});

describe('decoder errors carry the offset and the AMQP reply code', () => {
  // queue.declare-ok payload: 0032 000b | 01 71 ("q") | 00000005 | 00000001
  const declareOk = hex('0032 000b 01 71 00000005 00000001');

  it('decodes the valid payload', () => {
    expect(decodeMethod(declareOk).args).toEqual({ queue: 'q', messageCount: 5, consumerCount: 1 });
  });

  it('truncated arguments → 501 at the field that runs short', () => {
    const e = amqpError(() => decodeMethod(declareOk.subarray(0, 8)));
    expect(e).toMatchObject({ kind: 'decode', replyCode: 501, offset: 6, context: 'queue.declare-ok.message-count' });
  });

  it('trailing bytes → 501 at the first extra byte', () => {
    const long = new Uint8Array([...declareOk, 0xff]);
    expect(amqpError(() => decodeMethod(long))).toMatchObject({ kind: 'decode', replyCode: 501, offset: 14 });
  });

  it('a shortstr length past the payload → 501', () => {
    expect(amqpError(() => decodeMethod(hex('0032 000b 09 71')))).toMatchObject({ replyCode: 501, offset: 4, context: 'queue.declare-ok.queue' });
  });

  it('unknown class or method → 503 naming both ids', () => {
    const e = amqpError(() => decodeMethod(hex('0063 0063')));
    expect(e).toMatchObject({ kind: 'decode', replyCode: 503 });
    expect(e.message).toContain('class 99, method 99');
    expect(amqpError(() => decodeMethod(hex('000a 0099'))).message).toContain('class 10, method 153');
  });

  it('a payload too short for the ids → 501', () => {
    expect(amqpError(() => decodeMethod(hex('00')))).toMatchObject({ replyCode: 501, offset: 0 });
  });

  it('a per-method decoder names the id a too short payload cuts: class.method.class-id at 0, .method-id at 2', () => {
    // basic.ack is 003c 0050; each cut keeps the first n bytes.
    const cuts: [string, number, string, string][] = [
      ['', 0, 'basic.ack.class-id', 'truncated: needs 2 bytes, 0 left'],
      ['00', 0, 'basic.ack.class-id', 'truncated: needs 2 bytes, 1 left'],
      ['003c', 2, 'basic.ack.method-id', 'truncated: needs 2 bytes, 0 left'],
      ['003c 00', 2, 'basic.ack.method-id', 'truncated: needs 2 bytes, 1 left'],
    ];
    for (const [bytes, offset, context, message] of cuts) {
      for (const input of [hex(bytes), hex(bytes).slice().buffer]) {
        const e = amqpError(() => decodeBasicAck(input));
        expect(e).toMatchObject({ kind: 'decode', replyCode: 501, offset, context });
        expect(e.message).toContain(message);
      }
    }
    // The ids of another method: 503 naming both.
    expect(amqpError(() => decodeBasicAck(hex('003c 0051')))).toMatchObject({ replyCode: 503, context: 'basic.ack' });
  });

  it('an unknown table tag → 502 with the tag and its offset', () => {
    // connection.start: 00 09 | table length 6: key "k", tag 'Z' (unknown), 3 bytes | …
    const e = amqpError(() => decodeMethod(hex('000a 000a 00 09 00000006 01 6b 5a 000000 00000000 00000000')));
    expect(e).toMatchObject({ kind: 'decode', replyCode: 502, offset: 12 });
    expect(e.message).toContain("'Z'");
  });

  it('a table length running past its container → 501', () => {
    const e = amqpError(() => decodeMethod(hex('000a 000a 00 09 000000ff 01 6b 74 01')));
    expect(e).toMatchObject({ kind: 'decode', replyCode: 501, offset: 6 });
  });

  it('content header for a class without content → 505 (see codec-rules.test.ts); unknown property bit → 502', () => {
    expect(amqpError(() => decodeContentHeader(hex('0014 0000 0000000000000000 0000')))).toMatchObject({ replyCode: 505 });
    // basic has 14 properties: flag bit 0x0002 would be a 15th
    expect(amqpError(() => decodeContentHeader(hex('003c 0000 0000000000000000 0002')))).toMatchObject({ replyCode: 502, offset: 12 });
  });

  it('wrong frame end, unknown frame type and oversize frames → 501 from the parser', () => {
    expect(amqpError(() => new FrameParser().push(hex('01 0000 00000004 000a 0033 00')))).toMatchObject({ replyCode: 501, offset: 11 });
    expect(amqpError(() => new FrameParser().push(hex('07 0000 00000000 ce')))).toMatchObject({ replyCode: 501, offset: 0 });
    expect(amqpError(() => new FrameParser({ frameMax: 4096 }).push(hex('03 0001 00001000')))).toMatchObject({ replyCode: 501 });
  });

  it('a connection method on channel 1 is refused by decodeFrame', () => {
    const frame = { type: 1 as const, channel: 1, payload: hex('000a 0033') };
    expect(amqpError(() => decodeFrame(frame))).toMatchObject({ replyCode: 503, context: 'connection.close-ok' });
  });
});
