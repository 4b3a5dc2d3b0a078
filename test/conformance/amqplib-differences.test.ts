/**
 * Known differences from amqplib 2.3.1, one test per line of docs/differences.md ("A<n>"): the exact
 * input, what amqplib does with it, and what we do.
 */
import { describe, expect, it } from 'vitest';
import {
  FrameParser,
  Reader,
  decodeContentHeader,
  decodeFrame,
  decodeMethod,
  decodeTable,
  encodeBasicHeader,
  encodeMethod,
  encodeTable,
  fieldTypeOf,
  type FieldTable,
} from '../../generated/src/index.js';
import { AMQPLIB_VERSION, amqplibDecodeTable, amqplibEncodeTable, codec, defs, frame } from './amqplib.js';
import { hex, toHex } from '../helpers/bytes.js';
import { amqpError } from '../helpers/errors.js';

/** Hex as a Buffer, the type amqplib's decoders take. */
const hexBuffer = (h: string): Buffer => Buffer.from(hex(h));
/** A method payload wrapped as a frame for amqplib's decoder (id + args). */
const payloadOf = (f: Uint8Array): Uint8Array => f.subarray(7, f.length - 1);

it('the pinned amqplib version is 2.3.1 (the differences below are verified against it)', () => {
  expect(AMQPLIB_VERSION).toBe('2.3.1');
});

describe('encoding field tables', () => {
  it('A1: a table over 64 KiB: amqplib throws RangeError (scratch buffer); we encode it (1 MiB works)', () => {
    const headers = { big: 'x'.repeat(65530) };
    expect(() => defs.encodeProperties(60, 1, 0, headers === undefined ? {} : { headers })).toThrow(
      /exceeds the 65536 byte encoding buffer/,
    );
    const mib = { big: 'y'.repeat(1 << 20), list: Array.from({ length: 1000 }, (_, i) => i) };
    const frameBytes = encodeBasicHeader(1, 0, { headers: mib });
    const props = decodeContentHeader(payloadOf(frameBytes)).properties;
    expect((props.headers!.big as string).length).toBe(1 << 20);
    expect(props.headers!.list).toEqual(mib.list);
    // A 20 KiB header string fits both.
    const k20 = { s: 'z'.repeat(20 * 1024) };
    expect(toHex(encodeBasicHeader(1, 0, { headers: k20 }))).toBe(
      toHex(defs.encodeProperties(60, 1, 0, { headers: k20 })),
    );
  });

  it('A2: integers beyond ±(2^53−1) as numbers: amqplib writes l (or d from 2^63); we refuse and ask for a bigint', () => {
    expect(toHex(amqplibEncodeTable({ k: 2 ** 53 + 2 }))).toBe('0000000b016b6c' + '0020000000000002');
    expect(toHex(amqplibEncodeTable({ k: 2 ** 63 }))).toBe('0000000b016b64' + '43e0000000000000');
    const e = amqpError(() => encodeTable({ k: 2 ** 53 + 2 }, 'headers'));
    expect([e.kind, e.context]).toEqual(['encode', 'headers.k']);
    expect(e.message).toMatch(/bigint/);
    // The bigint goes through exactly.
    expect(toHex(encodeTable({ k: 2n ** 53n + 1n }, 'headers'))).toBe('0000000b016b6c' + '0020000000000001');
  });

  it('A3: bigint values: amqplib throws TypeError; we write l', () => {
    expect(() => amqplibEncodeTable({ k: 1n })).toThrow(TypeError);
    expect(toHex(encodeTable({ k: 2n ** 63n - 1n }, 't'))).toBe('0000000b016b6c' + '7fffffffffffffff');
  });

  it('A4: −0: amqplib writes b 00 (reads back +0); we write d −0 (reads back −0)', () => {
    expect(toHex(amqplibEncodeTable({ k: -0 }))).toBe('00000004016b6200');
    const ours = encodeTable({ k: -0 }, 't');
    expect(toHex(ours)).toBe('0000000b016b64' + '8000000000000000');
    expect(Object.is(decodeTable(new Reader(ours), 't').k, -0)).toBe(true);
  });

  it('A5: NaN, −Infinity and fractions with 2^50 ≤ |v| < 2^52: amqplib throws RangeError (BigInt); we write d', () => {
    for (const [v, d] of [
      [NaN, '7ff8000000000000'],
      [-Infinity, 'fff0000000000000'],
      [2 ** 50 + 0.5, '4310000000000002'],
    ] as const) {
      expect(() => amqplibEncodeTable({ k: v })).toThrow(RangeError);
      expect(toHex(encodeTable({ k: v }, 't'))).toBe('0000000b016b64' + d);
    }
  });

  it('A6: a Uint8Array that is not a Buffer: amqplib writes a table {"0": …, "1": …}; we write x', () => {
    const v = new Uint8Array([1, 2]);
    expect(toHex(amqplibEncodeTable({ k: v }))).toBe('0000000f016b46' + '00000008' + '013062' + '01' + '013162' + '02');
    expect(toHex(encodeTable({ k: v }, 't'))).toBe('00000009016b78' + '00000002' + '0102');
  });

  it('A7: Date, Map, class instances: amqplib writes them as F of their enumerable properties; we write a Date as T and refuse the others', () => {
    expect(toHex(amqplibEncodeTable({ k: new Date(0) }))).toBe('00000007016b46' + '00000000');
    expect(toHex(amqplibEncodeTable({ k: new Map([['a', 1]]) }))).toBe('00000007016b46' + '00000000');
    class Point {
      x = 1;
    }
    expect(toHex(amqplibEncodeTable({ k: new Point() }))).toBe('0000000b016b46' + '00000004' + '017862' + '01');
    for (const v of [new Map([['a', 1]]), new Point()]) {
      const e = amqpError(() => encodeTable({ k: v } as unknown as FieldTable, 't'));
      expect([e.kind, e.context]).toEqual(['encode', 't.k']);
    }
    // T, whole seconds rounded down: 1999 ms → 1 s.
    expect(toHex(encodeTable({ k: new Date(1999) }))).toBe('0000000b016b54' + '0000000000000001');
  });

  it("A8: an object with an own '!' key is amqplib's type notation; for us it is a table with that key", () => {
    const v = { '!': 'int8', value: 5 };
    expect(toHex(amqplibEncodeTable({ k: v }))).toBe('00000004016b6205');
    const ours = encodeTable({ k: v }, 't');
    expect({ ...(decodeTable(new Reader(ours), 't').k as object) }).toEqual({ '!': 'int8', value: 5 });
  });

  it('A9: decimals: amqplib takes an unsigned digits (negative → RangeError) and reads D unsigned; ours is signed', () => {
    expect(() => amqplibEncodeTable({ k: { '!': 'decimal', value: { places: 2, digits: -1 } } })).toThrow(RangeError);
    const d = hexBuffer('00000008 01 6b 44 02 ffffffff');
    expect(amqplibDecodeTable(d)).toEqual({ k: { '!': 'decimal', value: { places: 2, digits: 4294967295 } } });
    expect({ ...(decodeTable(new Reader(d), 't').k as object) }).toEqual({ scale: 2, value: -1 });
  });
});

describe('decoding', () => {
  it('A10: 64-bit values above 2^53 (l, T, delivery-tag, timestamp, body-size): amqplib rounds; we return exact bigints', () => {
    const l = hexBuffer('0000000b 01 6b 6c 0020000000000001');
    expect(amqplibDecodeTable(l)).toEqual({ k: 9007199254740992 });
    expect(decodeTable(new Reader(l), 't').k).toBe(9007199254740993n);
    const t = hexBuffer('0000000b 01 6b 54 0020000000000001');
    expect(amqplibDecodeTable(t)).toEqual({ k: { '!': 'timestamp', value: 9007199254740992 } });
    expect(decodeTable(new Reader(t), 't').k).toBe(9007199254740993n);
    const ack = hexBuffer('0020000000000001 00');
    expect(defs.decode(defs.info(0x3c0050)!.id, ack).deliveryTag).toBe(9007199254740992);
    expect(decodeMethod(new Uint8Array([0, 60, 0, 80, ...ack])).args).toEqual({
      deliveryTag: 9007199254740993n,
      multiple: false,
    });
    const ts = hexBuffer('0040 0020000000000001');
    expect(defs.decode(60, ts).timestamp).toBe(9007199254740992);
    const header = hexBuffer('003c 0000 0000000000000000');
    expect(decodeContentHeader(new Uint8Array([...header, ...ts])).properties.timestamp).toBe(9007199254740993n);
  });

  it('A11: amqplib reads body-size signed: 2^63 becomes −9223372036854775808; we read 9223372036854775808n', () => {
    const f = hexBuffer('02 0001 0000000e 003c 0000 8000000000000000 0000 ce');
    const theirs = frame.decodeFrame(frame.parseFrame(f, 0) as never) as { size: number };
    expect(theirs.size).toBe(-9223372036854775808);
    expect(decodeContentHeader(payloadOf(f)).bodySize).toBe(9223372036854775808n);
  });

  it('A12: longlong fields and the timestamp property take only numbers in amqplib (bigint → TypeError); we take bigints', () => {
    expect(() => defs.encodeMethod(0x3c0050, 1, { deliveryTag: 2n ** 60n })).toThrow(TypeError);
    expect(() => defs.encodeProperties(60, 1, 0, { timestamp: 2n ** 60n })).toThrow(TypeError);
    const f = encodeMethod(1, { name: 'basic.ack', args: { deliveryTag: 2n ** 64n - 1n, multiple: true } });
    expect(toHex(f)).toBe('0100010000000d003c0050' + 'ffffffffffffffff' + '01' + 'ce');
  });

  it('A13: a __proto__ key: amqplib makes an F value the prototype of the decoded table (and drops other values); ours is data', () => {
    const withTable = hexBuffer('00000017 09 5f5f70726f746f5f5f 46 00000008 01 61 53 00000001 62');
    const theirs = amqplibDecodeTable(withTable);
    expect(Object.keys(theirs)).toEqual([]);
    expect((theirs as { a?: unknown }).a).toBe('b'); // inherited through the replaced prototype
    const withString = hexBuffer('00000010 09 5f5f70726f746f5f5f 53 00000001 62');
    expect(Object.keys(amqplibDecodeTable(withString))).toEqual([]);
    const ours = decodeTable(new Reader(withTable), 't');
    expect(Object.getPrototypeOf(Object.getPrototypeOf(ours))).toBe(null); // an empty, frozen prototype
    expect(Object.prototype.isPrototypeOf.call(Object.prototype, ours)).toBe(false);
    expect(Object.keys(ours)).toEqual(['__proto__']);
    expect({ ...(ours['__proto__'] as object) }).toEqual({ a: 'b' });
    expect(decodeTable(new Reader(withString), 't')['__proto__']).toBe('b');
    // and it encodes back to the same bytes
    expect(toHex(encodeTable(ours, 't'))).toBe(toHex(withTable));
  });

  it("A14: tags L (i64) and U (i16): amqplib throws TypeError 'Unexpected type tag'; we read them", () => {
    const t = hexBuffer('00000010 01 61 4c ffffffffffffffff 01 62 55 fffe');
    expect(() => amqplibDecodeTable(t)).toThrow(/Unexpected type tag "L"/);
    expect(() => amqplibDecodeTable(hexBuffer('00000005 01 62 55 fffe'))).toThrow(/Unexpected type tag "U"/);
    const ours = decodeTable(new Reader(t), 't');
    expect({ ...ours }).toEqual({ a: -1, b: -2 });
    expect([fieldTypeOf(ours, 'a'), fieldTypeOf(ours, 'b')]).toEqual(['i64', 'i16']);
  });

  it('A15: S that is not UTF-8: amqplib gives a string with U+FFFD (lossy); we give the bytes and write them back as they were', () => {
    const t = hexBuffer('00000009 01 6b 53 00000002 fffe');
    expect(amqplibDecodeTable(t)).toEqual({ k: '\ufffd\ufffd' });
    const ours = decodeTable(new Reader(t), 't');
    expect(ours.k).toBeInstanceOf(Uint8Array);
    expect(toHex(ours.k as Uint8Array)).toBe('fffe');
    expect(toHex(encodeTable(ours, 't'))).toBe(toHex(t));
  });

  it('A16: a shortstr longer than what is left: amqplib returns the shorter string; we fail with 501', () => {
    const args = hexBuffer('0a 6162'); // basic.consume-ok, consumer-tag claims 10 bytes
    expect(defs.decode(0x3c0015, args)).toEqual({ consumerTag: 'ab' });
    const e = amqpError(() => decodeMethod(new Uint8Array([0, 60, 0, 21, ...args])));
    expect([e.kind, e.replyCode, e.context, e.offset]).toEqual(['decode', 501, 'basic.consume-ok.consumer-tag', 4]);
  });

  it('A17: a longstr or table length past the end of the payload: amqplib reads what is there; we fail with 501', () => {
    const secure = hexBuffer('00000064 010203'); // connection.secure, challenge claims 100 bytes
    expect(defs.decode(0x0a0014, secure)).toEqual({ challenge: Buffer.from([1, 2, 3]) });
    expect(amqpError(() => decodeMethod(new Uint8Array([0, 10, 0, 20, ...secure]))).replyCode).toBe(501);
    const declare = hexBuffer('0000 01 71 00 00000064 01 6b 74 01'); // queue.declare, arguments claim 100 bytes
    expect(defs.decode(0x32000a, declare).arguments).toEqual({ k: true });
    expect(amqpError(() => decodeMethod(new Uint8Array([0, 50, 0, 10, ...declare]))).replyCode).toBe(501);
  });

  it('A18: trailing bytes after the last argument: amqplib ignores them; we fail with 501', () => {
    const args = hexBuffer('01 61 6263');
    expect(defs.decode(0x3c0015, args)).toEqual({ consumerTag: 'a' });
    const e = amqpError(() => decodeMethod(new Uint8Array([0, 60, 0, 21, ...args])));
    expect([e.replyCode, e.offset]).toEqual([501, 6]);
  });

  it('A19: a fixed-size field cut short: amqplib throws a RangeError; we throw the typed error (501)', () => {
    expect(() => defs.decode(0x3c0050, hexBuffer('00000001'))).toThrow(RangeError);
    const e = amqpError(() => decodeMethod(new Uint8Array([0, 60, 0, 80, 0, 0, 0, 1])));
    expect([e.replyCode, e.context]).toEqual([501, 'basic.ack.delivery-tag']);
  });

  it('A20: property flags: amqplib ignores unknown bits and the continuation bit; we read continuation words and reject unknown bits (502)', () => {
    // 0x8001: content-type, and another (empty) flag word follows.
    const cont = hexBuffer('8001 0000 01 61');
    expect(defs.decode(60, cont).contentType).toBe(''); // it read the second flag word as the string
    const header = new Uint8Array([...hexBuffer('003c 0000 0000000000000000'), ...cont]);
    expect(decodeContentHeader(header).properties.contentType).toBe('a');
    const unknown = hexBuffer('0002');
    expect(Object.values(defs.decode(60, unknown)).every((v) => v === undefined)).toBe(true);
    const e = amqpError(() =>
      decodeContentHeader(new Uint8Array([...hexBuffer('003c 0000 0000000000000000'), ...unknown])),
    );
    expect(e.replyCode).toBe(502);
  });

  it('A21: frame size limit: amqplib compares the payload (not the frame) with frame-max; a 4104-byte frame passes at 4096', () => {
    const big = Buffer.alloc(4096 + 8);
    big[0] = 3;
    big.writeUInt32BE(4096, 3);
    big[4103] = 0xce;
    expect((frame.parseFrame(big, 4096) as { size: number }).size).toBe(4096);
    const e = amqpError(() => new FrameParser({ frameMax: 4096 }).push(big));
    expect([e.kind, e.replyCode]).toEqual(['frame', 501]);
    expect(new FrameParser({ frameMax: 4096 + 8 }).push(big)).toHaveLength(1);
  });

  it('A22: a heartbeat on channel 5 with a payload: amqplib returns a heartbeat; we fail (505 for the channel)', () => {
    const hb = hexBuffer('08 0005 00000001 09 ce');
    expect(frame.decodeFrame(frame.parseFrame(hb, 0) as never)).toEqual({ channel: 0 });
    expect(amqpError(() => new FrameParser().push(hb)).replyCode).toBe(505);
    expect(amqpError(() => new FrameParser().push(hexBuffer('08 0000 00000001 09 ce'))).replyCode).toBe(501);
    expect(() => decodeFrame({ type: 8, channel: 0, payload: new Uint8Array(0) })).not.toThrow();
  });
});

describe('encoding method arguments', () => {
  it('A23: fractions in integer fields: amqplib truncates them (prefetch-count 1.5 → 1); we refuse', () => {
    expect(toHex(defs.encodeMethod(0x3c000a, 1, { prefetchSize: 0.9, prefetchCount: 1.5, global: false }))).toBe(
      '0100010000000b003c000a' + '00000000' + '0001' + '00' + 'ce',
    );
    const e = amqpError(() =>
      encodeMethod(1, { name: 'basic.qos', args: { prefetchSize: 0, prefetchCount: 1.5, global: false } }),
    );
    expect([e.kind, e.context]).toEqual(['encode', 'basic.qos.prefetch-count']);
  });

  it("A24: bits take any truthy value in amqplib ('false' → 1); we take only booleans", () => {
    expect(toHex(defs.encodeMethod(0x3c000a, 1, { prefetchCount: 1, global: 'false' }))).toBe(
      '0100010000000b003c000a' + '00000000' + '0001' + '01' + 'ce',
    );
    const args = { prefetchSize: 0, prefetchCount: 1, global: 'false' as unknown as boolean };
    expect(amqpError(() => encodeMethod(1, { name: 'basic.qos', args })).context).toBe('basic.qos.global');
  });
});

it('A25 (same behaviour, for the record): both write lone surrogates as EF BF BD and reject shortstrs over 255 bytes', () => {
  const args = { exchange: '', routingKey: '\ud800', mandatory: false, immediate: false };
  expect(toHex(encodeMethod(1, { name: 'basic.publish', args }))).toBe(
    toHex(defs.encodeMethod(0x3c0028, 1, { exchange: '', routingKey: '\ud800' })),
  );
  const long = { ...args, routingKey: '€'.repeat(86) };
  expect(() => defs.encodeMethod(0x3c0028, 1, long)).toThrow(TypeError);
  expect(amqpError(() => encodeMethod(1, { name: 'basic.publish', args: long })).context).toBe(
    'basic.publish.routing-key',
  );
  expect(codec).toBeDefined();
});
