import { describe, expect, it } from 'vitest';
import {
  FRAME_BODY,
  FRAME_END,
  FRAME_HEADER,
  FRAME_HEARTBEAT,
  FRAME_METHOD,
  FRAME_MIN_SIZE,
  HEARTBEAT_FRAME,
  PROTOCOL_HEADER,
  encodeBodyFrames,
  encodeFrame,
} from '../../templates/runtime/frames.js';
import { amqpError } from '../helpers/errors.js';
import { hex, toHex } from '../helpers/bytes.js';

describe('frame constants', () => {
  it('protocol header is "AMQP" 0 0 9 1', () => {
    expect(toHex(PROTOCOL_HEADER)).toBe('414d515000000901');
  });
  it('heartbeat frame is 08 0000 00000000 ce', () => {
    expect(toHex(HEARTBEAT_FRAME)).toBe(toHex(hex('08 0000 00000000 ce')));
  });
  it('type ids and sizes', () => {
    expect([FRAME_METHOD, FRAME_HEADER, FRAME_BODY, FRAME_HEARTBEAT, FRAME_END, FRAME_MIN_SIZE]).toEqual([
      1, 2, 3, 8, 0xce, 4096,
    ]);
  });
});

describe('encodeFrame', () => {
  it('wraps a payload: type · channel · size · payload · ce', () => {
    expect(toHex(encodeFrame(3, 0x0102, hex('68656c6c6f')))).toBe(toHex(hex('03 0102 00000005 68656c6c6f ce')));
    expect(toHex(encodeFrame(8, 0, new Uint8Array(0)))).toBe(toHex(HEARTBEAT_FRAME));
  });

  it('rejects bad types, channels, payloads and non-empty or non-zero-channel heartbeats', () => {
    expect(amqpError(() => encodeFrame(4, 0, new Uint8Array(0))).kind).toBe('encode');
    expect(amqpError(() => encodeFrame(1, 65536, new Uint8Array(0))).context).toBe('channel');
    expect(amqpError(() => encodeFrame(1, 0, [1] as unknown as Uint8Array)).kind).toBe('encode');
    expect(amqpError(() => encodeFrame(8, 1, new Uint8Array(0))).kind).toBe('encode');
    expect(amqpError(() => encodeFrame(8, 0, new Uint8Array(1))).kind).toBe('encode');
  });
});

describe('encodeBodyFrames', () => {
  it('body 131073 at frame-max 131072 → payloads 131064 + 9 (streadway/amqp#18)', () => {
    const body = new Uint8Array(131073).map((_, i) => i & 0xff);
    const frames = encodeBodyFrames(5, body, 131072);
    expect(frames.length).toBe(2);
    // 131064 = 0x0001fff8; header 03 0005 0001fff8.
    expect(toHex(frames[0].subarray(0, 7))).toBe(toHex(hex('03 0005 0001fff8')));
    expect(frames[0].length).toBe(131064 + 8);
    expect(frames[0][frames[0].length - 1]).toBe(0xce);
    expect(toHex(frames[1].subarray(0, 7))).toBe(toHex(hex('03 0005 00000009')));
    expect(frames[1].length).toBe(9 + 8);
    // Payload bytes are the body, in order.
    expect(frames[0][7]).toBe(0);
    expect(frames[0][7 + 131063]).toBe(131063 & 0xff);
    expect(toHex(frames[1].subarray(7, 16))).toBe(toHex(body.subarray(131064)));
    expect(frames[1][16]).toBe(0xce);
    // Each frame is at most frame-max bytes in total.
    for (const f of frames) expect(f.length).toBeLessThanOrEqual(131072);
  });

  it('a body of exactly frame-max − 8 is one frame; one more byte makes two', () => {
    expect(encodeBodyFrames(1, new Uint8Array(4088), 4096).map((f) => f.length)).toEqual([4096]);
    expect(encodeBodyFrames(1, new Uint8Array(4089), 4096).map((f) => f.length)).toEqual([4096, 9]);
  });

  it('empty body → no frames', () => {
    expect(encodeBodyFrames(1, new Uint8Array(0), 131072)).toEqual([]);
  });

  it('frame-max 0 (no limit) gives one frame for an ordinary body', () => {
    const frames = encodeBodyFrames(1, hex('0102'), 0);
    expect(frames.map(toHex)).toEqual([toHex(hex('03 0001 00000002 0102 ce'))]);
  });

  it('frame-max below 4096 or invalid is an error', () => {
    for (const bad of [4095, 8, -1, 1.5, NaN, 2 ** 32]) {
      expect(amqpError(() => encodeBodyFrames(1, new Uint8Array(1), bad)).kind).toBe('encode');
    }
    expect(amqpError(() => encodeBodyFrames(70000, new Uint8Array(1), 4096)).context).toBe('channel');
  });

  it('frames are contiguous views of one allocation', () => {
    const frames = encodeBodyFrames(1, new Uint8Array(10000), 4096);
    expect(frames.length).toBe(3);
    expect(frames[1].buffer).toBe(frames[0].buffer);
    expect(frames[1].byteOffset).toBe(frames[0].byteOffset + frames[0].length);
  });
});
