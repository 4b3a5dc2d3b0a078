/**
 * Differential tests against amqplib's generated codec: for every method both define, random valid
 * arguments give byte-identical frames, amqplib decodes our frames to the arguments we encoded, and
 * we decode amqplib's frames to the arguments it encoded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldModel, MethodModel, WireType } from '../../generator/model/types.js';
import { loadProtocol } from '../../generator/run.js';
import { defaultSpecSources } from '../../generator/spec-sources.js';
import { decodeFrame, decodeMethod, encodeMethod, type MethodInput } from '../../generated/src/index.js';
import { amqplibDecodeFrame, defs, toBuffer } from './amqplib.js';
import { RUNS, TIMEOUT, normal, normalFromAmqplib, plainTable, shortstr } from './values.js';
import { toHex } from '../helpers/bytes.js';

const protocol = loadProtocol(defaultSpecSources());

/** amqplib calls no-wait `nowait`; the reserved fields have their 0-8 names there. */
function amqplibNameMatches(ours: FieldModel, theirs: string): boolean {
  return ours.reserved || ours.name === theirs || (ours.name === 'noWait' && theirs === 'nowait');
}

const table = plainTable({ strings: 'valid', bytes: 'buffer', undefinedValues: true });

/** Values amqplib takes for each wire type (longlong only as a safe number, longstr only as a Buffer). */
const BY_TYPE: Record<WireType, () => fc.Arbitrary<unknown>> = {
  bit: () => fc.boolean(),
  octet: () => fc.integer({ min: 0, max: 0xff }),
  short: () => fc.integer({ min: 0, max: 0xffff }),
  long: () => fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffffffff })),
  longlong: () =>
    fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  timestamp: () => fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  shortstr: () => shortstr('valid'),
  longstr: () => fc.oneof(fc.uint8Array({ maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 60 })),
  table: () => table,
};

const ZERO: Record<WireType, unknown> = {
  bit: false,
  octet: 0,
  short: 0,
  long: 0,
  longlong: 0,
  timestamp: 0,
  shortstr: '',
  longstr: Buffer.alloc(0),
  table: {},
};

function argsFor(method: MethodModel): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(method.fields.filter((f) => !f.reserved).map((f) => [f.name, BY_TYPE[f.type]()])),
  );
}

/** The same arguments as amqplib names and types them: positional, reserved fields as zeros. */
function toAmqplib(method: MethodModel, args: Record<string, unknown>): Record<string, unknown> {
  const info = defs.info(method.classId * 0x10000 + method.methodId)!;
  const out: Record<string, unknown> = {};
  method.fields.forEach((f, i) => {
    let v = f.reserved ? ZERO[f.type] : args[f.name];
    if (f.type === 'longstr' && !Buffer.isBuffer(v)) {
      v = typeof v === 'string' ? Buffer.from(v, 'utf8') : toBuffer(v as Uint8Array);
    }
    out[info.args[i].name] = v;
  });
  return out;
}

/** What decoding gives back: longstr as bytes. */
function decodedForm(method: MethodModel, args: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = {};
  for (const f of method.fields) {
    if (f.reserved) continue;
    const v = args[f.name];
    out[f.name] = f.type === 'longstr' && typeof v === 'string' ? new TextEncoder().encode(v) : v;
  }
  return normal(out);
}

describe('amqplib defines the same methods, fields and types', () => {
  it('every method of ours is in amqplib, with the same ids, arity, wire types and (mapped) names', () => {
    for (const m of protocol.methods) {
      const info = defs.info(m.classId * 0x10000 + m.methodId);
      expect(info, m.fullName).toBeDefined();
      expect([info!.classId, info!.methodId]).toEqual([m.classId, m.methodId]);
      expect(
        info!.args.map((a) => a.type),
        m.fullName,
      ).toEqual(m.fields.map((f) => f.type));
      m.fields.forEach((f, i) =>
        expect(amqplibNameMatches(f, info!.args[i].name), `${m.fullName}.${f.name}`).toBe(true),
      );
    }
  });

  it('amqplib has only access.request/-ok (class 30, dropped from 0-9-1 by RabbitMQ) beyond ours', () => {
    // amqplib's method ids are exported as numbers next to methodInfo objects.
    const ids = Object.entries(defs as unknown as Record<string, unknown>)
      .filter(([k, v]) => k.startsWith('methodInfo') && typeof v === 'object')
      .map(([, v]) => (v as { id: number }).id);
    const ours = new Set(protocol.methods.map((m) => m.classId * 0x10000 + m.methodId));
    expect(ids.filter((id) => !ours.has(id)).map((id) => defs.info(id)!.name)).toEqual([
      'AccessRequest',
      'AccessRequestOk',
    ]);
    expect(protocol.methods.length).toBe(ids.length - 2);
  });
});

describe(`every method: same bytes as amqplib, and each decodes the other's frames (${RUNS} runs each)`, () => {
  for (const method of protocol.methods) {
    const id = method.classId * 0x10000 + method.methodId;
    it(`${method.fullName} (${method.classId}/${method.methodId})`, { timeout: TIMEOUT }, () => {
      const channels = method.channelZeroOnly ? fc.constant(0) : fc.integer({ min: 1, max: 0xffff });
      fc.assert(
        fc.property(channels, argsFor(method), (channel, args) => {
          const ours = encodeMethod(channel, { name: method.fullName, args } as MethodInput);
          const theirsArgs = toAmqplib(method, args);
          const theirs = defs.encodeMethod(id, channel, theirsArgs);
          expect(toHex(ours)).toBe(toHex(theirs));

          // amqplib's frame layer reads our frame back to what we encoded (reserved fields as zeros).
          const back = amqplibDecodeFrame(ours);
          expect(back).toMatchObject({ id, channel });
          expect(normalFromAmqplib((back as { fields: unknown }).fields)).toEqual(normal(theirsArgs));

          // We read amqplib's frame back to the arguments.
          const decoded = decodeFrame({ type: 1, channel, payload: theirs.subarray(7, theirs.length - 1) });
          expect(decoded.type).toBe('method');
          const m = (decoded as { method: ReturnType<typeof decodeMethod> }).method;
          expect(m.name).toBe(method.fullName);
          expect(normal(m.args)).toEqual(decodedForm(method, args));
        }),
        { numRuns: RUNS },
      );
    });
  }
});
