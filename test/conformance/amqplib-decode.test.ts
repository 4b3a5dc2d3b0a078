/**
 * Both decoders on the same untrusted bytes: random method and header payloads, and mutated valid
 * ones. amqplib accepts much that we refuse (A16–A20); wherever both accept, they must read the same
 * values (modulo A9, A10, A13, A15, mapped by `asAmqplibReads`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProtocol } from '../../generator/run.js';
import { defaultSpecSources } from '../../generator/spec-sources.js';
import {
  decodeContentHeader,
  decodeMethod,
  encodeBasicHeader,
  encodeMethod,
  isAmqpError,
  type Method,
  type MethodInput,
} from '../../generated/src/index.js';
import { argsFor, fieldTable } from '../helpers/arbitraries.js';
import { defs } from './amqplib.js';
import { RUNS, TIMEOUT, asAmqplibReads, hasProtoKey, normalFromAmqplib } from './values.js';

const protocol = loadProtocol(defaultSpecSources());

/** Random bytes, or valid bytes with a few bytes replaced, cut short or extended. */
function mutated(valid: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 48 }),
    fc
      .tuple(valid, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
      .map(([b, edits]) => {
        const out = b.slice();
        for (const [at, v] of edits) if (out.length > 0) out[at % out.length] = v;
        return out;
      }),
    fc.tuple(valid, fc.nat()).map(([b, n]) => b.subarray(0, b.length === 0 ? 0 : n % b.length)),
    fc.tuple(valid, fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([b, x]) => new Uint8Array([...b, ...x])),
  );
}

function tryDecode<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

describe(`untrusted bytes through both decoders (${RUNS * 25} runs each)`, () => {
  it('method payloads: where both accept, the same values', { timeout: TIMEOUT }, () => {
    let both = 0;
    const payload = fc.constantFrom(...protocol.methods).chain((m) =>
      mutated(
        argsFor(m.fields).map((args) => {
          const f = encodeMethod(m.channelZeroOnly ? 0 : 1, { name: m.fullName, args } as MethodInput);
          return f.subarray(11, f.length - 1);
        }),
      ).map((tail) => ({ m, tail })),
    );
    fc.assert(
      fc.property(payload, ({ m, tail }) => {
        const id = m.classId * 0x10000 + m.methodId;
        let ours: Method | undefined;
        try {
          ours = decodeMethod(
            new Uint8Array([m.classId >> 8, m.classId & 255, m.methodId >> 8, m.methodId & 255, ...tail]),
          );
        } catch (e) {
          expect(isAmqpError(e)).toBe(true);
        }
        const theirs = tryDecode(() => defs.decode(id, Buffer.from(tail)));
        if (ours === undefined || theirs === undefined || hasProtoKey(ours.args)) return;
        both++;
        const info = defs.info(id)!;
        const t = normalFromAmqplib(theirs) as Record<string, unknown>;
        m.fields.forEach((f, i) => {
          if (f.reserved) return;
          const v = (ours.args as Record<string, unknown>)[f.name];
          expect(t[info.args[i].name], `${m.fullName}.${f.name}`).toEqual(asAmqplibReads(v));
        });
      }),
      { numRuns: RUNS * 25 },
    );
    expect(both).toBeGreaterThan(RUNS);
  });

  it('content header payloads: where both accept, the same properties', { timeout: TIMEOUT }, () => {
    let both = 0;
    const props = fc.record(
      {
        contentType: fc.string({ maxLength: 8 }),
        headers: fieldTable(),
        deliveryMode: fc.integer({ min: 0, max: 255 }),
        timestamp: fc.maxSafeNat(),
        appId: fc.string({ maxLength: 8 }),
        reserved: fc.string({ maxLength: 8 }),
      },
      { requiredKeys: [] },
    );
    const payload = mutated(props.map((p) => encodeBasicHeader(1, 0, p).subarray(19, -1)));
    fc.assert(
      fc.property(payload, (flagsAndProps) => {
        let ours;
        try {
          ours = decodeContentHeader(new Uint8Array([0, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...flagsAndProps]));
        } catch (e) {
          expect(isAmqpError(e)).toBe(true);
        }
        const theirs = tryDecode(() => defs.decode(60, Buffer.from(flagsAndProps)));
        if (ours === undefined || theirs === undefined || hasProtoKey(ours.properties)) return;
        both++;
        const { reserved, ...rest } = ours.properties;
        expect(normalFromAmqplib(theirs)).toEqual(asAmqplibReads({ ...rest, clusterId: reserved }));
      }),
      { numRuns: RUNS * 25 },
    );
    expect(both).toBeGreaterThan(RUNS);
  });
});
