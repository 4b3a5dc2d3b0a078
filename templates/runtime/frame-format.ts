/**
 * Frame layout: type u8 · channel u16 · size u32 · payload · 0xCE. Its constants, and the one
 * writer of a frame header every encoder uses.
 */

export const FRAME_METHOD = 1;
export const FRAME_HEADER = 2;
export const FRAME_BODY = 3;
export const FRAME_HEARTBEAT = 8;
export const FRAME_END = 0xce;

/** Bytes before the payload: type, channel and size. */
export const FRAME_HEADER_SIZE = 7;
/** Bytes a method payload starts with: class id u16 and method id u16. */
export const METHOD_PREFIX_SIZE = 4;
/** Bytes a content header payload starts with: class id u16, weight u16 and body-size u64. */
export const CONTENT_HEADER_PREFIX_SIZE = 12;
/** Bytes around a payload: 7 header + 1 end octet. frame-max counts them, so payload ≤ frame-max − 8. */
export const FRAME_OVERHEAD = 8;
/** The smallest frame-max a peer may negotiate (and the size every peer accepts before tune). */
export const FRAME_MIN_SIZE = 4096;
/** RabbitMQ's default frame-max. */
export const DEFAULT_FRAME_MAX = 131072;
/** Local cap on any frame, also when frame-max is 0 ("no limit"): 16 MiB. */
export const DEFAULT_FRAME_HARD_CAP = 16 * 1024 * 1024;

/**
 * "AMQP" 0 0 9 1. Shared constant: do not mutate (typed arrays cannot be frozen).
 */
export const PROTOCOL_HEADER: Uint8Array = /* @__PURE__ */ new Uint8Array([
  0x41, 0x4d, 0x51, 0x50, 0x00, 0x00, 0x09, 0x01,
]);

/** Heartbeat: type 8, channel 0, size 0, end. Shared constant: do not mutate. */
export const HEARTBEAT_FRAME: Uint8Array = /* @__PURE__ */ new Uint8Array([
  0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xce,
]);

/** Frame types: 1 method, 2 content header, 3 content body, 8 heartbeat. */
export type FrameType = 1 | 2 | 3 | 8;

/** A complete frame from {@link FrameParser}, its payload not yet decoded (see `decodeFrame`). */
export interface Frame {
  /** 1 method, 2 header, 3 body, 8 heartbeat. */
  readonly type: FrameType;
  /** Channel number; 0 for the connection. */
  readonly channel: number;
  /** The bytes between the 7-byte frame header and the frame-end octet (a view, not a copy, when possible). */
  readonly payload: Uint8Array;
}

/** True for the frame types 0-9-1 defines (1, 2, 3, 8). */
export function isFrameType(t: unknown): t is FrameType {
  return t === FRAME_METHOD || t === FRAME_HEADER || t === FRAME_BODY || t === FRAME_HEARTBEAT;
}

/** Writes a frame header (type, channel, payload size) at `at`; returns where the payload starts. */
export function writeFrameHeader(out: Uint8Array, at: number, type: number, channel: number, size: number): number {
  out[at] = type;
  // A Uint8Array keeps the low 8 bits of what is stored: no masks needed.
  out[at + 1] = channel >>> 8;
  out[at + 2] = channel;
  out[at + 3] = size >>> 24;
  out[at + 4] = size >>> 16;
  out[at + 5] = size >>> 8;
  out[at + 6] = size;
  return at + FRAME_HEADER_SIZE;
}

/** Writes a whole frame around `payload` (copied) at `at`; returns the offset after its end octet. */
export function writeFrame(out: Uint8Array, at: number, type: number, channel: number, payload: Uint8Array): number {
  const start = writeFrameHeader(out, at, type, channel, payload.length);
  out.set(payload, start);
  const end = start + payload.length;
  out[end] = FRAME_END;
  return end + 1;
}
