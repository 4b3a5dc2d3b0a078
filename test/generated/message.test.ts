import { describe, expect, it } from 'vitest';
import {
  decodeMethod,
  encodeQueueDeclare,
  encodeBasicHeader,
  encodeBasicPublish,
  encodeBodyFrames,
  encodeMessage,
  encodeMessageInto,
  field,
  FrameParser,
  type BasicProperties,
  type ContentMethodInput,
} from '../../generated/src/index.js';
import { a, concat, hex, toHex } from '../helpers/bytes.js';
import { amqpError } from '../helpers/errors.js';



const PUBLISH: ContentMethodInput = {
  name: 'basic.publish',
  args: { exchange: '', routingKey: 'q', mandatory: false, immediate: false },
};

describe('encodeMessage', () => {
  it('known answer: basic.publish + header (delivery-mode 2) + body "hi", derived from the spec by hand', () => {
    // method: type 1, channel 1, size 10: class 60 (003c), method 40 (0028), reserved-1 0000,
    //         exchange "" (00), routing-key "q" (01 71), bits 00; frame end ce
    // header: type 2, channel 1, size 15: class 003c, weight 0000, body-size 2 (u64), flags 1000
    //         (delivery-mode is the 4th property: bit 12), delivery-mode 02; ce
    // body:   type 3, channel 1, size 2, "hi"; ce
    const expected = hex(`
      01 0001 0000000a 003c 0028 0000 00 01${a('q')} 00 ce
      02 0001 0000000f 003c 0000 0000000000000002 1000 02 ce
      03 0001 00000002 ${a('hi')} ce`);
    const body = hex(a('hi'));
    expect(toHex(encodeMessage(1, PUBLISH, { deliveryMode: 2 }, body, 131072))).toBe(toHex(expected));
  });

  const props: BasicProperties = {
    contentType: 'application/json',
    headers: { 'x-retries': 3, nested: { a: field.i16(1) }, list: ['x', 2] },
    deliveryMode: 2,
    priority: 0,
    messageId: 'm-1',
    timestamp: 1700000000,
  };

  for (const [bodySize, frameMax] of [
    [0, 4096],
    [1, 4096],
    [4088, 4096],
    [4089, 4096],
    [10000, 4096],
    [131073, 131072],
    [70000, 0],
  ] as const) {
    it(`equals the three encoders' frames, concatenated (body ${bodySize} bytes, frame-max ${frameMax})`, () => {
      const body = new Uint8Array(bodySize).map((_, i) => i * 7);
      const three = concat([
        encodeBasicPublish(7, { exchange: 'amq.direct', routingKey: 'rk', mandatory: true, immediate: false }),
        encodeBasicHeader(7, bodySize, props),
        ...encodeBodyFrames(7, body, frameMax),
      ]);
      const method: ContentMethodInput = {
        name: 'basic.publish',
        args: { exchange: 'amq.direct', routingKey: 'rk', mandatory: true, immediate: false },
      };
      const one = encodeMessage(7, method, props, body, frameMax);
      expect(one.length).toBe(three.length);
      expect(Buffer.from(one).equals(Buffer.from(three))).toBe(true);
      // and it parses back into method, header and the body frames
      const frames = new FrameParser({ frameMax }).push(one);
      expect(frames.map((f) => f.type)).toEqual([1, 2, ...encodeBodyFrames(7, body, frameMax).map(() => 3)]);
    });
  }

  it('server-side content methods too (basic.deliver)', () => {
    const m = encodeMessage(
      1,
      {
        name: 'basic.deliver',
        args: { consumerTag: 'c', deliveryTag: 1, redelivered: false, exchange: '', routingKey: 'q' },
      },
      {},
      new Uint8Array(0),
      4096,
    );
    expect(new FrameParser().push(m).map((f) => f.type)).toEqual([1, 2]);
  });

  it('typed errors: a method without content, a body that is not bytes, a header over frame-max', () => {
    const notContent = { name: 'basic.ack', args: { deliveryTag: 1, multiple: false } } as unknown as ContentMethodInput;
    expect(amqpError(() => encodeMessage(1, notContent, {}, new Uint8Array(0), 4096)).kind).toBe('encode');
    expect(amqpError(() => encodeMessage(1, PUBLISH, {}, 'hi' as unknown as Uint8Array, 4096)).context).toBe('body');
    const big = { headers: { k: 'x'.repeat(5000) } };
    const e = amqpError(() => encodeMessage(1, PUBLISH, big, new Uint8Array(1), 4096));
    expect(e.message).toMatch(/content header frame of \d+ bytes exceeds frame-max 4096/);
  });
});

describe('encodeMessageInto', () => {
  it('writes the same bytes at the offset and returns the end', () => {
    const body = new Uint8Array(5000).fill(9);
    const expected = encodeMessage(1, PUBLISH, { contentType: 't' }, body, 4096);
    const target = new Uint8Array(expected.length + 10).fill(0xaa);
    const end = encodeMessageInto(target, 3, 1, PUBLISH, { contentType: 't' }, body, 4096);
    expect(end).toBe(3 + expected.length);
    expect(toHex(target.subarray(3, end))).toBe(toHex(expected));
    expect([...target.subarray(0, 3), ...target.subarray(end)]).toEqual(new Array(10).fill(0xaa));
  });

  it('a target too small by one byte: typed error, nothing written', () => {
    const body = new Uint8Array(100);
    const size = encodeMessage(1, PUBLISH, {}, body, 4096).length;
    const target = new Uint8Array(size + 1).fill(0xaa);
    const e = amqpError(() => encodeMessageInto(target, 2, 1, PUBLISH, {}, body, 4096));
    expect(e.kind).toBe('encode');
    expect(e.message).toBe(`target: the message needs ${size} bytes; the target has ${size - 1} from offset 2`);
    expect(target.every((b) => b === 0xaa)).toBe(true);
    expect(amqpError(() => encodeMessageInto(target, -1, 1, PUBLISH, {}, body, 4096)).context).toBe('offset');
  });
});

describe('frames of 65..2048 bytes share slabs', () => {
  it('each keeps its own bytes: 500 frames of growing size, all encoded first, then all decoded', () => {
    const frames = Array.from({ length: 500 }, (_, i) =>
      encodeQueueDeclare(1, {
        queue: `q-${i}-${'x'.repeat(i % 200)}`,
        passive: false,
        durable: true,
        exclusive: false,
        autoDelete: false,
        noWait: false,
        arguments: { n: i },
      }),
    );
    expect(frames.some((f) => f.byteOffset !== 0)).toBe(true);
    frames.forEach((f, i) => {
      expect(f[f.length - 1]).toBe(0xce);
      const m = decodeMethod(f.subarray(7, f.length - 1));
      expect(m.args).toMatchObject({ queue: `q-${i}-${'x'.repeat(i % 200)}`, arguments: { n: i } });
    });
  });
});
