/**
 * End-to-end throughput against RabbitMQ: 100,000 × 1 KiB messages published with publisher
 * confirms, by the engine (examples/client/node-transport.ts) and by amqplib 2.3.1 (ConfirmChannel), each in
 * its own child process, alternating, 3 runs each. Reports msgs/s (publish until the last confirm)
 * and the client process's CPU time, median and range.
 *
 *   npx tsx bench/engine-throughput.ts [--messages N] [--runs N] [--url amqp://…]
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect } from '../examples/client/node-transport.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const MESSAGES = Number(arg('messages', '100000'));
const RUNS = Number(arg('runs', '3'));
const URL_ = arg('url', process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
const BODY = new Uint8Array(1024).fill(0x61);

interface Result {
  client: string;
  seconds: number;
  cpuSeconds: number;
}

async function runEngine(): Promise<Result> {
  const c = await connect({ url: URL_ });
  const e = c.engine;
  const ch = await e.openChannel();
  const queue = (
    await e.queueDeclare(ch, {
      queue: '',
      passive: false,
      durable: false,
      exclusive: true,
      autoDelete: false,
      noWait: false,
      arguments: {},
    })
  ).method.args.queue;
  await e.confirmSelect(ch, { nowait: false });
  const args = { exchange: '', routingKey: queue, mandatory: false, immediate: false };
  const cpu = process.cpuUsage();
  const start = performance.now();
  // In windows, so the process does not queue 100 MiB in the socket at once (as amqplib's
  // ConfirmChannel callers do with waitForConfirms per batch).
  const WINDOW = 1000;
  for (let sent = 0; sent < MESSAGES; sent += WINDOW) {
    const outcomes = [];
    for (let i = 0; i < WINDOW && sent + i < MESSAGES; i++) outcomes.push(e.publish(ch, args, BODY)!);
    await Promise.all(outcomes);
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  await c.close();
  return { client: 'engine', seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

async function runAmqplib(): Promise<Result> {
  const amqplib = createRequire(import.meta.url)('amqplib') as typeof import('amqplib');
  const conn = await amqplib.connect(URL_);
  const ch = await conn.createConfirmChannel();
  const { queue } = await ch.assertQueue('', { exclusive: true });
  const body = Buffer.from(BODY);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const WINDOW = 1000;
  for (let sent = 0; sent < MESSAGES; sent += WINDOW) {
    for (let i = 0; i < WINDOW && sent + i < MESSAGES; i++) ch.sendToQueue(queue, body);
    await ch.waitForConfirms();
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  await conn.close();
  return { client: 'amqplib', seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const child = process.argv.indexOf('--child');
  if (child >= 0) {
    const result = process.argv[child + 1] === 'engine' ? await runEngine() : await runAmqplib();
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const results: Result[] = [];
  for (let r = 0; r < RUNS; r++) {
    for (const client of r % 2 === 0 ? ['engine', 'amqplib'] : ['amqplib', 'engine']) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, process.argv[1], '--child', client, '--messages', String(MESSAGES), '--url', URL_],
        { encoding: 'utf8' },
      );
      results.push(JSON.parse(out) as Result);
    }
  }
  console.log(`${MESSAGES} × 1 KiB with confirms, ${RUNS} runs each (median [min–max])`);
  const rates: Record<string, number> = {};
  for (const client of ['engine', 'amqplib']) {
    const mine = results.filter((x) => x.client === client);
    const rate = mine.map((x) => MESSAGES / x.seconds);
    const cpu = mine.map((x) => x.cpuSeconds);
    rates[client] = median(rate);
    console.log(
      `${client.padEnd(8)} ${median(rate).toFixed(0)} msgs/s [${Math.min(...rate).toFixed(0)}–${Math.max(...rate).toFixed(0)}]  client CPU ${median(cpu).toFixed(2)} s [${Math.min(...cpu).toFixed(2)}–${Math.max(...cpu).toFixed(2)}]`,
    );
  }
  console.log(`engine / amqplib: ${(rates.engine / rates.amqplib).toFixed(2)}× msgs/s`);
}

await main();
