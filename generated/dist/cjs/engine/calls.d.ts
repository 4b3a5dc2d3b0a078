import { type BasicCancelArgs, type BasicConsumeArgs, type BasicGetArgs, type BasicQosArgs, type BasicRecoverArgs } from '../basic.js';
import { type ChannelCloseArgs, type ChannelFlowArgs } from '../channel.js';
import { type ConfirmSelectArgs } from '../confirm.js';
import { type ExchangeBindArgs, type ExchangeDeclareArgs, type ExchangeDeleteArgs, type ExchangeUnbindArgs } from '../exchange.js';
import { type Method, type MethodInput, type MethodName } from '../methods.js';
import { type QueueBindArgs, type QueueDeclareArgs, type QueueDeleteArgs, type QueuePurgeArgs, type QueueUnbindArgs } from '../queue.js';
import { type Content } from './content.js';
/** For each synchronous method a client sends on a channel: the methods that answer it (spec `<response>`). */
export interface CallResponses {
    'channel.open': 'channel.open-ok';
    'channel.flow': 'channel.flow-ok';
    'channel.close': 'channel.close-ok';
    'exchange.declare': 'exchange.declare-ok';
    'exchange.delete': 'exchange.delete-ok';
    'exchange.bind': 'exchange.bind-ok';
    'exchange.unbind': 'exchange.unbind-ok';
    'queue.declare': 'queue.declare-ok';
    'queue.bind': 'queue.bind-ok';
    'queue.unbind': 'queue.unbind-ok';
    'queue.purge': 'queue.purge-ok';
    'queue.delete': 'queue.delete-ok';
    'basic.qos': 'basic.qos-ok';
    'basic.consume': 'basic.consume-ok';
    'basic.cancel': 'basic.cancel-ok';
    'basic.get': 'basic.get-ok' | 'basic.get-empty';
    'basic.recover': 'basic.recover-ok';
    'tx.select': 'tx.select-ok';
    'tx.commit': 'tx.commit-ok';
    'tx.rollback': 'tx.rollback-ok';
    'confirm.select': 'confirm.select-ok';
}
export type CallName = keyof CallResponses;
/** The same table at run time: what the engine waits for after sending each call. */
export declare const CALL_RESPONSES: {
    readonly [N in CallName]: readonly CallResponses[N][];
};
/** Methods followed by a content header and body frames. */
export type ContentMethodName = 'basic.publish' | 'basic.return' | 'basic.deliver' | 'basic.get-ok';
/** A received method, with its content (header and body) when it carries one. `name` (the method name) narrows the union, e.g. get-ok (with content) from get-empty. */
export type Reply<N extends MethodName = MethodName> = N extends MethodName ? N extends ContentMethodName ? {
    readonly name: N;
    readonly method: Method<N>;
    readonly content: Content;
} : {
    readonly name: N;
    readonly method: Method<N>;
    readonly content: undefined;
} : never;
/** What a call resolves with: one of its responses (`basic.get` → get-ok with its message | get-empty). */
export type CallResult<N extends CallName> = Reply<CallResponses[N]>;
/** Methods the server sends on a channel without being asked (spec `<chassis>` and `<response>`). */
export type ChannelEventName = 'channel.flow' | 'channel.close' | 'basic.cancel' | 'basic.return' | 'basic.deliver' | 'basic.ack' | 'basic.nack';
export type ChannelEvent = Reply<ChannelEventName>;
export declare const CHANNEL_EVENT_NAMES: readonly ChannelEventName[];
/** One typed call per synchronous client method, each resolving with the union of its responses. Subclasses send the method and wait (see ProtocolEngine). */
export declare abstract class ChannelCalls {
    /** Sends `method` on `channel` and resolves with its response. */
    abstract call<N extends CallName>(channel: number, method: MethodInput<N>): Promise<CallResult<N>>;
    /** channel.open → channel.open-ok. */
    channelOpen(channel: number): Promise<CallResult<'channel.open'>>;
    /** channel.flow → channel.flow-ok. */
    channelFlow(channel: number, args: ChannelFlowArgs): Promise<CallResult<'channel.flow'>>;
    /** channel.close → channel.close-ok. */
    channelClose(channel: number, args: ChannelCloseArgs): Promise<CallResult<'channel.close'>>;
    /** exchange.declare → exchange.declare-ok. */
    exchangeDeclare(channel: number, args: ExchangeDeclareArgs): Promise<CallResult<'exchange.declare'>>;
    /** exchange.delete → exchange.delete-ok. */
    exchangeDelete(channel: number, args: ExchangeDeleteArgs): Promise<CallResult<'exchange.delete'>>;
    /** exchange.bind → exchange.bind-ok. */
    exchangeBind(channel: number, args: ExchangeBindArgs): Promise<CallResult<'exchange.bind'>>;
    /** exchange.unbind → exchange.unbind-ok. */
    exchangeUnbind(channel: number, args: ExchangeUnbindArgs): Promise<CallResult<'exchange.unbind'>>;
    /** queue.declare → queue.declare-ok. */
    queueDeclare(channel: number, args: QueueDeclareArgs): Promise<CallResult<'queue.declare'>>;
    /** queue.bind → queue.bind-ok. */
    queueBind(channel: number, args: QueueBindArgs): Promise<CallResult<'queue.bind'>>;
    /** queue.unbind → queue.unbind-ok. */
    queueUnbind(channel: number, args: QueueUnbindArgs): Promise<CallResult<'queue.unbind'>>;
    /** queue.purge → queue.purge-ok. */
    queuePurge(channel: number, args: QueuePurgeArgs): Promise<CallResult<'queue.purge'>>;
    /** queue.delete → queue.delete-ok. */
    queueDelete(channel: number, args: QueueDeleteArgs): Promise<CallResult<'queue.delete'>>;
    /** basic.qos → basic.qos-ok. */
    basicQos(channel: number, args: BasicQosArgs): Promise<CallResult<'basic.qos'>>;
    /** basic.consume → basic.consume-ok. */
    basicConsume(channel: number, args: BasicConsumeArgs): Promise<CallResult<'basic.consume'>>;
    /** basic.cancel → basic.cancel-ok. */
    basicCancel(channel: number, args: BasicCancelArgs): Promise<CallResult<'basic.cancel'>>;
    /** basic.get → basic.get-ok | basic.get-empty. */
    basicGet(channel: number, args: BasicGetArgs): Promise<CallResult<'basic.get'>>;
    /** basic.recover → basic.recover-ok. */
    basicRecover(channel: number, args: BasicRecoverArgs): Promise<CallResult<'basic.recover'>>;
    /** tx.select → tx.select-ok. */
    txSelect(channel: number): Promise<CallResult<'tx.select'>>;
    /** tx.commit → tx.commit-ok. */
    txCommit(channel: number): Promise<CallResult<'tx.commit'>>;
    /** tx.rollback → tx.rollback-ok. */
    txRollback(channel: number): Promise<CallResult<'tx.rollback'>>;
    /** confirm.select → confirm.select-ok. */
    confirmSelect(channel: number, args: ConfirmSelectArgs): Promise<CallResult<'confirm.select'>>;
}
