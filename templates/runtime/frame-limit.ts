/**
 * Limits an encoder checks before it allocates: frame-max (when the caller passes one) and the
 * channels a frame may use. Both throw encode errors, so nothing is written.
 */
import { AmqpError, CHANNEL_ERROR, describeValue } from './errors.js';
import { DEFAULT_FRAME_HARD_CAP, FRAME_MIN_SIZE } from './frame-format.js';

/**
 * Refuses a frame of `frameSize` bytes (header and end octet included) that exceeds `frameMax`.
 * frameMax 0 means no negotiated limit: the local hard cap (DEFAULT_FRAME_HARD_CAP) still applies,
 * as the parsers on the other side apply it. `ctx` names the frame (`queue.declare`, `basic.header`).
 */
export function checkFrameSize(frameSize: number, frameMax: number, ctx: string): void {
  if (!(Number.isInteger(frameMax) && frameMax <= 0xffffffff && (frameMax === 0 || frameMax >= FRAME_MIN_SIZE))) {
    throw new AmqpError(`${describeValue(frameMax)} is not a valid frame-max (0 or ${FRAME_MIN_SIZE}..4294967295)`, {
      kind: 'encode',
      context: 'frame-max',
    });
  }
  const limit = frameMax === 0 ? DEFAULT_FRAME_HARD_CAP : frameMax;
  if (frameSize > limit) {
    const which = frameMax === 0 ? `the ${limit}-byte hard cap (frame-max 0)` : `frame-max ${limit}`;
    throw new AmqpError(`frame of ${frameSize} bytes exceeds ${which}`, { kind: 'encode', context: ctx });
  }
}

/** Content headers, bodies and methods of classes other than connection never use channel 0. */
export function notOnChannelZero(ctx: string): AmqpError {
  return new AmqpError('travels on channels 1..65535, not on channel 0 (reserved for the connection)', {
    kind: 'encode',
    context: ctx,
  });
}

/** Decode error for a content header, body or non-connection method received on channel 0. */
export function channelZeroFrame(ctx: string): AmqpError {
  return new AmqpError('not allowed on channel 0 (reserved for the connection)', {
    kind: 'decode',
    replyCode: CHANNEL_ERROR,
    offset: 0,
    context: ctx,
  });
}
