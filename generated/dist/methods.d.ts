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
    /** @deprecated The spec marks this method deprecated. */
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
    /** @deprecated The spec marks this method deprecated. */
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
/** A side of the connection, as the spec's `<chassis>` names it. */
export type Peer = 'client' | 'server';
/** What the spec says about a method. */
export interface MethodInfo<N extends MethodName = MethodName> {
    /** Spec name, `class.method`. */
    readonly name: N;
    /** Class id on the wire. */
    readonly classId: number;
    /** Method id on the wire (within its class). */
    readonly methodId: number;
    /** The sender waits for one of `responses`. */
    readonly synchronous: boolean;
    /** Methods that answer it (from `<response>`; basic.get has two); empty for asynchronous methods. */
    readonly responses: readonly MethodName[];
    /** Followed by a content header and body frames. */
    readonly content: boolean;
    /** Who may send it (from `<chassis>`). */
    readonly sentBy: readonly Peer[];
    /** Travels on channel 0 only (connection class). */
    readonly channelZeroOnly: boolean;
    /** The spec marks the method deprecated. */
    readonly deprecated: boolean;
}
/** Metadata of every method, keyed by spec name; ids, flags and responses have literal types. */
export declare const METHODS: {
    readonly 'connection.start': {
        readonly name: "connection.start";
        readonly classId: 10;
        readonly methodId: 10;
        readonly synchronous: true;
        readonly responses: readonly ["connection.start-ok"];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.start-ok': {
        readonly name: "connection.start-ok";
        readonly classId: 10;
        readonly methodId: 11;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.secure': {
        readonly name: "connection.secure";
        readonly classId: 10;
        readonly methodId: 20;
        readonly synchronous: true;
        readonly responses: readonly ["connection.secure-ok"];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.secure-ok': {
        readonly name: "connection.secure-ok";
        readonly classId: 10;
        readonly methodId: 21;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.tune': {
        readonly name: "connection.tune";
        readonly classId: 10;
        readonly methodId: 30;
        readonly synchronous: true;
        readonly responses: readonly ["connection.tune-ok"];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.tune-ok': {
        readonly name: "connection.tune-ok";
        readonly classId: 10;
        readonly methodId: 31;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.open': {
        readonly name: "connection.open";
        readonly classId: 10;
        readonly methodId: 40;
        readonly synchronous: true;
        readonly responses: readonly ["connection.open-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.open-ok': {
        readonly name: "connection.open-ok";
        readonly classId: 10;
        readonly methodId: 41;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.close': {
        readonly name: "connection.close";
        readonly classId: 10;
        readonly methodId: 50;
        readonly synchronous: true;
        readonly responses: readonly ["connection.close-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.close-ok': {
        readonly name: "connection.close-ok";
        readonly classId: 10;
        readonly methodId: 51;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.blocked': {
        readonly name: "connection.blocked";
        readonly classId: 10;
        readonly methodId: 60;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.unblocked': {
        readonly name: "connection.unblocked";
        readonly classId: 10;
        readonly methodId: 61;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.update-secret': {
        readonly name: "connection.update-secret";
        readonly classId: 10;
        readonly methodId: 70;
        readonly synchronous: true;
        readonly responses: readonly ["connection.update-secret-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'connection.update-secret-ok': {
        readonly name: "connection.update-secret-ok";
        readonly classId: 10;
        readonly methodId: 71;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: true;
        readonly deprecated: false;
    };
    readonly 'channel.open': {
        readonly name: "channel.open";
        readonly classId: 20;
        readonly methodId: 10;
        readonly synchronous: true;
        readonly responses: readonly ["channel.open-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'channel.open-ok': {
        readonly name: "channel.open-ok";
        readonly classId: 20;
        readonly methodId: 11;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'channel.flow': {
        readonly name: "channel.flow";
        readonly classId: 20;
        readonly methodId: 20;
        readonly synchronous: true;
        readonly responses: readonly ["channel.flow-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'channel.flow-ok': {
        readonly name: "channel.flow-ok";
        readonly classId: 20;
        readonly methodId: 21;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'channel.close': {
        readonly name: "channel.close";
        readonly classId: 20;
        readonly methodId: 40;
        readonly synchronous: true;
        readonly responses: readonly ["channel.close-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'channel.close-ok': {
        readonly name: "channel.close-ok";
        readonly classId: 20;
        readonly methodId: 41;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'exchange.declare': {
        readonly name: "exchange.declare";
        readonly classId: 40;
        readonly methodId: 10;
        readonly synchronous: true;
        readonly responses: readonly ["exchange.declare-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'exchange.declare-ok': {
        readonly name: "exchange.declare-ok";
        readonly classId: 40;
        readonly methodId: 11;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'exchange.delete': {
        readonly name: "exchange.delete";
        readonly classId: 40;
        readonly methodId: 20;
        readonly synchronous: true;
        readonly responses: readonly ["exchange.delete-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'exchange.delete-ok': {
        readonly name: "exchange.delete-ok";
        readonly classId: 40;
        readonly methodId: 21;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'exchange.bind': {
        readonly name: "exchange.bind";
        readonly classId: 40;
        readonly methodId: 30;
        readonly synchronous: true;
        readonly responses: readonly ["exchange.bind-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'exchange.bind-ok': {
        readonly name: "exchange.bind-ok";
        readonly classId: 40;
        readonly methodId: 31;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'exchange.unbind': {
        readonly name: "exchange.unbind";
        readonly classId: 40;
        readonly methodId: 40;
        readonly synchronous: true;
        readonly responses: readonly ["exchange.unbind-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'exchange.unbind-ok': {
        readonly name: "exchange.unbind-ok";
        readonly classId: 40;
        readonly methodId: 51;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.declare': {
        readonly name: "queue.declare";
        readonly classId: 50;
        readonly methodId: 10;
        readonly synchronous: true;
        readonly responses: readonly ["queue.declare-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.declare-ok': {
        readonly name: "queue.declare-ok";
        readonly classId: 50;
        readonly methodId: 11;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.bind': {
        readonly name: "queue.bind";
        readonly classId: 50;
        readonly methodId: 20;
        readonly synchronous: true;
        readonly responses: readonly ["queue.bind-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.bind-ok': {
        readonly name: "queue.bind-ok";
        readonly classId: 50;
        readonly methodId: 21;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.unbind': {
        readonly name: "queue.unbind";
        readonly classId: 50;
        readonly methodId: 50;
        readonly synchronous: true;
        readonly responses: readonly ["queue.unbind-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.unbind-ok': {
        readonly name: "queue.unbind-ok";
        readonly classId: 50;
        readonly methodId: 51;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.purge': {
        readonly name: "queue.purge";
        readonly classId: 50;
        readonly methodId: 30;
        readonly synchronous: true;
        readonly responses: readonly ["queue.purge-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.purge-ok': {
        readonly name: "queue.purge-ok";
        readonly classId: 50;
        readonly methodId: 31;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.delete': {
        readonly name: "queue.delete";
        readonly classId: 50;
        readonly methodId: 40;
        readonly synchronous: true;
        readonly responses: readonly ["queue.delete-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'queue.delete-ok': {
        readonly name: "queue.delete-ok";
        readonly classId: 50;
        readonly methodId: 41;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.qos': {
        readonly name: "basic.qos";
        readonly classId: 60;
        readonly methodId: 10;
        readonly synchronous: true;
        readonly responses: readonly ["basic.qos-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.qos-ok': {
        readonly name: "basic.qos-ok";
        readonly classId: 60;
        readonly methodId: 11;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.consume': {
        readonly name: "basic.consume";
        readonly classId: 60;
        readonly methodId: 20;
        readonly synchronous: true;
        readonly responses: readonly ["basic.consume-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.consume-ok': {
        readonly name: "basic.consume-ok";
        readonly classId: 60;
        readonly methodId: 21;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.cancel': {
        readonly name: "basic.cancel";
        readonly classId: 60;
        readonly methodId: 30;
        readonly synchronous: true;
        readonly responses: readonly ["basic.cancel-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.cancel-ok': {
        readonly name: "basic.cancel-ok";
        readonly classId: 60;
        readonly methodId: 31;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.publish': {
        readonly name: "basic.publish";
        readonly classId: 60;
        readonly methodId: 40;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: true;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.return': {
        readonly name: "basic.return";
        readonly classId: 60;
        readonly methodId: 50;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: true;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.deliver': {
        readonly name: "basic.deliver";
        readonly classId: 60;
        readonly methodId: 60;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: true;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.get': {
        readonly name: "basic.get";
        readonly classId: 60;
        readonly methodId: 70;
        readonly synchronous: true;
        readonly responses: readonly ["basic.get-ok", "basic.get-empty"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.get-ok': {
        readonly name: "basic.get-ok";
        readonly classId: 60;
        readonly methodId: 71;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: true;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.get-empty': {
        readonly name: "basic.get-empty";
        readonly classId: 60;
        readonly methodId: 72;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.ack': {
        readonly name: "basic.ack";
        readonly classId: 60;
        readonly methodId: 80;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.reject': {
        readonly name: "basic.reject";
        readonly classId: 60;
        readonly methodId: 90;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.recover-async': {
        readonly name: "basic.recover-async";
        readonly classId: 60;
        readonly methodId: 100;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: true;
    };
    readonly 'basic.recover': {
        readonly name: "basic.recover";
        readonly classId: 60;
        readonly methodId: 110;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.recover-ok': {
        readonly name: "basic.recover-ok";
        readonly classId: 60;
        readonly methodId: 111;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'basic.nack': {
        readonly name: "basic.nack";
        readonly classId: 60;
        readonly methodId: 120;
        readonly synchronous: false;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["client", "server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'tx.select': {
        readonly name: "tx.select";
        readonly classId: 90;
        readonly methodId: 10;
        readonly synchronous: true;
        readonly responses: readonly ["tx.select-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'tx.select-ok': {
        readonly name: "tx.select-ok";
        readonly classId: 90;
        readonly methodId: 11;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'tx.commit': {
        readonly name: "tx.commit";
        readonly classId: 90;
        readonly methodId: 20;
        readonly synchronous: true;
        readonly responses: readonly ["tx.commit-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'tx.commit-ok': {
        readonly name: "tx.commit-ok";
        readonly classId: 90;
        readonly methodId: 21;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'tx.rollback': {
        readonly name: "tx.rollback";
        readonly classId: 90;
        readonly methodId: 30;
        readonly synchronous: true;
        readonly responses: readonly ["tx.rollback-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'tx.rollback-ok': {
        readonly name: "tx.rollback-ok";
        readonly classId: 90;
        readonly methodId: 31;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'confirm.select': {
        readonly name: "confirm.select";
        readonly classId: 85;
        readonly methodId: 10;
        readonly synchronous: true;
        readonly responses: readonly ["confirm.select-ok"];
        readonly content: false;
        readonly sentBy: readonly ["client"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
    readonly 'confirm.select-ok': {
        readonly name: "confirm.select-ok";
        readonly classId: 85;
        readonly methodId: 11;
        readonly synchronous: true;
        readonly responses: readonly [];
        readonly content: false;
        readonly sentBy: readonly ["server"];
        readonly channelZeroOnly: false;
        readonly deprecated: false;
    };
};
/** Metadata by wire ids, or undefined for ids the spec does not define. */
export declare function methodInfo(classId: number, methodId: number): MethodInfo | undefined;
