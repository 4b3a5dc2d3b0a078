import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  utf8Decode,
  utf8DecodeName,
  utf8DecodeStrict,
  utf8Encode,
  utf8Length,
  utf8Write,
} from '../../templates/runtime/utf8.js';
import { hex, toHex } from '../helpers/bytes.js';

describe('utf8', () => {
  // Hand-encoded: U+0041 → 41; U+00E9 → c3 a9; U+20AC → e2 82 ac; U+1F600 → f0 9f 98 80.
  const samples: [string, string][] = [
    ['', ''],
    ['A', '41'],
    ['é', 'c3a9'],
    ['€', 'e282ac'],
    ['😀', 'f09f9880'],
    ['aé€😀', '61 c3a9 e282ac f09f9880'],
    ['\u0000\u007f', '007f'],
    ['\ufeffx', 'efbbbf 78'], // a leading BOM is data, not dropped
  ];

  for (const [s, bytes] of samples) {
    it(`encodes and decodes ${JSON.stringify(s)}`, () => {
      const b = hex(bytes);
      expect(toHex(utf8Encode(s))).toBe(toHex(b));
      expect(utf8Length(s)).toBe(b.length);
      expect(utf8Decode(b, 0, b.length)).toBe(s);
      expect(utf8DecodeStrict(b, 0, b.length)).toBe(s);
    });
  }

  it('long strings (TextEncoder path) round-trip, ASCII and not', () => {
    const ascii = 'abc'.repeat(100);
    const mixed = 'aé€😀'.repeat(100);
    for (const s of [ascii, mixed]) {
      const b = utf8Encode(s);
      expect(b.length).toBe(utf8Length(s));
      expect(utf8Decode(b, 0, b.length)).toBe(s);
    }
  });

  it('lone surrogates are written as U+FFFD (ef bf bd), 3 bytes, and do not round-trip', () => {
    for (const s of ['\ud800', 'a\udc00b', 'x'.repeat(100) + '\ud83d']) {
      const b = utf8Encode(s);
      expect(b.length).toBe(utf8Length(s));
      expect(toHex(b)).toContain('efbfbd');
      expect(utf8Decode(b, 0, b.length)).toBe(s.replace(/[\ud800-\udfff]/g, '\ufffd'));
    }
  });

  it('decode is lenient (U+FFFD), strict decode reports invalid UTF-8 as undefined', () => {
    const bad = hex('61 ff 62'); // ff is never valid
    expect(utf8Decode(bad, 0, 3)).toBe('a\ufffdb');
    expect(utf8DecodeStrict(bad, 0, 3)).toBeUndefined();
    const overlong = hex('c0 80'); // overlong NUL
    expect(utf8DecodeStrict(overlong, 0, 2)).toBeUndefined();
    const surrogate = hex('eda080'); // encoded U+D800
    expect(utf8DecodeStrict(surrogate, 0, 3)).toBeUndefined();
    const cut = hex('e282'); // € cut short
    expect(utf8DecodeStrict(cut, 0, 2)).toBeUndefined();
  });

  it('decodes a window of a larger buffer, and clamps out-of-range indexes', () => {
    const b = hex('00 41 42 43 00');
    expect(utf8Decode(b, 1, 4)).toBe('ABC');
    expect(utf8Decode(b, -5, 2)).toBe('\u0000A');
    expect(utf8Decode(b, 3, 99)).toBe('C\u0000');
    expect(utf8Decode(b, 4, 2)).toBe('');
    expect(utf8DecodeStrict(b, 1, 99)).toBe('ABC\u0000');
  });

  it('utf8Write writes in place and returns the byte count', () => {
    const buf = new Uint8Array(20);
    expect(utf8Write('hé', buf, 2)).toBe(3);
    expect(toHex(buf.subarray(2, 5))).toBe('68c3a9');
    expect(utf8Write('abc'.repeat(5), buf, 0)).toBe(15);
  });

  it('property: any string without lone surrogates round-trips; length matches', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const b = utf8Encode(s);
        expect(b.length).toBe(utf8Length(s));
        expect(utf8Decode(b, 0, b.length)).toBe(s);
        expect(utf8DecodeStrict(b, 0, b.length)).toBe(s);
      }),
    );
  });

  it('property: utf8Length agrees with TextEncoder for arbitrary UTF-16 (lone surrogates too)', () => {
    const units = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 })
      .map((a) => String.fromCharCode(...a));
    fc.assert(
      fc.property(units, (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
        expect(toHex(utf8Encode(s))).toBe(toHex(new TextEncoder().encode(s)));
      }),
    );
  });
});

describe('utf8DecodeName (cached names)', () => {
  it('always returns the string of the bytes, whether cached, colliding or not ASCII', () => {
    const names = ['x-death', 'x-deatj', 'amq.direct', 'rk', 'a', 'é-name', 'x'.repeat(64), 'y'.repeat(65)];
    // Many rounds with many distinct names: slots collide and are overwritten.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2000; i++) {
        const s = i < names.length ? names[i] : `name-${i}-${round}`;
        const b = utf8Encode(s);
        const padded = new Uint8Array(b.length + 4);
        padded.set(b, 2);
        expect(utf8DecodeName(padded, 2, 2 + b.length)).toBe(s);
      }
    }
    expect(utf8DecodeName(hex('61 ff 62'), 0, 3)).toBe('a\ufffdb');
    expect(utf8DecodeName(hex('61'), 1, 1)).toBe('');
  });
});
