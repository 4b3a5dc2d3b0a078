import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
// Inside the repo so that '@amqp-codegen/protocol' resolves through node_modules as it would for a user.
const dir = join(root, `.tmp-readme-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AMBIENT = `declare const socket: { on(e: 'data', f: (c: Uint8Array) => void): void; write(b: Uint8Array): void };
declare function send(bytes: Uint8Array): void;
`;

function tsBlocks(file: string): string[] {
  return [...readFileSync(join(root, file), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('README examples', () => {
  it('every TypeScript example in both READMEs type-checks against the generated package', () => {
    const blocks = [...tsBlocks('README.md'), ...tsBlocks('templates/package/README.md')];
    // the generated type shown in the README is an excerpt of generated code, not a usage example
    const examples = blocks.filter((b) => /from '@amqp-codegen\/protocol(\/engine)?'/.test(b));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    mkdirSync(dir, { recursive: true });
    examples.forEach((code, i) => writeFileSync(join(dir, `example-${i}.ts`), `${AMBIENT}${code}\nexport {};\n`));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          noEmit: true,
          types: [],
          // TypeScript's own lib.*.d.ts are not ours to check (half the time); the package's .d.ts still are.
          skipDefaultLibCheck: true,
        },
        include: ['*.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', '.bin', 'tsc');
    expect(() =>
      execFileSync(tsc, ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' }),
    ).not.toThrow();
  });
});
