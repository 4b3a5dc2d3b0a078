/**
 * Limits an encoder checks before it allocates: frame-max (when the caller passes one) and the
 * channels a frame may use. Both throw encode errors, so nothing is written.
 */
import { AmqpError } from './errors.js';
/**
 * Refuses a frame of `frameSize` bytes (header and end octet included) that exceeds `frameMax`.
 * frameMax 0 means no negotiated limit: the local hard cap (DEFAULT_FRAME_HARD_CAP) still applies,
 * as the parsers on the other side apply it. `ctx` names the frame (`queue.declare`, `basic.header`).
 */
export declare function checkFrameSize(frameSize: number, frameMax: number, ctx: string): void;
/** Content headers, bodies and methods of classes other than connection never use channel 0. */
export declare function notOnChannelZero(ctx: string): AmqpError;
/** Decode error for a content header, body or non-connection method received on channel 0. */
export declare function channelZeroFrame(ctx: string): AmqpError;
