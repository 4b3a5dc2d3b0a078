import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, REPO_ROOT, renderPackage } from '../../generator/run.js';
import { staleFiles, writeAtomically } from '../../generator/write.js';
import { defaultSpecSources, PLAIN_SPEC, resolvePackagedSpec } from '../../generator/spec-sources.js';

const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'generator', 'cli.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });

let scratch: string;
/** One render of the default specs, shared by the tests below (a render takes seconds). */
let files: Map<string, string>;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'amqp-codegen-pipeline-'));
  files = await renderPackage({ specs: defaultSpecSources(), outDir: '' });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('generator pipeline', () => {
  it('output is deterministic: the committed generated/ (made in another process) equals a new render', () => {
    expect(staleFiles(join(REPO_ROOT, 'generated'), files)).toEqual([]);
  });

  it('no absolute paths or timestamps leak into the output', () => {
    for (const [path, text] of files) {
      expect(text.includes(REPO_ROOT), path).toBe(false);
      expect(/\b20\d\d-\d\d-\d\dT/.test(text), path).toBe(false);
    }
  });

  it('--check lists stale, missing and extra files and exits 1; generate fixes them', () => {
    const out = join(scratch, 'check');
    writeAtomically(out, files);
    writeFileSync(join(out, 'src', 'tx.ts'), '// edited by hand\n');
    rmSync(join(out, 'src', 'confirm.ts'));
    writeFileSync(join(out, 'src', 'stray.ts'), 'export {};\n');
    const result = cli(['--check', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('src/tx.ts (differs)');
    expect(result.stderr).toContain('src/confirm.ts (missing)');
    expect(result.stderr).toContain('src/stray.ts (not generated)');
    expect(result.stderr).toContain('npm run generate');
    expect(cli(['--out', out]).status).toBe(0);
    expect(staleFiles(out, files)).toEqual([]);
  });

  it('a failed generate leaves the output directory as it was', () => {
    const out = join(scratch, 'atomic');
    writeAtomically(out, files);
    const bad = join(scratch, 'bad.xml');
    writeFileSync(
      bad,
      '<amqp major="0" minor="9" revision="1"><class name="x" index="1"><method name="m" index="1"><chassis name="server"/><field name="f" domain="nope"/></method></class></amqp>',
    );
    const result = cli(['--spec', bad, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('class x > method m > field f: unknown domain "nope"');
    expect(staleFiles(out, files)).toEqual([]);
  });

  it('malformed XML reports file, line and column and writes nothing', () => {
    const out = join(scratch, 'never');
    const bad = join(scratch, 'broken.xml');
    writeFileSync(bad, '<amqp>\n  <class name="x" index="1">\n    <method name="m"\n</amqp>\n');
    const result = cli(['--spec', bad, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken\.xml:\d+:\d+: malformed XML/);
    expect(spawnSync('ls', [out]).status).not.toBe(0);
  });

  it('merges several --spec files in order, with conflicts naming both files', () => {
    const base = resolvePackagedSpec(PLAIN_SPEC).path;
    const clash = join(scratch, 'clash.xml');
    writeFileSync(
      clash,
      '<amqp major="0" minor="9" revision="1"><class name="connection" index="10"><method name="close-ok" index="52"><chassis name="client"/></method></class></amqp>',
    );
    const result = cli(['--spec', base, '--spec', clash, '--out', join(scratch, 'clash-out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `method "close-ok" is defined twice with different definitions (first defined at ${base}: class connection > method close-ok)`,
    );
  });

  it('the plain amqp.org XML generates a package that type-checks and works', async () => {
    const out = join(scratch, 'plain');
    // generate() type-checks the sources under strict mode before writing; a failure throws
    await generate({ specs: [resolvePackagedSpec(PLAIN_SPEC)], outDir: out });
    const pkg = await import(join(out, 'dist', 'index.js'));
    // the plain spec has no confirm class, no exchange.bind, no basic.nack
    expect(Object.keys(pkg.METHODS)).not.toContain('basic.nack');
    expect(Object.keys(pkg.METHODS)).toContain('basic.publish');
    const frame: Uint8Array = pkg.encodeMethod(1, {
      name: 'exchange.declare',
      args: { exchange: 'x', type: 'direct', passive: false, durable: true, noWait: false, arguments: {} },
    });
    expect(pkg.decodeMethod(frame.subarray(7, frame.length - 1)).args).toMatchObject({ exchange: 'x', durable: true });
  });

  it('the generated package type-checks with tsc --strict using its own tsconfig', () => {
    const tsc = join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
    expect(() =>
      execFileSync(tsc, ['-p', join(REPO_ROOT, 'generated', 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' }),
    ).not.toThrow();
  });
});
