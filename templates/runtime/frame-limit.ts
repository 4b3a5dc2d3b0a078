/**
 * Limits an encoder checks before it allocates: frame-max (when the caller passes one; also what
 * bounds body frames) and the channels a frame may use. Both throw encode errors, so nothing is
 * written (wrongChannelFrame is the decoding side of the channel rule).
 */
import { type AmqpError, CHANNEL_ERROR, COMMAND_INVALID, decodeError, describeValue, encodeError } from './errors.js';
import { DEFAULT_FRAME_HARD_CAP, FRAME_MIN_SIZE, FRAME_OVERHEAD } from './frame-format.js';

/**
 * The largest frame `frameMax` allows, header and end octet included: frameMax itself, or for 0 (no
 * negotiated limit) the local hard cap (DEFAULT_FRAME_HARD_CAP), as the parsers on the other side
 * apply it. An invalid frameMax is an encode error.
 */
export function frameLimit(frameMax: number): number {
  if (!(Number.isInteger(frameMax) && frameMax <= 0xffffffff && (frameMax === 0 || frameMax >= FRAME_MIN_SIZE))) {
    throw encodeError(
      `${describeValue(frameMax)} is not a valid frame-max (0 or ${FRAME_MIN_SIZE}..4294967295)`,
      'frame-max',
    );
  }
  return frameMax === 0 ? DEFAULT_FRAME_HARD_CAP : frameMax;
}

/**
 * The largest body frame payload for `frameMax` (validated: 0 or FRAME_MIN_SIZE..2^32−1); 0 means no
 * negotiated limit and splits at DEFAULT_FRAME_HARD_CAP.
 */
export function bodyPayloadMax(frameMax: number): number {
  return frameLimit(frameMax) - FRAME_OVERHEAD;
}

/**
 * Refuses a frame of `frameSize` bytes (header and end octet included) that exceeds `frameMax`
 * (see frameLimit). `ctx` names the frame (`queue.declare`, `basic.header`).
 */
export function checkFrameSize(frameSize: number, frameMax: number, ctx: string): void {
  const limit = frameLimit(frameMax);
  if (frameSize > limit) {
    const which = frameMax === 0 ? `the ${limit}-byte hard cap (frame-max 0)` : `frame-max ${limit}`;
    throw encodeError(`frame of ${frameSize} bytes exceeds ${which}`, ctx);
  }
}

/**
 * The one wording of both channel rules: a connection-class method travels on channel 0 only;
 * content headers, bodies and methods of other classes never use channel 0.
 */
function wrongChannelMessage(channel: number): string {
  return channel === 0
    ? 'not allowed on channel 0 (reserved for the connection)'
    : `connection methods travel on channel 0 only, not on channel ${channel}`;
}

/** Encode error for a frame on a channel it may not use: thrown before anything is written. */
export function wrongChannel(channel: number, ctx: string): AmqpError {
  return encodeError(wrongChannelMessage(channel), ctx);
}

/**
 * Decode error for a frame received on a channel it may not use: 503 for a connection method
 * elsewhere, 504 CHANNEL_ERROR for anything else on channel 0 (as RabbitMQ answers).
 */
export function wrongChannelFrame(channel: number, ctx: string): AmqpError {
  return decodeError(wrongChannelMessage(channel), channel === 0 ? CHANNEL_ERROR : COMMAND_INVALID, 0, ctx);
}
