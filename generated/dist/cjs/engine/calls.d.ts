import { type BasicCancelArgs, type BasicConsumeArgs, type BasicGetArgs, type BasicQosArgs, type BasicRecoverArgs } from '../basic.js';
import { type ChannelCloseArgs, type ChannelFlowArgs } from '../channel.js';
import { type ConfirmSelectArgs } from '../confirm.js';
import { type ExchangeBindArgs, type ExchangeDeclareArgs, type ExchangeDeleteArgs, type ExchangeUnbindArgs } from '../exchange.js';
import { type Method, type MethodInput, type MethodName } from '../methods.js';
import { type QueueBindArgs, type QueueDeclareArgs, type QueueDeleteArgs, type QueuePurgeArgs, type QueueUnbindArgs } from '../queue.js';
import { type Content } from './content.js';
/** For each synchronous method a client sends on a channel: the methods that answer it (spec `<response>`). */
export interface CallResponses {
    /** channel.open (20.10) is answered by channel.open-ok. */
    'channel.open': 'channel.open-ok';
    /** channel.flow (20.20) is answered by channel.flow-ok. */
    'channel.flow': 'channel.flow-ok';
    /** channel.close (20.40) is answered by channel.close-ok. */
    'channel.close': 'channel.close-ok';
    /** exchange.declare (40.10) is answered by exchange.declare-ok. */
    'exchange.declare': 'exchange.declare-ok';
    /** exchange.delete (40.20) is answered by exchange.delete-ok. */
    'exchange.delete': 'exchange.delete-ok';
    /** exchange.bind (40.30) is answered by exchange.bind-ok. */
    'exchange.bind': 'exchange.bind-ok';
    /** exchange.unbind (40.40) is answered by exchange.unbind-ok. */
    'exchange.unbind': 'exchange.unbind-ok';
    /** queue.declare (50.10) is answered by queue.declare-ok. */
    'queue.declare': 'queue.declare-ok';
    /** queue.bind (50.20) is answered by queue.bind-ok. */
    'queue.bind': 'queue.bind-ok';
    /** queue.unbind (50.50) is answered by queue.unbind-ok. */
    'queue.unbind': 'queue.unbind-ok';
    /** queue.purge (50.30) is answered by queue.purge-ok. */
    'queue.purge': 'queue.purge-ok';
    /** queue.delete (50.40) is answered by queue.delete-ok. */
    'queue.delete': 'queue.delete-ok';
    /** basic.qos (60.10) is answered by basic.qos-ok. */
    'basic.qos': 'basic.qos-ok';
    /** basic.consume (60.20) is answered by basic.consume-ok. */
    'basic.consume': 'basic.consume-ok';
    /** basic.cancel (60.30) is answered by basic.cancel-ok. */
    'basic.cancel': 'basic.cancel-ok';
    /** basic.get (60.70) is answered by basic.get-ok or basic.get-empty. */
    'basic.get': 'basic.get-ok' | 'basic.get-empty';
    /** basic.recover (60.110) is answered by basic.recover-ok. */
    'basic.recover': 'basic.recover-ok';
    /** tx.select (90.10) is answered by tx.select-ok. */
    'tx.select': 'tx.select-ok';
    /** tx.commit (90.20) is answered by tx.commit-ok. */
    'tx.commit': 'tx.commit-ok';
    /** tx.rollback (90.30) is answered by tx.rollback-ok. */
    'tx.rollback': 'tx.rollback-ok';
    /** confirm.select (85.10) is answered by confirm.select-ok. */
    'confirm.select': 'confirm.select-ok';
}
/** A method `call()` accepts: synchronous, sent by the client, on a channel other than 0. */
export type CallName = keyof CallResponses;
/** The same table at run time: what the engine waits for after sending each call. */
export declare const CALL_RESPONSES: {
    readonly [N in CallName]: readonly CallResponses[N][];
};
/** Methods followed by a content header and body frames. */
export type ContentMethodName = 'basic.publish' | 'basic.return' | 'basic.deliver' | 'basic.get-ok';
/** A received content method (deliver, return, get-ok) with its header and whole body. */
export interface ContentReply<N extends ContentMethodName> {
    /** The method name; narrows a union of replies. */
    readonly name: N;
    /** The decoded method: ids and arguments. */
    readonly method: Method<N>;
    /** The content header (properties, body-size) and the body. */
    readonly content: Content;
}
/** A received method that carries no content. */
export interface MethodReply<N extends MethodName> {
    /** The method name; narrows a union of replies. */
    readonly name: N;
    /** The decoded method: ids and arguments. */
    readonly method: Method<N>;
    /** Always undefined: this method carries no content. */
    readonly content: undefined;
}
/** A received method, with its content (header and body) when it carries one. `name` (the method name) narrows the union, e.g. get-ok (with content) from get-empty. */
export type Reply<N extends MethodName = MethodName> = N extends MethodName ? N extends ContentMethodName ? ContentReply<N> : MethodReply<N> : never;
/** What a call resolves with: one of its responses (`basic.get` → get-ok with its message | get-empty). */
export type CallResult<N extends CallName> = Reply<CallResponses[N]>;
/** Methods the server sends on a channel without being asked (spec `<chassis>` and `<response>`). */
export type ChannelEventName = 'channel.flow' | 'channel.close' | 'basic.cancel' | 'basic.return' | 'basic.deliver' | 'basic.ack' | 'basic.nack';
/** A method the server sent on a channel unasked, as the engine's `channel` event carries it. */
export type ChannelEvent = Reply<ChannelEventName>;
/** The same list at run time: which incoming channel methods the engine emits as events. */
export declare const CHANNEL_EVENT_NAMES: readonly ChannelEventName[];
/** What `send()` takes: an asynchronous client method (basic.ack …), or a call with its no-wait bit set (then no response comes). */
export type SendInput = MethodInput<'basic.ack' | 'basic.reject' | 'basic.recover-async' | 'basic.nack'> | {
    /** The call, sent without waiting. */
    readonly name: 'exchange.declare';
    /** Its arguments, no-wait set. */
    readonly args: ExchangeDeclareArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'exchange.delete';
    /** Its arguments, no-wait set. */
    readonly args: ExchangeDeleteArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'exchange.bind';
    /** Its arguments, no-wait set. */
    readonly args: ExchangeBindArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'exchange.unbind';
    /** Its arguments, no-wait set. */
    readonly args: ExchangeUnbindArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'queue.declare';
    /** Its arguments, no-wait set. */
    readonly args: QueueDeclareArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'queue.bind';
    /** Its arguments, no-wait set. */
    readonly args: QueueBindArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'queue.purge';
    /** Its arguments, no-wait set. */
    readonly args: QueuePurgeArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'queue.delete';
    /** Its arguments, no-wait set. */
    readonly args: QueueDeleteArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'basic.consume';
    /** Its arguments, no-wait set. */
    readonly args: BasicConsumeArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'basic.cancel';
    /** Its arguments, no-wait set. */
    readonly args: BasicCancelArgs & {
        /** True: the server sends no response. */
        readonly noWait: true;
    };
} | {
    /** The call, sent without waiting. */
    readonly name: 'confirm.select';
    /** Its arguments, no-wait set. */
    readonly args: ConfirmSelectArgs & {
        /** True: the server sends no response. */
        readonly nowait: true;
    };
};
/** The same set at run time: each method `send()` takes, with the name of its no-wait bit (undefined for asynchronous methods). */
export declare const SEND_METHODS: {
    readonly [N in SendInput['name']]: string | undefined;
};
/** One typed call per synchronous client method, each resolving with the union of its responses. Subclasses send the method and wait (see ProtocolEngine). */
export declare abstract class ChannelCalls {
    /** Sends `method` on `channel` and resolves with its response. */
    abstract call<N extends CallName>(channel: number, method: MethodInput<N>): Promise<CallResult<N>>;
    /** channel.open → channel.open-ok: open a channel for use. */
    channelOpen(channel: number): Promise<CallResult<'channel.open'>>;
    /** channel.flow → channel.flow-ok: enable/disable flow from peer. */
    channelFlow(channel: number, args: ChannelFlowArgs): Promise<CallResult<'channel.flow'>>;
    /** channel.close → channel.close-ok: request a channel close. */
    channelClose(channel: number, args: ChannelCloseArgs): Promise<CallResult<'channel.close'>>;
    /** exchange.declare → exchange.declare-ok: verify exchange exists, create if needed. */
    exchangeDeclare(channel: number, args: ExchangeDeclareArgs): Promise<CallResult<'exchange.declare'>>;
    /** exchange.delete → exchange.delete-ok: delete an exchange. */
    exchangeDelete(channel: number, args: ExchangeDeleteArgs): Promise<CallResult<'exchange.delete'>>;
    /** exchange.bind → exchange.bind-ok: bind exchange to an exchange. */
    exchangeBind(channel: number, args: ExchangeBindArgs): Promise<CallResult<'exchange.bind'>>;
    /** exchange.unbind → exchange.unbind-ok: unbind an exchange from an exchange. */
    exchangeUnbind(channel: number, args: ExchangeUnbindArgs): Promise<CallResult<'exchange.unbind'>>;
    /** queue.declare → queue.declare-ok: declare queue, create if needed. */
    queueDeclare(channel: number, args: QueueDeclareArgs): Promise<CallResult<'queue.declare'>>;
    /** queue.bind → queue.bind-ok: bind queue to an exchange. */
    queueBind(channel: number, args: QueueBindArgs): Promise<CallResult<'queue.bind'>>;
    /** queue.unbind → queue.unbind-ok: unbind a queue from an exchange. */
    queueUnbind(channel: number, args: QueueUnbindArgs): Promise<CallResult<'queue.unbind'>>;
    /** queue.purge → queue.purge-ok: purge a queue. */
    queuePurge(channel: number, args: QueuePurgeArgs): Promise<CallResult<'queue.purge'>>;
    /** queue.delete → queue.delete-ok: delete a queue. */
    queueDelete(channel: number, args: QueueDeleteArgs): Promise<CallResult<'queue.delete'>>;
    /** basic.qos → basic.qos-ok: specify quality of service. */
    basicQos(channel: number, args: BasicQosArgs): Promise<CallResult<'basic.qos'>>;
    /** basic.consume → basic.consume-ok: start a queue consumer. */
    basicConsume(channel: number, args: BasicConsumeArgs): Promise<CallResult<'basic.consume'>>;
    /** basic.cancel → basic.cancel-ok: end a queue consumer. */
    basicCancel(channel: number, args: BasicCancelArgs): Promise<CallResult<'basic.cancel'>>;
    /** basic.get → basic.get-ok | basic.get-empty: direct access to a queue. */
    basicGet(channel: number, args: BasicGetArgs): Promise<CallResult<'basic.get'>>;
    /** basic.recover → basic.recover-ok: redeliver unacknowledged messages. */
    basicRecover(channel: number, args: BasicRecoverArgs): Promise<CallResult<'basic.recover'>>;
    /** tx.select → tx.select-ok: select standard transaction mode. */
    txSelect(channel: number): Promise<CallResult<'tx.select'>>;
    /** tx.commit → tx.commit-ok: commit the current transaction. */
    txCommit(channel: number): Promise<CallResult<'tx.commit'>>;
    /** tx.rollback → tx.rollback-ok: abandon the current transaction. */
    txRollback(channel: number): Promise<CallResult<'tx.rollback'>>;
    /** confirm.select → confirm.select-ok. */
    confirmSelect(channel: number, args: ConfirmSelectArgs): Promise<CallResult<'confirm.select'>>;
}
