/** Shared by the interop tests: the broker URL, the skip switch, rabbitmqctl, and small utilities. */
import { execFile } from 'node:child_process';
import { inject } from 'vitest';
import { connect, type ConnectOptions, type Connection } from '../../examples/client/index.js';

/** Only an explicit SKIP_RABBITMQ_TESTS=1 skips; a broker that is down makes the tests fail. */
export const skipInterop = process.env.SKIP_RABBITMQ_TESTS === '1';

export function amqpUrl(): string {
  const url = inject('amqpUrl');
  if (!url) throw new Error('no broker: the interop global setup provided no AMQP_URL');
  return url;
}

/** A URL like the broker's with other credentials. */
export function urlWith(username: string, password: string): string {
  const u = new URL(amqpUrl());
  u.username = encodeURIComponent(username);
  u.password = encodeURIComponent(password);
  return u.toString();
}

let names = 0;
/** A name no other test (or earlier run against a reused broker) uses: `prefix.<pid>.<n>`. */
export function unique(prefix: string): string {
  return `${prefix}.${process.pid}.${Date.now().toString(36)}.${++names}`;
}

/** Connects to the test broker; a distinct connection_name lets rabbitmqctl find the connection. */
export function open(options: ConnectOptions = {}): Promise<Connection> {
  return connect({ url: amqpUrl(), connectionName: unique('interop'), ...options });
}

/** `rabbitmqctl -q ARGS…` against the broker scripts/rabbitmq.sh started (about 1 s per call). */
export function ctl(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', ['scripts/rabbitmq.sh', 'ctl', '-q', ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(
          new Error(
            `rabbitmqctl ${args.join(' ')} failed (these tests need a broker started by scripts/rabbitmq.sh): ${stderr || error.message}`,
          ),
        );
      } else {
        resolve(stdout);
      }
    });
  });
}

/** The Erlang pid of the connection whose client-properties carry `connection_name`. */
export async function connectionPid(connectionName: string): Promise<string> {
  const out = await ctl('list_connections', '--no-table-headers', 'pid', 'client_properties');
  const line = out.split('\n').find((l) => l.includes(`{"connection_name","${connectionName}"}`));
  if (line === undefined) throw new Error(`no connection named ${connectionName} in:\n${out}`);
  return line.split('\t')[0];
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The broker's TLS listener (`amqps://` URL) and the CA file that signed its certificate. */
export function amqpsEndpoint(): { url: string; ca: string } {
  const url = inject('amqpsUrl');
  const ca = inject('amqpsCa');
  if (!url || !ca) {
    throw new Error(
      'no TLS listener: the broker was started by an older scripts/rabbitmq.sh (restart it: bash scripts/rabbitmq.sh stop), ' +
        'or AMQP_URL is set without AMQPS_URL and AMQPS_CA',
    );
  }
  return { url, ca };
}
