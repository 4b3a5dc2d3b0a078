import { type BasicAckArgs, type BasicCancelArgs, type BasicCancelOkArgs, type BasicConsumeArgs, type BasicConsumeOkArgs, type BasicDeliverArgs, type BasicGetArgs, type BasicGetEmptyArgs, type BasicGetOkArgs, type BasicNackArgs, type BasicPublishArgs, type BasicQosArgs, type BasicQosOkArgs, type BasicRecoverArgs, type BasicRecoverAsyncArgs, type BasicRecoverOkArgs, type BasicRejectArgs, type BasicReturnArgs } from './basic.js';
import { type ChannelCloseArgs, type ChannelCloseOkArgs, type ChannelFlowArgs, type ChannelFlowOkArgs, type ChannelOpenArgs, type ChannelOpenOkArgs } from './channel.js';
import { type ConfirmSelectArgs, type ConfirmSelectOkArgs } from './confirm.js';
import { type ConnectionBlockedArgs, type ConnectionCloseArgs, type ConnectionCloseOkArgs, type ConnectionOpenArgs, type ConnectionOpenOkArgs, type ConnectionSecureArgs, type ConnectionSecureOkArgs, type ConnectionStartArgs, type ConnectionStartOkArgs, type ConnectionTuneArgs, type ConnectionTuneOkArgs, type ConnectionUnblockedArgs, type ConnectionUpdateSecretArgs, type ConnectionUpdateSecretOkArgs, type DecodedConnectionSecureArgs, type DecodedConnectionSecureOkArgs, type DecodedConnectionStartArgs, type DecodedConnectionStartOkArgs, type DecodedConnectionUpdateSecretArgs } from './connection.js';
import { type ExchangeBindArgs, type ExchangeBindOkArgs, type ExchangeDeclareArgs, type ExchangeDeclareOkArgs, type ExchangeDeleteArgs, type ExchangeDeleteOkArgs, type ExchangeUnbindArgs, type ExchangeUnbindOkArgs } from './exchange.js';
import { type QueueBindArgs, type QueueBindOkArgs, type QueueDeclareArgs, type QueueDeclareOkArgs, type QueueDeleteArgs, type QueueDeleteOkArgs, type QueuePurgeArgs, type QueuePurgeOkArgs, type QueueUnbindArgs, type QueueUnbindOkArgs } from './queue.js';
import { type TxCommitArgs, type TxCommitOkArgs, type TxRollbackArgs, type TxRollbackOkArgs, type TxSelectArgs, type TxSelectOkArgs } from './tx.js';
/** Arguments of every method, keyed by spec name (`connection.tune-ok`). */
export interface MethodArgs {
    /** connection.start (10.10) */
    'connection.start': ConnectionStartArgs;
    /** connection.start-ok (10.11) */
    'connection.start-ok': ConnectionStartOkArgs;
    /** connection.secure (10.20) */
    'connection.secure': ConnectionSecureArgs;
    /** connection.secure-ok (10.21) */
    'connection.secure-ok': ConnectionSecureOkArgs;
    /** connection.tune (10.30) */
    'connection.tune': ConnectionTuneArgs;
    /** connection.tune-ok (10.31) */
    'connection.tune-ok': ConnectionTuneOkArgs;
    /** connection.open (10.40) */
    'connection.open': ConnectionOpenArgs;
    /** connection.open-ok (10.41) */
    'connection.open-ok': ConnectionOpenOkArgs;
    /** connection.close (10.50) */
    'connection.close': ConnectionCloseArgs;
    /** connection.close-ok (10.51) */
    'connection.close-ok': ConnectionCloseOkArgs;
    /** connection.blocked (10.60) */
    'connection.blocked': ConnectionBlockedArgs;
    /** connection.unblocked (10.61) */
    'connection.unblocked': ConnectionUnblockedArgs;
    /** connection.update-secret (10.70) */
    'connection.update-secret': ConnectionUpdateSecretArgs;
    /** connection.update-secret-ok (10.71) */
    'connection.update-secret-ok': ConnectionUpdateSecretOkArgs;
    /** channel.open (20.10) */
    'channel.open': ChannelOpenArgs;
    /** channel.open-ok (20.11) */
    'channel.open-ok': ChannelOpenOkArgs;
    /** channel.flow (20.20) */
    'channel.flow': ChannelFlowArgs;
    /** channel.flow-ok (20.21) */
    'channel.flow-ok': ChannelFlowOkArgs;
    /** channel.close (20.40) */
    'channel.close': ChannelCloseArgs;
    /** channel.close-ok (20.41) */
    'channel.close-ok': ChannelCloseOkArgs;
    /** exchange.declare (40.10) */
    'exchange.declare': ExchangeDeclareArgs;
    /** exchange.declare-ok (40.11) */
    'exchange.declare-ok': ExchangeDeclareOkArgs;
    /** exchange.delete (40.20) */
    'exchange.delete': ExchangeDeleteArgs;
    /** exchange.delete-ok (40.21) */
    'exchange.delete-ok': ExchangeDeleteOkArgs;
    /** exchange.bind (40.30) */
    'exchange.bind': ExchangeBindArgs;
    /** exchange.bind-ok (40.31) */
    'exchange.bind-ok': ExchangeBindOkArgs;
    /** exchange.unbind (40.40) */
    'exchange.unbind': ExchangeUnbindArgs;
    /** exchange.unbind-ok (40.51) */
    'exchange.unbind-ok': ExchangeUnbindOkArgs;
    /** queue.declare (50.10) */
    'queue.declare': QueueDeclareArgs;
    /** queue.declare-ok (50.11) */
    'queue.declare-ok': QueueDeclareOkArgs;
    /** queue.bind (50.20) */
    'queue.bind': QueueBindArgs;
    /** queue.bind-ok (50.21) */
    'queue.bind-ok': QueueBindOkArgs;
    /** queue.unbind (50.50) */
    'queue.unbind': QueueUnbindArgs;
    /** queue.unbind-ok (50.51) */
    'queue.unbind-ok': QueueUnbindOkArgs;
    /** queue.purge (50.30) */
    'queue.purge': QueuePurgeArgs;
    /** queue.purge-ok (50.31) */
    'queue.purge-ok': QueuePurgeOkArgs;
    /** queue.delete (50.40) */
    'queue.delete': QueueDeleteArgs;
    /** queue.delete-ok (50.41) */
    'queue.delete-ok': QueueDeleteOkArgs;
    /** basic.qos (60.10) */
    'basic.qos': BasicQosArgs;
    /** basic.qos-ok (60.11) */
    'basic.qos-ok': BasicQosOkArgs;
    /** basic.consume (60.20) */
    'basic.consume': BasicConsumeArgs;
    /** basic.consume-ok (60.21) */
    'basic.consume-ok': BasicConsumeOkArgs;
    /** basic.cancel (60.30) */
    'basic.cancel': BasicCancelArgs;
    /** basic.cancel-ok (60.31) */
    'basic.cancel-ok': BasicCancelOkArgs;
    /** basic.publish (60.40) */
    'basic.publish': BasicPublishArgs;
    /** basic.return (60.50) */
    'basic.return': BasicReturnArgs;
    /** basic.deliver (60.60) */
    'basic.deliver': BasicDeliverArgs;
    /** basic.get (60.70) */
    'basic.get': BasicGetArgs;
    /** basic.get-ok (60.71) */
    'basic.get-ok': BasicGetOkArgs;
    /** basic.get-empty (60.72) */
    'basic.get-empty': BasicGetEmptyArgs;
    /** basic.ack (60.80) */
    'basic.ack': BasicAckArgs;
    /** basic.reject (60.90) */
    'basic.reject': BasicRejectArgs;
    /**
     * basic.recover-async (60.100)
     *
     * @deprecated The spec marks this method deprecated.
     */
    'basic.recover-async': BasicRecoverAsyncArgs;
    /** basic.recover (60.110) */
    'basic.recover': BasicRecoverArgs;
    /** basic.recover-ok (60.111) */
    'basic.recover-ok': BasicRecoverOkArgs;
    /** basic.nack (60.120) */
    'basic.nack': BasicNackArgs;
    /** tx.select (90.10) */
    'tx.select': TxSelectArgs;
    /** tx.select-ok (90.11) */
    'tx.select-ok': TxSelectOkArgs;
    /** tx.commit (90.20) */
    'tx.commit': TxCommitArgs;
    /** tx.commit-ok (90.21) */
    'tx.commit-ok': TxCommitOkArgs;
    /** tx.rollback (90.30) */
    'tx.rollback': TxRollbackArgs;
    /** tx.rollback-ok (90.31) */
    'tx.rollback-ok': TxRollbackOkArgs;
    /** confirm.select (85.10) */
    'confirm.select': ConfirmSelectArgs;
    /** confirm.select-ok (85.11) */
    'confirm.select-ok': ConfirmSelectOkArgs;
}
/** Arguments of every method as decoders return them (longstr values are always bytes). */
export interface DecodedMethodArgs {
    /** connection.start (10.10) */
    'connection.start': DecodedConnectionStartArgs;
    /** connection.start-ok (10.11) */
    'connection.start-ok': DecodedConnectionStartOkArgs;
    /** connection.secure (10.20) */
    'connection.secure': DecodedConnectionSecureArgs;
    /** connection.secure-ok (10.21) */
    'connection.secure-ok': DecodedConnectionSecureOkArgs;
    /** connection.tune (10.30) */
    'connection.tune': ConnectionTuneArgs;
    /** connection.tune-ok (10.31) */
    'connection.tune-ok': ConnectionTuneOkArgs;
    /** connection.open (10.40) */
    'connection.open': ConnectionOpenArgs;
    /** connection.open-ok (10.41) */
    'connection.open-ok': ConnectionOpenOkArgs;
    /** connection.close (10.50) */
    'connection.close': ConnectionCloseArgs;
    /** connection.close-ok (10.51) */
    'connection.close-ok': ConnectionCloseOkArgs;
    /** connection.blocked (10.60) */
    'connection.blocked': ConnectionBlockedArgs;
    /** connection.unblocked (10.61) */
    'connection.unblocked': ConnectionUnblockedArgs;
    /** connection.update-secret (10.70) */
    'connection.update-secret': DecodedConnectionUpdateSecretArgs;
    /** connection.update-secret-ok (10.71) */
    'connection.update-secret-ok': ConnectionUpdateSecretOkArgs;
    /** channel.open (20.10) */
    'channel.open': ChannelOpenArgs;
    /** channel.open-ok (20.11) */
    'channel.open-ok': ChannelOpenOkArgs;
    /** channel.flow (20.20) */
    'channel.flow': ChannelFlowArgs;
    /** channel.flow-ok (20.21) */
    'channel.flow-ok': ChannelFlowOkArgs;
    /** channel.close (20.40) */
    'channel.close': ChannelCloseArgs;
    /** channel.close-ok (20.41) */
    'channel.close-ok': ChannelCloseOkArgs;
    /** exchange.declare (40.10) */
    'exchange.declare': ExchangeDeclareArgs;
    /** exchange.declare-ok (40.11) */
    'exchange.declare-ok': ExchangeDeclareOkArgs;
    /** exchange.delete (40.20) */
    'exchange.delete': ExchangeDeleteArgs;
    /** exchange.delete-ok (40.21) */
    'exchange.delete-ok': ExchangeDeleteOkArgs;
    /** exchange.bind (40.30) */
    'exchange.bind': ExchangeBindArgs;
    /** exchange.bind-ok (40.31) */
    'exchange.bind-ok': ExchangeBindOkArgs;
    /** exchange.unbind (40.40) */
    'exchange.unbind': ExchangeUnbindArgs;
    /** exchange.unbind-ok (40.51) */
    'exchange.unbind-ok': ExchangeUnbindOkArgs;
    /** queue.declare (50.10) */
    'queue.declare': QueueDeclareArgs;
    /** queue.declare-ok (50.11) */
    'queue.declare-ok': QueueDeclareOkArgs;
    /** queue.bind (50.20) */
    'queue.bind': QueueBindArgs;
    /** queue.bind-ok (50.21) */
    'queue.bind-ok': QueueBindOkArgs;
    /** queue.unbind (50.50) */
    'queue.unbind': QueueUnbindArgs;
    /** queue.unbind-ok (50.51) */
    'queue.unbind-ok': QueueUnbindOkArgs;
    /** queue.purge (50.30) */
    'queue.purge': QueuePurgeArgs;
    /** queue.purge-ok (50.31) */
    'queue.purge-ok': QueuePurgeOkArgs;
    /** queue.delete (50.40) */
    'queue.delete': QueueDeleteArgs;
    /** queue.delete-ok (50.41) */
    'queue.delete-ok': QueueDeleteOkArgs;
    /** basic.qos (60.10) */
    'basic.qos': BasicQosArgs;
    /** basic.qos-ok (60.11) */
    'basic.qos-ok': BasicQosOkArgs;
    /** basic.consume (60.20) */
    'basic.consume': BasicConsumeArgs;
    /** basic.consume-ok (60.21) */
    'basic.consume-ok': BasicConsumeOkArgs;
    /** basic.cancel (60.30) */
    'basic.cancel': BasicCancelArgs;
    /** basic.cancel-ok (60.31) */
    'basic.cancel-ok': BasicCancelOkArgs;
    /** basic.publish (60.40) */
    'basic.publish': BasicPublishArgs;
    /** basic.return (60.50) */
    'basic.return': BasicReturnArgs;
    /** basic.deliver (60.60) */
    'basic.deliver': BasicDeliverArgs;
    /** basic.get (60.70) */
    'basic.get': BasicGetArgs;
    /** basic.get-ok (60.71) */
    'basic.get-ok': BasicGetOkArgs;
    /** basic.get-empty (60.72) */
    'basic.get-empty': BasicGetEmptyArgs;
    /** basic.ack (60.80) */
    'basic.ack': BasicAckArgs;
    /** basic.reject (60.90) */
    'basic.reject': BasicRejectArgs;
    /**
     * basic.recover-async (60.100)
     *
     * @deprecated The spec marks this method deprecated.
     */
    'basic.recover-async': BasicRecoverAsyncArgs;
    /** basic.recover (60.110) */
    'basic.recover': BasicRecoverArgs;
    /** basic.recover-ok (60.111) */
    'basic.recover-ok': BasicRecoverOkArgs;
    /** basic.nack (60.120) */
    'basic.nack': BasicNackArgs;
    /** tx.select (90.10) */
    'tx.select': TxSelectArgs;
    /** tx.select-ok (90.11) */
    'tx.select-ok': TxSelectOkArgs;
    /** tx.commit (90.20) */
    'tx.commit': TxCommitArgs;
    /** tx.commit-ok (90.21) */
    'tx.commit-ok': TxCommitOkArgs;
    /** tx.rollback (90.30) */
    'tx.rollback': TxRollbackArgs;
    /** tx.rollback-ok (90.31) */
    'tx.rollback-ok': TxRollbackOkArgs;
    /** confirm.select (85.10) */
    'confirm.select': ConfirmSelectArgs;
    /** confirm.select-ok (85.11) */
    'confirm.select-ok': ConfirmSelectOkArgs;
}
/** Spec name of a method: `class.method`. */
export type MethodName = keyof MethodArgs;
/** A decoded method; checking `name` narrows `args`. */
export type Method<N extends MethodName = MethodName> = N extends MethodName ? {
    /** Spec name, `class.method`. */
    readonly name: N;
    /** Class id on the wire. */
    readonly classId: number;
    /** Method id on the wire. */
    readonly methodId: number;
    /** Decoded arguments (reserved fields left out). */
    readonly args: DecodedMethodArgs[N];
} : never;
/** A method to encode: its name and arguments (`args` may be left out when the method has none). */
export type MethodInput<N extends MethodName = MethodName> = N extends MethodName ? {} extends MethodArgs[N] ? {
    /** Spec name, `class.method`. */
    readonly name: N;
    /** Arguments; the method has none to give. */
    readonly args?: MethodArgs[N];
} : {
    /** Spec name, `class.method`. */
    readonly name: N;
    /** Arguments (reserved fields left out). */
    readonly args: MethodArgs[N];
} : never;
/** A side of the connection, as the spec's `<chassis>` names it. */
export type Peer = 'client' | 'server';
/** The primitive AMQP types a field is written as. */
export type WireType = 'bit' | 'octet' | 'short' | 'long' | 'longlong' | 'shortstr' | 'longstr' | 'timestamp' | 'table';
/** What the spec says about one method argument or content property, in wire order. */
export interface FieldInfo {
    /** As in the spec: `routing-key`. */
    readonly specName: string;
    /** The key in args and property objects: `routingKey`. */
    readonly name: string;
    /** How it is written on the wire. */
    readonly type: WireType;
    /** The spec domain (its type when it names none). */
    readonly domain: string;
    /** Written as zero, skipped on read, not part of the args types. */
    readonly reserved: boolean;
}
/** What the spec says about a method. */
export interface MethodInfo<N extends MethodName = MethodName, C extends number = number, M extends number = number, R extends readonly MethodName[] = readonly MethodName[], Content extends boolean = boolean> {
    /** Spec name, `class.method`. */
    readonly name: N;
    /** Class id on the wire. */
    readonly classId: C;
    /** Method id on the wire (within its class). */
    readonly methodId: M;
    /** The sender waits for one of `responses`. */
    readonly synchronous: boolean;
    /** Methods that answer it (from `<response>`; basic.get has two); empty for asynchronous methods. */
    readonly responses: R;
    /** Followed by a content header and body frames. */
    readonly content: Content;
    /** Who may send it (from `<chassis>`). */
    readonly sentBy: readonly Peer[];
    /** Travels on channel 0 only (connection class). */
    readonly channelZeroOnly: boolean;
    /** The spec marks the method deprecated. */
    readonly deprecated: boolean;
    /** Arguments in wire order. */
    readonly fields: readonly FieldInfo[];
}
/** The type of `METHODS`: ids, responses and the content flag of each method as literal types. */
export interface MethodTable {
    /** connection.start (10.10) */
    readonly 'connection.start': MethodInfo<'connection.start', 10, 10, readonly ['connection.start-ok'], false>;
    /** connection.start-ok (10.11) */
    readonly 'connection.start-ok': MethodInfo<'connection.start-ok', 10, 11, readonly [], false>;
    /** connection.secure (10.20) */
    readonly 'connection.secure': MethodInfo<'connection.secure', 10, 20, readonly ['connection.secure-ok'], false>;
    /** connection.secure-ok (10.21) */
    readonly 'connection.secure-ok': MethodInfo<'connection.secure-ok', 10, 21, readonly [], false>;
    /** connection.tune (10.30) */
    readonly 'connection.tune': MethodInfo<'connection.tune', 10, 30, readonly ['connection.tune-ok'], false>;
    /** connection.tune-ok (10.31) */
    readonly 'connection.tune-ok': MethodInfo<'connection.tune-ok', 10, 31, readonly [], false>;
    /** connection.open (10.40) */
    readonly 'connection.open': MethodInfo<'connection.open', 10, 40, readonly ['connection.open-ok'], false>;
    /** connection.open-ok (10.41) */
    readonly 'connection.open-ok': MethodInfo<'connection.open-ok', 10, 41, readonly [], false>;
    /** connection.close (10.50) */
    readonly 'connection.close': MethodInfo<'connection.close', 10, 50, readonly ['connection.close-ok'], false>;
    /** connection.close-ok (10.51) */
    readonly 'connection.close-ok': MethodInfo<'connection.close-ok', 10, 51, readonly [], false>;
    /** connection.blocked (10.60) */
    readonly 'connection.blocked': MethodInfo<'connection.blocked', 10, 60, readonly [], false>;
    /** connection.unblocked (10.61) */
    readonly 'connection.unblocked': MethodInfo<'connection.unblocked', 10, 61, readonly [], false>;
    /** connection.update-secret (10.70) */
    readonly 'connection.update-secret': MethodInfo<'connection.update-secret', 10, 70, readonly ['connection.update-secret-ok'], false>;
    /** connection.update-secret-ok (10.71) */
    readonly 'connection.update-secret-ok': MethodInfo<'connection.update-secret-ok', 10, 71, readonly [], false>;
    /** channel.open (20.10) */
    readonly 'channel.open': MethodInfo<'channel.open', 20, 10, readonly ['channel.open-ok'], false>;
    /** channel.open-ok (20.11) */
    readonly 'channel.open-ok': MethodInfo<'channel.open-ok', 20, 11, readonly [], false>;
    /** channel.flow (20.20) */
    readonly 'channel.flow': MethodInfo<'channel.flow', 20, 20, readonly ['channel.flow-ok'], false>;
    /** channel.flow-ok (20.21) */
    readonly 'channel.flow-ok': MethodInfo<'channel.flow-ok', 20, 21, readonly [], false>;
    /** channel.close (20.40) */
    readonly 'channel.close': MethodInfo<'channel.close', 20, 40, readonly ['channel.close-ok'], false>;
    /** channel.close-ok (20.41) */
    readonly 'channel.close-ok': MethodInfo<'channel.close-ok', 20, 41, readonly [], false>;
    /** exchange.declare (40.10) */
    readonly 'exchange.declare': MethodInfo<'exchange.declare', 40, 10, readonly ['exchange.declare-ok'], false>;
    /** exchange.declare-ok (40.11) */
    readonly 'exchange.declare-ok': MethodInfo<'exchange.declare-ok', 40, 11, readonly [], false>;
    /** exchange.delete (40.20) */
    readonly 'exchange.delete': MethodInfo<'exchange.delete', 40, 20, readonly ['exchange.delete-ok'], false>;
    /** exchange.delete-ok (40.21) */
    readonly 'exchange.delete-ok': MethodInfo<'exchange.delete-ok', 40, 21, readonly [], false>;
    /** exchange.bind (40.30) */
    readonly 'exchange.bind': MethodInfo<'exchange.bind', 40, 30, readonly ['exchange.bind-ok'], false>;
    /** exchange.bind-ok (40.31) */
    readonly 'exchange.bind-ok': MethodInfo<'exchange.bind-ok', 40, 31, readonly [], false>;
    /** exchange.unbind (40.40) */
    readonly 'exchange.unbind': MethodInfo<'exchange.unbind', 40, 40, readonly ['exchange.unbind-ok'], false>;
    /** exchange.unbind-ok (40.51) */
    readonly 'exchange.unbind-ok': MethodInfo<'exchange.unbind-ok', 40, 51, readonly [], false>;
    /** queue.declare (50.10) */
    readonly 'queue.declare': MethodInfo<'queue.declare', 50, 10, readonly ['queue.declare-ok'], false>;
    /** queue.declare-ok (50.11) */
    readonly 'queue.declare-ok': MethodInfo<'queue.declare-ok', 50, 11, readonly [], false>;
    /** queue.bind (50.20) */
    readonly 'queue.bind': MethodInfo<'queue.bind', 50, 20, readonly ['queue.bind-ok'], false>;
    /** queue.bind-ok (50.21) */
    readonly 'queue.bind-ok': MethodInfo<'queue.bind-ok', 50, 21, readonly [], false>;
    /** queue.unbind (50.50) */
    readonly 'queue.unbind': MethodInfo<'queue.unbind', 50, 50, readonly ['queue.unbind-ok'], false>;
    /** queue.unbind-ok (50.51) */
    readonly 'queue.unbind-ok': MethodInfo<'queue.unbind-ok', 50, 51, readonly [], false>;
    /** queue.purge (50.30) */
    readonly 'queue.purge': MethodInfo<'queue.purge', 50, 30, readonly ['queue.purge-ok'], false>;
    /** queue.purge-ok (50.31) */
    readonly 'queue.purge-ok': MethodInfo<'queue.purge-ok', 50, 31, readonly [], false>;
    /** queue.delete (50.40) */
    readonly 'queue.delete': MethodInfo<'queue.delete', 50, 40, readonly ['queue.delete-ok'], false>;
    /** queue.delete-ok (50.41) */
    readonly 'queue.delete-ok': MethodInfo<'queue.delete-ok', 50, 41, readonly [], false>;
    /** basic.qos (60.10) */
    readonly 'basic.qos': MethodInfo<'basic.qos', 60, 10, readonly ['basic.qos-ok'], false>;
    /** basic.qos-ok (60.11) */
    readonly 'basic.qos-ok': MethodInfo<'basic.qos-ok', 60, 11, readonly [], false>;
    /** basic.consume (60.20) */
    readonly 'basic.consume': MethodInfo<'basic.consume', 60, 20, readonly ['basic.consume-ok'], false>;
    /** basic.consume-ok (60.21) */
    readonly 'basic.consume-ok': MethodInfo<'basic.consume-ok', 60, 21, readonly [], false>;
    /** basic.cancel (60.30) */
    readonly 'basic.cancel': MethodInfo<'basic.cancel', 60, 30, readonly ['basic.cancel-ok'], false>;
    /** basic.cancel-ok (60.31) */
    readonly 'basic.cancel-ok': MethodInfo<'basic.cancel-ok', 60, 31, readonly [], false>;
    /** basic.publish (60.40) */
    readonly 'basic.publish': MethodInfo<'basic.publish', 60, 40, readonly [], true>;
    /** basic.return (60.50) */
    readonly 'basic.return': MethodInfo<'basic.return', 60, 50, readonly [], true>;
    /** basic.deliver (60.60) */
    readonly 'basic.deliver': MethodInfo<'basic.deliver', 60, 60, readonly [], true>;
    /** basic.get (60.70) */
    readonly 'basic.get': MethodInfo<'basic.get', 60, 70, readonly ['basic.get-ok', 'basic.get-empty'], false>;
    /** basic.get-ok (60.71) */
    readonly 'basic.get-ok': MethodInfo<'basic.get-ok', 60, 71, readonly [], true>;
    /** basic.get-empty (60.72) */
    readonly 'basic.get-empty': MethodInfo<'basic.get-empty', 60, 72, readonly [], false>;
    /** basic.ack (60.80) */
    readonly 'basic.ack': MethodInfo<'basic.ack', 60, 80, readonly [], false>;
    /** basic.reject (60.90) */
    readonly 'basic.reject': MethodInfo<'basic.reject', 60, 90, readonly [], false>;
    /**
     * basic.recover-async (60.100)
     *
     * @deprecated The spec marks this method deprecated.
     */
    readonly 'basic.recover-async': MethodInfo<'basic.recover-async', 60, 100, readonly [], false>;
    /** basic.recover (60.110) */
    readonly 'basic.recover': MethodInfo<'basic.recover', 60, 110, readonly ['basic.recover-ok'], false>;
    /** basic.recover-ok (60.111) */
    readonly 'basic.recover-ok': MethodInfo<'basic.recover-ok', 60, 111, readonly [], false>;
    /** basic.nack (60.120) */
    readonly 'basic.nack': MethodInfo<'basic.nack', 60, 120, readonly [], false>;
    /** tx.select (90.10) */
    readonly 'tx.select': MethodInfo<'tx.select', 90, 10, readonly ['tx.select-ok'], false>;
    /** tx.select-ok (90.11) */
    readonly 'tx.select-ok': MethodInfo<'tx.select-ok', 90, 11, readonly [], false>;
    /** tx.commit (90.20) */
    readonly 'tx.commit': MethodInfo<'tx.commit', 90, 20, readonly ['tx.commit-ok'], false>;
    /** tx.commit-ok (90.21) */
    readonly 'tx.commit-ok': MethodInfo<'tx.commit-ok', 90, 21, readonly [], false>;
    /** tx.rollback (90.30) */
    readonly 'tx.rollback': MethodInfo<'tx.rollback', 90, 30, readonly ['tx.rollback-ok'], false>;
    /** tx.rollback-ok (90.31) */
    readonly 'tx.rollback-ok': MethodInfo<'tx.rollback-ok', 90, 31, readonly [], false>;
    /** confirm.select (85.10) */
    readonly 'confirm.select': MethodInfo<'confirm.select', 85, 10, readonly ['confirm.select-ok'], false>;
    /** confirm.select-ok (85.11) */
    readonly 'confirm.select-ok': MethodInfo<'confirm.select-ok', 85, 11, readonly [], false>;
}
/** Metadata of every method, keyed by spec name. */
export declare const METHODS: MethodTable;
/** Content properties of every class that carries content, keyed by class spec name, in flag order. */
export declare const CONTENT_PROPERTIES: {
    readonly [className: string]: readonly FieldInfo[];
};
/** Metadata by wire ids, or undefined for ids the spec does not define. */
export declare function methodInfo(classId: number, methodId: number): MethodInfo | undefined;
