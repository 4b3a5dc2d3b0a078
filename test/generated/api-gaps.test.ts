import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  decodeArray,
  decodeBasicRecoverAsync,
  decodeConnectionTune,
  decodeContentHeader,
  decodeFrame,
  decodeMethod,
  decodeTable,
  encodeArray,
  encodeBasicHeader,
  encodeBasicRecoverAsync,
  encodeConnectionTune,
  encodeTable,
  field,
  FrameParser,
  METHODS,
  Reader,
  type BasicProperties,
  type Method,
} from '../../generated/src/index.js';
import { hex, toHex } from '../helpers/bytes.js';
import { amqpError } from '../helpers/errors.js';


/** An ArrayBuffer holding exactly these bytes (what a WebSocket with binaryType 'arraybuffer' delivers). */
const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

// 1700000000 s = 0x6553f100; the Dates below carry extra milliseconds that must be dropped (floor).
const SECONDS = '000000006553f100';

describe('Date as a timestamp (whole seconds, rounded down)', () => {
  it('encodes the timestamp property from a Date', () => {
    // Header frame by hand: type 2, channel 1, size 22 | class 60, weight 0, body-size 0, flags 0x0040 (timestamp) | ts | end.
    const expected = `02 0001 00000016 | 003c 0000 0000000000000000 0040 ${SECONDS} | ce`;
    expect(toHex(encodeBasicHeader(1, 0, { timestamp: new Date(1_700_000_000_999) }))).toBe(toHex(hex(expected)));
  });

  it('refuses an invalid Date or one before 1970, naming the property', () => {
    for (const date of [new Date(Number.NaN), new Date(-1000)]) {
      const error = amqpError(() => encodeBasicHeader(1, 0, { timestamp: date }));
      expect(error.kind).toBe('encode');
      expect(error.context).toBe('basic.properties.timestamp');
    }
  });

  it('encodes a Date table value and field.timestamp(Date) as T', () => {
    // table length 11 | key "t" | tag 'T' | u64 seconds
    const expected = `0000000b 01 74 54 ${SECONDS}`;
    expect(toHex(encodeTable({ t: new Date(1_700_000_000_500) }))).toBe(toHex(hex(expected)));
    expect(toHex(encodeTable({ t: field.timestamp(new Date(1_700_000_000_500)) }))).toBe(toHex(hex(expected)));
    expect(amqpError(() => encodeTable({ t: new Date(Number.NaN) })).context).toBe('table.t');
  });
});

describe('ArrayBuffer input', () => {
  it('encodes an ArrayBuffer table value as x, like a Uint8Array', () => {
    // table length 9 | key "b" | tag 'x' | u32 length 2 | 01 02
    const expected = '00000009 01 62 78 00000002 0102';
    expect(toHex(encodeTable({ b: arrayBuffer(Uint8Array.of(1, 2)) }))).toBe(toHex(hex(expected)));
    expect(toHex(encodeTable({ b: field.bytes(arrayBuffer(Uint8Array.of(1, 2))) }))).toBe(toHex(hex(expected)));
    // array length 7 | tag 'x' | u32 length 2 | 01 02
    expect(toHex(encodeArray([arrayBuffer(Uint8Array.of(1, 2))]))).toBe(toHex(hex('00000007 78 00000002 0102')));
  });

  it('decodeMethod, per-method decoders and decodeContentHeader accept an ArrayBuffer', () => {
    // connection.tune payload by hand: class 10, method 30, channel-max 2047, frame-max 131072, heartbeat 60.
    const payload = hex('000a 001e 07ff 00020000 003c');
    const args = { channelMax: 2047, frameMax: 131072, heartbeat: 60 };
    expect(decodeMethod(arrayBuffer(payload))).toEqual({ name: 'connection.tune', classId: 10, methodId: 30, args });
    expect(decodeConnectionTune(arrayBuffer(payload))).toEqual(args);
    // basic header payload by hand: class 60, weight 0, body-size 5, flags 0x1000 (delivery-mode), 2.
    const header = hex('003c 0000 0000000000000005 1000 02');
    expect(decodeContentHeader(arrayBuffer(header))).toEqual({
      classId: 60,
      weight: 0,
      bodySize: 5,
      properties: expect.objectContaining({ deliveryMode: 2 }),
    });
  });

  it('FrameParser.push accepts ArrayBuffer chunks', () => {
    const frame = hex('08 0000 00000000 ce'); // heartbeat
    const parser = new FrameParser();
    expect(parser.push(arrayBuffer(frame.subarray(0, 3)))).toEqual([]);
    const frames = parser.push(arrayBuffer(frame.subarray(3)));
    expect(frames.map((f) => [f.type, f.channel, f.payload.length])).toEqual([[8, 0, 0]]);
    expect(amqpError(() => new FrameParser().push('x' as unknown as Uint8Array)).kind).toBe('frame');
  });
});

describe('decodeTable / decodeArray on bytes', () => {
  const table = hex('00000009 01 62 78 00000002 0102');

  it('decode bytes or an ArrayBuffer holding exactly one table, or read at a Reader', () => {
    expect(decodeTable(table)).toEqual({ b: Uint8Array.of(1, 2) });
    expect(decodeTable(arrayBuffer(table))).toEqual({ b: Uint8Array.of(1, 2) });
    const reader = new Reader(hex('00000009 01 62 78 00000002 0102 ff'));
    expect(decodeTable(reader)).toEqual({ b: Uint8Array.of(1, 2) });
    expect(reader.pos).toBe(13);
    expect(decodeArray(hex('00000004 62 05 62 fb'))).toEqual([5, -5]);
  });

  it('trailing bytes and non-byte input are typed errors, not TypeErrors', () => {
    const trailing = amqpError(() => decodeTable(hex('00000000 00')));
    expect([trailing.replyCode, trailing.offset, trailing.context]).toEqual([501, 4, 'table']);
    const notBytes = amqpError(() => decodeTable('00000000' as unknown as Uint8Array, 'headers'));
    expect([notBytes.kind, notBytes.context]).toEqual(['decode', 'headers']);
    expect(amqpError(() => decodeArray({} as unknown as Uint8Array)).context).toBe('array');
  });
});

describe('errors', () => {
  it('an unknown method carries its class and method ids as fields', () => {
    const error = amqpError(() => decodeMethod(hex('0063 0001')));
    expect([error.replyCode, error.classId, error.methodId]).toEqual([503, 99, 1]);
    // A per-method decoder given another method's payload (tune-ok) reports the ids it found.
    const other = amqpError(() => decodeConnectionTune(hex('000a 001f 07ff 00020000 003c')));
    expect([other.replyCode, other.classId, other.methodId]).toEqual([503, 10, 31]);
    // A header of a class without content is 505 (codec-rules.test.ts, as RabbitMQ); it names the class too.
    const header = amqpError(() => decodeContentHeader(hex('000a 0000 0000000000000000 0000')));
    expect([header.replyCode, header.classId, header.methodId]).toEqual([505, 10, undefined]);
  });

  it('says its context once', () => {
    const args = { channelMax: 1, frameMax: 4096, heartbeat: 0 };
    expect(amqpError(() => encodeConnectionTune(1, args)).message).toBe(
      'connection.tune: connection methods travel on channel 0 only, not on channel 1',
    );
    const payload = encodeConnectionTune(0, args).subarray(7, -1);
    expect(amqpError(() => decodeFrame({ type: 1, channel: 1, payload })).message).toBe(
      'connection.tune at offset 0: connection methods travel on channel 0 only, not on channel 1',
    );
  });
});

describe('types match the docs', () => {
  it('properties accept null for absent, as documented', () => {
    const properties: BasicProperties = { contentType: null, headers: null, timestamp: null, priority: 0 };
    // Header by hand: class 60, weight 0, body-size 5, flags 0x0800 (priority), priority 0.
    expect(toHex(encodeBasicHeader(1, 5, properties))).toBe(
      toHex(hex('02 0001 0000000f | 003c 0000 0000000000000005 0800 00 | ce')),
    );
  });

  it('METHODS has literal types', () => {
    expectTypeOf(METHODS['basic.get'].classId).toEqualTypeOf<60>();
    expectTypeOf(METHODS['basic.get'].methodId).toEqualTypeOf<70>();
    expectTypeOf(METHODS['basic.publish'].content).toEqualTypeOf<true>();
    expectTypeOf(METHODS['basic.get'].responses).toEqualTypeOf<readonly ['basic.get-ok', 'basic.get-empty']>();
    expect(METHODS['basic.get'].responses).toEqual(['basic.get-ok', 'basic.get-empty']);
  });

  it('everything that belongs to basic.recover-async is @deprecated', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../generated/src/basic.ts', import.meta.url), 'utf8');
    for (const name of ['BasicRecoverAsyncArgs', 'encodeBasicRecoverAsync', 'decodeBasicRecoverAsync', 'decodeBasicRecoverAsyncArgs']) {
      const declaration = text.search(new RegExp(`export (interface|function|type) ${name}\\b`));
      expect(declaration, name).toBeGreaterThan(0);
      const doc = text.slice(text.lastIndexOf('/**', declaration), declaration);
      expect(doc, name).toContain('@deprecated');
    }
    const methods = readFileSync(new URL('../../generated/src/methods.ts', import.meta.url), 'utf8');
    // The member of MethodArgs (and so of the Method and MethodInput unions) and of DecodedMethodArgs.
    expect(methods.match(/@deprecated[^/]*\*\/\s*'basic\.recover-async': \w+;/g)).toHaveLength(2);
    expect(typeof encodeBasicRecoverAsync).toBe('function');
    expect(typeof decodeBasicRecoverAsync).toBe('function');
    const method: Method<'basic.recover-async'> | undefined = undefined;
    expect(method).toBeUndefined();
  });
});
