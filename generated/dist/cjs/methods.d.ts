import { type BasicAckArgs, type BasicCancelArgs, type BasicCancelOkArgs, type BasicConsumeArgs, type BasicConsumeOkArgs, type BasicDeliverArgs, type BasicGetArgs, type BasicGetEmptyArgs, type BasicGetOkArgs, type BasicNackArgs, type BasicPublishArgs, type BasicQosArgs, type BasicQosOkArgs, type BasicRecoverArgs, type BasicRecoverAsyncArgs, type BasicRecoverOkArgs, type BasicRejectArgs, type BasicReturnArgs } from './basic.js';
import { type ChannelCloseArgs, type ChannelCloseOkArgs, type ChannelFlowArgs, type ChannelFlowOkArgs, type ChannelOpenArgs, type ChannelOpenOkArgs } from './channel.js';
import { type ConfirmSelectArgs, type ConfirmSelectOkArgs } from './confirm.js';
import { type ConnectionBlockedArgs, type ConnectionCloseArgs, type ConnectionCloseOkArgs, type ConnectionOpenArgs, type ConnectionOpenOkArgs, type ConnectionSecureArgs, type ConnectionSecureOkArgs, type ConnectionStartArgs, type ConnectionStartOkArgs, type ConnectionTuneArgs, type ConnectionTuneOkArgs, type ConnectionUnblockedArgs, type ConnectionUpdateSecretArgs, type ConnectionUpdateSecretOkArgs, type DecodedConnectionSecureArgs, type DecodedConnectionSecureOkArgs, type DecodedConnectionStartArgs, type DecodedConnectionStartOkArgs, type DecodedConnectionUpdateSecretArgs } from './connection.js';
import { type ExchangeBindArgs, type ExchangeBindOkArgs, type ExchangeDeclareArgs, type ExchangeDeclareOkArgs, type ExchangeDeleteArgs, type ExchangeDeleteOkArgs, type ExchangeUnbindArgs, type ExchangeUnbindOkArgs } from './exchange.js';
import { type QueueBindArgs, type QueueBindOkArgs, type QueueDeclareArgs, type QueueDeclareOkArgs, type QueueDeleteArgs, type QueueDeleteOkArgs, type QueuePurgeArgs, type QueuePurgeOkArgs, type QueueUnbindArgs, type QueueUnbindOkArgs } from './queue.js';
import { type TxCommitArgs, type TxCommitOkArgs, type TxRollbackArgs, type TxRollbackOkArgs, type TxSelectArgs, type TxSelectOkArgs } from './tx.js';
/** Arguments of every method, keyed by spec name (`connection.tune-ok`). */
export interface MethodArgs {
    'connection.start': ConnectionStartArgs;
    'connection.start-ok': ConnectionStartOkArgs;
    'connection.secure': ConnectionSecureArgs;
    'connection.secure-ok': ConnectionSecureOkArgs;
    'connection.tune': ConnectionTuneArgs;
    'connection.tune-ok': ConnectionTuneOkArgs;
    'connection.open': ConnectionOpenArgs;
    'connection.open-ok': ConnectionOpenOkArgs;
    'connection.close': ConnectionCloseArgs;
    'connection.close-ok': ConnectionCloseOkArgs;
    'connection.blocked': ConnectionBlockedArgs;
    'connection.unblocked': ConnectionUnblockedArgs;
    'connection.update-secret': ConnectionUpdateSecretArgs;
    'connection.update-secret-ok': ConnectionUpdateSecretOkArgs;
    'channel.open': ChannelOpenArgs;
    'channel.open-ok': ChannelOpenOkArgs;
    'channel.flow': ChannelFlowArgs;
    'channel.flow-ok': ChannelFlowOkArgs;
    'channel.close': ChannelCloseArgs;
    'channel.close-ok': ChannelCloseOkArgs;
    'exchange.declare': ExchangeDeclareArgs;
    'exchange.declare-ok': ExchangeDeclareOkArgs;
    'exchange.delete': ExchangeDeleteArgs;
    'exchange.delete-ok': ExchangeDeleteOkArgs;
    'exchange.bind': ExchangeBindArgs;
    'exchange.bind-ok': ExchangeBindOkArgs;
    'exchange.unbind': ExchangeUnbindArgs;
    'exchange.unbind-ok': ExchangeUnbindOkArgs;
    'queue.declare': QueueDeclareArgs;
    'queue.declare-ok': QueueDeclareOkArgs;
    'queue.bind': QueueBindArgs;
    'queue.bind-ok': QueueBindOkArgs;
    'queue.unbind': QueueUnbindArgs;
    'queue.unbind-ok': QueueUnbindOkArgs;
    'queue.purge': QueuePurgeArgs;
    'queue.purge-ok': QueuePurgeOkArgs;
    'queue.delete': QueueDeleteArgs;
    'queue.delete-ok': QueueDeleteOkArgs;
    'basic.qos': BasicQosArgs;
    'basic.qos-ok': BasicQosOkArgs;
    'basic.consume': BasicConsumeArgs;
    'basic.consume-ok': BasicConsumeOkArgs;
    'basic.cancel': BasicCancelArgs;
    'basic.cancel-ok': BasicCancelOkArgs;
    'basic.publish': BasicPublishArgs;
    'basic.return': BasicReturnArgs;
    'basic.deliver': BasicDeliverArgs;
    'basic.get': BasicGetArgs;
    'basic.get-ok': BasicGetOkArgs;
    'basic.get-empty': BasicGetEmptyArgs;
    'basic.ack': BasicAckArgs;
    'basic.reject': BasicRejectArgs;
    'basic.recover-async': BasicRecoverAsyncArgs;
    'basic.recover': BasicRecoverArgs;
    'basic.recover-ok': BasicRecoverOkArgs;
    'basic.nack': BasicNackArgs;
    'tx.select': TxSelectArgs;
    'tx.select-ok': TxSelectOkArgs;
    'tx.commit': TxCommitArgs;
    'tx.commit-ok': TxCommitOkArgs;
    'tx.rollback': TxRollbackArgs;
    'tx.rollback-ok': TxRollbackOkArgs;
    'confirm.select': ConfirmSelectArgs;
    'confirm.select-ok': ConfirmSelectOkArgs;
}
/** Arguments of every method as decoders return them (longstr values are always bytes). */
export interface DecodedMethodArgs {
    'connection.start': DecodedConnectionStartArgs;
    'connection.start-ok': DecodedConnectionStartOkArgs;
    'connection.secure': DecodedConnectionSecureArgs;
    'connection.secure-ok': DecodedConnectionSecureOkArgs;
    'connection.tune': ConnectionTuneArgs;
    'connection.tune-ok': ConnectionTuneOkArgs;
    'connection.open': ConnectionOpenArgs;
    'connection.open-ok': ConnectionOpenOkArgs;
    'connection.close': ConnectionCloseArgs;
    'connection.close-ok': ConnectionCloseOkArgs;
    'connection.blocked': ConnectionBlockedArgs;
    'connection.unblocked': ConnectionUnblockedArgs;
    'connection.update-secret': DecodedConnectionUpdateSecretArgs;
    'connection.update-secret-ok': ConnectionUpdateSecretOkArgs;
    'channel.open': ChannelOpenArgs;
    'channel.open-ok': ChannelOpenOkArgs;
    'channel.flow': ChannelFlowArgs;
    'channel.flow-ok': ChannelFlowOkArgs;
    'channel.close': ChannelCloseArgs;
    'channel.close-ok': ChannelCloseOkArgs;
    'exchange.declare': ExchangeDeclareArgs;
    'exchange.declare-ok': ExchangeDeclareOkArgs;
    'exchange.delete': ExchangeDeleteArgs;
    'exchange.delete-ok': ExchangeDeleteOkArgs;
    'exchange.bind': ExchangeBindArgs;
    'exchange.bind-ok': ExchangeBindOkArgs;
    'exchange.unbind': ExchangeUnbindArgs;
    'exchange.unbind-ok': ExchangeUnbindOkArgs;
    'queue.declare': QueueDeclareArgs;
    'queue.declare-ok': QueueDeclareOkArgs;
    'queue.bind': QueueBindArgs;
    'queue.bind-ok': QueueBindOkArgs;
    'queue.unbind': QueueUnbindArgs;
    'queue.unbind-ok': QueueUnbindOkArgs;
    'queue.purge': QueuePurgeArgs;
    'queue.purge-ok': QueuePurgeOkArgs;
    'queue.delete': QueueDeleteArgs;
    'queue.delete-ok': QueueDeleteOkArgs;
    'basic.qos': BasicQosArgs;
    'basic.qos-ok': BasicQosOkArgs;
    'basic.consume': BasicConsumeArgs;
    'basic.consume-ok': BasicConsumeOkArgs;
    'basic.cancel': BasicCancelArgs;
    'basic.cancel-ok': BasicCancelOkArgs;
    'basic.publish': BasicPublishArgs;
    'basic.return': BasicReturnArgs;
    'basic.deliver': BasicDeliverArgs;
    'basic.get': BasicGetArgs;
    'basic.get-ok': BasicGetOkArgs;
    'basic.get-empty': BasicGetEmptyArgs;
    'basic.ack': BasicAckArgs;
    'basic.reject': BasicRejectArgs;
    'basic.recover-async': BasicRecoverAsyncArgs;
    'basic.recover': BasicRecoverArgs;
    'basic.recover-ok': BasicRecoverOkArgs;
    'basic.nack': BasicNackArgs;
    'tx.select': TxSelectArgs;
    'tx.select-ok': TxSelectOkArgs;
    'tx.commit': TxCommitArgs;
    'tx.commit-ok': TxCommitOkArgs;
    'tx.rollback': TxRollbackArgs;
    'tx.rollback-ok': TxRollbackOkArgs;
    'confirm.select': ConfirmSelectArgs;
    'confirm.select-ok': ConfirmSelectOkArgs;
}
/** Spec name of a method: `class.method`. */
export type MethodName = keyof MethodArgs;
/** A decoded method; checking `name` narrows `args`. */
export type Method<N extends MethodName = MethodName> = N extends MethodName ? {
    readonly name: N;
    readonly classId: number;
    readonly methodId: number;
    readonly args: DecodedMethodArgs[N];
} : never;
/** A method to encode: its name and arguments (`args` may be left out when the method has none). */
export type MethodInput<N extends MethodName = MethodName> = N extends MethodName ? {} extends MethodArgs[N] ? {
    readonly name: N;
    readonly args?: MethodArgs[N];
} : {
    readonly name: N;
    readonly args: MethodArgs[N];
} : never;
export type Peer = 'client' | 'server';
/** What the spec says about a method. */
export interface MethodInfo<N extends MethodName = MethodName> {
    readonly name: N;
    readonly classId: number;
    readonly methodId: number;
    /** The sender waits for one of `responses`. */
    readonly synchronous: boolean;
    readonly responses: readonly MethodName[];
    /** Followed by a content header and body frames. */
    readonly content: boolean;
    /** Who may send it (from `<chassis>`). */
    readonly sentBy: readonly Peer[];
    /** Travels on channel 0 only (connection class). */
    readonly channelZeroOnly: boolean;
    readonly deprecated: boolean;
}
/** Metadata of every method, keyed by spec name. */
export declare const METHODS: {
    readonly [N in MethodName]: MethodInfo<N>;
};
/** Metadata by wire ids, or undefined for ids the spec does not define. */
export declare function methodInfo(classId: number, methodId: number): MethodInfo | undefined;
