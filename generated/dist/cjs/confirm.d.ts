import { type ReadCursor } from './runtime/internal.js';
/**
 * Work with confirms.
 *
 * The Confirm class allows publishers to put the channel in confirm mode and susequently be
 * notified when messages have been handled by the broker. The intention is that all messages
 * published on a channel in confirm mode will be acknowledged at some point. By acknowledging a
 * message the broker assumes responsibility for it and indicates that it has done something it
 * deems reasonable with it.
 *
 * Unroutable mandatory or immediate messages are acknowledged right after the Basic.Return method.
 * Messages are acknowledged when all queues to which the message has been routed have either
 * delivered the message and received an acknowledgement (if required), or enqueued the message
 * (and persisted it if required).
 *
 * Published messages are assigned ascending sequence numbers, starting at 1 with the first
 * Confirm.Select method. The server confirms messages by sending Basic.Ack methods referring to
 * these sequence numbers.
 *
 * Rules:
 * - all messages acknowledged: The server MUST acknowledge all messages received after the channel
 *   was put into confirm mode.
 * - all queues: The server MUST acknowledge a message only after it was properly handled by all
 *   the queues it was delivered to.
 * - unroutable messages: The server MUST acknowledge an unroutable mandatory or immediate message
 *   only after it sends the Basic.Return.
 * - time guarantees: No guarantees are made as to how soon a message is acknowledged. Applications
 *   SHOULD NOT make assumptions about this.
 *
 * Class id of confirm (85).
 */
export declare const CONFIRM_CLASS_ID = 85;
/**
 * This method sets the channel to use publisher acknowledgements. The client can only use this
 * method on a non-transactional channel.
 *
 * Sent by: client. Synchronous; answered by confirm.select-ok.
 * Spec: confirm.select (85.10)
 */
export interface ConfirmSelectArgs {
    /**
     * If set, the server will not respond to the method. The client should not wait for a reply
     * method. If the server could not complete the method it will raise a channel or connection
     * exception.
     *
     * Wire type: bit.
     */
    nowait: boolean;
}
/**
 * Encodes a complete confirm.select method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: confirm.select (85.10)
 */
export declare function encodeConfirmSelect(channel: number, args: ConfirmSelectArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of confirm.select (after class and method id).
 *
 * Spec: confirm.select (85.10)
 */
export declare function decodeConfirmSelectArgs(reader: ReadCursor): ConfirmSelectArgs;
/**
 * Decodes a confirm.select method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: confirm.select (85.10)
 */
export declare function decodeConfirmSelect(payload: Uint8Array | ArrayBuffer): ConfirmSelectArgs;
/**
 * This method confirms to the client that the channel was successfully set to use publisher
 * acknowledgements.
 *
 * Sent by: server. Synchronous.
 * Spec: confirm.select-ok (85.11)
 */
export interface ConfirmSelectOkArgs {
}
/**
 * Encodes a complete confirm.select-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: confirm.select-ok (85.11)
 */
export declare function encodeConfirmSelectOk(channel: number, _args: ConfirmSelectOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of confirm.select-ok (after class and method id).
 *
 * Spec: confirm.select-ok (85.11)
 */
export declare function decodeConfirmSelectOkArgs(_reader: ReadCursor): ConfirmSelectOkArgs;
/**
 * Decodes a confirm.select-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: confirm.select-ok (85.11)
 */
export declare function decodeConfirmSelectOk(payload: Uint8Array | ArrayBuffer): ConfirmSelectOkArgs;
