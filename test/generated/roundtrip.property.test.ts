import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldModel } from '../../generator/model/types.js';
import { loadProtocol } from '../../generator/run.js';
import { defaultSpecSources } from '../../generator/spec-sources.js';
import {
  decodeContentHeader,
  decodeMethod,
  encodeBasicHeader,
  encodeMethod,
  type BasicProperties,
  type MethodInput,
} from '../../generated/src/index.js';
import { argsFor, decodedForm, decodedTable, valueOf } from '../helpers/arbitraries.js';

const protocol = loadProtocol(defaultSpecSources());
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

function expectedArgs(fields: readonly FieldModel[], args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    fields
      .filter((f) => !f.reserved)
      .map((f) => [f.name, f.type === 'table' ? decodedTable(args[f.name]) : decodedForm(f.type, args[f.name])]),
  );
}

describe('every method round-trips random valid arguments', () => {
  it('the model has the classes the issue lists', () => {
    expect(protocol.classes.map((c) => c.specName)).toEqual(['connection', 'channel', 'exchange', 'queue', 'basic', 'tx', 'confirm']);
  });

  for (const method of protocol.methods) {
    it(`${method.fullName} (${method.classId}/${method.methodId})`, () => {
      const channels = method.channelZeroOnly ? fc.constant(0) : fc.integer({ min: 1, max: 0xffff });
      fc.assert(
        fc.property(channels, argsFor(method.fields), (channel, args) => {
          const input = { name: method.fullName, args } as MethodInput;
          const frame = encodeMethod(channel, input);
          const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
          expect(frame[0]).toBe(1);
          expect(view.getUint16(1)).toBe(channel);
          expect(view.getUint32(3)).toBe(frame.length - 8);
          expect(frame[frame.length - 1]).toBe(0xce);
          const payload = frame.subarray(7, frame.length - 1);
          const decoded = decodeMethod(payload);
          expect(decoded.name).toBe(method.fullName);
          expect([decoded.classId, decoded.methodId]).toEqual([method.classId, method.methodId]);
          expect(decoded.args).toEqual(expectedArgs(method.fields, args));
          // decode → encode gives the same bytes (tables keep their wire tags)
          expect(encodeMethod(channel, { name: decoded.name, args: decoded.args } as MethodInput)).toEqual(frame);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('BasicProperties round-trip any subset of the 14 properties', () => {
  const basic = protocol.classes.find((c) => c.specName === 'basic')!;
  it('has 14 properties', () => expect(basic.properties).toHaveLength(14));

  it('encode → decode gives the same properties; absent ones stay absent, zero and empty ones stay present', () => {
    const props = fc.record(Object.fromEntries(basic.properties.map((p) => [p.field.name, valueOf(p.field.type)])), {
      requiredKeys: [],
    });
    const bodySizes = fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0xffff }), bodySizes, props, (channel, bodySize, properties) => {
        const frame = encodeBasicHeader(channel, bodySize, properties as BasicProperties);
        expect(frame[0]).toBe(2);
        const header = decodeContentHeader(frame.subarray(7, frame.length - 1));
        expect(header.classId).toBe(60);
        expect(header.weight).toBe(0);
        expect(header.bodySize).toEqual(decodedForm('longlong', bodySize));
        for (const p of basic.properties) {
          const sent = (properties as Record<string, unknown>)[p.field.name];
          const got = (header.properties as Record<string, unknown>)[p.field.name];
          const expected = sent === undefined ? undefined : p.field.type === 'table' ? decodedTable(sent) : decodedForm(p.field.type, sent);
          expect(got, p.field.name).toEqual(expected);
        }
        expect(encodeBasicHeader(channel, header.bodySize, header.properties)).toEqual(frame);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
