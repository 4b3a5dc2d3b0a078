/**
 * A Node transport for the sans-I/O engine: a `net` or `tls` socket, the engine's bytes written to
 * it (corked per tick, so a publish's three frames leave in one write), its timers on setTimeout.
 * Everything protocol is in the engine; this file only moves bytes and time.
 */
import * as net from 'node:net';
import * as tls from 'node:tls';
import { ProtocolEngine, plain, type EngineEvent, type EngineOptions } from '@amqp-codegen/protocol/engine';
import { parseAmqpUrl } from './url.js';

/** Sees every byte that goes over the socket (the frame log uses it). */
export interface ByteTap {
  /** One write of the engine: the protocol header or one whole frame. */
  sent(bytes: Uint8Array): void;
  /** One chunk from the socket, before the engine reads it. */
  received(chunk: Uint8Array): void;
}

export interface NodeConnectOptions extends Omit<EngineOptions, 'write' | 'onEvent' | 'now'> {
  /**
   * `amqp://user:password@host:port/vhost`, or `amqps://` for TLS on port 5671 (credentials become
   * SASL PLAIN unless `sasl` is given).
   */
  url?: string;
  /** TLS options (also for an `amqp://` URL); false for plain TCP even with `amqps://`. */
  tls?: tls.ConnectionOptions | boolean;
  onEvent?(event: EngineEvent): void;
  tap?: ByteTap;
  /** Test knob: false drops the engine's heartbeat frames, to watch the server give up on a silent client. */
  sendHeartbeats?: boolean;
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
  const tlsOptions = options.tls ?? endpoint.tls;
  const socket =
    tlsOptions === false
      ? net.connect({ host: endpoint.host, port: endpoint.port })
      : tls.connect({
          host: endpoint.host,
          port: endpoint.port,
          servername: endpoint.host,
          ...(tlsOptions === true ? {} : tlsOptions),
        });
  socket.setNoDelay(true);
  const connected = tlsOptions === false ? 'connect' : 'secureConnect';
  const { tap } = options;
  const dropHeartbeats = options.sendHeartbeats === false;
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
      // Each write is one whole frame, and only heartbeat frames have type 8.
      if (dropHeartbeats && bytes[0] === 8) return;
      tap?.sent(bytes);
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

  socket.on('data', (buffer: Buffer) => {
    // A plain Uint8Array view (no copy): decoded byte strings are views of their input, and should
    // be Uint8Arrays as in browsers, not Buffers.
    const chunk = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
    tap?.received(chunk);
    engine.receive(chunk);
  });
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
