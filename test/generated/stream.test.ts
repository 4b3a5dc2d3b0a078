import { describe, expect, it } from 'vitest';
import {
  decodeFrame,
  encodeBasicHeader,
  encodeBodyFrames,
  encodeMethod,
  FrameParser,
  HEARTBEAT_FRAME,
  type DecodedFrame,
} from '../../generated/src/index.js';
import { concat } from '../helpers/bytes.js';

/** A delivery as a broker sends it: method, header, bodies; then a heartbeat and an empty message. */
const body = new TextEncoder().encode('hello, world');
const frames = [
  encodeMethod(1, {
    name: 'basic.deliver',
    args: { consumerTag: 'ctag', deliveryTag: 7, redelivered: true, exchange: 'ex', routingKey: 'rk' },
  }),
  encodeBasicHeader(1, body.length, { contentType: 'text/plain', priority: 0, headers: { 'x-count': 3 } }),
  ...encodeBodyFrames(1, body, 4096).map((f) => f),
  HEARTBEAT_FRAME,
  encodeMethod(2, { name: 'basic.get-ok', args: { deliveryTag: 2n ** 60n, redelivered: false, exchange: '', routingKey: 'q', messageCount: 0 } }),
  encodeBasicHeader(2, 0, {}),
];
const stream = concat(frames);

const decodeAll = (chunks: Uint8Array[]): DecodedFrame[] => {
  const parser = new FrameParser();
  const out = chunks.flatMap((c) => parser.push(c)).map(decodeFrame);
  parser.finish();
  expect(parser.buffered).toBe(0);
  return out;
};

const expected = decodeAll([stream]);

describe('streaming: frames split anywhere decode the same', () => {
  it('decodes the whole stream to the expected frames', () => {
    expect(expected.map((f) => f.type)).toEqual(['method', 'header', 'body', 'heartbeat', 'method', 'header']);
    const [deliver, header, bodyFrame, , getOk, empty] = expected;
    expect(deliver).toMatchObject({ channel: 1, method: { name: 'basic.deliver', args: { deliveryTag: 7, redelivered: true } } });
    expect(header).toMatchObject({ channel: 1, header: { classId: 60, bodySize: 12, properties: { contentType: 'text/plain', priority: 0 } } });
    expect(bodyFrame.type === 'body' && new TextDecoder().decode(bodyFrame.body)).toBe('hello, world');
    expect(getOk).toMatchObject({ channel: 2, method: { args: { deliveryTag: 2n ** 60n } } });
    // body-size 0: no body frame follows, and none is waited for
    expect(empty).toMatchObject({ channel: 2, header: { bodySize: 0 } });
  });

  it('split into two chunks at every byte offset', () => {
    for (let i = 0; i <= stream.length; i++) {
      expect(decodeAll([stream.subarray(0, i), stream.subarray(i)]), `split at ${i}`).toEqual(expected);
    }
  });

  it('split into three chunks at every pair of offsets within the first frames', () => {
    const limit = frames[0].length + frames[1].length + 8;
    for (let i = 0; i <= limit; i++) {
      for (let j = i; j <= limit; j++) {
        const chunks = [stream.subarray(0, i), stream.subarray(i, j), stream.subarray(j)];
        expect(decodeAll(chunks), `split at ${i}, ${j}`).toEqual(expected);
      }
    }
  });

  it('one byte at a time, from a view with a non-zero byteOffset', () => {
    const padded = new Uint8Array(stream.length + 3);
    padded.set(stream, 3);
    const view = padded.subarray(3);
    expect(view.byteOffset).toBe(3);
    expect(decodeAll(Array.from({ length: view.length }, (_, i) => view.subarray(i, i + 1)))).toEqual(expected);
  });
});

describe('content bodies and frame-max', () => {
  it('splits a body of 131073 bytes at frame-max 131072 into 131064 + 9', () => {
    const parts = encodeBodyFrames(1, new Uint8Array(131073), 131072);
    expect(parts.map((p) => p.length - 8)).toEqual([131064, 9]);
    expect(parts.every((p) => p.length <= 131072)).toBe(true);
  });

  it('a 1 MiB body reassembles byte-identical through the parser', () => {
    const big = new Uint8Array(1 << 20).map((_, i) => (i * 31) & 0xff);
    const parser = new FrameParser({ frameMax: 131072 });
    const got = encodeBodyFrames(5, big, 131072)
      .flatMap((f) => parser.push(f))
      .map(decodeFrame)
      .flatMap((f) => (f.type === 'body' ? [f.body] : []));
    expect(Buffer.compare(concat(got), big)).toBe(0);
  });
});

describe('Node Buffers in, plain Uint8Arrays out', () => {
  it('frames and decoded byte values from Buffer chunks are plain Uint8Array views', () => {
    const frame = encodeMethod(0, { name: 'connection.secure', args: { challenge: 'abc' } });
    const [parsed] = new FrameParser().push(Buffer.from(frame));
    expect(parsed.payload.constructor).toBe(Uint8Array);
    const decoded = decodeFrame(parsed);
    if (decoded.type !== 'method' || decoded.method.name !== 'connection.secure') throw new Error('unexpected frame');
    expect(decoded.method.args.challenge.constructor).toBe(Uint8Array);
    expect(decoded.method.args.challenge).toEqual(new TextEncoder().encode('abc'));
  });
});
