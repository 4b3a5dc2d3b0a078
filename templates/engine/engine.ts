/**
 * A sans-I/O AMQP 0-9-1 client connection: bytes in (`receive`), bytes out (`options.write`), time
 * from `options.now` and the caller's timers (`nextTimeout` / `tick`). No sockets, no Node APIs.
 *
 * Connection: protocol header → start → secure* → tune → open → open-ok → open → closing → closed.
 * Channel: opening → open → closing (frames other than close/close-ok dropped until close-ok).
 */
import {
  AmqpError,
  CHANNEL_ERROR,
  COMMAND_INVALID,
  DEFAULT_FRAME_MAX,
  FrameParser,
  HEARTBEAT_FRAME,
  PROTOCOL_HEADER,
  REPLY_SUCCESS,
  decodeFrame,
  encodeBasicHeader,
  encodeBasicPublish,
  encodeBodyFrames,
  encodeMethod,
  isAmqpError,
  negotiateTune,
  utf8Decode,
  type BasicProperties,
  type BasicPublishArgs,
  type DecodedFrame,
  type FieldTable,
  type Frame,
  type Method,
  type MethodInput,
  type TuneValues,
} from '../index.js';
import {
  CALL_RESPONSES,
  CHANNEL_EVENT_NAMES,
  ChannelCalls,
  SEND_METHODS,
  type CallName,
  type CallResult,
  type ChannelEvent,
  type SendInput,
} from './calls.js';
import { ConfirmTracker, type ConfirmOutcome } from './confirms.js';
import { ContentAssembler, type Incoming } from './content.js';
import { ClosedError } from './errors.js';
import { plain, type SaslMechanism } from './sasl.js';

export interface EngineOptions {
  /** Receives every byte to send, in order (a socket write). */
  write(bytes: Uint8Array): void;
  /** Everything that happens without being asked (see EngineEvent). */
  onEvent?(event: EngineEvent): void;
  /** Milliseconds clock; default Date.now. */
  now?(): number;
  /** Default PLAIN guest/guest. */
  sasl?: SaslMechanism;
  /** Default `/`. */
  virtualHost?: string;
  /** Merged over ours (product, capabilities …); `connection_name` shows in RabbitMQ's tools. */
  clientProperties?: FieldTable;
  /** Highest channel number we want; 0 (default) takes the server's value (see negotiateTune). */
  channelMax?: number;
  /** Largest frame in bytes we want to receive and send; 0 (default) takes the server's value. */
  frameMax?: number;
  /** Heartbeat interval in seconds we want; 0 (default) takes the server's value. */
  heartbeat?: number;
  /** Milliseconds from `start()` to open-ok before the connection fails (default 10 000). */
  handshakeTimeoutMs?: number;
  /** Milliseconds to wait for connection.close-ok after our close before giving up (default 5 000). */
  closeTimeoutMs?: number;
}

/** What the engine reports through `onEvent`, told apart by `type`. */
export type EngineEvent =
  OpenEvent | ChannelMethodEvent | ChannelClosedEvent | BlockedEvent | UnblockedEvent | ConnectionClosedEvent;

/** The handshake finished (connection.open-ok): calls may be made. */
export interface OpenEvent {
  /** Tells the events apart. */
  readonly type: 'open';
  /** The negotiated channel-max, frame-max and heartbeat. */
  readonly tune: TuneValues;
  /** What the server said about itself in connection.start (product, version, capabilities). */
  readonly serverProperties: FieldTable;
}

/** A method the server sent unasked on an open channel: deliver, return, cancel, ack/nack (confirms), flow. */
export interface ChannelMethodEvent {
  /** Tells the events apart. */
  readonly type: 'channel';
  /** The channel it came on. */
  readonly channel: number;
  /** The method, with its content for deliver and return; `event.name` narrows it. */
  readonly event: ChannelEvent;
}

/** A channel is gone: closed by the server (error set) or by a close we sent (error undefined). */
export interface ChannelClosedEvent {
  /** Tells the events apart. */
  readonly type: 'channel-closed';
  /** The channel number, free to open again. */
  readonly channel: number;
  /** The server's channel.close (reply code and text), or undefined when we closed it. */
  readonly error: ClosedError | undefined;
}

/** connection.blocked: the server stopped reading from publishers (e.g. a memory or disk alarm). */
export interface BlockedEvent {
  /** Tells the events apart. */
  readonly type: 'blocked';
  /** The server's reason, e.g. `low on memory`. */
  readonly reason: string;
}

/** connection.unblocked: the server reads from publishers again. */
export interface UnblockedEvent {
  /** Tells the events apart. */
  readonly type: 'unblocked';
}

/** The connection is over and the transport should be closed; fired once, last. */
export interface ConnectionClosedEvent {
  /** Tells the events apart. */
  readonly type: 'closed';
  /** Why: a ClosedError (server close, heartbeat timeout, transport lost) or undefined after a normal close. */
  readonly error: Error | undefined;
}

type ConnectionState = 'idle' | 'handshake' | 'open' | 'closing' | 'closed';

interface PendingCall {
  readonly expects: readonly string[];
  resolve(reply: Incoming): void;
  reject(error: Error): void;
}

interface ChannelState {
  readonly id: number;
  state: 'opening' | 'open' | 'closing';
  readonly assembler: ContentAssembler;
  readonly pending: PendingCall[];
  confirms: ConfirmTracker | undefined;
}

const CLIENT_CAPABILITIES: FieldTable = {
  publisher_confirms: true,
  exchange_exchange_bindings: true,
  'basic.nack': true,
  consumer_cancel_notify: true,
  'connection.blocked': true,
  authentication_failure_close: true,
  per_consumer_qos: true,
};

const ignore = (): void => {};

/**
 * One AMQP client connection, sans I/O. Feed it the transport's bytes (`receive`), hand its output
 * (`options.write`) to the transport, run `tick()` when `nextTimeout()` says; the typed calls of
 * ChannelCalls (`queueDeclare`, `basicGet` …) resolve with the server's reply.
 */
export class ProtocolEngine extends ChannelCalls {
  /** Resolves at connection.open-ok; rejects when the handshake fails. */
  readonly opened: Promise<void>;
  /** Negotiated values (valid once open). */
  tune: TuneValues = { channelMax: 0, frameMax: DEFAULT_FRAME_MAX, heartbeat: 0 };
  /** The server-properties of connection.start (empty until then). */
  serverProperties: FieldTable = {};

  private state: ConnectionState = 'idle';
  /** True from open-ok on: `opened` has resolved and must not be rejected. */
  private wasOpened = false;
  private readonly parser = new FrameParser();
  private readonly channels = new Map<number, ChannelState>();
  private readonly now: () => number;
  private lastSent = 0;
  private lastReceived = 0;
  private deadline: number | undefined;
  private closeError: Error | undefined;
  /** Why the connection ended (undefined after a normal close): what later calls reject with. */
  private endError: Error | undefined;
  private closeWaiters: { resolve(): void; reject(e: Error): void }[] = [];
  private secretWaiters: PendingCall[] = [];
  private resolveOpened!: () => void;
  private rejectOpened!: (e: Error) => void;

  constructor(private readonly options: EngineOptions) {
    super();
    this.now = options.now ?? Date.now;
    this.opened = new Promise<void>((resolve, reject) => {
      this.resolveOpened = resolve;
      this.rejectOpened = reject;
    });
    this.opened.catch(ignore); // the caller may never await it
  }

  /** True from open-ok until a close starts. */
  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** Sends the protocol header; the server answers with connection.start. */
  start(): void {
    if (this.state !== 'idle') throw new Error('start() was already called');
    this.state = 'handshake';
    this.lastReceived = this.now();
    this.deadline = this.lastReceived + (this.options.handshakeTimeoutMs ?? 10_000);
    this.write(PROTOCOL_HEADER);
  }

  // ---- Bytes and time in --------------------------------------------------------------------

  /** Bytes from the transport. */
  receive(chunk: Uint8Array): void {
    if (this.state === 'closed') return;
    let frames: Frame[];
    try {
      frames = this.parser.push(chunk);
    } catch (e) {
      return this.failOnInput(e);
    }
    this.lastReceived = this.now();
    for (const frame of frames) {
      // a frame may have closed the connection (handleFrame changes the state)
      if ((this.state as ConnectionState) === 'closed') return;
      try {
        this.handleFrame(decodeFrame(frame));
      } catch (e) {
        return this.failOnInput(e);
      }
    }
  }

  /** The transport ended (socket closed or errored). */
  transportClosed(error?: Error): void {
    if (this.state === 'closed') return;
    const expected = this.state === 'closing' && this.closeError === undefined;
    this.finish(
      expected ? undefined : new ClosedError('connection', 0, error?.message ?? 'transport closed', 'transport'),
    );
  }

  /** Milliseconds until `tick` must run (heartbeats, timeouts), or undefined when nothing waits. */
  nextTimeout(): number | undefined {
    const times: number[] = [];
    if (this.deadline !== undefined) times.push(this.deadline);
    const hb = this.tune.heartbeat * 1000;
    if (this.state === 'open' && hb > 0) times.push(this.lastSent + hb / 2, this.lastReceived + 2 * hb);
    if (times.length === 0) return undefined;
    return Math.max(0, Math.min(...times) - this.now());
  }

  /** Runs timers: sends a heartbeat when we have been silent, detects a silent peer and timeouts. */
  tick(): void {
    if (this.state === 'closed') return;
    const now = this.now();
    if (this.deadline !== undefined && now >= this.deadline) {
      const what = this.state === 'handshake' ? 'handshake timed out' : 'no close-ok before the timeout';
      return this.finish(this.closeError ?? new ClosedError('connection', 0, what, 'transport'));
    }
    const hb = this.tune.heartbeat * 1000;
    if (this.state !== 'open' || hb === 0) return;
    if (now - this.lastReceived >= 2 * hb) {
      const silent = `no frame from the server for ${now - this.lastReceived} ms (heartbeat ${this.tune.heartbeat} s)`;
      return this.finish(new ClosedError('connection', 0, `heartbeat timeout: ${silent}`, 'transport'));
    }
    if (now - this.lastSent >= hb / 2) this.write(HEARTBEAT_FRAME);
  }

  // ---- Connection ------------------------------------------------------------------------------

  /** Closes the connection (connection.close, then close-ok); resolves when the server confirms. */
  close(replyCode: number = REPLY_SUCCESS, replyText = 'bye'): Promise<void> {
    if (this.state === 'closed') return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => this.closeWaiters.push({ resolve, reject }));
    if (this.state !== 'closing') this.startClose(replyCode, replyText, undefined);
    return done;
  }

  /** connection.update-secret (e.g. a renewed OAuth 2 token); resolves at update-secret-ok. */
  updateSecret(newSecret: string | Uint8Array, reason: string): Promise<void> {
    if (this.state !== 'open') return Promise.reject(this.notOpen());
    const reply = new Promise<Incoming>((resolve, reject) =>
      this.secretWaiters.push({ expects: ['connection.update-secret-ok'], resolve, reject }),
    );
    this.writeMethod(0, { name: 'connection.update-secret', args: { newSecret, reason } });
    return reply.then(ignore);
  }

  // ---- Channels --------------------------------------------------------------------------------

  /** Opens the lowest free channel number and resolves with it. */
  async openChannel(): Promise<number> {
    const max = this.tune.channelMax || 0xffff;
    let id = 1;
    while (this.channels.has(id)) id++;
    if (id > max) throw new AmqpError(`no free channel: all ${max} are in use`, { kind: 'encode', context: 'channel' });
    await this.channelOpen(id);
    return id;
  }

  /** Closes a channel (channel.close, then close-ok). */
  async closeChannel(channel: number, replyCode: number = REPLY_SUCCESS, replyText = 'bye'): Promise<void> {
    await this.channelClose(channel, { replyCode, replyText, classId: 0, methodId: 0 });
  }

  /** Sends a synchronous method and resolves with its response (see ChannelCalls for the typed calls). */
  call<N extends CallName>(channel: number, method: MethodInput<N>): Promise<CallResult<N>> {
    if (this.state !== 'open') return Promise.reject(this.notOpen());
    const name: CallName = method.name;
    const args = method.args as { noWait?: unknown; nowait?: unknown } | undefined;
    if (args !== undefined && (args.noWait === true || args.nowait === true)) {
      return Promise.reject(new Error(`${name} with no-wait gets no response: use send()`));
    }
    let frame: Uint8Array;
    try {
      // Encoded first: a call that cannot be encoded changes nothing and sends nothing.
      frame = encodeMethod(channel, method as MethodInput, this.tune.frameMax);
    } catch (e) {
      return Promise.reject(e);
    }
    let ch = this.channels.get(channel);
    if (name === 'channel.open') {
      if (ch !== undefined) return Promise.reject(new Error(`channel ${channel} is already open`));
      const max = this.tune.channelMax || 0xffff;
      if (!(Number.isInteger(channel) && channel >= 1 && channel <= max)) {
        return Promise.reject(new Error(`channel ${channel} is outside 1..${max} (channel-max)`));
      }
      ch = {
        id: channel,
        state: 'opening',
        assembler: new ContentAssembler(channel),
        pending: [],
        confirms: undefined,
      };
      this.channels.set(channel, ch);
    } else if (ch === undefined || ch.state !== 'open') {
      return Promise.reject(new Error(`channel ${channel} is not open`));
    }
    const channelState = ch;
    const reply = new Promise<Incoming>((resolve, reject) =>
      channelState.pending.push({ expects: CALL_RESPONSES[name], resolve, reject }),
    );
    if (name === 'channel.close') ch.state = 'closing';
    if (name === 'confirm.select' && ch.confirms === undefined) ch.confirms = new ConfirmTracker();
    this.write(frame);
    return reply as Promise<CallResult<N>>;
  }

  /**
   * Sends an asynchronous method (basic.ack, basic.reject, …) or a call with its no-wait bit set on an
   * open channel; nothing waits for an answer. Anything else throws, writing nothing: a call without
   * no-wait would leave its response unpaired.
   */
  send(channel: number, method: SendInput): void {
    const name: string = method.name;
    if (!Object.prototype.hasOwnProperty.call(SEND_METHODS, name)) {
      throw new Error(`${name} cannot be sent with send(): use call(), publish() or close methods`);
    }
    const noWait = SEND_METHODS[method.name];
    if (noWait !== undefined && (method.args as unknown as Record<string, unknown> | undefined)?.[noWait] !== true) {
      throw new Error(`${name} without ${noWait} gets a response: use call()`);
    }
    const ch = this.openChannelState(channel);
    const frame = encodeMethod(channel, method as MethodInput, this.tune.frameMax);
    if (method.name === 'confirm.select' && ch.confirms === undefined) ch.confirms = new ConfirmTracker();
    this.write(frame);
  }

  /**
   * basic.publish with its header and body frames (split at the negotiated frame-max). In confirm
   * mode (after confirm.select) returns the outcome of the publisher confirm, else undefined.
   */
  publish(
    channel: number,
    args: BasicPublishArgs,
    body: Uint8Array,
    properties: BasicProperties = {},
  ): Promise<ConfirmOutcome> | undefined {
    const ch = this.openChannelState(channel);
    const frameMax = this.tune.frameMax;
    // All three encoded before anything is written: an encode error sends nothing.
    const method = encodeBasicPublish(channel, args, frameMax);
    const header = encodeBasicHeader(channel, body.length, properties, frameMax);
    const bodies = encodeBodyFrames(channel, body, frameMax);
    this.write(method);
    this.write(header);
    for (const b of bodies) this.write(b);
    if (ch.confirms === undefined) return undefined;
    const { outcome } = ch.confirms.next();
    outcome.catch(ignore); // rejected when the channel closes; the caller may not await every publish
    return outcome;
  }

  /** Publishes awaiting confirms on `channel`. */
  unconfirmed(channel: number): number {
    return this.channels.get(channel)?.confirms?.unconfirmed ?? 0;
  }

  // ---- Incoming frames ---------------------------------------------------------------------------

  private handleFrame(frame: DecodedFrame): void {
    if (frame.type === 'heartbeat') return;
    if (frame.channel === 0) {
      // decodeFrame lets only connection methods through on channel 0
      if (frame.type === 'method') this.onConnectionMethod(frame.method);
      return;
    }
    if (this.state === 'closing') return; // after connection.close only close/close-ok count
    const max = this.tune.channelMax || 0xffff;
    if (frame.channel > max) {
      throw new AmqpError(`frame on channel ${frame.channel}, above channel-max ${max}`, {
        kind: 'decode',
        replyCode: CHANNEL_ERROR,
        context: `channel ${frame.channel}`,
      });
    }
    const ch = this.channels.get(frame.channel);
    if (ch === undefined) {
      throw new AmqpError(`frame on channel ${frame.channel}, which is not open`, {
        kind: 'decode',
        replyCode: CHANNEL_ERROR,
        context: `channel ${frame.channel}`,
      });
    }
    if (ch.state === 'closing') {
      // Spec (channel.close): after sending close, drop everything until close-ok (or a crossing close).
      if (
        frame.type === 'method' &&
        (frame.method.name === 'channel.close-ok' || frame.method.name === 'channel.close')
      ) {
        this.onChannelMethod(ch, { name: frame.method.name, method: frame.method, content: undefined });
      }
      return;
    }
    let incoming: Incoming | undefined;
    if (frame.type === 'method') incoming = ch.assembler.onMethod(frame.method);
    else if (frame.type === 'header') incoming = ch.assembler.onHeader(frame.header);
    else incoming = ch.assembler.onBody(frame.body);
    if (incoming !== undefined) this.onChannelMethod(ch, incoming);
  }

  private onChannelMethod(ch: ChannelState, incoming: Incoming): void {
    const method = incoming.method;
    switch (method.name) {
      case 'channel.close':
        this.writeMethod(ch.id, { name: 'channel.close-ok' });
        this.dropChannel(
          ch,
          new ClosedError(
            'channel',
            method.args.replyCode,
            method.args.replyText,
            'server',
            method.args.classId,
            method.args.methodId,
          ),
        );
        return;
      case 'channel.close-ok': {
        if (ch.state !== 'closing') break; // unexpected: falls to the pending check below
        const close = ch.pending.pop()!; // channel.close was the last call sent
        this.dropChannel(ch, undefined);
        close.resolve(incoming);
        return;
      }
      case 'channel.flow':
        this.writeMethod(ch.id, { name: 'channel.flow-ok', args: { active: method.args.active } });
        break;
      case 'basic.ack':
      case 'basic.nack':
        ch.confirms?.settle(
          method.args.deliveryTag,
          method.args.multiple,
          method.name === 'basic.ack' ? 'ack' : 'nack',
        );
        break;
    }
    const next = ch.pending[0];
    if (next !== undefined && next.expects.includes(method.name)) {
      ch.pending.shift();
      if (method.name === 'channel.open-ok') ch.state = 'open';
      next.resolve(incoming);
      return;
    }
    if (isChannelEvent(method)) {
      this.emit({ type: 'channel', channel: ch.id, event: incoming as ChannelEvent });
      return;
    }
    throw new AmqpError(`unexpected ${method.name} on channel ${ch.id}`, {
      kind: 'decode',
      replyCode: COMMAND_INVALID,
      context: method.name,
    });
  }

  private onConnectionMethod(method: Method): void {
    if (this.state === 'closing' && method.name !== 'connection.close' && method.name !== 'connection.close-ok') return;
    switch (method.name) {
      case 'connection.start': {
        this.serverProperties = method.args.serverProperties;
        const sasl = this.options.sasl ?? plain('guest', 'guest');
        const offered = utf8Decode(method.args.mechanisms).split(' ');
        if (!offered.includes(sasl.name)) {
          // Nothing to answer with: the spec has the client close the socket.
          return this.finish(new Error(`the server offers SASL ${offered.join(', ')}, not ${sasl.name}`));
        }
        const clientProperties: FieldTable = {
          product: '@amqp-codegen/protocol engine',
          platform: 'JavaScript',
          capabilities: CLIENT_CAPABILITIES,
          ...this.options.clientProperties,
        };
        const response = sasl.initialResponse();
        this.writeMethod(0, {
          name: 'connection.start-ok',
          args: { clientProperties, mechanism: sasl.name, response, locale: 'en_US' },
        });
        return;
      }
      case 'connection.secure': {
        const sasl = this.options.sasl ?? plain('guest', 'guest');
        if (sasl.respond === undefined) {
          const text = `SASL ${sasl.name} has no answer to a challenge`;
          return this.startClose(COMMAND_INVALID, text, new ClosedError('connection', COMMAND_INVALID, text, 'client'));
        }
        this.writeMethod(0, { name: 'connection.secure-ok', args: { response: sasl.respond(method.args.challenge) } });
        return;
      }
      case 'connection.tune': {
        const wishes = {
          channelMax: this.options.channelMax ?? 0,
          frameMax: this.options.frameMax ?? 0,
          heartbeat: this.options.heartbeat ?? 0,
        };
        this.tune = negotiateTune(method.args, wishes);
        this.parser.frameMax = this.tune.frameMax;
        this.writeMethod(0, { name: 'connection.tune-ok', args: this.tune });
        this.writeMethod(0, { name: 'connection.open', args: { virtualHost: this.options.virtualHost ?? '/' } });
        return;
      }
      case 'connection.open-ok':
        this.state = 'open';
        this.wasOpened = true;
        this.deadline = undefined;
        this.resolveOpened();
        this.emit({ type: 'open', tune: this.tune, serverProperties: this.serverProperties });
        return;
      case 'connection.close': {
        const a = method.args;
        this.writeMethod(0, { name: 'connection.close-ok' });
        // A close crossing ours ends the connection too (spec: connection.close).
        return this.finish(
          this.state === 'closing' && this.closeError === undefined
            ? undefined
            : new ClosedError('connection', a.replyCode, a.replyText, 'server', a.classId, a.methodId),
        );
      }
      case 'connection.close-ok':
        if (this.state === 'closing') return this.finish(this.closeError);
        break;
      case 'connection.blocked':
        return this.emit({ type: 'blocked', reason: method.args.reason });
      case 'connection.unblocked':
        return this.emit({ type: 'unblocked' });
      case 'connection.update-secret-ok': {
        const waiter = this.secretWaiters.shift();
        if (waiter === undefined) break;
        return waiter.resolve({ name: method.name, method, content: undefined });
      }
    }
    throw new AmqpError(`unexpected ${method.name} in state ${this.state}`, {
      kind: 'decode',
      replyCode: COMMAND_INVALID,
      context: method.name,
    });
  }

  // ---- Closing and failing -----------------------------------------------------------------

  /** Bad input from the server: close the connection with the error's reply code. */
  private failOnInput(e: unknown): void {
    if (!isAmqpError(e)) throw e;
    if (e.kind === 'version-mismatch' || this.state === 'closing') return this.finish(e);
    // Before open the server may not take a close: RabbitMQ drops the socket on a handshake error anyway.
    const code = e.replyCode ?? COMMAND_INVALID;
    this.startClose(code, e.message.slice(0, 255), e);
  }

  /** connection.close sent: only close/close-ok count from now on; everything pending fails. */
  private startClose(replyCode: number, replyText: string, error: Error | undefined): void {
    const byUs = new ClosedError('connection', replyCode, replyText, 'client');
    this.closeError = error;
    this.state = 'closing';
    this.deadline = this.now() + (this.options.closeTimeoutMs ?? 5_000);
    this.failChannels(error ?? byUs);
    this.writeMethod(0, { name: 'connection.close', args: { replyCode, replyText, classId: 0, methodId: 0 } });
  }

  private finish(error: Error | undefined): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.deadline = undefined;
    this.endError = error;
    const reason = error ?? new ClosedError('connection', REPLY_SUCCESS, 'closed', 'client');
    if (!this.wasOpened) this.rejectOpened(reason);
    this.failChannels(reason);
    for (const w of this.secretWaiters.splice(0)) w.reject(reason);
    for (const w of this.closeWaiters.splice(0)) {
      if (error === undefined) w.resolve();
      else w.reject(error);
    }
    this.emit({ type: 'closed', error });
  }

  private failChannels(error: Error): void {
    for (const ch of [...this.channels.values()]) this.dropChannel(ch, error, false);
  }

  /** Forgets a channel, failing what waits on it; `notify` emits channel-closed. */
  private dropChannel(ch: ChannelState, error: Error | undefined, notify = true): void {
    this.channels.delete(ch.id);
    ch.assembler.reset();
    const reason = error ?? new ClosedError('channel', REPLY_SUCCESS, 'closed', 'client');
    for (const p of ch.pending.splice(0)) p.reject(reason);
    ch.confirms?.failAll(reason);
    if (notify) this.emit({ type: 'channel-closed', channel: ch.id, error: error as ClosedError | undefined });
  }

  // ---- Output ----------------------------------------------------------------------------------

  private openChannelState(channel: number): ChannelState {
    const ch = this.channels.get(channel);
    if (this.state !== 'open') throw this.notOpen();
    if (ch === undefined || ch.state !== 'open') throw new Error(`channel ${channel} is not open`);
    return ch;
  }

  private notOpen(): Error {
    return (
      this.closeError ??
      this.endError ??
      new Error(`the connection is ${this.state === 'idle' || this.state === 'handshake' ? 'not open yet' : 'closed'}`)
    );
  }

  private writeMethod(channel: number, method: MethodInput): void {
    this.write(encodeMethod(channel, method, this.tune.frameMax));
  }

  private write(bytes: Uint8Array): void {
    this.lastSent = this.now();
    this.options.write(bytes);
  }

  private emit(event: EngineEvent): void {
    this.options.onEvent?.(event);
  }
}

const CHANNEL_EVENTS: ReadonlySet<string> = new Set(CHANNEL_EVENT_NAMES);

function isChannelEvent(method: Method): boolean {
  return CHANNEL_EVENTS.has(method.name);
}
