import { describe, expect, it } from 'vitest';
import { writeFrame, writeFrameHeader, type Frame, type FrameType } from '../../templates/runtime/frame-format.js';
import { FrameParser } from '../../templates/runtime/frame-parser.js';
import { frameDecoder, type FrameDecoders } from '../../templates/runtime/frame-rules.js';
import { amqpError } from '../helpers/errors.js';
import { hex, toHex } from '../helpers/bytes.js';

/** Stand-in decoders: a method payload's first two bytes are its class id (what the rules look at). */
type StubMethod = { classId: number; name: string };
const decoders = (channelZeroClasses: number[]): FrameDecoders<StubMethod, string> => ({
  decodeMethod: (p) => ({ classId: (p[0] << 8) | p[1], name: `class-${(p[0] << 8) | p[1]}` }),
  decodeContentHeader: (p) => `header of ${p.length} bytes`,
  channelZeroClasses,
});
const decodeFrameWith = (f: Frame, d: FrameDecoders<StubMethod, string>) => frameDecoder(d)(f);
const frame = (type: number, channel: number, payload: string): Frame => ({
  type: type as FrameType,
  channel,
  payload: hex(payload),
});

describe('writeFrame / writeFrameHeader: the one frame writer', () => {
  it('writes type · channel · size · payload · CE at an offset and returns the end', () => {
    const out = new Uint8Array(14);
    expect(writeFrame(out, 2, 3, 0x0102, hex('aa bb'))).toBe(12);
    expect(toHex(out)).toBe('0000' + '03' + '0102' + '00000002' + 'aabb' + 'ce' + '0000');
  });

  it('header only: big-endian channel and size, returns where the payload starts', () => {
    const out = new Uint8Array(7);
    expect(writeFrameHeader(out, 0, 1, 0xfffe, 0x01020304)).toBe(7);
    expect(toHex(out)).toBe('01' + 'fffe' + '01020304');
  });
});

describe('frameDecoder: frame rules with the spec part passed in', () => {
  it('a channel-0 class travels on channel 0 only (503 elsewhere); other classes never on channel 0 (504)', () => {
    const d = decoders([10]);
    expect(decodeFrameWith(frame(1, 0, '000a'), d)).toEqual({
      type: 'method',
      channel: 0,
      method: { classId: 10, name: 'class-10' },
    });
    const moved = amqpError(() => decodeFrameWith(frame(1, 5, '000a'), d));
    expect([moved.replyCode, moved.kind, moved.context]).toEqual([503, 'decode', 'class-10']);
    expect(moved.message).toBe('class-10 at offset 0: connection methods travel on channel 0 only, not on channel 5');
    const onZero = amqpError(() => decodeFrameWith(frame(1, 0, '0014'), d));
    expect([onZero.replyCode, onZero.context]).toEqual([504, 'class-20']);
    expect(decodeFrameWith(frame(1, 5, '0014'), d)).toMatchObject({ type: 'method', channel: 5 });
  });

  it('without channel-0 classes (a --classes subset) every method on channel 0 is 504 and none is 503', () => {
    const d = decoders([]);
    expect(amqpError(() => decodeFrameWith(frame(1, 0, '000a'), d)).replyCode).toBe(504);
    expect(decodeFrameWith(frame(1, 1, '000a'), d)).toMatchObject({ type: 'method', channel: 1 });
  });

  it('headers and bodies: never on channel 0; the body is the payload itself', () => {
    const d = decoders([10]);
    expect(decodeFrameWith(frame(2, 1, '00 3c 00 00'), d)).toEqual({
      type: 'header',
      channel: 1,
      header: 'header of 4 bytes',
    });
    const body = frame(3, 2, 'de ad');
    const decoded = decodeFrameWith(body, d);
    expect(decoded.type === 'body' && decoded.body).toBe(body.payload);
    expect(amqpError(() => decodeFrameWith(frame(2, 0, '00'), d)).context).toBe('header');
    expect(amqpError(() => decodeFrameWith(frame(3, 0, '00'), d)).context).toBe('body');
  });

  it('heartbeats: the same rule and words as FrameParser, as decode errors', () => {
    const d = decoders([10]);
    expect(decodeFrameWith(frame(8, 0, ''), d)).toEqual({ type: 'heartbeat', channel: 0 });
    for (const [wire, channel, payload, text] of [
      ['08 0001 00000000 ce', 1, '', 'at offset 0: heartbeat on channel 1; heartbeats belong to channel 0'],
      ['08 0000 00000001 00 ce', 0, '00', 'at offset 0: heartbeat with a 1-byte payload; heartbeats are empty'],
    ] as const) {
      const fromParser = amqpError(() => new FrameParser().push(hex(wire)));
      const fromDecoder = amqpError(() => decodeFrameWith(frame(8, channel, payload), d));
      expect(fromParser.message).toBe(text);
      expect(fromDecoder.message).toBe(`heartbeat ${text}`);
      expect(fromDecoder.replyCode).toBe(fromParser.replyCode);
      expect([fromParser.kind, fromDecoder.kind, fromDecoder.context]).toEqual(['frame', 'decode', 'heartbeat']);
    }
  });

  it('an unknown frame type is 501 with the type in the message', () => {
    const e = amqpError(() => decodeFrameWith(frame(4, 1, ''), decoders([10])));
    expect([e.replyCode, e.context, e.message]).toEqual([
      501,
      'frame.type',
      'frame.type at offset 0: unknown frame type 4; expected 1, 2, 3 or 8',
    ]);
  });
});
