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
/** Encode error for a frame on a channel it may not use: thrown before anything is written. */
export declare function wrongChannel(channel: number, ctx: string): AmqpError;
/**
 * Decode error for a frame received on a channel it may not use: 503 for a connection method
 * elsewhere, 504 CHANNEL_ERROR for anything else on channel 0 (as RabbitMQ answers).
 */
export declare function wrongChannelFrame(channel: number, ctx: string): AmqpError;
