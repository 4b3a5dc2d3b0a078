import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAmqpError } from '../../templates/runtime/errors.js';
import { Reader } from '../../templates/runtime/reader.js';
import { amqpError } from '../helpers/errors.js';
import { hex } from '../helpers/bytes.js';
import { offsetView } from './helpers.js';

/** Every read under test, with one full encoding of it: the truncation tests cut these short. */
const fullEncodings = {
  u8: 'ff',
  u16: 'ffff',
  u32: 'ffffffff',
  u64: 'ffffffff ffffffff',
  i8: 'ff',
  i16: 'ffff',
  i32: 'ffffffff',
  i64: 'ffffffff ffffffff',
  f32: '3fc00000',
  f64: '3fb99999 9999999a',
  shortstr: '03 616263',
  skipShortstr: '03 616263',
  longstr: '00000003 616263',
  skipLongstr: '00000003 616263',
  table: '00000004 0161 7401',
} satisfies Partial<Record<keyof Reader, string>>;
type ReadName = keyof typeof fullEncodings;
const readNames = Object.keys(fullEncodings) as ReadName[];

const read = (r: Reader, name: ReadName, ctx = 'ctx'): unknown => (r[name] as (c: string) => unknown).call(r, ctx);

describe('Reader values', () => {
  // Hand-written encodings and their values.
  const rows: [ReadName, string, unknown][] = [
    ['u8', 'ff', 255],
    ['u16', 'fffe', 65534],
    ['u32', 'fffffffe', 4294967294],
    ['u64', '00000001 00000000', 4294967296],
    ['u64', '001fffff ffffffff', Number.MAX_SAFE_INTEGER],
    ['u64', '00200000 00000000', 2n ** 53n], // above the safe range: exact bigint
    ['u64', 'ffffffff ffffffff', 2n ** 64n - 1n],
    ['i8', '80', -128],
    ['i16', '8000', -32768],
    ['i32', 'ffffffff', -1],
    ['i64', 'ffffffff ffffffff', -1],
    ['i64', 'ffe00000 00000001', -Number.MAX_SAFE_INTEGER],
    ['i64', 'ffe00000 00000000', -(2n ** 53n)],
    ['i64', '80000000 00000000', -(2n ** 63n)],
    ['i64', '7fffffff ffffffff', 2n ** 63n - 1n],
    ['f32', '3fc00000', 1.5],
    ['f64', '3fb99999 9999999a', 0.1],
    ['shortstr', '00', ''],
    ['shortstr', '03 68c3a9', 'hé'],
    ['shortstr', '02 ff61', '\ufffda'], // invalid UTF-8 → U+FFFD (lenient)
    ['longstr', '00000002 ff00', new Uint8Array([0xff, 0x00])],
    ['table', '00000004 0161 7401', { a: true }],
  ];

  for (const [name, bytes, value] of rows) {
    it(`${name} ${bytes}`, () => {
      for (const input of [hex(bytes), offsetView(hex(bytes))]) {
        const r = new Reader(input);
        expect(read(r, name)).toEqual(value);
        expect(r.pos).toBe(r.end);
        r.expectEnd('ctx');
      }
    });
  }

  it('a shortstr of length 200 is read unsigned and does not corrupt the next field (amq-protocol#14)', () => {
    // reply-text of 200 bytes (length c8) followed by class-id 0014 (20).
    const bytes = new Uint8Array(1 + 200 + 2);
    bytes[0] = 0xc8;
    bytes.fill(0x78, 1, 201);
    bytes[201] = 0x00;
    bytes[202] = 0x14;
    const r = new Reader(bytes);
    expect(r.shortstr('connection.close.reply-text')).toBe('x'.repeat(200));
    expect(r.u16('connection.close.class-id')).toBe(20);
  });

  it('skipShortstr and skipLongstr advance past reserved fields', () => {
    const r = new Reader(hex('03 616263 00000002 ffff 07'));
    r.skipShortstr('a');
    r.skipLongstr('b');
    expect(r.u8('c')).toBe(7);
  });

  it('longstr is a view of the input (aliasing)', () => {
    const input = hex('00000002 abcd');
    const v = new Reader(input).longstr('x');
    expect(v.buffer).toBe(input.buffer);
    expect(v.byteOffset).toBe(input.byteOffset + 4);
  });

  it('a window: offsets and limits are relative to start', () => {
    const bytes = hex('ee ee 0001 0002 ee');
    const r = new Reader(bytes, 2, 6);
    expect(r.end).toBe(4);
    expect(r.u16('a')).toBe(1);
    expect(r.u16('b')).toBe(2);
    const e = amqpError(() => r.u8('c')); // byte 6 exists, but lies outside the window
    expect(e.offset).toBe(4);
    expect(amqpError(() => new Reader(bytes, 5, 2)).kind).toBe('decode');
    expect(amqpError(() => new Reader(bytes, 0, 99)).kind).toBe('decode');
    expect(amqpError(() => new Reader(null as unknown as Uint8Array)).kind).toBe('decode');
  });
});

describe('Reader truncation: typed 501 errors with offsets, never RangeError', () => {
  for (const name of readNames) {
    it(`${name}: every cut short of the full encoding`, () => {
      const full = hex(fullEncodings[name]);
      for (let cut = 0; cut < full.length; cut++) {
        // Three bytes of an earlier field first, so the offset is not trivially 0.
        const input = new Uint8Array(3 + cut);
        input.set(full.subarray(0, cut), 3);
        const r = new Reader(offsetView(input, 7));
        r.pos = 3;
        const e = amqpError(() => read(r, name, 'basic.deliver.routing-key'));
        expect(e.kind).toBe('decode');
        expect(e.replyCode).toBe(501);
        expect(e.offset).toBe(3);
        expect(e.context).toBe('basic.deliver.routing-key');
        expect(e.message).toMatch(
          /^basic\.deliver\.routing-key at offset 3: (truncated: needs \d+ bytes?, \d+ left|table length \d+ runs past its container)/,
        );
      }
    });
  }

  it('message for a shortstr cut inside its content', () => {
    const input = new Uint8Array(23 + 3);
    input.set(hex('05 6162'), 23);
    const r = new Reader(input);
    r.pos = 23;
    expect(amqpError(() => r.shortstr('basic.deliver.routing-key')).message).toBe(
      'basic.deliver.routing-key at offset 23: truncated: needs 5 bytes, 2 left',
    );
  });

  it('a longstr length of 2^32−1 is an error, not an allocation', () => {
    const e = amqpError(() => new Reader(hex('ffffffff 00')).longstr('x'));
    expect(e.message).toBe('x at offset 0: truncated: needs 4294967295 bytes, 1 left');
  });

  it('expectEnd: trailing bytes are a 501 with the offset', () => {
    const r = new Reader(hex('0001 ffff'));
    r.u16('a');
    const e = amqpError(() => r.expectEnd('queue.bind'));
    expect(e.replyCode).toBe(501);
    expect(e.offset).toBe(2);
    expect(e.message).toBe('queue.bind at offset 2: 2 trailing bytes after the last field');
  });

  it('property: any sequence of reads on any bytes throws only AmqpError', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.nat(8),
        fc.array(fc.constantFrom(...readNames), { maxLength: 12 }),
        (bytes, lead, ops) => {
          const r = new Reader(offsetView(bytes, lead + 1));
          try {
            for (const op of ops) read(r, op);
            r.expectEnd('end');
          } catch (e) {
            if (!isAmqpError(e)) throw e;
            expect(e.replyCode === 501 || e.replyCode === 502).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: random table bodies decode or fail with AmqpError', () => {
    // Bias towards valid-looking structure: a correct outer length around random content.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (content) => {
        const bytes = new Uint8Array(4 + content.length);
        new DataView(bytes.buffer).setUint32(0, content.length);
        bytes.set(content, 4);
        try {
          new Reader(bytes).table('t');
        } catch (e) {
          if (!isAmqpError(e)) throw e;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
