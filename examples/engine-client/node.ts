/**
 * A Node transport for the sans-I/O engine: a `net` or `tls` socket, the engine's bytes written to
 * it (corked per tick, so a publish's three frames leave in one write), its timers on setTimeout.
 * Everything protocol is in the engine; this file only moves bytes and time.
 */
import * as net from 'node:net';
import * as tls from 'node:tls';
import { ProtocolEngine, plain, type EngineEvent, type EngineOptions } from '@amqp-codegen/protocol/engine';
import { parseAmqpUrl } from '../client/url.js';

export interface NodeConnectOptions extends Omit<EngineOptions, 'write' | 'onEvent' | 'now'> {
  /** `amqp://user:password@host:port/vhost` (credentials become SASL PLAIN unless `sasl` is given). */
  url?: string;
  /** TLS options for `amqps`-style connections; false or absent for plain TCP. */
  tls?: tls.ConnectionOptions | false;
  onEvent?(event: EngineEvent): void;
}

export interface NodeConnection {
  readonly engine: ProtocolEngine;
  readonly socket: net.Socket;
  /** Resolves when the connection is over (the engine's `closed` event), with its error if any. */
  readonly closed: Promise<Error | undefined>;
  /** connection.close, then close-ok (with the engine's close timeout running). */
  close(): Promise<void>;
}

export async function connect(options: NodeConnectOptions = {}): Promise<NodeConnection> {
  const endpoint = parseAmqpUrl(options.url ?? 'amqp://guest:guest@localhost:5672/');
  const socket =
    options.tls === undefined || options.tls === false
      ? net.connect({ host: endpoint.host, port: endpoint.port })
      : tls.connect({ host: endpoint.host, port: endpoint.port, servername: endpoint.host, ...options.tls });
  socket.setNoDelay(true);
  const connected = options.tls ? 'secureConnect' : 'connect';
  await new Promise<void>((resolve, reject) => {
    socket.once(connected, resolve);
    socket.once('error', reject);
  });

  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    const wait = engine.nextTimeout();
    timer = wait === undefined ? undefined : setTimeout(onTimer, wait);
  };
  const onTimer = (): void => {
    timer = undefined;
    engine.tick();
    schedule();
  };

  let corked = false;
  const uncork = (): void => {
    corked = false;
    socket.uncork();
  };
  let resolveClosed!: (e: Error | undefined) => void;
  const closed = new Promise<Error | undefined>((r) => (resolveClosed = r));

  const engine: ProtocolEngine = new ProtocolEngine({
    sasl: plain(endpoint.username, endpoint.password),
    virtualHost: endpoint.vhost,
    ...options,
    write(bytes) {
      if (socket.destroyed) return;
      if (!corked) {
        corked = true;
        socket.cork();
        process.nextTick(uncork);
      }
      socket.write(bytes);
    },
    onEvent(event) {
      if (event.type === 'open') schedule(); // heartbeats start
      if (event.type === 'closed') {
        if (timer !== undefined) clearTimeout(timer);
        socket.end();
        // a dead peer never answers the FIN
        setTimeout(() => socket.destroy(), 1000).unref();
        resolveClosed(event.error);
      }
      options.onEvent?.(event);
    },
  });

  socket.on('data', (chunk: Buffer) => engine.receive(chunk));
  socket.on('error', (e) => engine.transportClosed(e));
  socket.on('close', () => engine.transportClosed());
  engine.start();
  schedule();
  try {
    await engine.opened;
  } catch (e) {
    socket.destroy();
    throw e;
  }
  const close = (): Promise<void> => {
    const done = engine.close();
    schedule(); // the close timeout
    return done;
  };
  return { engine, socket, closed, close };
}
