export { DEFAULT_FRAME_HARD_CAP, DEFAULT_FRAME_MAX, FRAME_BODY, FRAME_END, FRAME_HEADER, FRAME_HEARTBEAT, FRAME_METHOD, FRAME_MIN_SIZE, FRAME_OVERHEAD, HEARTBEAT_FRAME, PROTOCOL_HEADER, isFrameType, type Frame, type FrameType, } from './frame-format.js';
export { FrameParser, type FrameParserOptions } from './frame-parser.js';
/**
 * One frame around `payload` (copied). Heartbeats must be empty and on channel 0; headers and bodies
 * never use channel 0. With `frameMax`, a frame larger than it is refused (see checkFrameSize).
 */
export declare function encodeFrame(type: number, channel: number, payload: Uint8Array, frameMax?: number): Uint8Array;
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
export declare function encodeBodyFrames(channel: number, body: Uint8Array, frameMax: number): Uint8Array[];
