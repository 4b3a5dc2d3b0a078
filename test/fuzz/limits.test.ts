/**
 * Hostile sizes: a frame size of 2^32−1, or a table / string / array length past the end of its frame,
 * fails with the typed error as soon as the size is read, before anything of that size is allocated
 * (checked through the parser's `buffered` and the process's ArrayBuffer memory), and nesting cannot
 * overflow the stack.
 */
import { describe, expect, it } from 'vitest';
import {
  FrameParser,
  MAX_FIELD_NESTING,
  Reader,
  decodeContentHeader,
  decodeFrame,
  decodeMethod,
  decodeTable,
  encodeTable,
  type AmqpError,
  type FieldTable,
} from '../../generated/src/index.js';
import { amqpError } from '../helpers/errors.js';

const MiB = 1024 * 1024;

/** ArrayBuffer bytes allocated while f runs (GC can only make this smaller). */
function allocatedBy(f: () => void): number {
  const before = process.memoryUsage().arrayBuffers;
  f();
  return process.memoryUsage().arrayBuffers - before;
}

const header = (type: number, channel: number, size: number): Uint8Array => {
  const b = new Uint8Array(7);
  const v = new DataView(b.buffer);
  b[0] = type;
  v.setUint16(1, channel);
  v.setUint32(3, size);
  return b;
};

const u32 = (n: number): number[] => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

describe('frame sizes', () => {
  for (const options of [{}, { frameMax: 0 }, { frameMax: 0, hardCap: 0xffffffff }]) {
    it(`a size of 2^32−1 fails at the header, nothing buffered (options ${JSON.stringify(options)})`, () => {
      for (const type of [1, 2, 3]) {
        const parser = new FrameParser(options);
        let e: AmqpError | undefined;
        const grown = allocatedBy(() => {
          e = amqpError(() => parser.push(new Uint8Array([...header(type, 1, 0xffffffff), 1, 2, 3])));
        });
        expect([e!.kind, e!.replyCode, e!.offset]).toEqual(['frame', 501, 0]);
        expect(e!.message).toMatch(/exceeds the limit/);
        expect(grown).toBeLessThan(MiB);
      }
    });
  }

  it('a header arriving byte by byte is rejected at its 7th byte, having buffered only the header', () => {
    const parser = new FrameParser();
    const h = header(1, 0, 0xfffffff0);
    for (let i = 0; i < 6; i++) {
      expect(parser.push(h.subarray(i, i + 1))).toEqual([]);
      expect(parser.buffered).toBe(i + 1);
    }
    expect(amqpError(() => parser.push(h.subarray(6))).replyCode).toBe(501);
  });

  it('every size above the limit fails at the header; a size at the limit buffers only what arrived', () => {
    for (const frameMax of [4096, 131072]) {
      const over = new FrameParser({ frameMax });
      expect(amqpError(() => over.push(header(3, 1, frameMax - 7))).replyCode).toBe(501);
      const at = new FrameParser({ frameMax });
      expect(at.push(new Uint8Array([...header(3, 1, frameMax - 8), 1, 2, 3]))).toEqual([]);
      expect(at.buffered).toBe(10);
    }
  });

  it('a frame over the hard cap fails even with frame-max 0 ("no limit")', () => {
    const parser = new FrameParser({ frameMax: 0, hardCap: 65536 });
    expect(amqpError(() => parser.push(header(3, 1, 65536 - 7))).replyCode).toBe(501);
  });
});

describe('lengths inside a frame', () => {
  const huge = 0xffffffff;

  it('a table length of 2^32−1 with 10 bytes of input: 501, no allocation of its size', () => {
    const bytes = new Uint8Array([...u32(huge), 1, 0x6b, 0x74, 1, 0, 0]);
    let e: AmqpError | undefined;
    expect(allocatedBy(() => (e = amqpError(() => decodeTable(new Reader(bytes), 'headers'))))).toBeLessThan(MiB);
    expect([e!.replyCode, e!.offset, e!.context]).toEqual([501, 0, 'headers']);
  });

  it('S, x and A lengths of 2^32−1 inside a table: 501 at the value', () => {
    for (const tag of [0x53, 0x78, 0x41, 0x46]) {
      const entry = [1, 0x6b, tag, ...u32(huge), 0x61];
      const bytes = new Uint8Array([...u32(entry.length), ...entry]);
      const e = amqpError(() => decodeTable(new Reader(bytes), 'h'));
      expect([e.replyCode, e.offset, e.context]).toEqual([501, 7, 'h.k']);
    }
  });

  it('a longstr of 2^32−1 in connection.secure, a headers table past the header frame: 501', () => {
    const secure = new Uint8Array([0, 10, 0, 20, ...u32(huge), 1, 2, 3]);
    expect(amqpError(() => decodeMethod(secure)).replyCode).toBe(501);
    const props = new Uint8Array([0, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0, ...u32(huge), 1]);
    expect(amqpError(() => decodeContentHeader(props)).replyCode).toBe(501);
  });

  it('a shortstr length past the payload: 501 at the field', () => {
    const e = amqpError(() => decodeMethod(new Uint8Array([0, 60, 0, 21, 255, 0x61])));
    expect([e.replyCode, e.offset, e.context]).toEqual([501, 4, 'basic.consume-ok.consumer-tag']);
  });
});

describe('nesting', () => {
  /** `depth` arrays nested inside a table entry, every length exact. */
  function nestedArrays(depth: number): Uint8Array {
    const out = new Uint8Array(4 + 2 + 5 * depth);
    const view = new DataView(out.buffer);
    view.setUint32(0, 2 + 5 * depth);
    out.set([1, 0x6b], 4);
    for (let i = 0; i < depth; i++) {
      out[6 + 5 * i] = 0x41; // each array holds the next one: 5 bytes per level below it
      view.setUint32(7 + 5 * i, 5 * (depth - 1 - i));
    }
    return out;
  }

  it(`${MAX_FIELD_NESTING} levels decode; 10000 levels fail with 502, not a stack overflow`, () => {
    expect(() => decodeTable(new Reader(nestedArrays(MAX_FIELD_NESTING)), 'h')).not.toThrow();
    const e = amqpError(() => decodeTable(new Reader(nestedArrays(10000)), 'h'));
    expect(e.replyCode).toBe(502);
  });

  it('the same inside a method frame through the parser (queue.declare arguments)', () => {
    const table = nestedArrays(10000);
    const payload = new Uint8Array([0, 50, 0, 10, 0, 0, 1, 0x71, 0, ...table]);
    const frame = new Uint8Array([...header(1, 1, payload.length), ...payload, 0xce]);
    const [f] = new FrameParser({ frameMax: 0 }).push(frame);
    expect(amqpError(() => decodeFrame(f)).replyCode).toBe(502);
  });

  it('encoding 10000 nested levels fails with the typed error', () => {
    let v: unknown = 1;
    for (let i = 0; i < 10000; i++) v = { n: v };
    expect(amqpError(() => encodeTable(v as FieldTable, 'h')).kind).toBe('encode');
  });
});
