/**
 * A connection over node:net: the handshake (SASL PLAIN, AMQPLAIN or RABBIT-CR-DEMO, tune, open),
 * heartbeats, connection.blocked/unblocked, update-secret, and closing from either side. Every frame
 * in and out is decoded into `log`.
 */
import * as net from 'node:net';
import {
  FRAME_ERROR,
  HEARTBEAT_FRAME,
  PROTOCOL_HEADER,
  REPLY_SUCCESS,
  CHANNEL_ERROR,
  COMMAND_INVALID,
  FrameParser,
  decodeFrame,
  encodeFrame,
  encodeMethod,
  isAmqpError,
  negotiateTune,
  utf8Decode,
  type DecodedFrame,
  type FieldTable,
  type Frame,
  type Method,
  type MethodInput,
  type MethodName,
  type TuneValues,
} from '@amqp-codegen/protocol';
import { Channel } from './channel.js';
import { ClosedError, type CloseReason } from './errors.js';
import { FrameLog } from './frame-log.js';
import { ReplyQueue } from './replies.js';
import { challengeResponse, initialResponse, type Mechanism } from './sasl.js';
import { parseAmqpUrl } from './url.js';

export interface ConnectOptions {
  /** `amqp://user:password@host:port/vhost`; default `amqp://guest:guest@localhost:5672/`. */
  url?: string;
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
  /** Extra client-properties, merged over ours. */
  clientProperties?: FieldTable;
  /** Set false to never send heartbeats (to see the server drop a silent client in a test). */
  sendHeartbeats?: boolean;
  /** Give up on the handshake after this long (default 10 s). */
  handshakeTimeoutMs?: number;
}

/** How the connection ended. */
export interface CloseInfo {
  /** Who ended it: our connection.close, the server's, or the socket (reset, heartbeat timeout…). */
  readonly initiator: 'client' | 'server' | 'socket';
  /** The connection.close that was sent or received. */
  readonly reason?: CloseReason;
  readonly error?: Error;
}

/** The capabilities we implement, announced in connection.start-ok. */
export const CLIENT_CAPABILITIES = {
  'connection.blocked': true,
  publisher_confirms: true,
  consumer_cancel_notify: true,
  'basic.nack': true,
  authentication_failure_close: true,
};

/** Decoded longstr values are bytes; mechanisms and locales are space-separated text. */
function text(v: string | Uint8Array): string {
  return typeof v === 'string' ? v : utf8Decode(v, 0, v.length);
}

/** Opens a connection and completes the handshake; rejects with the reason if the server refuses. */
export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const endpoint = parseAmqpUrl(options.url ?? 'amqp://guest:guest@localhost:5672');
  const socket = net.connect({ host: endpoint.host, port: endpoint.port });
  socket.setNoDelay(true);
  const connection = new Connection(socket);
  const timeoutMs = options.handshakeTimeoutMs ?? 10_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`AMQP handshake not complete after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([connection.handshake(endpoint, options), timeout]);
    return connection;
  } catch (e) {
    connection.destroy(e as Error);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

export class Connection {
  /** Every frame sent and received, decoded. */
  readonly log = new FrameLog();
  serverProperties: FieldTable = {};
  /** The negotiated limits (from tune / tune-ok). */
  tune: TuneValues = { channelMax: 0, frameMax: 0, heartbeat: 0 };
  /** The reason from connection.blocked while the server blocks our publishes. */
  blocked: string | undefined;
  onBlocked: ((reason: string) => void) | undefined;
  onUnblocked: (() => void) | undefined;
  /** Resolves (never rejects) when the connection is over. */
  readonly closed: Promise<CloseInfo>;

  private state: 'handshake' | 'open' | 'closing' | 'closed' = 'handshake';
  private readonly parser = new FrameParser(); // frame-max 131072 until tune
  private readonly sentParser = new FrameParser({ frameMax: 0 }); // decodes our own frames for the log
  private readonly replies = new ReplyQueue(); // channel 0
  private readonly channels = new Map<number, Channel>();
  private lastSent = performance.now();
  private lastReceived = performance.now();
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private lastMethodSent = 'the protocol header';
  private resolveClosed!: (info: CloseInfo) => void;

  constructor(private readonly socket: net.Socket) {
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve));
    // A plain Uint8Array view of each Buffer (no copy): decoded byte values are views of their input,
    // and should be Uint8Arrays like everywhere else, not Buffers.
    socket.on('data', (chunk: Buffer) => this.onData(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)));
    socket.on('error', (e) => this.finish({ initiator: 'socket', error: e }));
    socket.on('close', () => this.finish({ initiator: 'socket', error: this.socketClosedError() }));
  }

  // ---- Handshake ---------------------------------------------------------------------------

  /** @internal Runs the opening handshake; `connect` calls it. */
  async handshake(endpoint: ReturnType<typeof parseAmqpUrl>, o: ConnectOptions): Promise<void> {
    const credentials = { username: endpoint.username, password: endpoint.password };
    this.write(PROTOCOL_HEADER);

    const start = await this.expect('connection.start');
    this.serverProperties = start.args.serverProperties;
    const mechanism = o.mechanism ?? 'PLAIN';
    const offered = text(start.args.mechanisms).split(' ');
    if (!offered.includes(mechanism)) {
      throw new Error(`the server offers the SASL mechanisms ${offered.join(', ')}, not ${mechanism}`);
    }
    const locales = text(start.args.locales).split(' ');
    this.send(0, {
      name: 'connection.start-ok',
      args: {
        clientProperties: this.clientProperties(o),
        mechanism,
        response: initialResponse(mechanism, credentials),
        locale: locales.includes('en_US') ? 'en_US' : locales[0],
      },
    });

    let next = await this.expect('connection.secure', 'connection.tune');
    while (next.name === 'connection.secure') {
      const challenge = next.args.challenge;
      const bytes = typeof challenge === 'string' ? new TextEncoder().encode(challenge) : challenge;
      this.send(0, {
        name: 'connection.secure-ok',
        args: { response: challengeResponse(mechanism, bytes, credentials) },
      });
      next = await this.expect('connection.secure', 'connection.tune');
    }

    this.tune = negotiateTune(next.args, {
      channelMax: o.channelMax ?? 0,
      frameMax: o.frameMax ?? 0,
      heartbeat: o.heartbeat ?? 0,
    });
    this.send(0, { name: 'connection.tune-ok', args: this.tune });
    this.parser.frameMax = this.tune.frameMax;
    this.startHeartbeats(o.sendHeartbeats ?? true);

    this.send(0, { name: 'connection.open', args: { virtualHost: endpoint.vhost } });
    await this.expect('connection.open-ok');
    this.state = 'open';
  }

  private clientProperties(o: ConnectOptions): FieldTable {
    return {
      product: 'amqp-codegen example client',
      information: 'examples/client in amqp-codegen; built on @amqp-codegen/protocol',
      capabilities: { ...CLIENT_CAPABILITIES },
      ...(o.connectionName === undefined ? {} : { connection_name: o.connectionName }),
      ...o.clientProperties,
    };
  }

  /** The next method on channel 0, which must be one of `names`. */
  private async expect<N extends MethodName>(...names: N[]): Promise<Method<N>> {
    return (await this.replies.expect(names)).method as Method<N>;
  }

  // ---- Public operations -------------------------------------------------------------------

  async openChannel(): Promise<Channel> {
    if (this.state !== 'open') throw new Error(`cannot open a channel: the connection is ${this.state}`);
    const max = this.tune.channelMax;
    let id = 1;
    while (this.channels.has(id)) id++;
    if (id > max) throw new Error(`all ${max} channels are in use`);
    const channel = new Channel(this, id);
    this.channels.set(id, channel);
    await channel.open();
    return channel;
  }

  /** connection.update-secret (e.g. a renewed OAuth 2 token); resolves on update-secret-ok. */
  async updateSecret(newSecret: string | Uint8Array, reason: string): Promise<void> {
    const ok = this.expect('connection.update-secret-ok');
    this.send(0, { name: 'connection.update-secret', args: { newSecret, reason } });
    await ok;
  }

  /** Closes the connection: connection.close, wait for close-ok, then close the socket ourselves. */
  async close(replyText = 'bye', replyCode = REPLY_SUCCESS): Promise<CloseInfo> {
    if (this.state !== 'open') return this.closed;
    this.state = 'closing';
    const reason: CloseReason = { replyCode, replyText, classId: 0, methodId: 0 };
    const ok = this.expect('connection.close-ok');
    this.send(0, { name: 'connection.close', args: reason });
    try {
      await ok;
    } catch {
      // The server closed at the same time, or the socket died: the connection is over either way.
    }
    // RabbitMQ keeps the socket open after close-ok (up to 30 s): the client closes it.
    this.finish({ initiator: 'client', reason });
    return this.closed;
  }

  /** Drops the socket without a closing handshake. */
  destroy(error?: Error): void {
    this.finish({ initiator: 'client', error });
  }

  // ---- Sending -----------------------------------------------------------------------------

  send(channel: number, input: MethodInput): void {
    this.sendFrames([encodeMethod(channel, input)]);
    this.lastMethodSent = input.name;
  }

  /** Writes whole frames (a method, or a method with its header and bodies) and logs them. */
  sendFrames(frames: Uint8Array[]): void {
    if (this.state === 'closed') throw new Error('the connection is closed');
    for (const bytes of frames) {
      for (const f of this.sentParser.push(bytes)) this.log.add('sent', decodeFrame(f), bytes);
      this.write(bytes);
    }
  }

  private write(bytes: Uint8Array): void {
    if (this.socket.destroyed) return;
    this.socket.write(bytes);
    this.lastSent = performance.now();
  }

  // ---- Heartbeats --------------------------------------------------------------------------

  /** Sends a heartbeat when we have been silent for half the interval; gives up after two silent intervals from the server. */
  private startHeartbeats(send: boolean): void {
    const seconds = this.tune.heartbeat;
    if (seconds === 0) return;
    const half = (seconds * 1000) / 2;
    this.heartbeatTimer = setInterval(() => {
      const now = performance.now();
      if (now - this.lastReceived > 2 * seconds * 1000) {
        const silent = Math.round(now - this.lastReceived);
        this.finish({
          initiator: 'socket',
          error: new Error(`missed heartbeats: no frame from the server for ${silent} ms (heartbeat ${seconds} s)`),
        });
        return;
      }
      if (send && now - this.lastSent >= half * 0.9) this.sendFrames([HEARTBEAT_FRAME]);
    }, half);
    this.heartbeatTimer.unref();
  }

  // ---- Receiving ---------------------------------------------------------------------------

  private onData(chunk: Uint8Array): void {
    if (this.state === 'closed') return;
    this.lastReceived = performance.now();
    let frames: Frame[];
    try {
      frames = this.parser.push(chunk);
    } catch (e) {
      return this.protocolError(isAmqpError(e) ? (e.replyCode ?? FRAME_ERROR) : FRAME_ERROR, (e as Error).message);
    }
    for (const frame of frames) {
      if (this.isClosed) return; // a frame before this one ended the connection
      let decoded: DecodedFrame;
      try {
        decoded = decodeFrame(frame);
      } catch (e) {
        return this.protocolError(isAmqpError(e) ? (e.replyCode ?? FRAME_ERROR) : FRAME_ERROR, (e as Error).message);
      }
      this.log.add('received', decoded, encodeFrame(frame.type, frame.channel, frame.payload));
      this.onFrame(decoded);
    }
  }

  private onFrame(frame: DecodedFrame): void {
    if (frame.type === 'heartbeat') return;
    if (frame.channel !== 0) {
      if (this.state === 'closing') return; // after connection.close only close/close-ok matter
      const channel = this.channels.get(frame.channel);
      if (channel === undefined)
        return this.protocolError(CHANNEL_ERROR, `frame on channel ${frame.channel}, which is not open`);
      return channel.handle(frame);
    }
    if (frame.type !== 'method') return this.protocolError(COMMAND_INVALID, `${frame.type} frame on channel 0`);
    const method = frame.method;
    switch (method.name) {
      case 'connection.close':
        return this.onServerClose(method.args);
      case 'connection.blocked':
        this.blocked = method.args.reason;
        this.onBlocked?.(method.args.reason);
        return;
      case 'connection.unblocked':
        this.blocked = undefined;
        this.onUnblocked?.();
        return;
    }
    if (!this.replies.offer({ method })) this.protocolError(COMMAND_INVALID, `unexpected ${method.name}`);
  }

  /** The server closed the connection: answer close-ok, then fail everything that still waits. */
  private onServerClose(reason: CloseReason): void {
    const error = new ClosedError(
      'connection',
      0,
      reason,
      this.state === 'handshake' ? this.lastMethodSent : undefined,
    );
    this.sendFrames([encodeMethod(0, { name: 'connection.close-ok' })]);
    this.finish({ initiator: 'server', reason, error });
  }

  /**
   * We cannot go on (a malformed or unexpected frame): tell the server why with connection.close and
   * drop the socket. The parser cannot be trusted after an error, so we do not wait for close-ok.
   */
  protocolError(replyCode: number, replyText: string): void {
    if (this.state === 'closed') return;
    const reason: CloseReason = { replyCode, replyText: replyText.slice(0, 255), classId: 0, methodId: 0 };
    try {
      this.sendFrames([encodeMethod(0, { name: 'connection.close', args: reason })]);
    } catch {
      // e.g. a reply text that does not fit a shortstr: close without telling
    }
    this.finish({ initiator: 'client', reason, error: new Error(`protocol error ${replyCode}: ${replyText}`) });
  }

  // ---- Teardown ----------------------------------------------------------------------------

  get isClosed(): boolean {
    return this.state === 'closed';
  }

  /** @internal A channel is closed and its number is free again. */
  releaseChannel(id: number): void {
    this.channels.delete(id);
  }

  private socketClosedError(): Error {
    if (this.state === 'handshake') {
      return new Error(
        `the server closed the socket during the handshake, after ${this.lastMethodSent}, without connection.close ` +
          '(RabbitMQ does this after a failed login when the client does not advertise authentication_failure_close, ' +
          'and after protocol errors)',
      );
    }
    return new Error('the socket closed');
  }

  private finish(info: CloseInfo): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    clearInterval(this.heartbeatTimer);
    const error = info.error ?? new Error(`the connection is closed (${info.initiator})`);
    this.replies.failAll(error);
    for (const channel of [...this.channels.values()]) channel.closed(error);
    // end() flushes what we queued (e.g. close-ok) before the FIN; destroy() once it is written.
    this.socket.end(() => this.socket.destroy());
    this.resolveClosed(info);
  }
}
