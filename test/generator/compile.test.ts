import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileError, PackageCompiler } from '../../generator/compile.js';
import { renderPackage, REPO_ROOT } from '../../generator/run.js';

/** A small spec: the runtime is the same for every spec, and a small package renders fast. */
const MINI_SPEC = [{ path: join(REPO_ROOT, 'test/fixtures/mini/mini.xml'), displayName: 'mini.xml' }];

/** What `run` threw, as a CompileError's message without the terminal colours. */
async function compileErrorOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(CompileError);
    // eslint-disable-next-line no-control-regex
    return (error as Error).message.replace(/\x1b\[[0-9;]*m/g, '');
  }
  throw new Error('expected a CompileError, nothing was thrown');
}

/** The generator's compile: one strict check of the sources as emitted, dist/ from the formatted ones. */
describe('PackageCompiler', () => {
  const asEmitted = new Map([
    ['src/a.ts', `export const a: number = 1; export function f(x: string) { return x.length; }\n`],
  ]);
  const formatted = new Map([
    ['src/a.ts', `export const a: number = 1;\n\nexport function f(x: string) {\n  return x.length;\n}\n`],
  ]);

  it('checks the emitted text and writes dist/ (JavaScript and declarations) from the formatted one', () => {
    const compiler = new PackageCompiler();
    expect(compiler.check(asEmitted)).toBe(true);
    const out = compiler.emit(formatted);
    expect(out.get('src/a.ts')).toBe(formatted.get('src/a.ts'));
    expect(out.get('dist/a.js')).toBe(`export const a = 1;\nexport function f(x) {\n    return x.length;\n}\n`);
    expect(out.get('dist/a.d.ts')).toBe(
      `export declare const a: number;\nexport declare function f(x: string): number;\n`,
    );
  });

  it('a type error names the file, line and column of the formatted source, not of the text it checked', async () => {
    const bad = (text: string) => new Map([['src/a.ts', text]]);
    const compiler = new PackageCompiler();
    expect(compiler.check(bad(`export const a = 1; export const b: string = a;\n`))).toBe(false);
    const message = await compileErrorOf(() =>
      compiler.emit(bad(`export const a = 1;\n\nexport const b: string = a;\n`)),
    );
    expect(message).toMatch(/^src\/a\.ts:3:14 - error TS2322: Type 'number' is not assignable to type 'string'/m);
  });

  it('an emit without a check first checks, so an error is never written out', async () => {
    const compiler = new PackageCompiler();
    const message = await compileErrorOf(() => compiler.emit(new Map([['src/a.ts', `export const a: string = 1;\n`]])));
    expect(message).toMatch(/^src\/a\.ts:1:14 - error TS2322/m);
  });

  it('a formatted file with a directive comment is checked as written (formatting can move the line it applies to)', async () => {
    const compiler = new PackageCompiler();
    expect(
      compiler.check(new Map([['src/a.ts', `// @ts-expect-error\nexport const b: string = 1; export const c = 2;\n`]])),
    ).toBe(true);
    const moved = new Map([['src/a.ts', `// @ts-expect-error\nexport const c = 2;\nexport const b: string = 1;\n`]]);
    expect(await compileErrorOf(() => compiler.emit(moved))).toMatch(/^src\/a\.ts:3:14 - error TS2322/m);
  });

  it('the package may use ES2022 and the Encoding API, not DOM-only globals (it runs in Node too)', async () => {
    const compiler = new PackageCompiler();
    const web = `export const n = new TextEncoder().encode('x').length + new TextDecoder().decode(new Uint8Array(1)).length;\n`;
    expect(compiler.check(new Map([['src/a.ts', web]]))).toBe(true);
    const dom = `export const title = document.title;\n`;
    const message = await compileErrorOf(() => new PackageCompiler().emit(new Map([['src/a.ts', dom]])));
    expect(message).toMatch(/^src\/a\.ts:1:22 - error TS2584: Cannot find name 'document'/m);
    expect(message).toContain('declare a global both provide there');
  });
});

describe('a render whose templates do not type-check', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'amqp-codegen-compile-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('fails with a CompileError naming the generated file and line', async () => {
    const templatesDir = join(scratch, 'templates');
    cpSync(join(REPO_ROOT, 'templates'), templatesDir, { recursive: true });
    const utf8 = join(templatesDir, 'runtime', 'utf8.ts');
    const lines = readFileSync(utf8, 'utf8').split('\n').length;
    writeFileSync(utf8, `${readFileSync(utf8, 'utf8')}export const broken: string = 42;\n`);
    // the copy starts with a two-line header, so the template's last line + 1 is this line + 2
    const message = await compileErrorOf(() => renderPackage({ specs: MINI_SPEC, outDir: '', templatesDir }));
    expect(message).toMatch(new RegExp(`^src/runtime/utf8\\.ts:${lines + 2}:14 - error TS2322`, 'm'));
  }, 60_000);
});
