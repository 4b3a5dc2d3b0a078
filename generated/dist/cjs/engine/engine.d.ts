/**
 * A sans-I/O AMQP 0-9-1 client connection: bytes in (`receive`), bytes out (`options.write`), time
 * from `options.now` and the caller's timers (`nextTimeout` / `tick`). No sockets, no Node APIs.
 *
 * Connection: protocol header → start → secure* → tune → open → open-ok → open → closing → closed.
 * Channel: opening → open → closing (frames other than close/close-ok dropped until close-ok).
 */
import { type BasicProperties, type BasicPublishArgs, type FieldTable, type MethodInput, type TuneValues } from '../index.js';
import { ChannelCalls, type CallName, type CallResult, type ChannelEvent } from './calls.js';
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
    /** Our wishes for tune; 0 (default) takes the server's value (see negotiateTune). */
    channelMax?: number;
    frameMax?: number;
    heartbeat?: number;
    /** Handshake deadline (default 10 s) and how long to wait for close-ok (default 5 s). */
    handshakeTimeoutMs?: number;
    closeTimeoutMs?: number;
}
export type EngineEvent = {
    readonly type: 'open';
    readonly tune: TuneValues;
    readonly serverProperties: FieldTable;
}
/** deliver, return, cancel, ack/nack (confirms), flow … on an open channel. */
 | {
    readonly type: 'channel';
    readonly channel: number;
    readonly event: ChannelEvent;
}
/** A channel is gone: closed by the server (error set) or by a close we sent (error undefined). */
 | {
    readonly type: 'channel-closed';
    readonly channel: number;
    readonly error: ClosedError | undefined;
} | {
    readonly type: 'blocked';
    readonly reason: string;
} | {
    readonly type: 'unblocked';
}
/** The connection is over; close the transport. `error` is undefined after a normal close. */
 | {
    readonly type: 'closed';
    readonly error: Error | undefined;
};
export declare class ProtocolEngine extends ChannelCalls {
    private readonly options;
    /** Resolves at connection.open-ok; rejects when the handshake fails. */
    readonly opened: Promise<void>;
    /** Negotiated values (valid once open). */
    tune: TuneValues;
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
    private closeWaiters;
    private secretWaiters;
    private resolveOpened;
    private rejectOpened;
    constructor(options: EngineOptions);
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
    /** Sends an asynchronous method (basic.ack, basic.reject, … or a call with no-wait) on an open channel. */
    send(channel: number, method: MethodInput): void;
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
