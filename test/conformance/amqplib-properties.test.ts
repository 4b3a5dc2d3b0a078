/**
 * Content headers against amqplib: any subset of the 14 basic properties gives byte-identical header
 * frames, and each side decodes the other's frames to the same properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeContentHeader,
  decodeFrame,
  encodeBasicHeader,
  type BasicProperties,
} from '../../generated/src/index.js';
import { amqplibDecodeFrame, defs } from './amqplib.js';
import { RUNS, TIMEOUT, basicProperties, normal, normalFromAmqplib, plainTable, shortstr } from './values.js';
import { toHex } from '../helpers/bytes.js';

/** Our property name → amqplib's (the 0-8 name of the last one). */
const NAMES: Record<keyof BasicProperties, string> = {
  contentType: 'contentType',
  contentEncoding: 'contentEncoding',
  headers: 'headers',
  deliveryMode: 'deliveryMode',
  priority: 'priority',
  correlationId: 'correlationId',
  replyTo: 'replyTo',
  expiration: 'expiration',
  messageId: 'messageId',
  timestamp: 'timestamp',
  type: 'type',
  userId: 'userId',
  appId: 'appId',
  reserved: 'clusterId',
};

/** Any subset of the 14 properties, with values amqplib accepts (timestamp as a safe number). */
export const properties: fc.Arbitrary<BasicProperties> = basicProperties({
  headers: plainTable({ strings: 'valid', bytes: 'buffer', undefinedValues: true }),
  timestamp: fc.oneof(fc.integer({ min: 0, max: 2 ** 32 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  reserved: shortstr('valid'),
});

/** Leaves some properties undefined or null: neither side writes them. */
const withAbsent = fc.tuple(properties, fc.subarray(Object.keys(NAMES)), fc.boolean()).map(([p, absent, asNull]) => {
  const out: Record<string, unknown> = { ...p };
  for (const k of absent) out[k] = asNull ? null : undefined;
  return out as BasicProperties;
});

function toAmqplib(p: BasicProperties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [ours, theirs] of Object.entries(NAMES)) out[theirs] = p[ours as keyof BasicProperties];
  return out;
}

/** Null and undefined properties are not written, so they decode as absent. */
function present(p: BasicProperties): BasicProperties {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v != null)) as BasicProperties;
}

const bodySize = fc.oneof(fc.integer({ min: 0, max: 1 << 20 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

describe(`basic properties: same bytes as amqplib and decoded both ways (${RUNS * 5} runs)`, () => {
  it('any subset of the 14 properties', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0xffff }), bodySize, withAbsent, (channel, size, props) => {
        const ours = encodeBasicHeader(channel, size, props);
        const theirs = defs.encodeProperties(60, channel, size, toAmqplib(props));
        expect(toHex(ours)).toBe(toHex(theirs));

        const expected = normal(present(props));
        const back = amqplibDecodeFrame(ours) as { id: number; channel: number; size: number; fields: unknown };
        expect([back.id, back.channel, back.size]).toEqual([60, channel, size]);
        expect(normalFromAmqplib(back.fields)).toEqual(normal(toAmqplib(present(props))));

        const decoded = decodeFrame({ type: 2, channel, payload: theirs.subarray(7, theirs.length - 1) });
        expect(decoded.type).toBe('header');
        const header = decodeContentHeader(theirs.subarray(7, theirs.length - 1));
        expect([header.classId, header.weight, header.bodySize]).toEqual([60, 0, size]);
        expect(normal(header.properties)).toEqual(expected);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('each single property alone sets the same flag bit in both', () => {
    const one: Required<BasicProperties> = {
      contentType: 'a',
      contentEncoding: 'b',
      headers: { h: 1 },
      deliveryMode: 2,
      priority: 0,
      correlationId: 'c',
      replyTo: 'd',
      expiration: '60000',
      messageId: 'e',
      timestamp: 0,
      type: 'f',
      userId: 'g',
      appId: 'h',
      reserved: 'i',
    };
    let bit = 0x8000;
    for (const k of Object.keys(NAMES) as (keyof BasicProperties)[]) {
      const props = { [k]: one[k] } as BasicProperties;
      const ours = encodeBasicHeader(1, 0, props);
      expect(toHex(ours), k).toBe(toHex(defs.encodeProperties(60, 1, 0, toAmqplib(props))));
      expect((ours[19] << 8) | ours[20], k).toBe(bit);
      bit >>= 1;
    }
  });
});
