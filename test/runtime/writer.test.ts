import { describe, expect, it } from 'vitest';
import {
  Writer,
  bool,
  encodeLongstr,
  encodeShortstr,
  finishFrame,
  methodFrame,
  writeU16,
  writeU32,
  writeU64,
  writeU8,
} from '../../templates/runtime/writer.js';
import { amqpError } from '../helpers/errors.js';
import { hex, toHex } from '../helpers/bytes.js';

describe('Writer integers', () => {
  it('writes big-endian unsigned values', () => {
    const w = new Writer(15);
    writeU8(w, 0xab, 'a');
    writeU16(w, 0x0102, 'b');
    writeU32(w, 0xdeadbeef, 'c');
    writeU64(w, 0x0102030405, 'd');
    expect(toHex(w.bytes)).toBe(toHex(hex('ab 0102 deadbeef 00000001 02030405')));
    expect(w.pos).toBe(15);
  });

  it('u64 takes safe numbers and bigints up to 2^64−1, exactly', () => {
    const w = new Writer(24);
    writeU64(w, Number.MAX_SAFE_INTEGER, 'a'); // 001fffff ffffffff
    writeU64(w, 2n ** 64n - 1n, 'b');
    writeU64(w, 2n ** 53n + 1n, 'c'); // 00200000 00000001
    expect(toHex(w.bytes)).toBe(toHex(hex('001fffff ffffffff ffffffff ffffffff 00200000 00000001')));
  });

  it('u64 splits a number at the 32-bit word boundary exactly', () => {
    const w = new Writer(32);
    writeU64(w, 0xffffffff, 'a'); // 00000000 ffffffff
    writeU64(w, 2 ** 32, 'b'); // 00000001 00000000
    writeU64(w, 3 * 2 ** 32 + 7, 'c'); // 00000003 00000007
    writeU64(w, 2 ** 52 + 2 ** 31, 'd'); // 00100000 80000000
    expect(toHex(w.bytes)).toBe(toHex(hex('00000000 ffffffff 00000001 00000000 00000003 00000007 00100000 80000000')));
  });

  it('range and integer errors name the field and the domain', () => {
    const e = amqpError(() => writeU16(new Writer(2), 70000, 'basic.qos.prefetch-count'));
    expect(e.kind).toBe('encode');
    expect(e.replyCode).toBeUndefined();
    expect(e.context).toBe('basic.qos.prefetch-count');
    expect(e.message).toBe('basic.qos.prefetch-count: 70000 is not a short (integer 0..65535)');

    const writers = { u8: writeU8, u16: writeU16, u32: writeU32, u64: writeU64 };
    const bad: [keyof typeof writers, unknown][] = [
      ['u8', 256],
      ['u8', -1],
      ['u8', 1.5],
      ['u8', NaN],
      ['u8', '1'],
      ['u8', undefined],
      ['u8', 1n],
      ['u16', 65536],
      ['u16', -1],
      ['u16', 0.5],
      ['u32', 2 ** 32],
      ['u32', -1],
      ['u32', Infinity],
      ['u32', null],
      ['u64', -1],
      ['u64', 2 ** 53],
      ['u64', 1.5],
      ['u64', -1n],
      ['u64', 2n ** 64n],
      ['u64', '5'],
    ];
    for (const [method, value] of bad) {
      const w = new Writer(8);
      const err = amqpError(() => (writers[method] as (w: Writer, v: unknown, c: string) => void)(w, value, 'f'));
      expect(err.kind, `${method}(${String(value)})`).toBe('encode');
      expect(err.context).toBe('f');
      expect(w.pos).toBe(0);
    }
    expect(amqpError(() => writeU64(new Writer(8), 2 ** 53, 'x')).message).toMatch(/must be passed as bigint/);
    expect(amqpError(() => writeU8(new Writer(1), -0.5, 'x')).message).toBe('x: -0.5 is not an octet (integer 0..255)');
  });

  it('accepts the range limits', () => {
    const w = new Writer(1 + 2 + 4 + 8 + 4);
    writeU8(w, 255, 'a');
    writeU16(w, 65535, 'b');
    writeU32(w, 4294967295, 'c');
    writeU64(w, 0, 'd');
    writeU32(w, 0, 'e');
    expect(w.pos).toBe(19);
  });

  it('a write past the exact allocation is an internal error, not a silent drop', () => {
    const w = new Writer(1);
    writeU8(w, 1, 'a');
    expect(amqpError(() => writeU8(w, 1, 'b')).message).toMatch(/internal size mismatch/);
    expect(amqpError(() => writeU32(new Writer(3), 1, 'c')).message).toMatch(/internal size mismatch/);
    expect(amqpError(() => new Writer(2).raw(new Uint8Array(3))).message).toMatch(/internal size mismatch/);
    expect(amqpError(() => new Writer(-1)).kind).toBe('encode');
  });

  it('raw, shortstrText and longstr', () => {
    // raw cafe (2) · shortstr 03 616263 (4) · longstr 00000002 ff00 (6) = 12 bytes.
    const w = new Writer(12);
    w.raw(hex('cafe'));
    w.shortstrText('abc', 3);
    w.longstr(hex('ff00'));
    expect(w.pos).toBe(12);
    expect(toHex(w.bytes)).toBe(toHex(hex('cafe 03 616263 00000002 ff00')));
  });
});

describe('bool / encodeShortstr / encodeLongstr', () => {
  it('bool', () => {
    expect(bool(true, 'x')).toBe(1);
    expect(bool(false, 'x')).toBe(0);
    expect(amqpError(() => bool(1 as unknown as boolean, 'queue.declare.durable')).context).toBe(
      'queue.declare.durable',
    );
    expect(amqpError(() => bool(undefined as unknown as boolean, 'x')).message).toBe('x: undefined is not a boolean');
  });

  it('shortstr: 255 UTF-8 bytes ok; 256 and 258 (86 × €) are errors', () => {
    expect(encodeShortstr('a'.repeat(255), 'x').length).toBe(255);
    expect(encodeShortstr('€'.repeat(85), 'x').length).toBe(255);
    const e = amqpError(() => encodeShortstr('€'.repeat(86), 'basic.publish.exchange'));
    expect(e.message).toBe('basic.publish.exchange: shortstr is 258 UTF-8 bytes; at most 255 allowed');
    expect(amqpError(() => encodeShortstr('a'.repeat(256), 'x')).message).toBe(
      'x: shortstr is 256 UTF-8 bytes; at most 255 allowed',
    );
    expect(amqpError(() => encodeShortstr('é'.repeat(128), 'x')).message).toMatch(/256 UTF-8 bytes/);
    expect(amqpError(() => encodeShortstr(5 as unknown as string, 'x')).message).toBe('x: 5 is not a string');
    expect(toHex(encodeShortstr('hé', 'x'))).toBe('68c3a9');
  });

  it('longstr: strings become UTF-8, bytes are used as is', () => {
    expect(toHex(encodeLongstr('€', 'x'))).toBe('e282ac');
    const bytes = hex('00ff');
    expect(encodeLongstr(bytes, 'x')).toBe(bytes);
    expect(amqpError(() => encodeLongstr(null as unknown as string, 'connection.start-ok.response')).context).toBe(
      'connection.start-ok.response',
    );
    expect(amqpError(() => encodeLongstr([1] as unknown as string, 'x')).kind).toBe('encode');
  });
});

describe('methodFrame / finishFrame', () => {
  it('connection.tune-ok on channel 0 (channel-max 2047, frame-max 131072, heartbeat 60)', () => {
    // type 01 · channel 0000 · size 0000000c (4 + 8 args) · class 000a (10) · method 001f (31)
    // · channel-max 07ff · frame-max 00020000 · heartbeat 003c · end ce
    const w = methodFrame(0, 10, 31, 8);
    expect(w.pos).toBe(11);
    writeU16(w, 2047, 'connection.tune-ok.channel-max');
    writeU32(w, 131072, 'connection.tune-ok.frame-max');
    writeU16(w, 60, 'connection.tune-ok.heartbeat');
    expect(toHex(finishFrame(w))).toBe(toHex(hex('01 0000 0000000c 000a 001f 07ff 00020000 003c ce')));
  });

  it('validates the channel', () => {
    const e = amqpError(() => methodFrame(65536, 10, 31, 0));
    expect(e.context).toBe('channel');
    expect(amqpError(() => methodFrame(-1, 10, 31, 0)).kind).toBe('encode');
    expect(amqpError(() => methodFrame(0, 10, 31, -1)).kind).toBe('encode');
  });

  it('finishFrame refuses a frame not filled exactly (internal size mismatch)', () => {
    const w = methodFrame(1, 20, 10, 2);
    expect(amqpError(() => finishFrame(w)).message).toMatch(/internal size mismatch/);
    writeU16(w, 0, 'x');
    expect(finishFrame(w).length).toBe(7 + 4 + 2 + 1);
  });

  it('a throw half-way leaves nothing returned', () => {
    let out: Uint8Array | undefined;
    expect(() => {
      const w = methodFrame(1, 60, 40, 2);
      writeU16(w, 70000, 'x');
      out = finishFrame(w);
    }).toThrow();
    expect(out).toBeUndefined();
  });
});
