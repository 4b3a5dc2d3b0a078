/**
 * Bundle sizes of the generated package: esbuild --bundle --minify, then gzip -9, for the whole package,
 * for encodeMethod + decodeMethod, and for what a client's handshake needs. `--check` fails when a size
 * is over its budget (BUDGET below; the README's size table shows the same numbers and the goals).
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../generator/run.js';

const ENTRY = join(REPO_ROOT, 'generated/dist/index.js');

export const CASES: Record<string, { names: string[] | '*'; budget: number; goal?: number }> = {
  'whole package': { names: '*', budget: 22_100 },
  'encodeMethod + decodeMethod': { names: ['encodeMethod', 'decodeMethod'], budget: 8_600, goal: 8_000 },
  'client handshake': {
    names: [
      'encodeConnectionStartOk',
      'encodeConnectionTuneOk',
      'encodeConnectionOpen',
      'encodeConnectionClose',
      'encodeConnectionCloseOk',
      'decodeConnectionStart',
      'decodeConnectionTune',
      'decodeConnectionOpenOk',
      'decodeConnectionClose',
      'decodeConnectionCloseOk',
      'FrameParser',
    ],
    budget: 8_400,
    goal: 5_000,
  },
};

export async function measure(names: string[] | '*'): Promise<{ minified: number; gzipped: number }> {
  const contents =
    names === '*'
      ? `export * from ${JSON.stringify(ENTRY)};`
      : `export { ${names.join(', ')} } from ${JSON.stringify(ENTRY)};`;
  const result = await build({
    stdin: { contents, resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const kb = (n: number): string => `${(n / 1000).toFixed(1)} KB`;

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let over = 0;
  console.log('| bundle | minified | min + gzip -9 | budget | goal |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [label, c] of Object.entries(CASES)) {
    const { minified, gzipped } = await measure(c.names);
    const fails = gzipped > c.budget;
    if (fails) over++;
    console.log(
      `| ${label} | ${kb(minified)} | ${kb(gzipped)}${fails ? ' **over budget**' : ''} | ${kb(c.budget)} | ${c.goal ? `≤ ${kb(c.goal)}` : '—'} |`,
    );
  }
  if (check && over > 0) {
    console.error(`${over} bundle(s) over budget (scripts/size.ts): shrink them or raise the budget on purpose`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
