/**
 * Regression tests for bugs found by the conformance and fuzz work.
 *
 * OPEN BUGS are marked `it.fails` and titled "BUG-n (open)": each test states the correct behaviour
 * and currently fails, so the suite stays green while the bug is open. When a fix lands the test
 * passes, `it.fails` reports that, and the marker must be changed to a plain `it`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FrameParser,
  Reader,
  decodeFrame,
  decodeMethod,
  decodeTable,
  encodeBasicHeader,
  encodeMethod,
  encodeTable,
  type MethodInput,
} from '../../generated/src/index.js';
import { amqpError } from '../helpers/errors.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('BUG-1 (fixed): the parser allocates a declared payload size before the bytes arrive', () => {
  // With a hard cap the API allows (up to 2^32−1), the payload buffer of the declared size is allocated
  // as soon as the 7-byte header is complete: 10 bytes of input with size 0xFFFFFFF0 allocate 4 GiB
  // (verified: process.memoryUsage().arrayBuffers +4096 MiB, `buffered` 10). Here 256 MiB, to keep CI
  // memory sane. Expected: memory grows with the bytes received, not with the declared size.
  it('BUG-1 (fixed): 10 bytes declaring a 256 MiB frame allocate less than 16 MiB', () => {
    const parser = new FrameParser({ frameMax: 0, hardCap: 0xffffffff });
    const before = process.memoryUsage().arrayBuffers;
    parser.push(new Uint8Array([3, 0, 1, 0x10, 0, 0, 0, 1, 2, 3]));
    expect(parser.buffered).toBe(10);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });
});

describe('BUG-2 (fixed): generated/src/index.ts cannot be loaded by per-file transpilers', () => {
  // index.ts re-exports type-only names (AmqpErrorKind, AmqpErrorOptions, Decimal, FieldArray, Frame, …)
  // without `type`, so esbuild/tsx, Node's type stripping and other isolatedModules tools fail:
  // "SyntaxError: The requested module './runtime/index.js' does not provide an export named
  // 'AmqpErrorKind'". (Vitest hides it; tsc accepts it without isolatedModules.)
  it('BUG-2 (fixed): node --import tsx can import generated/src/index.ts', { timeout: 30_000 }, () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', "await import('./generated/src/index.ts')"],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('BUG-3 (fixed): decodeFrame takes any frame type other than 1, 2, 3 for a heartbeat', () => {
  // decodeFrame's switch ends in `default: return heartbeat`, so a hand-built or foreign Frame with
  // type 7, or a heartbeat with a channel or a payload, decodes as { type: 'heartbeat', channel: 0 }.
  it('BUG-3 (fixed): type 7 is an unknown frame type (501)', () => {
    const frame = { type: 7, channel: 3, payload: new Uint8Array([1, 2]) } as never;
    expect(amqpError(() => decodeFrame(frame)).replyCode).toBe(501);
  });

  it('BUG-3 (fixed): a heartbeat on channel 3 (505) or with a payload (501) is refused', () => {
    expect(amqpError(() => decodeFrame({ type: 8, channel: 3, payload: new Uint8Array(0) })).replyCode).toBe(505);
    expect(amqpError(() => decodeFrame({ type: 8, channel: 0, payload: new Uint8Array(1) })).replyCode).toBe(501);
  });
});

describe('BUG-4 (fixed): non-object properties or arguments give a TypeError, or are taken as empty', () => {
  // encodeBasicHeader(1, 0, null) → "TypeError: Cannot read properties of null (reading 'contentType')";
  // encodeBasicHeader(1, 0, 'x') → a header with no properties; encodeMethod(1, { name:
  // 'basic.publish' }) → "TypeError: Cannot read properties of undefined (reading 'exchange')";
  // encodeMethod(1, null) → TypeError. Expected: the typed encode error, nothing written.
  it('BUG-4 (fixed): encodeBasicHeader with null / undefined / a string as properties', () => {
    for (const props of [null, undefined, 'x', 5]) {
      expect(amqpError(() => encodeBasicHeader(1, 0, props as never)).kind).toBe('encode');
    }
  });

  it('BUG-4 (fixed): encodeMethod without args (for a method that has some), or with null', () => {
    expect(amqpError(() => encodeMethod(1, { name: 'basic.publish' } as MethodInput)).kind).toBe('encode');
    expect(amqpError(() => encodeMethod(1, { name: 'basic.publish', args: null } as never)).kind).toBe('encode');
    expect(amqpError(() => encodeMethod(1, null as never)).kind).toBe('encode');
  });

  it('(works) methods without arguments take a missing args', () => {
    expect(encodeMethod(1, { name: 'tx.select' })).toHaveLength(12);
  });
});

describe('FINDING-1 (for decision, not a bug by the current docs): lenient shortstr decoding can grow past 255 bytes', () => {
  // Invalid UTF-8 in a shortstr (method field, property, table key) decodes to U+FFFD per bad byte,
  // 3 bytes each in UTF-8, so a decoded frame may not re-encode: 255 × 0xFF → 765 bytes. Today that
  // is the typed encode error (what this test pins); a proxy that decodes and re-encodes frames would
  // fail on such input. Options: keep (document), or decode invalid shortstrs to bytes as `S` does.
  it('a consumer-tag of 255 × 0xFF decodes, and re-encoding it fails with the typed error', () => {
    const m = decodeMethod(new Uint8Array([0, 60, 0, 21, 255, ...new Array<number>(255).fill(0xff)]));
    expect((m.args as { consumerTag: string }).consumerTag).toBe('\ufffd'.repeat(255));
    const e = amqpError(() => encodeMethod(1, m as MethodInput));
    expect([e.kind, e.context]).toEqual(['encode', 'basic.consume-ok.consumer-tag']);
    expect(e.message).toMatch(/765 UTF-8 bytes/);
  });

  it('the same for a table key', () => {
    const key = new Array<number>(255).fill(0xc3);
    const t = decodeTable(new Reader(new Uint8Array([0, 0, 1, 1, 255, ...key, 0x56])), 't');
    expect(amqpError(() => encodeTable(t, 't')).message).toMatch(/key is 765 UTF-8 bytes/);
  });
});
