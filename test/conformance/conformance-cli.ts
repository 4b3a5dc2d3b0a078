/**
 * Runs the conformance suites with more random cases than CI does:
 *
 *   npm run test:conformance                 # CI size: 200 cases per method (CONFORMANCE_RUNS)
 *   npm run test:conformance -- --runs 5000  # 5000 per method, and scaled up for the other properties
 *
 * Any other arguments go to vitest (e.g. a file filter or `--reporter verbose`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
let runs = process.env.CONFORMANCE_RUNS ?? '200';
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--runs') runs = args[++i] ?? '';
  else if (a.startsWith('--runs=')) runs = a.slice('--runs='.length);
  else rest.push(a);
}
if (!/^[1-9]\d*$/.test(runs)) {
  console.error(`--runs wants a positive integer, got ${JSON.stringify(runs)}`);
  process.exit(2);
}

const started = Date.now();
console.log(`conformance: ${runs} random cases per method (CONFORMANCE_RUNS=${runs})`);
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const r = spawnSync(
  process.execPath,
  [vitest, 'run', '--project', 'unit', ...(rest.some((a) => !a.startsWith('-')) ? [] : ['test/conformance']), ...rest],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CONFORMANCE_RUNS: runs } },
);
console.log(`conformance: CONFORMANCE_RUNS=${runs} finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(r.status ?? 1);
