/**
 * Frame layout: type u8 · channel u16 · size u32 · payload · 0xCE. Its constants, and the one
 * writer of a frame header every encoder uses.
 */
export declare const FRAME_METHOD = 1;
export declare const FRAME_HEADER = 2;
export declare const FRAME_BODY = 3;
export declare const FRAME_HEARTBEAT = 8;
export declare const FRAME_END = 206;
/** Bytes before the payload: type, channel and size. */
export declare const FRAME_HEADER_SIZE = 7;
/** Bytes a method payload starts with: class id u16 and method id u16. */
export declare const METHOD_PREFIX_SIZE = 4;
/** Bytes a content header payload starts with: class id u16, weight u16 and body-size u64. */
export declare const CONTENT_HEADER_PREFIX_SIZE = 12;
/** Bytes around a payload: 7 header + 1 end octet. frame-max counts them, so payload ≤ frame-max − 8. */
export declare const FRAME_OVERHEAD = 8;
/** The smallest frame-max a peer may negotiate (and the size every peer accepts before tune). */
export declare const FRAME_MIN_SIZE = 4096;
/** RabbitMQ's default frame-max. */
export declare const DEFAULT_FRAME_MAX = 131072;
/** Local cap on any frame, also when frame-max is 0 ("no limit"): 16 MiB. */
export declare const DEFAULT_FRAME_HARD_CAP: number;
/**
 * "AMQP" 0 0 9 1. Shared constant: do not mutate (typed arrays cannot be frozen).
 */
export declare const PROTOCOL_HEADER: Uint8Array;
/** Heartbeat: type 8, channel 0, size 0, end. Shared constant: do not mutate. */
export declare const HEARTBEAT_FRAME: Uint8Array;
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
export declare function isFrameType(t: unknown): t is FrameType;
/** Writes a frame header (type, channel, payload size) at `at`; returns where the payload starts. */
export declare function writeFrameHeader(out: Uint8Array, at: number, type: number, channel: number, size: number): number;
/** Writes a whole frame around `payload` (copied) at `at`; returns the offset after its end octet. */
export declare function writeFrame(out: Uint8Array, at: number, type: number, channel: number, payload: Uint8Array): number;
