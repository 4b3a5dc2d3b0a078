/** The CommonJS build (dist/cjs) is the same package as the ESM build, loadable with plain require. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as esm from '../../generated/dist/index.js';

const PKG = join(dirname(fileURLToPath(import.meta.url)), '../../generated');

describe('CommonJS build', () => {
  it('exports the same names as the ESM build', () => {
    const cjs = createRequire(import.meta.url)(join(PKG, 'dist/cjs/index.js')) as Record<string, unknown>;
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(readFileSync(join(PKG, 'dist/cjs/package.json'), 'utf8')).toContain('"type": "commonjs"');
  });

  it('works under require with require(esm) disabled, and its errors are recognised by the ESM copy', () => {
    // A child process: the package is required by name through its exports map, as a CJS consumer would.
    const script = `
      const p = require('@amqp-codegen/protocol');
      const frame = p.encodeMethod(0, { name: 'connection.tune-ok', args: { channelMax: 2047, frameMax: 131072, heartbeat: 60 } });
      let error; try { p.decodeMethod(new Uint8Array([0, 99, 0, 1])); } catch (e) { error = e; }
      console.log(JSON.stringify({ hex: Buffer.from(frame).toString('hex'), name: error.name, classId: error.classId }));`;
    const out = execFileSync(process.execPath, ['--no-experimental-require-module', '-e', script], {
      encoding: 'utf8',
      cwd: join(PKG, '..'), // the repository: node_modules/@amqp-codegen/protocol links to generated/
    });
    const result = JSON.parse(out) as { hex: string; name: string; classId: number };
    // Bytes by hand from the spec: method frame, channel 0, size 12, class 10, method 31, 2047, 131072, 60, frame end.
    expect(result.hex).toBe('01 0000 0000000c 000a 001f 07ff 00020000 003c ce'.replaceAll(' ', ''));
    expect(esm.isAmqpError(result)).toBe(true);
    expect(result.classId).toBe(99);
  });
});
