/**
 * Captures frames RabbitMQ sends, as whole-frame hex, into test/fixtures/rabbitmq-3.10/ (one frame
 * per file, lowercase hex and a newline) plus a README.md saying how and when. The client is
 * examples/client; every name the broker echoes back (queues, consumer tags, exchanges) is fixed
 * here so that the frames are the same on every run, except the x-death `time`.
 *
 * Needs a broker started by scripts/rabbitmq.sh (rabbitmqctl raises a memory alarm and closes the
 * connection):
 *
 *   bash scripts/rabbitmq.sh start && npx tsx scripts/capture-frames.ts; bash scripts/rabbitmq.sh stop
 *
 * AMQP_URL overrides the broker's URL from the script's state file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { field } from '@amqp-codegen/protocol';
import { connect, type Connection, type FrameRecord } from '../examples/client/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/rabbitmq-3.10');
const COMMAND = 'bash scripts/rabbitmq.sh start && npx tsx scripts/capture-frames.ts; bash scripts/rabbitmq.sh stop';

function rabbitmqSh(...args: string[]): string {
  return execFileSync('bash', [join(ROOT, 'scripts/rabbitmq.sh'), ...args], { encoding: 'utf8' });
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Frames to write: file name (without .hex) → frame, with a line for the README. */
const captured: { name: string; record: FrameRecord; what: string }[] = [];

/** Records the first frame received at index ≥ `from` that `test` accepts, and the frames after it. */
function capture(c: Connection, from: number, test: (r: FrameRecord) => boolean, names: [string, string][]): number {
  const received = c.log.records.filter(
    (r, i) => i >= from && r.direction === 'received' && r.frame.type !== 'heartbeat',
  );
  const start = received.findIndex(test);
  if (start < 0) throw new Error(`no frame for ${names[0][0]}`);
  names.forEach(([name, what], k) => {
    const record = received[start + k];
    if (record === undefined) throw new Error(`frame ${name} missing`);
    captured.push({ name, record, what });
  });
  return c.log.records.length;
}

const isMethod =
  (name: string, channel?: number) =>
  (r: FrameRecord): boolean =>
    r.frame.type === 'method' && r.frame.method.name === name && (channel === undefined || r.channel === channel);

async function main(): Promise<void> {
  const url = process.env.AMQP_URL ?? /^AMQP_URL=(\S+)$/m.exec(rabbitmqSh('env'))?.[1];
  if (url === undefined) throw new Error('no AMQP_URL and no broker recorded by scripts/rabbitmq.sh');

  // Start from a clean slate on a reused broker.
  const admin = await connect({ url, connectionName: 'capture-frames-admin' });
  const adminChannel = await admin.openChannel();
  const queues = ['capture.queue', 'capture.dlx-source', 'capture.dead', 'capture.get'];
  for (const q of queues) await adminChannel.queueDelete(q);
  await adminChannel.exchangeDelete('capture.exchange');

  const c = await connect({ url, connectionName: 'capture-frames' });
  capture(c, 0, isMethod('connection.start'), [
    ['connection-start', 'connection.start (mechanisms PLAIN, AMQPLAIN, RABBIT-CR-DEMO enabled)'],
  ]);
  capture(c, 0, isMethod('connection.tune'), [['connection-tune', 'connection.tune 2047 / 131072 / 60']]);
  capture(c, 0, isMethod('connection.open-ok'), [['connection-open-ok', 'connection.open-ok']]);

  let from = c.log.records.length;
  const ch = await c.openChannel();
  from = capture(c, from, isMethod('channel.open-ok'), [['channel-open-ok', 'channel.open-ok on channel 1']]);

  await ch.queueDeclare('capture.queue');
  from = capture(c, from, isMethod('queue.declare-ok'), [['queue-declare-ok', 'queue.declare-ok capture.queue 0 0']]);

  let delivered!: () => void;
  const delivery = new Promise<void>((resolve) => (delivered = resolve));
  await ch.consume('capture.queue', () => delivered(), { consumerTag: 'capture.consumer', noAck: true });
  from = capture(c, from, isMethod('basic.consume-ok'), [['basic-consume-ok', 'basic.consume-ok capture.consumer']]);

  ch.publish('', 'capture.queue', 'captured body', {
    contentType: 'text/plain',
    deliveryMode: 1,
    messageId: 'capture-1',
    timestamp: 1_700_000_000,
    headers: {
      'x-string': 'hello',
      'x-int': 42,
      'x-long': field.i64(2 ** 40),
      'x-bool': true,
      'x-double': 1.5,
      'x-decimal': field.decimal(2, 314),
      'x-timestamp': field.timestamp(1_700_000_000),
      'x-bytes': new Uint8Array([0, 1, 254, 255]),
      'x-void': null,
      'x-array': [1, 'two', false],
      'x-table': { a: 1, b: 'two' },
    },
  });
  await delivery;
  from = capture(c, from, isMethod('basic.deliver'), [
    ['basic-deliver', 'basic.deliver to capture.consumer, delivery tag 1'],
    ['basic-deliver-header', 'its content header: text/plain, headers with S b l t d D T x V A F'],
    ['basic-deliver-body', 'its body "captured body"'],
  ]);

  // Dead-lettering: capture.exchange --capture.rk--> capture.dlx-source, rejected → capture.dead.
  await ch.exchangeDeclare('capture.exchange', 'direct');
  await ch.queueDeclare('capture.dlx-source', {
    arguments: { 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': 'capture.dead' },
  });
  await ch.queueDeclare('capture.dead');
  await ch.queueBind('capture.dlx-source', 'capture.exchange', 'capture.rk');
  ch.publish('capture.exchange', 'capture.rk', 'dead-lettered', { headers: { 'x-origin': 'capture' } });
  const rejected = await ch.get('capture.dlx-source');
  if (rejected === undefined || rejected.method.name !== 'basic.get-ok') throw new Error('dead-letter source is empty');
  ch.reject(rejected.method.args.deliveryTag, false);
  let deadDelivered!: () => void;
  const dead = new Promise<void>((resolve) => (deadDelivered = resolve));
  await ch.consume('capture.dead', () => deadDelivered(), { consumerTag: 'capture.dead-consumer', noAck: true });
  await dead;
  from = capture(c, from, isMethod('basic.deliver'), [
    ['dead-letter-deliver', 'basic.deliver of the dead-lettered message to capture.dead-consumer'],
    ['dead-letter-header', 'its content header: x-death (rejected from capture.dlx-source) and x-first-death-*'],
    ['dead-letter-body', 'its body "dead-lettered"'],
  ]);

  await ch.queueDeclare('capture.get');
  ch.publish('', 'capture.get', 'got', { contentType: 'text/plain' });
  await ch.get('capture.get', { noAck: true });
  from = capture(c, from, isMethod('basic.get-ok'), [
    ['basic-get-ok', 'basic.get-ok from capture.get, message-count 0'],
    ['basic-get-ok-header', 'its content header: text/plain'],
    ['basic-get-ok-body', 'its body "got"'],
  ]);
  await ch.get('capture.get');
  from = capture(c, from, isMethod('basic.get-empty'), [['basic-get-empty', 'basic.get-empty']]);

  const returned = new Promise<void>((resolve) => (ch.onReturn = () => resolve()));
  ch.publish('amq.direct', 'capture.unroutable', 'returned', { messageId: 'capture-return' }, { mandatory: true });
  await returned;
  from = capture(c, from, isMethod('basic.return'), [
    ['basic-return', 'basic.return 312 NO_ROUTE from amq.direct, routing key capture.unroutable'],
    ['basic-return-header', 'its content header: message-id capture-return'],
    ['basic-return-body', 'its body "returned"'],
  ]);

  const doomed = await c.openChannel();
  await doomed.queueDeclare('capture.missing', { passive: true }).catch(() => undefined);
  from = capture(c, from, isMethod('channel.close', doomed.id), [
    ['channel-close-404', `channel.close 404 on channel ${doomed.id} (passive declare of capture.missing)`],
  ]);

  // Memory alarm: blocked at the next publish, unblocked when it clears.
  rabbitmqSh('ctl', '-q', 'set_vm_memory_high_watermark', '0.00001');
  try {
    ch.publish('', 'capture.queue', 'publish while blocked');
    await c.log.waitForMethod('connection.blocked', { from, timeoutMs: 10_000 });
  } finally {
    rabbitmqSh('ctl', '-q', 'set_vm_memory_high_watermark', '0.4');
  }
  await c.log.waitForMethod('connection.unblocked', { from, timeoutMs: 10_000 });
  capture(c, from, isMethod('connection.blocked'), [['connection-blocked', 'connection.blocked "low on memory"']]);
  from = capture(c, from, isMethod('connection.unblocked'), [['connection-unblocked', 'connection.unblocked']]);

  const list = rabbitmqSh('ctl', '-q', 'list_connections', '--no-table-headers', 'pid', 'client_properties');
  const pid = list
    .split('\n')
    .find((l) => l.includes('{"connection_name","capture-frames"}'))
    ?.split('\t')[0];
  if (pid === undefined) throw new Error(`connection capture-frames not found in:\n${list}`);
  rabbitmqSh('ctl', '-q', 'close_connection', pid, 'capture-frames');
  await c.closed;
  capture(c, from, isMethod('connection.close'), [
    [
      'connection-close-320',
      'connection.close 320 "CONNECTION_FORCED - capture-frames" (rabbitmqctl close_connection)',
    ],
  ]);

  for (const q of queues) await adminChannel.queueDelete(q);
  await adminChannel.exchangeDelete('capture.exchange');
  await admin.close();

  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.hex')) rmSync(join(OUT, f));
  for (const { name, record } of captured) writeFileSync(join(OUT, `${name}.hex`), `${hex(record.bytes)}\n`);

  const props = c.serverProperties;
  const version = `${String(props.product)} ${String(props.version)} (${String(props.platform)})`;
  const date = new Date().toISOString().slice(0, 10);
  const rows = captured.map(({ name, record, what }) => `| \`${name}.hex\` | ${record.bytes.length} | ${what} |`);
  writeFileSync(
    join(OUT, 'README.md'),
    [
      '# Frames captured from RabbitMQ 3.10',
      '',
      `Captured on ${date} from ${version}, started by \`scripts/rabbitmq.sh\` (SASL PLAIN, AMQPLAIN and`,
      'RABBIT-CR-DEMO enabled, cluster_name `rabbit@localhost`), with:',
      '',
      '```',
      COMMAND,
      '```',
      '',
      'Each file holds one whole frame as RabbitMQ sent it (type, channel, size, payload, frame-end), in',
      'lowercase hex and a newline. The client was examples/client; all names the broker echoes back are',
      'fixed in `scripts/capture-frames.ts`, so a new capture gives the same bytes except the `time` in',
      'x-death. `test/captured-frames.test.ts` decodes every file and re-encodes it to the same bytes.',
      '',
      '| file | bytes | frame |',
      '|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
  console.log(`wrote ${captured.length} frames to ${OUT}`);
}

await main();
