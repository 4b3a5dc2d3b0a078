// Micro-benchmark harness: warm-up, several timed rounds, median; results kept alive in a sink;
// optional bytes-allocated-per-op measurement (needs node --expose-gc).
//
// Each benchmark gets its own loop function compiled with `new Function`, so the call `fn(i)` inside
// it has its own inline cache and stays monomorphic (a shared loop would make every library pay for a
// megamorphic call, and would let the first benchmark's feedback shape the others).

import { PerformanceObserver, performance } from 'node:perf_hooks';

/**
 * Every result is stored here (an exported, module-level array: the stores are observable), so the
 * JIT cannot drop the work that produced them.
 */
export const sink = new Array(64).fill(null);

function makeLoop(fn) {
  return new Function(
    'fn',
    'sink',
    'return function benchLoop(n) { for (let i = 0; i < n; i++) sink[i & 63] = fn(i); return n; };',
  )(fn, sink);
}

function makeAsyncLoop(fn) {
  return new Function(
    'fn',
    'sink',
    'return async function benchAsyncLoop(n) { for (let i = 0; i < n; i++) sink[i & 63] = await fn(i); return n; };',
  )(fn, sink);
}

// Two clocks. 'wall' is elapsed time. 'cpu' is this process's CPU time (user + system, all threads,
// so GC helper threads count too): on a shared machine it leaves out the time the process spends
// descheduled while other processes run, which is most of the noise in wall time.
let clock = 'cpu';
export function setClock(c) {
  if (c !== 'cpu' && c !== 'wall') throw new Error(`unknown clock ${c}`);
  clock = c;
}
export const clockName = () => clock;
function nowNs() {
  if (clock === 'wall') return Number(process.hrtime.bigint());
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

async function timeLoop(loop, n, isAsync) {
  const t0 = nowNs();
  if (isAsync) await loop(n);
  else loop(n);
  return nowNs() - t0;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// GC events, to discard allocation samples during which a collection ran.
const gcEvents = [];
let gcObserver;
function observeGc() {
  if (gcObserver) return;
  gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcEvents.push([e.startTime, e.startTime + e.duration]);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
}
export function stopObservingGc() {
  gcObserver?.disconnect();
}

/** Lets queued PerformanceObserver callbacks run. */
const settle = () => new Promise((r) => setTimeout(r, 5));

/**
 * Bytes allocated per op: JS heap growth plus ArrayBuffer backing-store growth over n ops, with a
 * forced GC before each sample. n is kept small enough that the young generation does not fill up;
 * samples during which a GC ran anyway are discarded. Returns undefined without --expose-gc.
 */
async function allocPerOp(loop, isAsync, nsPerOp) {
  if (typeof globalThis.gc !== 'function') return undefined;
  observeGc();
  const mem = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const sample = async (n) => {
    globalThis.gc();
    await settle(); // the forced collection's event is delivered before the window opens
    const start = performance.now();
    const m0 = mem();
    if (isAsync) await loop(n);
    else loop(n);
    const m1 = mem();
    const end = performance.now();
    return { bytes: m1 - m0, start, end };
  };
  const maxByTime = Math.max(1, Math.floor(2e7 / Math.max(nsPerOp, 1))); // ≤ ~20 ms per sample
  const probeN = Math.min(64, maxByTime);
  const probe = await sample(probeN);
  const est = Math.max(probe.bytes / probeN, 1);
  const n = Math.max(1, Math.min(20000, maxByTime, Math.floor((256 * 1024) / est)));
  const samples = [];
  for (let k = 0; k < 5; k++) samples.push(await sample(n));
  // Baseline: memoryUsage itself and the loop around an empty op.
  const base = [];
  const empty = makeLoop(() => 0);
  empty(n);
  for (let k = 0; k < 3; k++) {
    globalThis.gc();
    const m0 = mem();
    empty(n);
    base.push(mem() - m0);
  }
  await settle();
  const clean = samples.filter((s) => !gcEvents.some(([a, b]) => b >= s.start && a <= s.end));
  const use = clean.length > 0 ? clean : samples;
  const bytes = Math.max(0, (median(use.map((s) => s.bytes)) - median(base)) / n);
  return { bytes, approximate: clean.length === 0 };
}

/** Calibrates and warms up one benchmark; returns its loop and iterations per round. */
async function prepare(fn, isAsync, { warmupMs, roundMs }) {
  const loop = isAsync ? makeAsyncLoop(fn) : makeLoop(fn);
  // Grow n until one run takes ≥ 5 ms.
  let n = 8;
  let t = await timeLoop(loop, n, isAsync);
  while (t < 5e6) {
    n *= 2;
    t = await timeLoop(loop, n, isAsync);
  }
  // Warm up (lets the optimizing compiler settle), re-estimating the time per op as it speeds up.
  const warmEnd = performance.now() + warmupMs;
  while (performance.now() < warmEnd) t = await timeLoop(loop, n, isAsync);
  return { loop, per: Math.max(1, Math.round((n * roundMs * 1e6) / t)) };
}

/**
 * Measures the variants of one case. Each variant is { fn, isAsync?, allocFn?, allocUnits? }: fn
 * does one op per call. After every variant is warmed up, the timed rounds are interleaved
 * (round 1 of each variant, then round 2 of each…) so that background load, which this machine
 * has, hits all libraries alike. Returns per variant { nsPerOp, opsPerSec, rounds, alloc }.
 * allocFn (one op of a smaller workload, allocUnits units of the main one) measures allocation
 * where a whole op would not fit in the young generation.
 */
export async function measureCase(variants, opts = {}) {
  const { warmupMs = 200, rounds = 9, roundMs = 60, alloc = true } = opts;
  const prepared = [];
  for (const v of variants) prepared.push(await prepare(v.fn, v.isAsync, { warmupMs, roundMs }));
  const times = variants.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const { loop, per } = prepared[k];
      times[k].push((await timeLoop(loop, per, variants[k].isAsync)) / per);
    }
  }
  const out = [];
  for (let k = 0; k < variants.length; k++) {
    const v = variants[k];
    const nsPerOp = median(times[k]);
    let a;
    if (alloc) {
      if (v.allocFn) {
        const loop = v.isAsync ? makeAsyncLoop(v.allocFn) : makeLoop(v.allocFn);
        // warm the small workload
        for (let w = 0; w < 20; w++) {
          if (v.isAsync) await loop(1);
          else loop(1);
        }
        a = await allocPerOp(loop, v.isAsync, nsPerOp * v.allocUnits);
        if (a) a = { ...a, bytes: a.bytes / v.allocUnits };
      } else {
        a = await allocPerOp(prepared[k].loop, v.isAsync, nsPerOp);
      }
    }
    out.push({ nsPerOp, opsPerSec: 1e9 / nsPerOp, rounds: times[k], alloc: a });
  }
  return out;
}

// ---- formatting ----

export function fmtInt(x) {
  if (!Number.isFinite(x)) return '–';
  return Math.round(x).toLocaleString('en-US');
}

export function fmtNs(x) {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} ms`;
  if (x >= 1e4) return fmtInt(x);
  if (x >= 100) return x.toFixed(0);
  return x.toFixed(1);
}

export function fmtBytes(a) {
  if (a === undefined) return 'n/a';
  const s = a.bytes >= 1e4 ? fmtInt(a.bytes) : a.bytes.toFixed(0);
  return a.approximate ? `~${s}` : s;
}

export function table(headers, rows, align) {
  const out = [];
  out.push(`| ${headers.join(' | ')} |`);
  out.push(`|${headers.map((_, i) => (align?.[i] === 'r' ? '---:' : '---')).join('|')}|`);
  for (const r of rows) out.push(`| ${r.join(' | ')} |`);
  return out.join('\n');
}
