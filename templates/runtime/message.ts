/**
 * A whole message as one contiguous run of bytes: method frame, content header frame, body frames.
 * The generated encodeMessage / encodeMessageInto encode the method and the header, then hand them
 * here to be laid out with the body in one buffer: one allocation of the bytes to send (or none, in
 * a buffer the caller owns), written to a socket as a single write.
 */
import { describeValue, encodeError } from './errors.js';
import { FRAME_BODY, FRAME_OVERHEAD, writeFrame } from './frame-format.js';
import { bodyPayloadMax } from './frame-limit.js';
import { checkChannel, frameBytes } from './writer.js';

/** The body's length, once it is known to be bytes (the header encoder needs it first). */
export function bodyLength(body: Uint8Array): number {
  if (!(body instanceof Uint8Array)) throw encodeError(`${describeValue(body)} is not a Uint8Array`, 'body');
  return body.length;
}

/**
 * Bytes the message takes. Also checks what the frames must satisfy: with a negotiated frame-max
 * (not 0) neither the method nor the header frame may exceed it (bodies are split to fit).
 */
function messageSize(methodFrame: Uint8Array, headerFrame: Uint8Array, body: Uint8Array, frameMax: number): number {
  const max = bodyPayloadMax(frameMax);
  if (frameMax !== 0) {
    if (methodFrame.length > frameMax) {
      throw encodeError(`method frame of ${methodFrame.length} bytes exceeds frame-max ${frameMax}`, 'method');
    }
    if (headerFrame.length > frameMax) {
      throw encodeError(
        `content header frame of ${headerFrame.length} bytes exceeds frame-max ${frameMax}`,
        'properties',
      );
    }
  }
  const n = body.length;
  return methodFrame.length + headerFrame.length + n + Math.ceil(n / max) * FRAME_OVERHEAD;
}

/** Writes the message at `at` (room checked by the caller); returns the end offset. */
function writeMessage(
  out: Uint8Array,
  at: number,
  channel: number,
  methodFrame: Uint8Array,
  headerFrame: Uint8Array,
  body: Uint8Array,
  max: number,
): number {
  out.set(methodFrame, at);
  at += methodFrame.length;
  out.set(headerFrame, at);
  at += headerFrame.length;
  const total = body.length;
  for (let from = 0; from < total; from += max) {
    const size = Math.min(max, total - from);
    at = writeFrame(
      out,
      at,
      FRAME_BODY,
      channel,
      from === 0 && size === total ? body : body.subarray(from, from + size),
    );
  }
  return at;
}

/** The message in one new array of exactly its size (a view into a shared slab up to 2048 bytes). */
export function assembleMessage(
  channel: number,
  methodFrame: Uint8Array,
  headerFrame: Uint8Array,
  body: Uint8Array,
  frameMax: number,
): Uint8Array {
  checkChannel(channel);
  const size = messageSize(methodFrame, headerFrame, body, frameMax);
  const out = frameBytes(size); // a slab view up to 2048 bytes, else its own buffer
  writeMessage(out, 0, channel, methodFrame, headerFrame, body, bodyPayloadMax(frameMax));
  return out;
}

/**
 * The message written into `target` from `offset`; returns the end offset. When it does not fit,
 * throws an encode error and writes nothing.
 */
export function placeMessage(
  target: Uint8Array,
  offset: number,
  channel: number,
  methodFrame: Uint8Array,
  headerFrame: Uint8Array,
  body: Uint8Array,
  frameMax: number,
): number {
  checkChannel(channel);
  if (!(target instanceof Uint8Array)) throw encodeError(`${describeValue(target)} is not a Uint8Array`, 'target');
  if (!(Number.isInteger(offset) && offset >= 0 && offset <= target.length)) {
    throw encodeError(`offset ${describeValue(offset)} is not within the target (0..${target.length})`, 'offset');
  }
  const size = messageSize(methodFrame, headerFrame, body, frameMax);
  if (size > target.length - offset) {
    throw encodeError(
      `the message needs ${size} bytes; the target has ${target.length - offset} from offset ${offset}`,
      'target',
    );
  }
  return writeMessage(target, offset, channel, methodFrame, headerFrame, body, bodyPayloadMax(frameMax));
}
