import { describe, expect, it } from 'vitest';
import {
  decodeContentHeader,
  decodeMethod,
  encodeBasicHeader,
  encodeMethod,
  type ContentHeader,
  type Method,
} from '../../generated/src/index.js';
import { ContentAssembler } from '../../generated/src/engine/index.js';
import { amqpError } from '../helpers/errors.js';

const payload = (frame: Uint8Array) => frame.subarray(7, frame.length - 1);
const deliver: Method = decodeMethod(
  payload(
    encodeMethod(1, {
      name: 'basic.deliver',
      args: { consumerTag: 'c', deliveryTag: 1, redelivered: false, exchange: '', routingKey: 'q' },
    }),
  ),
);
const header = (size: number): ContentHeader =>
  decodeContentHeader(payload(encodeBasicHeader(1, size, { contentType: 't' })));

describe('content assembly', () => {
  it('a method without content comes out at once', () => {
    const qosOk = decodeMethod(payload(encodeMethod(1, { name: 'basic.qos-ok' })));
    expect(new ContentAssembler(1).onMethod(qosOk)).toEqual({
      name: 'basic.qos-ok',
      method: qosOk,
      content: undefined,
    });
  });

  it('body-size 0 completes on the header, with no body frame', () => {
    const a = new ContentAssembler(1);
    expect(a.onMethod(deliver)).toBeUndefined();
    const done = a.onHeader(header(0));
    expect(done?.content?.body).toHaveLength(0);
    expect(a.busy).toBe(false);
  });

  it('a single body frame is passed through as is (no copy)', () => {
    const a = new ContentAssembler(1);
    a.onMethod(deliver);
    a.onHeader(header(3));
    const frame = new Uint8Array([9, 1, 2, 3, 9]).subarray(1, 4);
    const done = a.onBody(frame)!;
    expect(done.content!.body).toBe(frame);
  });

  it('several body frames are copied once into one array of body-size bytes', () => {
    const a = new ContentAssembler(1);
    a.onMethod(deliver);
    a.onHeader(header(5));
    expect(a.onBody(new Uint8Array([1, 2]))).toBeUndefined();
    expect(a.onBody(new Uint8Array([3]))).toBeUndefined();
    const done = a.onBody(new Uint8Array([4, 5]))!;
    expect([...done.content!.body]).toEqual([1, 2, 3, 4, 5]);
    expect(done.content!.body.buffer.byteLength).toBe(5);
    expect(done.content!.header.properties.contentType).toBe('t');
  });

  it.each([
    ['a header with no content method before it', (a: ContentAssembler) => a.onHeader(header(1))],
    ['a body with no content method', (a: ContentAssembler) => a.onBody(new Uint8Array(1))],
    ['a body before the header', (a: ContentAssembler) => (a.onMethod(deliver), a.onBody(new Uint8Array(1)))],
    ['a method where the header should be', (a: ContentAssembler) => (a.onMethod(deliver), a.onMethod(deliver))],
    [
      'a method in the middle of the bodies',
      (a: ContentAssembler) => (
        a.onMethod(deliver),
        a.onHeader(header(2)),
        a.onBody(new Uint8Array(1)),
        a.onMethod(deliver)
      ),
    ],
    ['a second header', (a: ContentAssembler) => (a.onMethod(deliver), a.onHeader(header(2)), a.onHeader(header(2)))],
    [
      'bodies adding up to more than body-size',
      (a: ContentAssembler) => (a.onMethod(deliver), a.onHeader(header(2)), a.onBody(new Uint8Array(3))),
    ],
    [
      'a header of another class than its method',
      (a: ContentAssembler) => (a.onMethod(deliver), a.onHeader({ ...header(1), classId: 61 } as never)),
    ],
  ])('%s → 505 UNEXPECTED_FRAME', (_label, run) => {
    expect(amqpError(() => run(new ContentAssembler(1))).replyCode).toBe(505);
  });

  it('a body-size over the limit → 506 before any allocation', () => {
    const a = new ContentAssembler(1, 1000);
    a.onMethod(deliver);
    expect(amqpError(() => a.onHeader(header(1001))).replyCode).toBe(506);
    const b = new ContentAssembler(1);
    b.onMethod(deliver);
    expect(amqpError(() => b.onHeader({ ...header(0), bodySize: 2n ** 60n })).replyCode).toBe(506);
  });
});
