/**
 * A connection: the engine from `@amqp-codegen/protocol/engine` over a Node socket (node-transport.ts),
 * with a frame log, channels as objects and the close reason as data. The protocol itself (handshake,
 * heartbeats, close handshakes, channel bookkeeping, content assembly, confirms) is the engine's.
 */
import {
  FrameParser,
  REPLY_SUCCESS,
  decodeFrame,
  encodeFrame,
  type FieldTable,
  type TuneValues,
} from '@amqp-codegen/protocol';
import { isClosedError, type EngineEvent, type ProtocolEngine } from '@amqp-codegen/protocol/engine';
import { Channel } from './channel.js';
import { FrameLog } from './frame-log.js';
import { connect as connectTransport, type NodeConnectOptions, type NodeConnection } from './node-transport.js';
import { mechanism, type Mechanism } from './sasl.js';
import { parseAmqpUrl } from './url.js';

export interface ConnectOptions {
  /** `amqp://user:password@host:port/vhost` or `amqps://…`; default `amqp://guest:guest@localhost:5672/`. */
  url?: string;
  /** TLS options (e.g. `{ ca }` for a private CA), also for an `amqp://` URL; false for plain TCP. */
  tls?: NodeConnectOptions['tls'];
  /** SASL mechanism; it must be among those the server offers. Default PLAIN. */
  mechanism?: Mechanism;
  /** Heartbeat in seconds we ask for; 0 (default) takes the server's. See negotiateHeartbeat. */
  heartbeat?: number;
  /** Largest frame we accept; 0 (default) takes the server's. */
  frameMax?: number;
  /** Most channels we want; 0 (default) takes the server's. */
  channelMax?: number;
  /** Sent as client-properties.connection_name (RabbitMQ shows it in its management tools). */
  connectionName?: string;
  /** Extra client-properties, merged over the engine's. */
  clientProperties?: FieldTable;
  /** Set false to never send heartbeats (to see the server drop a silent client in a test). */
  sendHeartbeats?: boolean;
  /** Give up on the handshake after this long (default 10 s). */
  handshakeTimeoutMs?: number;
  /** Log frames here (e.g. to inspect a handshake that `connect` rejects); default a new log. */
  log?: FrameLog;
}

/** What a connection.close carried (sent or received). */
export interface CloseReason {
  replyCode: number;
  replyText: string;
  classId: number;
  methodId: number;
}

/** How the connection ended. */
export interface CloseInfo {
  /** Who ended it: our connection.close, the server's, or the socket (reset, heartbeat timeout…). */
  readonly initiator: 'client' | 'server' | 'socket';
  /** The connection.close that was sent or received. */
  readonly reason?: CloseReason;
  readonly error?: Error;
}

/** Opens a connection and completes the handshake; rejects with the reason if the server refuses. */
export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const endpoint = parseAmqpUrl(options.url ?? 'amqp://guest:guest@localhost:5672');
  const log = options.log ?? new FrameLog();
  const events = new EventRelay();
  const transport = await connectTransport({
    url: options.url,
    tls: options.tls,
    sasl: mechanism(options.mechanism ?? 'PLAIN', endpoint),
    heartbeat: options.heartbeat,
    frameMax: options.frameMax,
    channelMax: options.channelMax,
    handshakeTimeoutMs: options.handshakeTimeoutMs,
    sendHeartbeats: options.sendHeartbeats,
    clientProperties: {
      product: 'amqp-codegen example client',
      information: 'examples/client in amqp-codegen; built on @amqp-codegen/protocol/engine',
      ...(options.connectionName === undefined ? {} : { connection_name: options.connectionName }),
      ...options.clientProperties,
    },
    tap: frameTap(log),
    onEvent: (event) => events.emit(event),
  });
  const connection = new Connection(transport, log);
  events.target = (event) => connection.onEvent(event);
  return connection;
}

/** Holds the events the engine emits before the Connection exists (its `open` event, during connect). */
class EventRelay {
  private queued: EngineEvent[] = [];
  private handler: ((e: EngineEvent) => void) | undefined;
  set target(handler: (e: EngineEvent) => void) {
    this.handler = handler;
    for (const e of this.queued.splice(0)) handler(e);
  }
  emit(event: EngineEvent): void {
    if (this.handler === undefined) this.queued.push(event);
    else this.handler(event);
  }
}

/** Decodes both byte streams into the log: our writes are whole frames, the socket's chunks are not. */
function frameTap(log: FrameLog): { sent(b: Uint8Array): void; received(c: Uint8Array): void } {
  const sent = new FrameParser({ frameMax: 0 });
  const received = new FrameParser({ frameMax: 0 });
  let broken = false; // a stream the log cannot parse is the engine's to report; the log stops
  return {
    sent(bytes) {
      if (bytes[0] === 0x41) return; // the protocol header ('AMQP'), not a frame
      for (const f of sent.push(bytes)) log.add('sent', decodeFrame(f), bytes);
    },
    received(chunk) {
      if (broken) return;
      try {
        for (const f of received.push(chunk)) {
          log.add('received', decodeFrame(f), encodeFrame(f.type, f.channel, f.payload));
        }
      } catch {
        broken = true;
      }
    },
  };
}

export class Connection {
  /** The reason from connection.blocked while the server blocks our publishes. */
  blocked: string | undefined;
  onBlocked: ((reason: string) => void) | undefined;
  onUnblocked: (() => void) | undefined;
  /** Resolves (never rejects) when the connection is over. */
  readonly closed: Promise<CloseInfo>;
  /** The engine underneath, for what this layer does not wrap. */
  readonly engine: ProtocolEngine;

  private readonly channels = new Map<number, Channel>();
  private ourClose: CloseReason | undefined;
  private resolveClosed!: (info: CloseInfo) => void;

  constructor(
    private readonly transport: NodeConnection,
    /** Every frame sent and received, decoded. */
    readonly log: FrameLog,
  ) {
    this.engine = transport.engine;
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve));
  }

  /** The socket underneath: a `tls.TLSSocket` for `amqps://` (its `authorized`, `getProtocol()` …). */
  get socket(): NodeConnection['socket'] {
    return this.transport.socket;
  }

  /** The negotiated limits (from tune / tune-ok). */
  get tune(): TuneValues {
    return this.engine.tune;
  }

  get serverProperties(): FieldTable {
    return this.engine.serverProperties;
  }

  get isClosed(): boolean {
    return !this.engine.isOpen;
  }

  async openChannel(): Promise<Channel> {
    const id = await this.engine.openChannel();
    const channel = new Channel(this.engine, id);
    this.channels.set(id, channel);
    return channel;
  }

  /** connection.update-secret (e.g. a renewed OAuth 2 token); resolves on update-secret-ok. */
  updateSecret(newSecret: string | Uint8Array, reason: string): Promise<void> {
    return this.engine.updateSecret(newSecret, reason);
  }

  /** Closes the connection: connection.close, wait for close-ok, then the socket. */
  async close(replyText = 'bye', replyCode = REPLY_SUCCESS): Promise<CloseInfo> {
    if (this.engine.isOpen) {
      this.ourClose = { replyCode, replyText, classId: 0, methodId: 0 };
      // Either way the connection is over; `closed` says how.
      await this.transport.close().catch(() => {});
    }
    return this.closed;
  }

  /** Drops the socket without a closing handshake. */
  destroy(): void {
    this.transport.socket.destroy();
  }

  /** @internal Everything the engine reports, routed to the channel it concerns. */
  onEvent(event: EngineEvent): void {
    switch (event.type) {
      case 'channel':
        this.channels.get(event.channel)?.onEvent(event.event);
        return;
      case 'channel-closed':
        this.channels.get(event.channel)?.onClosed(event.error);
        this.channels.delete(event.channel);
        return;
      case 'blocked':
        this.blocked = event.reason;
        this.onBlocked?.(event.reason);
        return;
      case 'unblocked':
        this.blocked = undefined;
        this.onUnblocked?.();
        return;
      case 'closed':
        for (const channel of this.channels.values()) channel.onClosed(event.error);
        this.channels.clear();
        this.resolveClosed(this.closeInfo(event.error));
        return;
      case 'open':
        return;
    }
  }

  private closeInfo(error: Error | undefined): CloseInfo {
    if (error === undefined) return { initiator: 'client', reason: this.ourClose };
    if (!isClosedError(error)) return { initiator: 'client', error };
    const reason = {
      replyCode: error.replyCode,
      replyText: error.replyText,
      classId: error.classId,
      methodId: error.methodId,
    };
    if (error.by === 'transport') return { initiator: 'socket', error };
    return { initiator: error.by, reason, error };
  }
}
