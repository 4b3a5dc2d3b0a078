import { type Frame } from './frame-format.js';
/** Limits for a {@link FrameParser}. */
export interface FrameParserOptions {
    /** Negotiated frame-max; default 131072; 0 = no negotiated limit (the hard cap still applies). */
    frameMax?: number;
    /** Local limit on any frame's total size, always applied; default 16 MiB. */
    hardCap?: number;
}
/**
 * Splits a byte stream into frames: push chunks as they arrive (any split, even inside a frame
 * header), get back the frames completed so far. Checks each frame's size against the limits before
 * buffering it, and its end octet; reports a server's "AMQP" version header as a version mismatch.
 * After an error the parser stays failed (the stream cannot be resynchronised).
 */
export declare class FrameParser {
    #private;
    /** Without options: frame-max 131072 (RabbitMQ's default, right before tune) and a 16 MiB hard cap. */
    constructor(options?: FrameParserOptions);
    /** Negotiated frame-max (set it after tune); 0 means only the hard cap applies. */
    get frameMax(): number;
    /** Changes the limit for frames that have not started yet (frame-max from tune). */
    set frameMax(v: number);
    /** Bytes held waiting for the rest of a frame. */
    get buffered(): number;
    /** Complete frames in stream order; partial data is kept for the next push. */
    push(chunk: Uint8Array | ArrayBuffer): Frame[];
    /** The stream has ended: an incomplete frame is an error (501). */
    finish(): void;
}
