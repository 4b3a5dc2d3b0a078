/**
 * Frames: encoding, plus re-exports of the layout constants and the streaming parser.
 */
import { describeValue, encodeError } from './errors.js';
import { bodyPayloadMax, checkFrameSize, wrongChannel } from './frame-limit.js';
import { FRAME_HEARTBEAT, FRAME_OVERHEAD, FRAME_BODY, FRAME_HEADER, isFrameType, writeFrame } from './frame-format.js';
import { heartbeatRuleBreak } from './frame-rules.js';
import { checkChannel } from './writer.js';

export {
  DEFAULT_FRAME_HARD_CAP,
  DEFAULT_FRAME_MAX,
  FRAME_BODY,
  FRAME_END,
  FRAME_HEADER,
  FRAME_HEARTBEAT,
  FRAME_METHOD,
  FRAME_MIN_SIZE,
  FRAME_OVERHEAD,
  HEARTBEAT_FRAME,
  PROTOCOL_HEADER,
  isFrameType,
  type Frame,
  type FrameType,
} from './frame-format.js';
export { FrameParser, type FrameParserOptions } from './frame-parser.js';

/**
 * One frame around `payload` (copied). Heartbeats must be empty and on channel 0; headers and bodies
 * never use channel 0. With `frameMax`, a frame larger than it is refused (see checkFrameSize).
 */
export function encodeFrame(type: number, channel: number, payload: Uint8Array, frameMax?: number): Uint8Array {
  if (!isFrameType(type)) throw encodeError(`frame type ${describeValue(type)} is not one of 1, 2, 3, 8`, 'frame-type');
  checkChannel(channel);
  if (!(payload instanceof Uint8Array)) throw encodeError(`${describeValue(payload)} is not a Uint8Array`, 'payload');
  if (payload.length > 0xffffffff)
    throw encodeError(`payload of ${payload.length} bytes does not fit a frame`, 'payload');
  if (type === FRAME_HEARTBEAT && heartbeatRuleBreak(channel, payload.length) !== undefined) {
    throw encodeError('a heartbeat is empty and travels on channel 0', 'frame-type');
  }
  if (channel === 0 && (type === FRAME_HEADER || type === FRAME_BODY)) {
    throw wrongChannel(0, 'channel');
  }
  if (frameMax !== undefined) checkFrameSize(payload.length + FRAME_OVERHEAD, frameMax, 'frame');
  const out = new Uint8Array(payload.length + FRAME_OVERHEAD);
  writeFrame(out, 0, type, channel, payload);
  return out;
}

/**
 * Body frames for one message: at most frameMax − 8 payload bytes each, in order. An empty body
 * gives no frames (body-size 0 means no body frame follows the header).
 *
 * frameMax 0 (no negotiated limit) splits at DEFAULT_FRAME_HARD_CAP, so every frame stays within the
 * hard cap that parsers (ours by default) apply.
 *
 * All frames are views into ONE allocation, contiguous and in order (frames[0].buffer holds them all,
 * from frames[0].byteOffset): one copy of the body, cheap to write with writev or as one buffer.
 */
export function encodeBodyFrames(channel: number, body: Uint8Array, frameMax: number): Uint8Array[] {
  checkChannel(channel);
  if (channel === 0) throw wrongChannel(0, 'channel');
  if (!(body instanceof Uint8Array)) throw encodeError(`${describeValue(body)} is not a Uint8Array`, 'body');
  const max = bodyPayloadMax(frameMax);
  const total = body.length;
  if (total === 0) return [];
  const count = Math.ceil(total / max);
  const out = new Uint8Array(total + count * FRAME_OVERHEAD);
  const frames: Uint8Array[] = new Array<Uint8Array>(count);
  let at = 0;
  for (let k = 0, from = 0; k < count; k++, from += max) {
    const end = writeFrame(out, at, FRAME_BODY, channel, body.subarray(from, from + Math.min(max, total - from)));
    frames[k] = out.subarray(at, end);
    at = end;
  }
  return frames;
}
