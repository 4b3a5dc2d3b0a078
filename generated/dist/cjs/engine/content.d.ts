/**
 * Content assembly for one channel: a content method (basic.publish, deliver, return, get-ok), its
 * header, then body frames adding up to the header's body-size. Anything out of that order is 505
 * UNEXPECTED_FRAME, as RabbitMQ answers it.
 */
import { type ContentHeader, type Method } from '../index.js';
/** A content header and the whole body of one message. */
export interface Content {
    /** The content header: class-id, body-size and the decoded properties. */
    readonly header: ContentHeader;
    /**
     * The body. A body that came in one frame is a view of that frame's payload (no copy); a body
     * in several frames is copied once into one array of body-size bytes.
     */
    readonly body: Uint8Array;
}
/** A method as it completes: content methods with their content, others alone. */
export interface Incoming {
    /** The method's name (narrows typed replies). */
    readonly name: Method['name'];
    /** The decoded method: ids and arguments. */
    readonly method: Method;
    /** Header and body for a content method (deliver, return, get-ok), else undefined. */
    readonly content: Content | undefined;
}
/** Largest body-size accepted by default: 512 MiB (RabbitMQ's own upper limit on a message). */
export declare const DEFAULT_MAX_BODY_SIZE: number;
/**
 * Turns one channel's method, header and body frames into complete messages, checking their order.
 * The engine keeps one per channel; usable alone by anything that reads frames.
 */
export declare class ContentAssembler {
    /** Used in error contexts: `channel 3`. */
    readonly channel: number;
    /** Largest body-size accepted, in bytes; a larger header is 506 RESOURCE_ERROR. */
    readonly maxBodySize: number;
    private method;
    private header;
    private size;
    private received;
    /** The first body frame, kept as is until a second one shows the body spans frames. */
    private first;
    private buffer;
    constructor(
    /** Used in error contexts: `channel 3`. */
    channel: number, 
    /** Largest body-size accepted, in bytes; a larger header is 506 RESOURCE_ERROR. */
    maxBodySize?: number);
    /** True between a content method and its last body frame. */
    get busy(): boolean;
    /** A method frame: returned at once unless it carries content (then undefined until complete). */
    onMethod(method: Method): Incoming | undefined;
    /** A content header frame: completes the message when body-size is 0. */
    onHeader(header: ContentHeader): Incoming | undefined;
    /** A body frame: completes the message when the bodies add up to body-size. */
    onBody(payload: Uint8Array): Incoming | undefined;
    /** Forgets a partial message (the channel closed). */
    reset(): void;
    private complete;
}
