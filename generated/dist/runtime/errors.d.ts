/**
 * The one error type of the runtime.
 *
 * Reply-code policy (what a peer should answer when it closes the connection):
 * - 501 FRAME_ERROR: framing is broken — unknown frame type, bad frame end, frame over the size
 *   limit, a payload that ends before a field is complete ("truncated"; RabbitMQ answers truncated
 *   method arguments with 501 too), trailing bytes after the last field, a length that runs past its
 *   container.
 * - 502 SYNTAX_ERROR: the bytes frame correctly but hold an illegal value — unknown field-table tag,
 *   a property flag bit for a property that does not exist, invalid content, nesting deeper than we
 *   accept.
 * - 505 UNEXPECTED_FRAME: a frame that is well formed but not allowed where it is (heartbeat on a
 *   channel other than 0).
 * - Encode errors (kind 'encode') carry no reply code: nothing went over the wire.
 */
export type AmqpErrorKind = 'encode' | 'decode' | 'frame' | 'version-mismatch';
export interface AmqpErrorOptions {
    kind: AmqpErrorKind;
    replyCode?: number;
    /** Byte offset: into the payload/field being decoded, or since the stream began for the frame parser. */
    offset?: number;
    /** Where the problem is, e.g. `basic.publish.exchange` or `queue.declare.arguments.x-death[0].count`. */
    context?: string;
    /** Class id of the method or content header the error is about, when the ids were read. */
    classId?: number;
    /** Method id of the method the error is about, when the ids were read. */
    methodId?: number;
}
export declare const FRAME_ERROR = 501;
export declare const SYNTAX_ERROR = 502;
export declare const COMMAND_INVALID = 503;
export declare const UNEXPECTED_FRAME = 505;
export declare class AmqpError extends Error {
    readonly name: "AmqpError";
    readonly kind: AmqpErrorKind;
    readonly replyCode: number | undefined;
    readonly offset: number | undefined;
    readonly context: string | undefined;
    readonly classId: number | undefined;
    readonly methodId: number | undefined;
    constructor(message: string, options: AmqpErrorOptions);
}
/** True for an AmqpError from any copy of this package (checks the name, not instanceof). */
export declare function isAmqpError(e: unknown): e is AmqpError;
/** Decode error for a field that runs past the end of its payload or container: "needs 5 bytes, 2 left". */
export declare function truncatedError(ctx: string, at: number, need: number, left: number): AmqpError;
/** Short, safe description of an arbitrary value for error messages (never throws). */
export declare function describeValue(v: unknown): string;
