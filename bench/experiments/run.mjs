// node --expose-gc bench/experiments/run.mjs [--quick] [--filter=<workload prefix>]
//
// Measures optimisations of our hot paths on copies of the generated code (nothing under
// generated/ or templates/ is touched): see encode.template.mjs and decode.template.mjs for the
// flags. Each workload compares the shipped function (dist), the template with no flags (baseline:
// same code as shipped, cut down to the methods used), variants with the pre-4769f01 code brought
// back (OLD*: what the applied changes gave) and variants with candidate optimisations not applied
// yet; every variant's output is checked against the shipped function's first.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { BODY, DELIVER, PROPS, PUBLISH, QUEUE_DECLARE, SIMPLE_PROPS } from '../cases.mjs';
import { fmtBytes, fmtNs, measureCase, median, sink, stopObservingGc, table } from '../lib/harness.mjs';
import { AmqplibConnection, amqplibDefs, ours } from '../lib/libs.mjs';
import { loadVariant } from './preprocess.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filter = args.find((a) => a.startsWith('--filter='))?.slice(9);
const opts = quick ? { warmupMs: 60, rounds: 3, roundMs: 30 } : { warmupMs: 200, rounds: 9, roundMs: 50 };

// The table encoder is not exported piecemeal; TABLE1 uses a copy of the shipped module with a
// scratch-returning entry point appended.
function writeTableEncoderCopy() {
  const distRuntime = path.resolve(here, '../../generated/dist/runtime');
  let code = fs.readFileSync(path.join(distRuntime, 'field-table-encode.js'), 'utf8');
  code = code.replace(/from '\.\/([\w.-]+)'/g, (_, f) => `from '${pathToFileURL(path.join(distRuntime, f)).href}'`);
  code += `
/** Experiment: encodes into the shared scratch and returns the encoder (buf, pos); call releaseScratch after copying. */
export function encodeTableScratch(t, ctx) {
  if (typeof t !== 'object' || t === null || Array.isArray(t) || !isPlainObject(t)) {
    throw encodeError(\`\${describeValue(t)} is not a field table (a plain object)\`, ctx);
  }
  const e = acquire();
  try {
    e.table(t, ctx, 0);
  } catch (err) {
    release(e);
    throw err;
  }
  return e;
}
export function releaseScratch(e) {
  release(e);
}
`;
  fs.mkdirSync(path.join(here, '.variants'), { recursive: true });
  fs.writeFileSync(path.join(here, '.variants', 'field-table-encode.copy.mjs'), code);
}

const encodeTemplate = path.join(here, 'encode.template.mjs');
const decodeTemplate = path.join(here, 'decode.template.mjs');

const BASELINE = 'baseline (copy, no flags)';

async function variants(template, flagSets) {
  const out = [];
  for (const flags of flagSets)
    out.push({
      name: flags.length ? flags.join(' + ') : BASELINE,
      mod: await loadVariant(template, flags),
    });
  return out;
}

const payloadOf = (frame) => frame.subarray(7, frame.length - 1);

/** Comparable form of decoded values, including the recorded wire tags of tables. */
const FIELD_TAGS = Symbol.for('amqp-0-9-1.field.tags');
function norm(v) {
  if (v instanceof Uint8Array) return { bytes: [...v] };
  if (Array.isArray(v)) return { items: v.map(norm), tags: v[FIELD_TAGS] ?? null };
  if (v !== null && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v)) if (v[k] !== undefined) o[k] = norm(v[k]);
    if (v[FIELD_TAGS]) o['#tags'] = v[FIELD_TAGS];
    return o;
  }
  return v;
}

async function workload(id, title, shipped, vs, call, check) {
  if (filter && !id.startsWith(filter)) return;
  const expected = call(shipped, 0);
  const list = [{ name: 'shipped (generated/dist)', fn: (i) => call(shipped, i) }];
  if (vs[0]?.name !== BASELINE) throw new Error(`${id}: the baseline copy must come first`);
  for (const v of vs) {
    const out = call(v.mod, 0);
    try {
      check(out, expected);
    } catch (e) {
      throw new Error(`${id} / ${v.name}: output differs from the shipped function: ${e.message}`);
    }
    list.push({ name: v.name, fn: (i) => call(v.mod, i) });
  }
  const rs = await measureCase(list, opts);
  // Time relative to the baseline copy: median over the interleaved rounds of variant/baseline.
  // < 1: the variant is faster (saves 1 − ratio); > 1: slower (an OLD* variant: the applied change
  // made the code that many times faster).
  const ratio = (k) => median(rs[k].rounds.map((t, i) => t / rs[1].rounds[i]));
  const rows = list.map((v, k) => {
    const r = ratio(k);
    return [
      v.name,
      fmtNs(rs[k].nsPerOp),
      fmtBytes(rs[k].alloc),
      `${r.toFixed(2)}`,
      r <= 1 ? `${((1 - r) * 100).toFixed(0)}%` : `−${((r - 1) * 100).toFixed(0)}%`,
    ];
  });
  console.log(`\n### ${id}: ${title}\n`);
  console.log(table(['variant', 'ns/op', 'B/op', 'time ÷ baseline', 'saved'], rows, ['l', 'r', 'r', 'r', 'r']));
}

writeTableEncoderCopy();
// OLD* flag sets: the code before commit 4769f01 (applied since). The others: not applied.
const enc = await variants(encodeTemplate, [
  [],
  ['OLDVIEW'],
  ['OLDSTR'],
  ['OLDVIEW', 'OLDSTR'],
  ['TABLE1'],
  ['HDRDIRECT'],
  ['TABLE1', 'HDRDIRECT'],
]);
const dec = await variants(decodeTemplate, [
  [],
  ['OLDVIEW'],
  ['TABLENOVIEW'],
  ['REUSE'],
  ['FASTOBJ'],
  ['SYMTAGS'],
  ['FASTOBJ', 'SYMTAGS'],
  ['INTERN'],
  ['TABLENOVIEW', 'REUSE', 'FASTOBJ', 'SYMTAGS', 'INTERN'],
  // the same without FASTOBJ (tables stay Object.create(null), a design decision)
  ['TABLENOVIEW', 'REUSE', 'SYMTAGS', 'INTERN'],
]);
const pick = (list, names) => list.filter((v) => names.includes(v.name));
const sameBytes = (a, b) => assert.ok(Buffer.from(a).equals(Buffer.from(b)), 'bytes differ');
const sameValues = (a, b) => assert.deepStrictEqual(norm(a), norm(b));

console.log(
  `Experiments · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${quick ? 'quick' : 'full'} run`,
);

await workload(
  'E1',
  'encode basic.publish',
  ours,
  pick(enc, [BASELINE, 'OLDVIEW', 'OLDSTR', 'OLDVIEW + OLDSTR']),
  (m) => m.encodeBasicPublish(1, PUBLISH),
  sameBytes,
);
// E1b: the same, then the ArrayBuffer is asked for, as Node's socket write does for a small (on-heap)
// Uint8Array (StreamBase::WriteBuffer → Buffer::Data); shows how much of the no-DataView gain is
// deferred rather than saved when frames are written one by one. amqplib's frame (Buffer.alloc, also
// on-heap at this size) is in the list for reference.
await workload(
  'E1b',
  'encode basic.publish, then touch .buffer (as a socket write would)',
  ours,
  [
    ...pick(enc, [BASELINE, 'OLDVIEW', 'OLDVIEW + OLDSTR']),
    {
      name: 'amqplib: `defs.encodeMethod(BasicPublish, …)` (reference)',
      mod: {
        encodeBasicPublish: (ch, args) =>
          amqplibDefs.encodeMethod(amqplibDefs.BasicPublish, ch, { ticket: 0, ...args }),
      },
    },
  ],
  (m) => {
    const out = m.encodeBasicPublish(1, PUBLISH);
    return out.buffer.byteLength === 0 ? null : out;
  },
  sameBytes,
);
await workload('E2', 'encode content header (case 2)', ours, enc, (m) => m.encodeBasicHeader(1, 100, PROPS), sameBytes);
await workload(
  'E3',
  'encode queue.declare with arguments',
  ours,
  pick(enc, [BASELINE, 'OLDVIEW', 'OLDSTR', 'OLDVIEW + OLDSTR', 'TABLE1']),
  (m) => m.encodeQueueDeclare(1, QUEUE_DECLARE),
  sameBytes,
);

const deliverPayload = payloadOf(ours.encodeBasicDeliver(1, DELIVER));
const headerPayload = payloadOf(ours.encodeBasicHeader(1, 100, PROPS));
const qdPayload = payloadOf(ours.encodeQueueDeclare(1, QUEUE_DECLARE));
// D1m: 4096 different deliveries (distinct consumer tags and routing keys), cycled: the intern
// cache mostly misses, which shows what INTERN costs when strings do not repeat.
const distinct = Array.from({ length: 4096 }, (_, k) =>
  payloadOf(
    ours.encodeBasicDeliver(1, {
      ...DELIVER,
      consumerTag: `amq.ctag-${k.toString(36).padStart(22, 'x')}`,
      routingKey: `rk.${k}`,
    }),
  ),
);
const methodOnly = [BASELINE, 'OLDVIEW', 'REUSE', 'INTERN', 'TABLENOVIEW + REUSE + FASTOBJ + SYMTAGS + INTERN'];
await workload(
  'D1',
  'decode basic.deliver',
  ours,
  pick(dec, methodOnly),
  (m) => m.decodeMethod(deliverPayload),
  sameValues,
);
await workload(
  'D1m',
  'decode basic.deliver, 4096 distinct consumer tags / routing keys (intern misses)',
  ours,
  pick(dec, methodOnly),
  (m, i) => m.decodeMethod(distinct[i & 4095]),
  sameValues,
);
await workload(
  'D2',
  'decode content header (case 4)',
  ours,
  dec,
  (m) => m.decodeContentHeader(headerPayload),
  sameValues,
);
await workload('D3', 'decode queue.declare with arguments', ours, dec, (m) => m.decodeMethod(qdPayload), sameValues);

// D4: the consumer's stream (case 6c) through the shipped FrameParser, decoded by each variant.
{
  const triple = Buffer.concat([
    ours.encodeBasicDeliver(1, DELIVER),
    ours.encodeBasicHeader(1, BODY.length, SIMPLE_PROPS),
    ...ours.encodeBodyFrames(1, BODY, 131072),
  ]);
  const stream = Buffer.concat(Array.from({ length: 1000 }, () => triple));
  const chunks = [];
  for (let at = 0; at < stream.length; at += 65536) chunks.push(stream.subarray(at, at + 65536));
  const run = (m) => {
    const p = new ours.FrameParser();
    let n = 0;
    let last;
    for (const c of chunks) for (const f of p.push(c)) sink[n++ & 63] = last = m.decodeFrame(f);
    return [n, last];
  };
  await workload(
    'D4',
    'FrameParser + decodeFrame over 1000 deliver+header+body triples (per stream)',
    ours,
    pick(dec, methodOnly),
    run,
    ([n, last], [en, elast]) => {
      assert.equal(n, en);
      sameValues(last, elast);
    },
  );
}

/** Primitive costs quoted in bench/README.md; with `ref`, also that operation's time ÷ each one's. */
async function micro(id, title, list, ref) {
  if (filter && !id.startsWith(filter)) return;
  const rs = await measureCase(list, opts);
  const head = ['operation', 'ns/op', 'B/op'];
  const align = ['l', 'r', 'r'];
  if (ref !== undefined) {
    head.push(`${list[ref].name} ÷ this`);
    align.push('r');
  }
  const rows = list.map((v, k) => {
    const row = [v.name, fmtNs(rs[k].nsPerOp), fmtBytes(rs[k].alloc)];
    if (ref !== undefined) row.push(`${median(rs[k].rounds.map((t, i) => rs[ref].rounds[i] / t)).toFixed(2)}×`);
    return row;
  });
  console.log(`\n### ${id}: ${title}\n`);
  console.log(table(head, rows, align));
}

await micro('P1', 'allocating a 29-byte frame', [
  { name: '`new Uint8Array(29)` (what Writer does)', fn: () => new Uint8Array(29) },
  {
    name: '`new Uint8Array(29)`, then `.buffer`',
    fn: () => {
      const u = new Uint8Array(29);
      return u.buffer.byteLength === 0 ? null : u;
    },
  },
  {
    name: '`new Uint8Array(29)` + `new DataView(u.buffer)` (what Writer did before 4769f01)',
    fn: () => {
      const u = new Uint8Array(29);
      return new DataView(u.buffer);
    },
  },
  { name: '`new Uint8Array(new ArrayBuffer(29))`', fn: () => new Uint8Array(new ArrayBuffer(29)) },
  { name: '`Buffer.alloc(29)` (amqplib)', fn: () => Buffer.alloc(29) },
]);
{
  const text = 'amq.ctag-2zyd5wJ3q2u1RVWqGU2s0w';
  const buf = Buffer.from(`xx${text}`);
  const u8 = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  const td = new TextDecoder('utf-8', { ignoreBOM: true });
  const loop = (b, s, e) => {
    let r = '';
    for (let i = s; i < e; i++) r += String.fromCharCode(b[i]);
    return r;
  };
  const utf8Slice = Buffer.prototype.utf8Slice;
  const list = [
    { name: 'JS loop (`+= String.fromCharCode`)', fn: () => loop(u8, 2, buf.length) },
    { name: '`TextDecoder#decode(subarray)` (what utf8Decode does above 16 B)', fn: () => td.decode(u8.subarray(2)) },
    { name: '`String.fromCharCode.apply(null, subarray)`', fn: () => String.fromCharCode.apply(null, u8.subarray(2)) },
    { name: '`Buffer.prototype.utf8Slice.call(u8, …)` (Node only)', fn: () => utf8Slice.call(u8, 2, buf.length) },
  ];
  for (const v of list) assert.equal(v.fn(), text, v.name);
  await micro('P2', `decoding a ${text.length}-byte ASCII string (a RabbitMQ consumer tag)`, list);
}

// P3: a whole publish (case 7) as a socket would take it. A small Uint8Array (≤ 64 bytes) lives on
// the V8 heap; Node's write asks for its ArrayBuffer, which moves it off-heap (E1b). Our method and
// header frames are that small; amqplib's sendMessage copies everything into one larger buffer.
{
  const FRAME_MAX = 131072;
  const conn = Object.create(AmqplibConnection.prototype);
  let written;
  conn.channels = [null, { buffer: { write: (b) => ((written = b), true) } }];
  conn.sentSinceLastCheck = false;
  conn.frameMax = FRAME_MAX;
  const fields = { ticket: 0, ...PUBLISH };
  const touch = (u) => u.buffer.byteLength;
  const oursParts = () => {
    const m = ours.encodeBasicPublish(1, PUBLISH);
    const h = ours.encodeBasicHeader(1, BODY.length, SIMPLE_PROPS);
    const b = ours.encodeBodyFrames(1, BODY, FRAME_MAX);
    return [m, h, ...b];
  };
  const oneBuffer = (parts) => {
    let n = 0;
    for (const p of parts) n += p.length;
    const out = new Uint8Array(n);
    n = 0;
    for (const p of parts) {
      out.set(p, n);
      n += p.length;
    }
    return out;
  };
  const amqplibSend = () => {
    conn.sendMessage(1, amqplibDefs.BasicPublish, fields, amqplibDefs.BasicProperties, SIMPLE_PROPS, BODY);
    return written;
  };
  const list = [
    { name: 'ours: 3 encoders → 3 buffers (case 7)', fn: oursParts },
    {
      name: 'ours: the same, then `.buffer` of each (as writev would)',
      fn: () => {
        const parts = oursParts();
        for (const p of parts) touch(p);
        return parts;
      },
    },
    {
      name: 'ours: the same, copied into one buffer, then its `.buffer`',
      fn: () => {
        const out = oneBuffer(oursParts());
        touch(out);
        return out;
      },
    },
    { name: 'amqplib: `Connection#sendMessage` (case 7)', fn: amqplibSend },
    {
      name: 'amqplib: the same, then `.buffer`',
      fn: () => {
        const out = amqplibSend();
        touch(out);
        return out;
      },
    },
  ];
  const expected = Buffer.from(amqplibSend());
  for (const v of list) {
    const out = v.fn();
    assert.ok(expected.equals(Buffer.from(Array.isArray(out) ? oneBuffer(out) : out)), `P3 ${v.name}: bytes differ`);
  }
  await micro('P3', 'a whole publish (case 7), then handed to a socket', list, 4);
}
stopObservingGc();
