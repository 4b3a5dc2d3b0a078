import { type ReadCursor } from './runtime/internal.js';
/**
 * Work with channels.
 *
 * The channel class provides methods for a client to establish a channel to a server and for both
 * peers to operate the channel thereafter.
 *
 * Class id of channel (20).
 */
export declare const CHANNEL_CLASS_ID = 20;
/**
 * Open a channel for use.
 *
 * This method opens a channel to the server.
 *
 * Rules:
 * - state: The client MUST NOT use this method on an already-opened channel.
 *
 * Sent by: client. Synchronous; answered by channel.open-ok.
 * Spec: channel.open (20.10)
 */
export interface ChannelOpenArgs {
}
/**
 * Encodes a complete channel.open method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: channel.open (20.10)
 */
export declare function encodeChannelOpen(channel: number, _args: ChannelOpenArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of channel.open (after class and method id).
 *
 * Spec: channel.open (20.10)
 */
export declare function decodeChannelOpenArgs(reader: ReadCursor): ChannelOpenArgs;
/**
 * Decodes a channel.open method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: channel.open (20.10)
 */
export declare function decodeChannelOpen(payload: Uint8Array | ArrayBuffer): ChannelOpenArgs;
/**
 * Signal that the channel is ready.
 *
 * This method signals to the client that the channel is ready for use.
 *
 * Sent by: server. Synchronous.
 * Spec: channel.open-ok (20.11)
 */
export interface ChannelOpenOkArgs {
}
/**
 * Encodes a complete channel.open-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: channel.open-ok (20.11)
 */
export declare function encodeChannelOpenOk(channel: number, _args: ChannelOpenOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of channel.open-ok (after class and method id).
 *
 * Spec: channel.open-ok (20.11)
 */
export declare function decodeChannelOpenOkArgs(reader: ReadCursor): ChannelOpenOkArgs;
/**
 * Decodes a channel.open-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: channel.open-ok (20.11)
 */
export declare function decodeChannelOpenOk(payload: Uint8Array | ArrayBuffer): ChannelOpenOkArgs;
/**
 * Enable/disable flow from peer.
 *
 * This method asks the peer to pause or restart the flow of content data sent by a consumer. This
 * is a simple flow-control mechanism that a peer can use to avoid overflowing its queues or
 * otherwise finding itself receiving more messages than it can process. Note that this method is
 * not intended for window control. It does not affect contents returned by Basic.Get-Ok methods.
 *
 * Rules:
 * - initial-state: When a new channel is opened, it is active (flow is active). Some applications
 *   assume that channels are inactive until started. To emulate this behaviour a client MAY open
 *   the channel, then pause it.
 * - bidirectional: When sending content frames, a peer SHOULD monitor the channel for incoming
 *   methods and respond to a Channel.Flow as rapidly as possible.
 * - throttling: A peer MAY use the Channel.Flow method to throttle incoming content data for
 *   internal reasons, for example, when exchanging data over a slower connection.
 * - expected-behaviour: The peer that requests a Channel.Flow method MAY disconnect and/or ban a
 *   peer that does not respect the request. This is to prevent badly-behaved clients from
 *   overwhelming a server.
 *
 * Sent by: client and server. Synchronous; answered by channel.flow-ok.
 * Spec: channel.flow (20.20)
 */
export interface ChannelFlowArgs {
    /**
     * Start/stop content frames.
     *
     * If 1, the peer starts sending content frames. If 0, the peer stops sending content frames.
     *
     * Wire type: bit.
     */
    active: boolean;
}
/**
 * Encodes a complete channel.flow method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: channel.flow (20.20)
 */
export declare function encodeChannelFlow(channel: number, args: ChannelFlowArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of channel.flow (after class and method id).
 *
 * Spec: channel.flow (20.20)
 */
export declare function decodeChannelFlowArgs(reader: ReadCursor): ChannelFlowArgs;
/**
 * Decodes a channel.flow method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: channel.flow (20.20)
 */
export declare function decodeChannelFlow(payload: Uint8Array | ArrayBuffer): ChannelFlowArgs;
/**
 * Confirm a flow method.
 *
 * Confirms to the peer that a flow command was received and processed.
 *
 * Sent by: client and server.
 * Spec: channel.flow-ok (20.21)
 */
export interface ChannelFlowOkArgs {
    /**
     * Current flow setting.
     *
     * Confirms the setting of the processed flow method: 1 means the peer will start sending or
     * continue to send content frames; 0 means it will not.
     *
     * Wire type: bit.
     */
    active: boolean;
}
/**
 * Encodes a complete channel.flow-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: channel.flow-ok (20.21)
 */
export declare function encodeChannelFlowOk(channel: number, args: ChannelFlowOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of channel.flow-ok (after class and method id).
 *
 * Spec: channel.flow-ok (20.21)
 */
export declare function decodeChannelFlowOkArgs(reader: ReadCursor): ChannelFlowOkArgs;
/**
 * Decodes a channel.flow-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: channel.flow-ok (20.21)
 */
export declare function decodeChannelFlowOk(payload: Uint8Array | ArrayBuffer): ChannelFlowOkArgs;
/**
 * Request a channel close.
 *
 * This method indicates that the sender wants to close the channel. This may be due to internal
 * conditions (e.g. a forced shut-down) or due to an error handling a specific method, i.e. an
 * exception. When a close is due to an exception, the sender provides the class and method id of
 * the method which caused the exception.
 *
 * Rules:
 * - stability: After sending this method, any received methods except Close and Close-OK MUST be
 *   discarded. The response to receiving a Close after sending Close must be to send Close-Ok.
 *
 * Sent by: client and server. Synchronous; answered by channel.close-ok.
 * Spec: channel.close (20.40)
 */
export interface ChannelCloseArgs {
    /** Wire type: short (domain reply-code). */
    replyCode: number;
    /** Wire type: shortstr (domain reply-text). */
    replyText: string;
    /**
     * Failing method class.
     *
     * When the close is provoked by a method exception, this is the class of the method.
     *
     * Wire type: short (domain class-id).
     */
    classId: number;
    /**
     * Failing method ID.
     *
     * When the close is provoked by a method exception, this is the ID of the method.
     *
     * Wire type: short (domain method-id).
     */
    methodId: number;
}
/**
 * Encodes a complete channel.close method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: channel.close (20.40)
 */
export declare function encodeChannelClose(channel: number, args: ChannelCloseArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of channel.close (after class and method id).
 *
 * Spec: channel.close (20.40)
 */
export declare function decodeChannelCloseArgs(reader: ReadCursor): ChannelCloseArgs;
/**
 * Decodes a channel.close method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: channel.close (20.40)
 */
export declare function decodeChannelClose(payload: Uint8Array | ArrayBuffer): ChannelCloseArgs;
/**
 * Confirm a channel close.
 *
 * This method confirms a Channel.Close method and tells the recipient that it is safe to release
 * resources for the channel.
 *
 * Rules:
 * - reporting: A peer that detects a socket closure without having received a Channel.Close-Ok
 *   handshake method SHOULD log the error.
 *
 * Sent by: client and server. Synchronous.
 * Spec: channel.close-ok (20.41)
 */
export interface ChannelCloseOkArgs {
}
/**
 * Encodes a complete channel.close-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: channel.close-ok (20.41)
 */
export declare function encodeChannelCloseOk(channel: number, _args: ChannelCloseOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of channel.close-ok (after class and method id).
 *
 * Spec: channel.close-ok (20.41)
 */
export declare function decodeChannelCloseOkArgs(_reader: ReadCursor): ChannelCloseOkArgs;
/**
 * Decodes a channel.close-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: channel.close-ok (20.41)
 */
export declare function decodeChannelCloseOk(payload: Uint8Array | ArrayBuffer): ChannelCloseOkArgs;
