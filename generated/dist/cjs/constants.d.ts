/** Protocol version major number from the spec. */
export declare const PROTOCOL_MAJOR = 0;
/** Protocol version minor number from the spec. */
export declare const PROTOCOL_MINOR = 9;
/** Protocol version revision number from the spec. */
export declare const PROTOCOL_REVISION = 1;
/** Spec: constant frame-method */
export declare const FRAME_METHOD = 1;
/** Spec: constant frame-header */
export declare const FRAME_HEADER = 2;
/** Spec: constant frame-body */
export declare const FRAME_BODY = 3;
/** Spec: constant frame-heartbeat */
export declare const FRAME_HEARTBEAT = 8;
/** Spec: constant frame-min-size */
export declare const FRAME_MIN_SIZE = 4096;
/** Spec: constant frame-end */
export declare const FRAME_END = 206;
/**
 * Indicates that the method completed successfully. This reply code is reserved for future use -
 * the current protocol design does not use positive confirmation and reply codes are sent only in
 * case of an error.
 *
 * Spec: constant reply-success
 */
export declare const REPLY_SUCCESS = 200;
/**
 * The client attempted to transfer content larger than the server could accept at the present
 * time. The client may retry at a later time.
 *
 * Spec: constant content-too-large (soft-error)
 */
export declare const CONTENT_TOO_LARGE = 311;
/**
 * When the exchange cannot deliver to a consumer when the immediate flag is set. As a result of
 * pending data on the queue or the absence of any consumers of the queue.
 *
 * Spec: constant no-consumers (soft-error)
 */
export declare const NO_CONSUMERS = 313;
/**
 * An operator intervened to close the connection for some reason. The client may retry at some
 * later date.
 *
 * Spec: constant connection-forced (hard-error)
 */
export declare const CONNECTION_FORCED = 320;
/**
 * The client tried to work with an unknown virtual host.
 *
 * Spec: constant invalid-path (hard-error)
 */
export declare const INVALID_PATH = 402;
/**
 * The client attempted to work with a server entity to which it has no access due to security
 * settings.
 *
 * Spec: constant access-refused (soft-error)
 */
export declare const ACCESS_REFUSED = 403;
/**
 * The client attempted to work with a server entity that does not exist.
 *
 * Spec: constant not-found (soft-error)
 */
export declare const NOT_FOUND = 404;
/**
 * The client attempted to work with a server entity to which it has no access because another
 * client is working with it.
 *
 * Spec: constant resource-locked (soft-error)
 */
export declare const RESOURCE_LOCKED = 405;
/**
 * The client requested a method that was not allowed because some precondition failed.
 *
 * Spec: constant precondition-failed (soft-error)
 */
export declare const PRECONDITION_FAILED = 406;
/**
 * The sender sent a malformed frame that the recipient could not decode. This strongly implies a
 * programming error in the sending peer.
 *
 * Spec: constant frame-error (hard-error)
 */
export declare const FRAME_ERROR = 501;
/**
 * The sender sent a frame that contained illegal values for one or more fields. This strongly
 * implies a programming error in the sending peer.
 *
 * Spec: constant syntax-error (hard-error)
 */
export declare const SYNTAX_ERROR = 502;
/**
 * The client sent an invalid sequence of frames, attempting to perform an operation that was
 * considered invalid by the server. This usually implies a programming error in the client.
 *
 * Spec: constant command-invalid (hard-error)
 */
export declare const COMMAND_INVALID = 503;
/**
 * The client attempted to work with a channel that had not been correctly opened. This most likely
 * indicates a fault in the client layer.
 *
 * Spec: constant channel-error (hard-error)
 */
export declare const CHANNEL_ERROR = 504;
/**
 * The peer sent a frame that was not expected, usually in the context of a content header and
 * body. This strongly indicates a fault in the peer's content processing.
 *
 * Spec: constant unexpected-frame (hard-error)
 */
export declare const UNEXPECTED_FRAME = 505;
/**
 * The server could not complete the method because it lacked sufficient resources. This may be due
 * to the client creating too many of some type of entity.
 *
 * Spec: constant resource-error (hard-error)
 */
export declare const RESOURCE_ERROR = 506;
/**
 * The client tried to work with some entity in a manner that is prohibited by the server, due to
 * security settings or by some other criteria.
 *
 * Spec: constant not-allowed (hard-error)
 */
export declare const NOT_ALLOWED = 530;
/**
 * The client tried to use functionality that is not implemented in the server.
 *
 * Spec: constant not-implemented (hard-error)
 */
export declare const NOT_IMPLEMENTED = 540;
/**
 * The server could not complete the method because of an internal error. The server may require
 * intervention by an operator in order to resume normal operations.
 *
 * Spec: constant internal-error (hard-error)
 */
export declare const INTERNAL_ERROR = 541;
/**
 * The reply code RabbitMQ puts in basic.return when a message published with the mandatory flag
 * cannot be routed to any queue. The base XML lacks it.
 *
 * Spec: constant no-route (soft-error)
 */
export declare const NO_ROUTE = 312;
/** `success` (200), `soft` (closes the channel: channel.close), `hard` (closes the connection: connection.close), or `unknown` for codes the spec does not define. */
export type ReplyCodeKind = 'success' | 'soft' | 'hard' | 'unknown';
/** Every reply code the spec defines, with its spec name and kind. */
export declare const REPLY_CODES: readonly {
    /** The code on the wire. */
    readonly code: number;
    /** Spec name, e.g. `not-found`. */
    readonly name: string;
    /** Who closes: a channel (soft) or the connection (hard). */
    readonly kind: Exclude<ReplyCodeKind, 'unknown'>;
}[];
/** Classifies a reply code; codes the spec does not define are `unknown`, never an error. */
export declare function replyCodeKind(code: number): ReplyCodeKind;
/** The spec name of a reply code (`not-found`), or undefined when the spec does not define it. */
export declare function replyCodeName(code: number): string | undefined;
