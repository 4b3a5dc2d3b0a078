/**
 * Broker lifecycle for the interop project (vitest globalSetup, runs once in the main process).
 *
 * - SKIP_RABBITMQ_TESTS=1: nothing is started; the interop suites report themselves as skipped.
 * - AMQP_URL set: that broker is used as is (tests that drive rabbitmqctl still need a broker
 *   started by scripts/rabbitmq.sh, whose state file `ctl` reads).
 * - A broker already started by `bash scripts/rabbitmq.sh start` and still listening: reused, and
 *   left running afterwards.
 * - Unless skipped, `bash scripts/chromium.sh install` first (Debian's chromium for the browser test, only
 *   if missing).
 * - Otherwise: `bash scripts/rabbitmq.sh install` (apt-get, as root, only if missing), then `start`
 *   (a fresh private broker on 127.0.0.1:5672, about 8 s); the teardown stops it again.
 * A broker that cannot be installed or started fails the run: it is never turned into a skip.
 */
import { spawn } from 'node:child_process';
import * as net from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The broker's URL, or '' when SKIP_RABBITMQ_TESTS=1. */
    amqpUrl: string;
  }
}

const SCRIPT = 'scripts/rabbitmq.sh';

/** Runs `bash scripts/rabbitmq.sh ARGS…`; its progress (stderr) goes to ours, its stdout is returned. */
function rabbitmqSh(args: string[], options: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, ...args], { stdio: ['ignore', 'pipe', options.quiet ? 'ignore' : 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`bash ${SCRIPT} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** Runs a command with its output on ours; rejects when it fails. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** AMQP_URL from the state file of a broker that scripts/rabbitmq.sh started, if there is one. */
async function recordedUrl(): Promise<string | undefined> {
  try {
    const env = await rabbitmqSh(['env'], { quiet: true });
    return /^AMQP_URL=(\S+)$/m.exec(env)?.[1];
  } catch {
    return undefined;
  }
}

function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5672) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.SKIP_RABBITMQ_TESTS === '1') {
    console.warn('[interop] SKIP_RABBITMQ_TESTS=1: the RabbitMQ interop tests are skipped');
    project.provide('amqpUrl', '');
    return undefined;
  }
  // The browser test needs Debian's chromium: installed like the broker, only if missing.
  await run('bash', ['scripts/chromium.sh', 'install']);
  if (process.env.AMQP_URL) {
    project.provide('amqpUrl', process.env.AMQP_URL);
    return undefined;
  }
  const running = await recordedUrl();
  if (running !== undefined && (await listening(running))) {
    console.warn(`[interop] using the broker already started by ${SCRIPT} (${running}); it keeps running`);
    project.provide('amqpUrl', running);
    return undefined;
  }

  const t0 = performance.now();
  await rabbitmqSh(['install']);
  await rabbitmqSh(['start']);
  const url = await recordedUrl();
  if (url === undefined) throw new Error(`bash ${SCRIPT} start succeeded but recorded no AMQP_URL`);
  console.warn(`[interop] broker ready in ${((performance.now() - t0) / 1000).toFixed(1)} s at ${url}`);
  project.provide('amqpUrl', url);
  return async () => {
    await rabbitmqSh(['stop']);
  };
}
