/**
 * A sans-I/O AMQP 0-9-1 client connection: bytes in (`receive`), bytes out (`options.write`), time
 * from `options.now` and the caller's timers (`nextTimeout` / `tick`). No sockets, no Node APIs.
 *
 * Connection: protocol header → start → secure* → tune → open → open-ok → open → closing → closed.
 * Channel: opening → open → closing (frames other than close/close-ok dropped until close-ok).
 */
import { type BasicProperties, type BasicPublishArgs, type FieldTable, type MethodInput, type TuneValues } from '../index.js';
import { ChannelCalls, type CallName, type CallResult, type ChannelEvent, type SendInput } from './calls.js';
import { type ConfirmOutcome } from './confirms.js';
import { ClosedError } from './errors.js';
import { type SaslMechanism } from './sasl.js';
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
export type EngineEvent = OpenEvent | ChannelMethodEvent | ChannelClosedEvent | BlockedEvent | UnblockedEvent | ConnectionClosedEvent;
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
/**
 * One AMQP client connection, sans I/O. Feed it the transport's bytes (`receive`), hand its output
 * (`options.write`) to the transport, run `tick()` when `nextTimeout()` says; the typed calls of
 * ChannelCalls (`queueDeclare`, `basicGet` …) resolve with the server's reply.
 */
export declare class ProtocolEngine extends ChannelCalls {
    private readonly options;
    /** Resolves at connection.open-ok; rejects when the handshake fails. */
    readonly opened: Promise<void>;
    /** Negotiated values (valid once open). */
    tune: TuneValues;
    /** The server-properties of connection.start (empty until then). */
    serverProperties: FieldTable;
    private state;
    /** True from open-ok on: `opened` has resolved and must not be rejected. */
    private wasOpened;
    private readonly parser;
    private readonly channels;
    private readonly now;
    private lastSent;
    private lastReceived;
    private deadline;
    private closeError;
    /** Why the connection ended (undefined after a normal close): what later calls reject with. */
    private endError;
    private closeWaiters;
    private secretWaiters;
    private resolveOpened;
    private rejectOpened;
    constructor(options: EngineOptions);
    /** True from open-ok until a close starts. */
    get isOpen(): boolean;
    /** Sends the protocol header; the server answers with connection.start. */
    start(): void;
    /** Bytes from the transport. */
    receive(chunk: Uint8Array): void;
    /** The transport ended (socket closed or errored). */
    transportClosed(error?: Error): void;
    /** Milliseconds until `tick` must run (heartbeats, timeouts), or undefined when nothing waits. */
    nextTimeout(): number | undefined;
    /** Runs timers: sends a heartbeat when we have been silent, detects a silent peer and timeouts. */
    tick(): void;
    /** Closes the connection (connection.close, then close-ok); resolves when the server confirms. */
    close(replyCode?: number, replyText?: string): Promise<void>;
    /** connection.update-secret (e.g. a renewed OAuth 2 token); resolves at update-secret-ok. */
    updateSecret(newSecret: string | Uint8Array, reason: string): Promise<void>;
    /** Opens the lowest free channel number and resolves with it. */
    openChannel(): Promise<number>;
    /** Closes a channel (channel.close, then close-ok). */
    closeChannel(channel: number, replyCode?: number, replyText?: string): Promise<void>;
    /** Sends a synchronous method and resolves with its response (see ChannelCalls for the typed calls). */
    call<N extends CallName>(channel: number, method: MethodInput<N>): Promise<CallResult<N>>;
    /**
     * Sends an asynchronous method (basic.ack, basic.reject, …) or a call with its no-wait bit set on an
     * open channel; nothing waits for an answer. Anything else throws, writing nothing: a call without
     * no-wait would leave its response unpaired.
     */
    send(channel: number, method: SendInput): void;
    /**
     * basic.publish with its header and body frames (split at the negotiated frame-max). In confirm
     * mode (after confirm.select) returns the outcome of the publisher confirm, else undefined.
     */
    publish(channel: number, args: BasicPublishArgs, body: Uint8Array, properties?: BasicProperties): Promise<ConfirmOutcome> | undefined;
    /** Publishes awaiting confirms on `channel`. */
    unconfirmed(channel: number): number;
    private handleFrame;
    private onChannelMethod;
    private onConnectionMethod;
    /** Bad input from the server: close the connection with the error's reply code. */
    private failOnInput;
    /** connection.close sent: only close/close-ok count from now on; everything pending fails. */
    private startClose;
    private finish;
    private failChannels;
    /** Forgets a channel, failing what waits on it; `notify` emits channel-closed. */
    private dropChannel;
    private openChannelState;
    private notOpen;
    private writeMethod;
    private write;
    private emit;
}
