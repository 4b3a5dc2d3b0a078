/**
 * Broker lifecycle for the interop project (vitest globalSetup, runs once in the main process).
 *
 * - SKIP_RABBITMQ_TESTS=1: nothing is started; the interop suites report themselves as skipped.
 * - AMQP_URL set: that broker is used as is (tests that drive rabbitmqctl still need a broker
 *   started by scripts/rabbitmq.sh, whose state file `ctl` reads); AMQPS_URL and AMQPS_CA name its
 *   TLS listener and CA for the TLS test.
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
    /** Its TLS listener's `amqps://` URL and the CA file that signed its certificate, or ''. */
    amqpsUrl: string;
    amqpsCa: string;
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

interface Recorded {
  url: string;
  /** Absent for a broker started by an older scripts/rabbitmq.sh (no TLS listener). */
  tlsUrl?: string;
  tlsCa?: string;
}

/** The URLs in the state file of a broker that scripts/rabbitmq.sh started, if there is one. */
async function recorded(): Promise<Recorded | undefined> {
  let env: string;
  try {
    env = await rabbitmqSh(['env'], { quiet: true });
  } catch {
    return undefined;
  }
  const value = (name: string): string | undefined => new RegExp(`^${name}=(\\S+)$`, 'm').exec(env)?.[1];
  const url = value('AMQP_URL');
  return url === undefined ? undefined : { url, tlsUrl: value('AMQPS_URL'), tlsCa: value('AMQPS_CA') };
}

function provideBroker(project: TestProject, broker: Recorded): void {
  project.provide('amqpUrl', broker.url);
  project.provide('amqpsUrl', broker.tlsUrl ?? '');
  project.provide('amqpsCa', broker.tlsCa ?? '');
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
    provideBroker(project, { url: '' });
    return undefined;
  }
  // The browser test needs Debian's chromium: installed like the broker, only if missing.
  await run('bash', ['scripts/chromium.sh', 'install']);
  if (process.env.AMQP_URL) {
    provideBroker(project, { url: process.env.AMQP_URL, tlsUrl: process.env.AMQPS_URL, tlsCa: process.env.AMQPS_CA });
    return undefined;
  }
  const running = await recorded();
  if (running !== undefined && (await listening(running.url))) {
    console.warn(`[interop] using the broker already started by ${SCRIPT} (${running.url}); it keeps running`);
    provideBroker(project, running);
    return undefined;
  }

  const t0 = performance.now();
  await rabbitmqSh(['install']);
  await rabbitmqSh(['start']);
  const started = await recorded();
  if (started === undefined) throw new Error(`bash ${SCRIPT} start succeeded but recorded no AMQP_URL`);
  console.warn(`[interop] broker ready in ${((performance.now() - t0) / 1000).toFixed(1)} s at ${started.url}`);
  provideBroker(project, started);
  return async () => {
    await rabbitmqSh(['stop']);
  };
}
