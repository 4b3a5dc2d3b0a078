/**
 * Time-boxed fuzzing with the CI targets (targets.ts):
 *
 *   npm run fuzz -- --seconds 600 [--seed 42] [--only parser]
 *
 * Splits the time evenly over the targets, runs each until its share is used up (starting again with
 * a new seed after a failure), then prints cases run, failures with their counterexamples, and how the
 * cases ended. Exit code 1 when anything failed.
 */
import fc from 'fast-check';
import { TARGETS, outcomes } from './targets.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const seconds = Number(option('seconds') ?? 60);
const only = option('only');
const firstSeed = Number(option('seed') ?? Date.now() % 2 ** 31);
let seed = firstSeed;
if (!(seconds > 0) || !Number.isFinite(seed)) {
  console.error('usage: npm run fuzz -- --seconds N [--seed S] [--only <part of a target name>]');
  process.exit(2);
}

const targets = TARGETS.filter((t) => only === undefined || t.name.includes(only));
const share = (seconds * 1000) / targets.length;
console.log(`fuzzing ${targets.length} targets for ${seconds} s (${(share / 1000).toFixed(1)} s each), seed ${seed}`);

let totalCases = 0;
let totalFailures = 0;
const started = Date.now();
const lines: string[] = [];
for (const target of targets) {
  outcomes.clear();
  const end = Date.now() + share;
  let cases = 0;
  let failures = 0;
  while (Date.now() < end) {
    const runSeed = seed++;
    const details = fc.check(target.property(), {
      numRuns: 2 ** 31 - 1,
      seed: runSeed,
      interruptAfterTimeLimit: Math.max(1, end - Date.now()),
      markInterruptAsFailure: false,
    });
    cases += details.numRuns;
    if (details.failed) {
      failures++;
      console.log(`\nFAILURE in "${target.name}" (seed ${runSeed}, path ${details.counterexamplePath}):`);
      console.log(`  counterexample: ${fc.stringify(details.counterexample)}`);
      console.log(`  ${String(details.errorInstance).split('\n').slice(0, 12).join('\n  ')}`);
    } else if (!details.interrupted) {
      break;
    }
  }
  totalCases += cases;
  totalFailures += failures;
  const line = `${String(cases).padStart(9)} cases  ${String(failures).padStart(3)} failures  ${target.name}`;
  console.log(line);
  lines.push(line);
  const ends = [...outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
  lines.push(`${' '.repeat(17)}ended: ${ends.join(', ')}`);
}

const elapsed = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n${totalCases} cases, ${totalFailures} failures in ${elapsed} s (seeds ${firstSeed}..${seed - 1})`);
console.log('\nper target, with how its cases ended:');
for (const line of lines) console.log(line);
process.exit(totalFailures === 0 ? 0 : 1);
