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
 * - 504 CHANNEL_ERROR: a frame on a channel it may not use — a content header, a body or a method of
 *   a class other than connection on channel 0 (RabbitMQ answers these with 504 too).
 * - 505 UNEXPECTED_FRAME: a frame that is well formed but not allowed where it is (heartbeat on a
 *   channel other than 0; a content header whose class is not the class of the method it follows,
 *   including a class that carries no content: RabbitMQ's "expected content header for class 60").
 * - Encode errors (kind 'encode') carry no reply code: nothing went over the wire.
 */
export type AmqpErrorKind = 'encode' | 'decode' | 'frame' | 'version-mismatch';

/** What an {@link AmqpError} carries besides its message. */
export interface AmqpErrorOptions {
  /** Which operation failed: encoding, decoding, framing, or the peer refused the protocol version. */
  kind: AmqpErrorKind;
  /** The reply code a peer should close with (501, 502, 503, 505); none for encode errors. */
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

export const FRAME_ERROR = 501;
export const SYNTAX_ERROR = 502;
export const COMMAND_INVALID = 503;
export const CHANNEL_ERROR = 504;
export const UNEXPECTED_FRAME = 505;

/**
 * The one error the package throws for bad input, in either direction: `kind` says which operation
 * failed, `context` where (`basic.publish.exchange`, `table.x-death[0].count`), `offset` at which byte,
 * and `replyCode` what to close the connection or channel with. Recognise it with {@link isAmqpError},
 * which also works across copies of the package (ESM and CommonJS, or two versions).
 */
export class AmqpError extends Error {
  /** Always `'AmqpError'` (an own property, so it survives structured cloning and other copies). */
  // An own property (not only the prototype's) so `e.name === 'AmqpError'` holds for errors created
  // by any copy of this package, where `instanceof` would fail.
  override readonly name = 'AmqpError' as const;
  /** Which operation failed: `encode`, `decode`, `frame` or `version-mismatch`. */
  declare readonly kind: AmqpErrorKind;
  /** The reply code to close with (501 frame, 502 syntax, 503 command invalid, 505 unexpected frame); undefined for encode errors. */
  declare readonly replyCode: number | undefined;
  /** Byte offset of the problem: into the payload or value being decoded, or since the stream began for the frame parser. */
  declare readonly offset: number | undefined;
  /** Where the problem is: `class.method.field`, `class.properties.name`, a table key path, or `frame.type`. */
  declare readonly context: string | undefined;
  /** Class id of the method or content header, when the ids were read (unknown or unexpected methods). */
  declare readonly classId: number | undefined;
  /** Method id, when the ids were read (unknown or unexpected methods). */
  declare readonly methodId: number | undefined;

  /** `message` is prefixed with the context and offset from `options`. */
  constructor(message: string, options: AmqpErrorOptions) {
    super(compose(message, options));
    // Declared, not initialised, fields: one loop sets them all (own properties, in this order).
    for (const key of OPTION_KEYS) (this as Record<string, unknown>)[key] = options[key];
  }
}

const OPTION_KEYS = ['kind', 'replyCode', 'offset', 'context', 'classId', 'methodId'] as const;

/** `context at offset N: message`, leaving out the parts that are not given. */
function compose(message: string, o: AmqpErrorOptions): string {
  let where = o.context;
  if (o.offset !== undefined) where = `${where === undefined ? '' : `${where} `}at offset ${o.offset}`;
  return where === undefined || where === '' ? message : `${where}: ${message}`;
}

/** An encode error (nothing was written): `message`, and where (`ctx`) when known. */
export function encodeError(message: string, ctx?: string): AmqpError {
  return new AmqpError(message, { kind: 'encode', context: ctx });
}

/** True for an AmqpError from any copy of this package (checks the name, not instanceof). */
export function isAmqpError(e: unknown): e is AmqpError {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AmqpError';
}

/** Decode error for a field that runs past the end of its payload or container: "needs 5 bytes, 2 left". */
export function truncatedError(ctx: string, at: number, need: number, left: number): AmqpError {
  return decodeError(`truncated: needs ${need} byte${need === 1 ? '' : 's'}, ${left} left`, FRAME_ERROR, at, ctx);
}

/** A decode error: what to close with (`replyCode`), at which byte (`offset`) of what (`context`). */
export function decodeError(message: string, replyCode?: number, offset?: number, context?: string): AmqpError {
  return new AmqpError(message, { kind: 'decode', replyCode, offset, context });
}

/** Short, safe description of an arbitrary value for error messages (never throws). */
export function describeValue(v: unknown): string {
  try {
    const type = typeof v;
    if (type === 'string') return JSON.stringify((v as string).slice(0, 40)) + ((v as string).length > 40 ? '…' : '');
    if (type === 'bigint') return `${v as bigint}n`;
    if (type === 'symbol') return `a symbol (${String(v)})`;
    if (type === 'function') return 'a function';
    // Numbers, booleans, undefined and null print as themselves.
    if (type !== 'object' || v === null) return Object.is(v, -0) ? '-0' : String(v);
    if (Array.isArray(v)) return 'an array';
    // A null constructor (or a name getter that throws) ends in the catch below.
    const ctor = (Object.getPrototypeOf(v) as { constructor?: { name?: unknown } } | null)?.constructor;
    const name = ctor === undefined ? undefined : ctor.name;
    return `a ${typeof name === 'string' && name !== '' ? name : 'Object'} instance`;
  } catch {
    return 'a value';
  }
}
