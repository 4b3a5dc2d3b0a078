/**
 * Limits an encoder checks before it allocates: frame-max (when the caller passes one; also what
 * bounds body frames) and the channels a frame may use. Both throw encode errors, so nothing is
 * written (wrongChannelFrame is the decoding side of the channel rule).
 */
import { type AmqpError } from './errors.js';
/**
 * The largest frame `frameMax` allows, header and end octet included: frameMax itself, or for 0 (no
 * negotiated limit) the local hard cap (DEFAULT_FRAME_HARD_CAP), as the parsers on the other side
 * apply it. An invalid frameMax is an encode error.
 */
export declare function frameLimit(frameMax: number): number;
/**
 * The largest body frame payload for `frameMax` (validated: 0 or FRAME_MIN_SIZE..2^32−1); 0 means no
 * negotiated limit and splits at DEFAULT_FRAME_HARD_CAP.
 */
export declare function bodyPayloadMax(frameMax: number): number;
/**
 * Refuses a frame of `frameSize` bytes (header and end octet included) that exceeds `frameMax`
 * (see frameLimit). `ctx` names the frame (`queue.declare`, `basic.header`).
 */
export declare function checkFrameSize(frameSize: number, frameMax: number, ctx: string): void;
/** Encode error for a frame on a channel it may not use: thrown before anything is written. */
export declare function wrongChannel(channel: number, ctx: string): AmqpError;
/**
 * Decode error for a frame received on a channel it may not use: 503 for a connection method
 * elsewhere, 504 CHANNEL_ERROR for anything else on channel 0 (as RabbitMQ answers).
 */
export declare function wrongChannelFrame(channel: number, ctx: string): AmqpError;
