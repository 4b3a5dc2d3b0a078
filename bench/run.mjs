// npm run bench [-- --quick] [--filter=<case id prefix | library>] [--clock=cpu|wall] [--no-alloc] [--json=<file>]
//
// Compares our generated codec with amqplib's generated codec and @cloudamqp/amqp-client's AMQPView
// in one process. See bench/README.md for what each case measures.

import fs from 'node:fs';
import os from 'node:os';

import { frameCases, opCases } from './cases.mjs';
import {
  clockName,
  fmtBytes,
  fmtInt,
  fmtNs,
  measureCase,
  median,
  setClock,
  stopObservingGc,
  table,
} from './lib/harness.mjs';
import { versions } from './lib/libs.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const quick = flag('quick');
const filter = option('filter');
const jsonOut = option('json');
const opts = {
  warmupMs: quick ? 60 : 200,
  rounds: quick ? 3 : 9,
  roundMs: quick ? 30 : 60,
  alloc: !flag('no-alloc'),
};

setClock(option('clock') ?? 'cpu');

if (opts.alloc && typeof globalThis.gc !== 'function') {
  console.error('note: run with node --expose-gc for bytes/op (npm run bench does); skipping allocation figures');
}

const selected = (c, v) => !filter || c.id.startsWith(filter) || v.lib === filter;

const started = Date.now();
const results = [];

/** Checks every selected variant's output, then measures them together (interleaved rounds). */
async function runCase(c) {
  const variants = c.variants.filter((v) => selected(c, v));
  for (const v of variants) {
    const out = v.isAsync ? await v.fn() : v.fn();
    try {
      v.check(out);
    } catch (e) {
      throw new Error(`case ${c.id} / ${v.lib} (${v.api}) gives wrong output: ${e.message}`, { cause: e });
    }
  }
  const rs = await measureCase(variants, opts);
  const base = rs.find((_, k) => variants[k].baseline);
  return variants.map((v, k) => {
    const r = rs[k];
    // Rounds are interleaved, so round i of every variant ran in the same stretch of time: the median
    // of the per-round ratios cancels most of the background load that shifts whole rounds.
    const ratio = base ? median(r.rounds.map((t, i) => base.rounds[i] / t)) : undefined;
    // For our rows: against the faster incumbent of each round.
    const rivals = rs.filter((_, j) => variants[j].lib === 'amqplib' || variants[j].lib === 'cloudamqp');
    const vsBest =
      v.lib === 'ours' && rivals.length
        ? median(r.rounds.map((t, i) => Math.min(...rivals.map((x) => x.rounds[i])) / t))
        : undefined;
    process.stderr.write(`  ${c.id.padEnd(3)} ${v.lib.padEnd(9)} ${fmtNs(r.nsPerOp).padStart(10)} ns/op  ${v.api}\n`);
    results.push({ case: c.id, title: c.title, lib: v.lib, api: v.api, vsAmqplib: ratio, vsBest, ...r });
    return {
      v,
      r,
      vs: ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
      best: vsBest === undefined ? '' : `**${vsBest.toFixed(2)}×**`,
    };
  });
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const env = `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${os.platform()} ${os.arch()} · ${cpu} · ${os.availableParallelism?.() ?? os.cpus().length} cores`;
process.stderr.write(
  `${env}\nours ${versions.ours}, amqplib ${versions.amqplib}, @cloudamqp/amqp-client ${versions.cloudamqp}\n`,
);

// ---- cases 1–5, 7 ----
const opRows = [];
for (const c of opCases()) {
  for (const { v, r, vs, best } of await runCase(c)) {
    opRows.push([
      c.id,
      c.title,
      `${v.lib}: \`${v.api}\`${v.note ? ` (${v.note})` : ''}`,
      fmtInt(r.opsPerSec),
      fmtNs(r.nsPerOp),
      fmtBytes(r.alloc),
      vs,
      best,
    ]);
  }
}

// ---- case 6 ----
const frameRows = [];
const streamSizes = [];
for (const c of frameCases()) {
  streamSizes.push(c.streamBytes / 1e6);
  for (const { v, r, vs, best } of await runCase(c)) {
    const sec = r.nsPerOp / 1e9;
    frameRows.push([
      c.id,
      c.title,
      `${v.lib}: \`${v.api}\`${v.note ? ` (${v.note})` : ''}`,
      (c.streamBytes / sec / 1e6).toFixed(0),
      fmtInt(c.frames / sec),
      (r.nsPerOp / c.frames).toFixed(1),
      fmtBytes(r.alloc),
      vs,
      best,
    ]);
  }
}
stopObservingGc();

const md = [];
md.push(`${env}  `);
md.push(`ours ${versions.ours} · amqplib ${versions.amqplib} · @cloudamqp/amqp-client ${versions.cloudamqp}`);
md.push('');
if (opRows.length) {
  md.push(
    table(['#', 'Case', 'Library: API', 'ops/s', 'ns/op', 'B/op', 'vs amqplib', 'vs faster incumbent'], opRows, [
      'r',
      'l',
      'l',
      'l',
      'r',
      'r',
      'r',
      'r',
    ]),
  );
  md.push('');
}
if (frameRows.length) {
  md.push(
    `Frame streams: 30,000 frames (${Math.min(...streamSizes).toFixed(1)}–${Math.max(...streamSizes).toFixed(1)} MB) per run, fed in 64 KiB chunks; throughput over stream bytes.`,
  );
  md.push('');
  md.push(
    table(
      ['#', 'Case', 'Library: API', 'MB/s', 'frames/s', 'ns/frame', 'B/frame', 'vs amqplib', 'vs faster incumbent'],
      frameRows,
      ['r', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  md.push('');
}
md.push(
  `Median of ${opts.rounds} interleaved rounds after warm-up, timed by ${clockName() === 'cpu' ? 'process CPU time (user + system)' : 'wall-clock time'}. "vs amqplib": amqplib's time ÷ this time, median over the rounds (> 1 = faster than amqplib); "vs faster incumbent" (our rows): the faster of amqplib and cloudamqp in each round ÷ ours, median over the rounds. B/op: JS heap + ArrayBuffer growth per op between forced GCs ("~" = a GC ran during every sample). Total ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
console.log(md.join('\n'));

if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ env, versions, opts, results }, null, 2));
