import { type Frame } from './frame-format.js';
/** A broken frame rule: what to tell the peer, and the reply code to close with. */
export type FrameRuleBreak = readonly [message: string, replyCode: number];
/** A heartbeat is empty and travels on channel 0: the rule a heartbeat header breaks, or undefined. */
export declare function heartbeatRuleBreak(channel: number, size: number): FrameRuleBreak | undefined;
/** A frame with its payload decoded, for the method type `M` and content-header type `H` of a protocol. */
export type DecodedFrameOf<M, H> = {
    /** Frame type 1. */
    readonly type: 'method';
    /** Channel number. */
    readonly channel: number;
    /** The decoded method. */
    readonly method: M;
} | {
    /** Frame type 2. */
    readonly type: 'header';
    /** Channel number. */
    readonly channel: number;
    /** The decoded content header. */
    readonly header: H;
} | {
    /** Frame type 3. */
    readonly type: 'body';
    /** Channel number. */
    readonly channel: number;
    /** Body bytes: a view of the frame payload. */
    readonly body: Uint8Array;
} | {
    /** Frame type 8. */
    readonly type: 'heartbeat';
    /** Heartbeats travel on channel 0. */
    readonly channel: 0;
};
/** The spec-dependent part of frame decoding, supplied by the generated code. */
export interface FrameDecoders<M extends {
    readonly classId: number;
    readonly name: string;
}, H> {
    readonly decodeMethod: (payload: Uint8Array) => M;
    readonly decodeContentHeader: (payload: Uint8Array) => H;
    /** Classes whose methods travel on channel 0 only (connection), and no others do. */
    readonly channelZeroClasses: readonly number[];
}
/**
 * The frame decoder of one protocol: decodes a frame from FrameParser with the given decoders.
 * Channel-0 classes on another channel fail with 503; other methods, content headers and bodies on
 * channel 0 with 504 CHANNEL_ERROR. A closure over the decoders rather than a function taking them
 * as an argument: measured on a parse + decode stream, the argument form was about 8 % slower.
 */
export declare function frameDecoder<M extends {
    readonly classId: number;
    readonly name: string;
}, H>(decoders: FrameDecoders<M, H>): (frame: Frame) => DecodedFrameOf<M, H>;
