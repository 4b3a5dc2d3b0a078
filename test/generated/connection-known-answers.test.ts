import { describe, expect, it } from 'vitest';
import {
  decodeConnectionTuneOk,
  decodeMethod,
  encodeConnectionTuneOk,
  encodeMethod,
  type MethodInput,
} from '../../generated/src/index.js';
import { ascii, hex, toHex } from '../helpers/bytes.js';

/**
 * Known-answer frames for the fourteen Connection methods, derived by hand from the
 * spec: frame = type 01 · channel 0000 · size u32 · class 000a · method id · args · ce.
 * Each `|` separates one field as the spec lists them.
 */
const cases: { method: MethodInput; frame: string; decoded?: unknown }[] = [
  {
    // start 10/10: version-major octet | version-minor octet | server-properties table | mechanisms longstr | locales longstr
    // table {product: S "RabbitMQ"}: length 0x15 = key 1+7, tag 1, longstr 4+8
    method: {
      name: 'connection.start',
      args: {
        versionMajor: 0,
        versionMinor: 9,
        serverProperties: { product: 'RabbitMQ' },
        mechanisms: 'PLAIN AMQPLAIN',
        locales: 'en_US',
      },
    },
    frame: `01 0000 0000003a | 000a 000a | 00 | 09
      | 00000015 07 70726f64756374 53 00000008 5261626269744d51
      | 0000000e 504c41494e20414d51504c41494e | 00000005 656e5f5553 | ce`,
    decoded: {
      versionMajor: 0,
      versionMinor: 9,
      serverProperties: { product: 'RabbitMQ' },
      mechanisms: ascii('PLAIN AMQPLAIN'),
      locales: ascii('en_US'),
    },
  },
  {
    // start-ok 10/11: client-properties table | mechanism shortstr | response longstr | locale shortstr
    // {capabilities: F {connection.blocked: t 1}}: inner 0x15 = 1+18 + 1 + 1; outer 0x27 = 1+12 + 1 + 4+21
    method: {
      name: 'connection.start-ok',
      args: {
        clientProperties: { capabilities: { 'connection.blocked': true } },
        mechanism: 'PLAIN',
        response: ascii('\0guest\0guest'),
        locale: 'en_US',
      },
    },
    frame: `01 0000 0000004b | 000a 000b
      | 00000027 0c 6361706162696c6974696573 46 00000015 12 636f6e6e656374696f6e2e626c6f636b6564 74 01
      | 05 504c41494e | 0000000c 006775657374006775657374 | 05 656e5f5553 | ce`,
  },
  {
    // secure 10/20: challenge longstr
    method: { name: 'connection.secure', args: { challenge: 'challenge' } },
    frame: '01 0000 00000011 | 000a 0014 | 00000009 6368616c6c656e6765 | ce',
    decoded: { challenge: ascii('challenge') },
  },
  {
    // secure-ok 10/21: response longstr
    method: { name: 'connection.secure-ok', args: { response: ascii('answer') } },
    frame: '01 0000 0000000e | 000a 0015 | 00000006 616e73776572 | ce',
  },
  {
    // tune 10/30: channel-max short | frame-max long | heartbeat short
    method: { name: 'connection.tune', args: { channelMax: 2047, frameMax: 131072, heartbeat: 60 } },
    frame: '01 0000 0000000c | 000a 001e | 07ff | 00020000 | 003c | ce',
  },
  {
    // tune-ok 10/31 (the contract example)
    method: { name: 'connection.tune-ok', args: { channelMax: 2047, frameMax: 131072, heartbeat: 60 } },
    frame: '01 0000 0000000c | 000a 001f | 07ff | 00020000 | 003c | ce',
  },
  {
    // open 10/40: virtual-host shortstr | reserved-1 shortstr (empty) | reserved-2 bit (zero octet)
    method: { name: 'connection.open', args: { virtualHost: '/' } },
    frame: '01 0000 00000008 | 000a 0028 | 01 2f | 00 | 00 | ce',
  },
  {
    // open-ok 10/41: reserved-1 shortstr (empty)
    method: { name: 'connection.open-ok', args: {} },
    frame: '01 0000 00000005 | 000a 0029 | 00 | ce',
  },
  {
    // close 10/50: reply-code short | reply-text shortstr | class-id short | method-id short
    method: { name: 'connection.close', args: { replyCode: 320, replyText: 'bye', classId: 60, methodId: 40 } },
    frame: '01 0000 0000000e | 000a 0032 | 0140 | 03 627965 | 003c | 0028 | ce',
  },
  {
    // close-ok 10/51: no fields
    method: { name: 'connection.close-ok' },
    frame: '01 0000 00000004 | 000a 0033 | ce',
  },
  {
    // blocked 10/60 (RabbitMQ extension): reason shortstr
    method: { name: 'connection.blocked', args: { reason: 'low on memory' } },
    frame: '01 0000 00000012 | 000a 003c | 0d 6c6f77206f6e206d656d6f7279 | ce',
  },
  {
    // unblocked 10/61: no fields
    method: { name: 'connection.unblocked', args: {} },
    frame: '01 0000 00000004 | 000a 003d | ce',
  },
  {
    // update-secret 10/70: new-secret longstr | reason shortstr
    method: { name: 'connection.update-secret', args: { newSecret: 'token', reason: 'refresh' } },
    frame: '01 0000 00000015 | 000a 0046 | 00000005 746f6b656e | 07 72656672657368 | ce',
    decoded: { newSecret: ascii('token'), reason: 'refresh' },
  },
  {
    // update-secret-ok 10/71: no fields
    method: { name: 'connection.update-secret-ok' },
    frame: '01 0000 00000004 | 000a 0047 | ce',
  },
];

describe('Connection methods: known-answer frames', () => {
  it('covers all fourteen Connection methods', () => {
    expect(new Set(cases.map((c) => c.method.name)).size).toBe(14);
  });

  for (const { method, frame, decoded } of cases) {
    it(`${method.name} encodes to the hand-derived bytes`, () => {
      expect(toHex(encodeMethod(0, method))).toBe(toHex(hex(frame)));
    });

    it(`${method.name} decodes from the hand-derived bytes`, () => {
      const bytes = hex(frame);
      const payload = bytes.subarray(7, bytes.length - 1);
      const result = decodeMethod(payload);
      expect(result.name).toBe(method.name);
      expect(result.classId).toBe(10);
      expect(result.methodId).toBe((payload[2] << 8) | payload[3]);
      const expected = decoded ?? ('args' in method && method.args ? method.args : {});
      expect(result.args).toEqual(expected);
    });
  }

  it('per-method encoder and payload decoder: connection.tune-ok', () => {
    const frame = encodeConnectionTuneOk(0, { channelMax: 2047, frameMax: 131072, heartbeat: 60 });
    expect(toHex(frame)).toBe('0100000000000c000a001f07ff00020000003cce');
    expect(decodeConnectionTuneOk(frame.subarray(7, frame.length - 1))).toEqual({ channelMax: 2047, frameMax: 131072, heartbeat: 60 });
    // a connection.tune payload (method 30) is not a tune-ok: 503 naming both
    expect(() => decodeConnectionTuneOk(hex('000a 001e 07ff 00020000 003c'))).toThrowError(
      expect.objectContaining({ name: 'AmqpError', replyCode: 503, offset: 0, message: expect.stringContaining('class 10, method 30') }),
    );
    // trailing bytes after the arguments
    expect(() => decodeConnectionTuneOk(hex('000a 001f 07ff 00020000 003c 00'))).toThrowError(
      expect.objectContaining({ name: 'AmqpError', replyCode: 501, offset: 12 }),
    );
  });

  it('refuses connection methods on a channel other than 0, emitting nothing', () => {
    expect(() => encodeMethod(1, { name: 'connection.close-ok' })).toThrowError(
      expect.objectContaining({ name: 'AmqpError', kind: 'encode', context: 'connection.close-ok' }),
    );
  });
});
