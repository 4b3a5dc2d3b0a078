import { describe, expect, it } from 'vitest';
import { FrameParser, type Frame } from '../../templates/runtime/frames.js';
import { amqpError } from '../helpers/errors.js';
import { hex, toHex } from '../helpers/bytes.js';
import { offsetView, sameBytes } from './helpers.js';

// A stream of four frames, written by hand:
const METHOD = '01 0000 0000000c 000a 001f 07ff 00020000 003c ce'; // connection.tune-ok, 20 bytes
const HEADER = '02 0001 0000000e 003c 0000 00000000 00000005 0000 ce'; // basic header, body-size 5, 22 bytes
const BODY = '03 0001 00000005 68656c6c6f ce'; // "hello", 13 bytes
const HEARTBEAT = '08 0000 00000000 ce'; // 8 bytes
const STREAM = hex(`${METHOD} ${HEADER} ${BODY} ${HEARTBEAT}`);

const EXPECTED = [
  { type: 1, channel: 0, payload: toHex(hex('000a 001f 07ff 00020000 003c')) },
  { type: 2, channel: 1, payload: toHex(hex('003c 0000 00000000 00000005 0000')) },
  { type: 3, channel: 1, payload: toHex(hex('68656c6c6f')) },
  { type: 8, channel: 0, payload: '' },
];

const plain = (frames: Frame[]) => frames.map((f) => ({ type: f.type, channel: f.channel, payload: toHex(f.payload) }));

function parseChunks(chunks: Uint8Array[]): Frame[] {
  const p = new FrameParser();
  const out: Frame[] = [];
  for (const c of chunks) out.push(...p.push(c));
  expect(p.buffered).toBe(0);
  p.finish();
  return out;
}

describe('FrameParser on valid streams', () => {
  it('parses a whole stream in one chunk, payloads as views of the chunk', () => {
    expect(STREAM.length).toBe(63);
    const frames = parseChunks([STREAM]);
    expect(plain(frames)).toEqual(EXPECTED);
    for (const f of frames) expect(f.payload.buffer).toBe(STREAM.buffer);
  });

  it('split at every byte offset (also inside the 7-byte header) gives the same frames', () => {
    for (let k = 0; k <= STREAM.length; k++) {
      expect(plain(parseChunks([STREAM.subarray(0, k), STREAM.subarray(k)])), `split at ${k}`).toEqual(EXPECTED);
    }
  });

  it('three chunks at every pair of offsets gives the same frames', () => {
    for (let i = 0; i <= STREAM.length; i++) {
      for (let j = i; j <= STREAM.length; j++) {
        const chunks = [STREAM.subarray(0, i), STREAM.subarray(i, j), STREAM.subarray(j)];
        expect(plain(parseChunks(chunks)), `split at ${i}, ${j}`).toEqual(EXPECTED);
      }
    }
  });

  it('one byte at a time, and chunks that are views with a non-zero byteOffset', () => {
    const bytes = Array.from(STREAM, (_, i) => offsetView(STREAM.subarray(i, i + 1), 1 + (i % 5)));
    expect(plain(parseChunks(bytes))).toEqual(EXPECTED);
    expect(plain(parseChunks([offsetView(STREAM, 11)]))).toEqual(EXPECTED);
    expect(plain(parseChunks([offsetView(STREAM.subarray(0, 30), 3), offsetView(STREAM.subarray(30), 9)]))).toEqual(
      EXPECTED,
    );
  });

  it('"need more bytes" is not an error; buffered counts what is held', () => {
    const p = new FrameParser();
    expect(p.push(STREAM.subarray(0, 3))).toEqual([]);
    expect(p.buffered).toBe(3);
    expect(p.push(STREAM.subarray(3, 10))).toEqual([]);
    expect(p.buffered).toBe(10);
    expect(p.push(STREAM.subarray(10, 19))).toEqual([]);
    expect(p.buffered).toBe(19);
    expect(plain(p.push(STREAM.subarray(19, 20)))).toEqual(EXPECTED.slice(0, 1));
    expect(p.buffered).toBe(0);
    expect(p.push(new Uint8Array(0))).toEqual([]);
  });

  it('a payload spread over chunks is one fresh exact-size array', () => {
    const p = new FrameParser();
    p.push(STREAM.subarray(0, 9));
    const [f] = p.push(STREAM.subarray(9, 20));
    expect(f.payload.length).toBe(12);
    expect(f.payload.byteOffset).toBe(0);
    expect(f.payload.buffer.byteLength).toBe(12);
  });

  it('a header split across chunks with the payload wholly in the next chunk is still a view', () => {
    const p = new FrameParser();
    p.push(STREAM.subarray(0, 3));
    const rest = STREAM.slice(3, 20);
    const [f] = p.push(rest);
    expect(f.payload.buffer).toBe(rest.buffer);
  });

  it('a large frame in many chunks (linear: each byte copied once)', () => {
    const size = 4 * 1024 * 1024;
    const frame = new Uint8Array(size + 8);
    frame.set(hex('03 0001'), 0);
    new DataView(frame.buffer).setUint32(3, size);
    frame[size + 7] = 0xce;
    frame[7] = 0x11;
    frame[size + 6] = 0x22;
    const p = new FrameParser({ frameMax: 0 });
    const out: Frame[] = [];
    for (let i = 0; i < frame.length; i += 4096) out.push(...p.push(frame.subarray(i, i + 4096)));
    expect(out.length).toBe(1);
    expect(out[0].payload.length).toBe(size);
    expect(out[0].payload[0]).toBe(0x11);
    expect(out[0].payload[size - 1]).toBe(0x22);
  });

  it('frame-max is settable after tune; 0 means only the hard cap applies', () => {
    const big = new Uint8Array(200_000 + 8);
    big[0] = 3;
    new DataView(big.buffer).setUint32(3, 200_000);
    big[big.length - 1] = 0xce;
    const p = new FrameParser();
    expect(p.frameMax).toBe(131072);
    p.frameMax = 0;
    expect(p.push(big).length).toBe(1);
    p.frameMax = 4096;
    expect(p.frameMax).toBe(4096);
    expect(amqpError(() => (p.frameMax = 100)).kind).toBe('frame');
    expect(amqpError(() => new FrameParser({ frameMax: 1.5 })).kind).toBe('frame');
    expect(amqpError(() => new FrameParser({ hardCap: 0 })).kind).toBe('frame');
  });
});

describe('FrameParser errors: typed, with stream offsets, and poisoning', () => {
  it('unknown frame type: 501 with the type and the absolute offset', () => {
    const p = new FrameParser();
    p.push(STREAM); // 63 bytes
    const e = amqpError(() => p.push(hex('09 0000 00000000 ce')));
    expect(e.kind).toBe('frame');
    expect(e.replyCode).toBe(501);
    expect(e.offset).toBe(63);
    expect(e.message).toBe('at offset 63: unknown frame type 9; expected 1, 2, 3 or 8');
  });

  it('an unknown type is reported as soon as its byte arrives', () => {
    const p = new FrameParser();
    p.push(hex('08 0000 00000000 ce'));
    const e = amqpError(() => p.push(hex('48'))); // "H" of an HTTP reply
    expect(e.offset).toBe(8);
    expect(e.message).toMatch(/unknown frame type 72/);
  });

  it('bad frame end: 501 at the end octet, whole or split', () => {
    const bad = hex('03 0001 00000002 6869 00');
    let e = amqpError(() => new FrameParser().push(bad));
    expect(e.replyCode).toBe(501);
    expect(e.offset).toBe(9);
    expect(e.message).toBe('at offset 9: frame end octet is 0x0, expected 0xce');
    const p = new FrameParser();
    p.push(bad.subarray(0, 8));
    e = amqpError(() => p.push(bad.subarray(8)));
    expect(e.offset).toBe(9);
  });

  it('oversize: checked from the header alone, before any payload is buffered', () => {
    // Size ffffffff: must fail on the 7 header bytes, with nothing allocated or held.
    const p = new FrameParser();
    const e = amqpError(() => p.push(hex('03 0001 ffffffff')));
    expect(e.replyCode).toBe(501);
    expect(e.offset).toBe(0);
    expect(e.message).toMatch(/frame payload of 4294967295 bytes exceeds the limit of 131064/);
    // Even with frame-max 0 the hard cap applies.
    const q = new FrameParser({ frameMax: 0 });
    expect(amqpError(() => q.push(hex('03 0001 ffffffff'))).message).toMatch(/exceeds the limit of 16777208/);
  });

  it('the limit is frame-max − 8 payload bytes', () => {
    const ok = new FrameParser({ frameMax: 4096 });
    expect(ok.push(hex('03 0001 00000ff8'))).toEqual([]); // 4088: allowed, waiting for the payload
    expect(ok.buffered).toBe(7);
    const p = new FrameParser({ frameMax: 4096 });
    expect(amqpError(() => p.push(hex('03 0001 00000ff9'))).offset).toBe(0); // 4089
    const capped = new FrameParser({ frameMax: 0, hardCap: 8192 });
    expect(amqpError(() => capped.push(hex('03 0001 00001ff9'))).replyCode).toBe(501); // 8185
    expect(new FrameParser({ frameMax: 0, hardCap: 8192 }).push(hex('03 0001 00001ff8'))).toEqual([]);
  });

  it('heartbeat on channel 1: 505 UNEXPECTED_FRAME', () => {
    const e = amqpError(() => new FrameParser().push(hex('08 0001 00000000 ce')));
    expect(e.kind).toBe('frame');
    expect(e.replyCode).toBe(505);
    expect(e.offset).toBe(0);
  });

  it('heartbeat with a payload: 501', () => {
    const e = amqpError(() => new FrameParser().push(hex('08 0000 00000001 00 ce')));
    expect(e.replyCode).toBe(501);
    expect(e.message).toMatch(/heartbeat with a 1-byte payload/);
  });

  it('version mismatch: the server answers with its own protocol header', () => {
    const header = hex('41 4D 51 50 00 00 09 00');
    const e = amqpError(() => new FrameParser().push(header));
    expect(e.kind).toBe('version-mismatch');
    expect(e.message).toBe('server does not support AMQP 0-9-1; it offered AMQP 0-0-9-0');
    expect(e.message).not.toMatch(/frame type/);
    // The same header in single bytes: no error until all 8 are in.
    const p = new FrameParser();
    for (let i = 0; i < 7; i++) expect(p.push(header.subarray(i, i + 1))).toEqual([]);
    expect(p.buffered).toBe(7);
    expect(amqpError(() => p.push(header.subarray(7))).kind).toBe('version-mismatch');
    // AMQP 1.0 offered by a server: 'AMQP' 0 1 0 0.
    expect(amqpError(() => new FrameParser().push(hex('414d5150 00010000'))).message).toMatch(/offered AMQP 0-1-0-0$/);
  });

  it('"A" that is not "AMQP", or an "A" later in the stream, is an unknown frame type 65', () => {
    expect(amqpError(() => new FrameParser().push(hex('41 42'))).message).toMatch(/unknown frame type 65/);
    const p = new FrameParser();
    p.push(hex('08 0000 00000000 ce'));
    const e = amqpError(() => p.push(hex('414d5150 00000901')));
    expect(e.kind).toBe('frame');
    expect(e.offset).toBe(8);
  });

  it('finish() with a partial frame: 501 truncated frame at the frame start', () => {
    for (const cut of [1, 6, 7, 12, 19]) {
      const p = new FrameParser();
      p.push(hex(HEARTBEAT));
      p.push(STREAM.subarray(0, cut));
      const e = amqpError(() => p.finish());
      expect(e.replyCode).toBe(501);
      expect(e.offset).toBe(8);
      expect(e.message).toMatch(/^at offset 8: truncated frame/);
    }
    const done = new FrameParser();
    done.push(STREAM);
    expect(() => done.finish()).not.toThrow();
    const version = new FrameParser();
    version.push(hex('414d'));
    expect(amqpError(() => version.finish()).replyCode).toBe(501);
  });

  it('after an error the parser is poisoned: the same error again', () => {
    const p = new FrameParser();
    const first = amqpError(() => p.push(hex('07')));
    const again = amqpError(() => p.push(STREAM));
    expect(again).toBe(first);
    expect(amqpError(() => p.finish())).toBe(first);
  });

  it('push refuses a non-Uint8Array', () => {
    expect(amqpError(() => new FrameParser().push('abc' as unknown as Uint8Array)).kind).toBe('frame');
  });
});

describe('frames split across chunks: one buffer of the declared size when within frame-max', () => {
  function bodyFrame(size: number): Uint8Array {
    const f = new Uint8Array(size + 8);
    f.set([3, 0, 1, size >>> 24, (size >>> 16) & 0xff, (size >>> 8) & 0xff, size & 0xff]);
    for (let i = 0; i < size; i++) f[7 + i] = i & 0xff;
    f[size + 7] = 0xce;
    return f;
  }

  it('a 100000-byte payload in 64 KiB chunks is assembled in one exact buffer, bytes intact', () => {
    const f = bodyFrame(100000);
    const p = new FrameParser({ frameMax: 131072 });
    const frames = [...p.push(f.subarray(0, 65536)), ...p.push(f.subarray(65536))];
    expect(frames).toHaveLength(1);
    expect(frames[0].payload.buffer.byteLength).toBe(100000);
    expect(toHex(frames[0].payload)).toBe(toHex(f.subarray(7, 100007)));
  });

  it('with frameMax 0, a declared size over 1 MiB still grows as bytes arrive', () => {
    const p = new FrameParser({ frameMax: 0 });
    const f = bodyFrame(2 * 1024 * 1024);
    expect(p.push(f.subarray(0, 1000))).toEqual([]);
    expect(p.buffered).toBe(1000);
    const frames = p.push(f.subarray(1000));
    expect(frames).toHaveLength(1);
    expect(toHex(frames[0].payload.subarray(0, 64))).toBe(toHex(f.subarray(7, 71)));
    expect(frames[0].payload.length).toBe(2 * 1024 * 1024);
  });
});

describe('FrameParser: every split of one frame, inputs, and the exact error texts', () => {
  // A body frame of 300 bytes, written by hand: 03, channel 2, size 0000012c, bytes 0..255 0..43, ce.
  const SIZE = 300;
  const FRAME = new Uint8Array(SIZE + 8);
  FRAME.set([0x03, 0x00, 0x02, 0x00, 0x00, 0x01, 0x2c]);
  for (let i = 0; i < SIZE; i++) FRAME[7 + i] = i & 0xff;
  FRAME[SIZE + 7] = 0xce;
  const PAYLOAD = toHex(FRAME.subarray(7, 7 + SIZE));

  it('split at every position: same frame; a view when the 2nd chunk holds the rest of the header, payload and end', () => {
    for (let k = 0; k <= FRAME.length; k++) {
      const first = FRAME.slice(0, k);
      const second = FRAME.slice(k);
      const p = new FrameParser();
      const frames = [...p.push(first)];
      if (k < FRAME.length) expect(p.buffered, `split at ${k}`).toBe(k);
      frames.push(...p.push(second));
      expect(frames, `split at ${k}`).toHaveLength(1);
      const [f] = frames;
      expect([f.type, f.channel, toHex(f.payload)], `split at ${k}`).toEqual([3, 2, PAYLOAD]);
      const whole = k === 0 ? second : k === FRAME.length ? first : undefined;
      if (whole) expect(f.payload.buffer, `split at ${k}`).toBe(whole.buffer);
      else if (k >= 7) expect(f.payload.buffer.byteLength, `split at ${k}: one exact allocation`).toBe(SIZE);
      else expect(f.payload.buffer, `split at ${k}: payload and end octet in the 2nd chunk`).toBe(second.buffer);
      expect(p.buffered).toBe(0);
      p.finish();
    }
  });

  it('the end octet alone in its chunk, and a bad one there: 501 at its absolute offset', () => {
    const p = new FrameParser();
    p.push(hex(HEARTBEAT)); // 8 bytes
    expect(p.push(FRAME.subarray(0, SIZE + 7))).toEqual([]);
    expect(p.buffered).toBe(SIZE + 7);
    const [f] = p.push(hex('ce'));
    expect(toHex(f.payload)).toBe(PAYLOAD);
    const q = new FrameParser();
    q.push(hex(HEARTBEAT));
    q.push(FRAME.subarray(0, SIZE + 7));
    const e = amqpError(() => q.push(hex('cf')));
    expect([e.replyCode, e.offset, e.message]).toEqual([
      501,
      315,
      'at offset 315: frame end octet is 0xcf, expected 0xce',
    ]);
  });

  it('with frameMax 0, a frame over 1 MiB grows in odd chunks and arrives whole, in an exact buffer', () => {
    const size = (1 << 20) + 1001;
    const f = new Uint8Array(size + 8);
    f.set([3, 0, 1, size >>> 24, (size >>> 16) & 0xff, (size >>> 8) & 0xff, size & 0xff]);
    for (let i = 0; i < size; i++) f[7 + i] = (i * 7) & 0xff;
    f[size + 7] = 0xce;
    const p = new FrameParser({ frameMax: 0 });
    const out: Frame[] = [];
    let at = 0;
    for (const step of [1, 6, 1, 3, 100000, 65536, 1, 999999]) {
      out.push(...p.push(f.subarray(at, at + step)));
      at += step;
      if (at < f.length) expect(p.buffered).toBe(Math.min(at, f.length - 1));
    }
    out.push(...p.push(f.subarray(at)));
    expect(out).toHaveLength(1);
    expect(out[0].payload.length).toBe(size);
    expect(out[0].payload.buffer.byteLength).toBe(size);
    expect(sameBytes(out[0].payload, f.subarray(7, 7 + size))).toBe(true);
  });

  it('the version header split at every position; "AMQ" then another byte is type 65 at offset 0', () => {
    const header = hex('41 4D 51 50 00 00 09 01');
    for (let k = 1; k < 8; k++) {
      const p = new FrameParser();
      expect(p.push(header.subarray(0, k))).toEqual([]);
      expect(p.buffered).toBe(k);
      const e = amqpError(() => p.push(header.subarray(k)));
      expect([e.kind, e.replyCode, e.offset, e.message]).toEqual([
        'version-mismatch',
        undefined,
        undefined,
        'server does not support AMQP 0-9-1; it offered AMQP 0-0-9-1',
      ]);
      expect(amqpError(() => p.push(STREAM))).toBe(e); // poisoned by it
      expect(amqpError(() => p.finish())).toBe(e);
    }
    for (const wrong of ['41 4d 51 51', '41 4d 52', '41 00']) {
      const bytes = hex(wrong);
      const p = new FrameParser();
      for (let i = 0; i < bytes.length - 1; i++) expect(p.push(bytes.subarray(i, i + 1))).toEqual([]);
      const e = amqpError(() => p.push(bytes.subarray(bytes.length - 1)));
      expect([e.replyCode, e.offset, e.message]).toEqual([
        501,
        0,
        'at offset 0: unknown frame type 65; expected 1, 2, 3 or 8',
      ]);
    }
  });

  it('finish() texts: bytes held, and the frame size once the header is complete', () => {
    const cases: [number, string][] = [
      [1, 'at offset 8: truncated frame: the stream ended after byte 1'],
      [6, 'at offset 8: truncated frame: the stream ended after byte 6'],
      [7, 'at offset 8: truncated frame: the stream ended after byte 7 of 20'],
      [19, 'at offset 8: truncated frame: the stream ended after byte 19 of 20'],
    ];
    for (const [cut, text] of cases) {
      const p = new FrameParser();
      p.push(hex(HEARTBEAT));
      p.push(STREAM.subarray(0, cut));
      expect(amqpError(() => p.finish()).message).toBe(text);
    }
  });

  it('the oversize text names the size, the limit, frame-max, the hard cap and the 8 bytes of framing', () => {
    const p = new FrameParser({ frameMax: 0, hardCap: 8192 });
    p.push(hex(HEARTBEAT));
    const e = amqpError(() => p.push(hex('03 0001 00001ff9')));
    expect(e.message).toBe(
      'at offset 8: frame payload of 8185 bytes exceeds the limit of 8184 (frame-max 0, hard cap 8192, less 8 bytes of framing)',
    );
  });

  it('ArrayBuffer and Buffer chunks are viewed, not copied; other values are refused with a typed error', () => {
    const ab = FRAME.slice().buffer;
    const [a] = new FrameParser().push(ab);
    expect([a.payload.constructor, a.payload.buffer, a.payload.byteOffset]).toEqual([Uint8Array, ab, 7]);
    const buf = Buffer.from(FRAME);
    const [b] = new FrameParser().push(buf);
    expect([b.payload.constructor, b.payload.buffer, b.payload.byteOffset]).toEqual([
      Uint8Array,
      buf.buffer,
      buf.byteOffset + 7,
    ]);
    for (const bad of [
      null,
      undefined,
      'abc',
      [3, 0],
      new DataView(ab),
      new Uint16Array(4),
      new SharedArrayBuffer(8),
      { constructor: Uint8Array, length: 8 }, // only looks like one: its bytes would read as undefined
    ]) {
      const e = amqpError(() => new FrameParser().push(bad as unknown as Uint8Array));
      expect([e.kind, e.offset]).toEqual(['frame', undefined]);
      expect(e.message).toMatch(/ is not a Uint8Array or an ArrayBuffer$/);
    }
  });
});
