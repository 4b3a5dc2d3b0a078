/**
 * encodeMethod/decodeMethod run on the layout table (runtime/method-codec.ts), the per-method functions
 * and decodeFrame on generated straight-line code: for every method, random valid and invalid inputs
 * must give the same bytes or the same error (kind, message, context, offset, reply code) both ways.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MethodModel } from '../../generator/model/types.js';
import { loadProtocol } from '../../generator/run.js';
import { defaultSpecSources } from '../../generator/spec-sources.js';
import * as api from '../../generated/src/index.js';
import { argsFor } from '../helpers/arbitraries.js';

const protocol = loadProtocol(defaultSpecSources());
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);

type Outcome = { ok: unknown } | { error: Record<string, unknown> };

/** What f gives: its result, or the parts of the error it throws that a caller can see. */
function outcome(f: () => unknown): Outcome {
  try {
    return { ok: f() };
  } catch (e) {
    const { name, message, kind, context, offset, replyCode, classId, methodId } = e as api.AmqpError;
    return { error: { name, message, kind, context, offset, replyCode, classId, methodId } };
  }
}

const fn = (name: string) => (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name];

/** Values that break a field in every way the encoders check: wrong types, out of range, too long. */
const badValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(-1, 1.5, 256, 70000, 2 ** 32, 2 ** 53, -(2n ** 63n), 2n ** 64n, new Date(Number.NaN), new Date(0)),
  fc.constantFrom('€'.repeat(86), 'x'.repeat(256), { f: () => 1 }, [Symbol('s')], null, undefined),
);

/** Valid arguments with, sometimes, one field replaced by a bad value (or removed). */
const argsMaybeBroken = (m: MethodModel) =>
  fc.tuple(argsFor(m.fields), fc.nat(), badValue, fc.boolean()).map(([args, pick, bad, breakIt]) => {
    const names = Object.keys(args);
    if (!breakIt || names.length === 0) return args;
    return { ...args, [names[pick % names.length]]: bad };
  });

const frameMaxes = fc.option(fc.constantFrom(0, 4096, 4095, 131072, 1.5, -1), { nil: undefined });

describe('encodeMethod (layout table) gives what the method’s own encoder gives', () => {
  for (const m of protocol.methods) {
    it(m.fullName, () => {
      const channels = fc.oneof(fc.constantFrom(0, 1, 65535, 65536, -1), fc.integer({ min: 0, max: 0xffff }));
      fc.assert(
        fc.property(channels, argsMaybeBroken(m), frameMaxes, (channel, args, frameMax) => {
          const input = { name: m.fullName, args } as api.MethodInput;
          const mine = outcome(() => fn(m.names.encoder)(channel, args, frameMax));
          expect(outcome(() => api.encodeMethod(channel, input, frameMax))).toEqual(mine);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('frame-max bounds the whole frame exactly: a 4096-byte frame fits frame-max 4096, one more byte does not', () => {
    const withLongstr = protocol.methods.filter((m) => m.fields.some((f) => f.type === 'longstr' && !f.reserved));
    expect(withLongstr.length).toBeGreaterThan(3);
    for (const m of withLongstr) {
      const channel = m.channelZeroOnly ? 0 : 1;
      const field = m.fields.find((f) => f.type === 'longstr' && !f.reserved)!;
      const args = fc.sample(argsFor(m.fields), { numRuns: 1, seed: 1 })[0];
      const sized = (n: number) => ({ ...args, [field.name]: 'x'.repeat(n) });
      const base = (fn(m.names.encoder)(channel, sized(0)) as Uint8Array).length;
      for (const extra of [0, 1]) {
        const a = sized(4096 - base + extra);
        const input = { name: m.fullName, args: a } as api.MethodInput;
        const mine = outcome(() => fn(m.names.encoder)(channel, a, 4096));
        expect('ok' in mine, `${m.fullName} +${extra}`).toBe(extra === 0);
        expect(outcome(() => api.encodeMethod(channel, input, 4096))).toEqual(mine);
      }
    }
  });

  it('refuses a non-object method and an unknown name', () => {
    expect(outcome(() => api.encodeMethod(1, null as never))).toMatchObject({ error: { kind: 'encode', context: 'method' } });
    expect(outcome(() => api.encodeMethod(1, { name: 'basic.fly' } as never))).toMatchObject({
      error: { kind: 'encode', context: 'method.name', message: 'method.name: unknown method name: basic.fly' },
    });
  });
});

describe('decodeMethod (layout table) gives what decodeFrame (a switch) and the method’s own decoder give', () => {
  for (const m of protocol.methods) {
    it(m.fullName, () => {
      const channel = m.channelZeroOnly ? 0 : 1;
      const cut = fc.oneof(fc.constant(-1), fc.nat());
      fc.assert(
        fc.property(argsFor(m.fields), cut, fc.uint8Array({ maxLength: 3 }), (args, at, extra) => {
          const frame = fn(m.names.encoder)(channel, args) as Uint8Array;
          const whole = frame.subarray(7, frame.length - 1);
          // The payload whole, cut short anywhere, or with bytes appended.
          const payload =
            at < 0 ? new Uint8Array([...whole, ...extra]) : whole.subarray(0, Math.min(at, whole.length));
          const viaTable = outcome(() => api.decodeMethod(payload));
          const viaFrame = outcome(() => api.decodeFrame({ type: 1, channel, payload }));
          expect('ok' in viaFrame ? { ok: (viaFrame.ok as { method: unknown }).method } : viaFrame).toEqual(viaTable);
          // Past the ids (which decodeMethod reads as method.class-id / method.method-id), as the method's own decoder.
          if (payload.length >= 4) {
            const mine = outcome(() => ({
              name: m.fullName,
              classId: m.classId,
              methodId: m.methodId,
              args: fn(m.names.decoder)(payload),
            }));
            expect(viaTable).toEqual(mine);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('METHODS (built from the layouts) holds what the model says of every method, in its key order', () => {
    expect(Object.keys(api.METHODS)).toEqual(protocol.methods.map((m) => m.fullName));
    for (const m of protocol.methods) {
      const info = api.METHODS[m.fullName as api.MethodName];
      expect(info).toStrictEqual({
        name: m.fullName,
        classId: m.classId,
        methodId: m.methodId,
        synchronous: m.synchronous,
        responses: m.responses,
        content: m.content,
        sentBy: m.sentBy,
        channelZeroOnly: m.channelZeroOnly,
        deprecated: m.deprecated,
        fields: m.fields.map((f) => ({ specName: f.specName, name: f.name, type: f.type, domain: f.domain, reserved: f.reserved })),
      });
      expect(Object.keys(info)).toEqual(['name', 'classId', 'methodId', 'synchronous', 'responses', 'content', 'sentBy', 'channelZeroOnly', 'deprecated', 'fields']);
    }
  });

  it('methodInfo finds every method by its ids, and nothing for others', () => {
    for (const m of protocol.methods) expect(api.methodInfo(m.classId, m.methodId)).toBe(api.METHODS[m.fullName as api.MethodName]);
    expect(api.methodInfo(10, 12)).toBeUndefined();
    expect(api.methodInfo(99, 10)).toBeUndefined();
  });

  it('names unknown ids with the ids as fields (503)', () => {
    expect(outcome(() => api.decodeMethod(new Uint8Array([0, 99, 0, 1])))).toMatchObject({
      error: { replyCode: 503, classId: 99, methodId: 1, context: 'method', offset: 0 },
    });
  });
});
