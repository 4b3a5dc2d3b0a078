/**
 * Content assembly for one channel: a content method (basic.publish, deliver, return, get-ok), its
 * header, then body frames adding up to the header's body-size. Anything out of that order is 505
 * UNEXPECTED_FRAME, as RabbitMQ answers it.
 */
import { AmqpError, METHODS, RESOURCE_ERROR, UNEXPECTED_FRAME, type ContentHeader, type Method } from '../index.js';

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

const EMPTY = new Uint8Array(0);

/** Largest body-size accepted by default: 512 MiB (RabbitMQ's own upper limit on a message). */
export const DEFAULT_MAX_BODY_SIZE = 512 * 1024 * 1024;

function unexpected(message: string, context: string): AmqpError {
  return new AmqpError(message, { kind: 'decode', replyCode: UNEXPECTED_FRAME, context });
}

/**
 * Turns one channel's method, header and body frames into complete messages, checking their order.
 * The engine keeps one per channel; usable alone by anything that reads frames.
 */
export class ContentAssembler {
  private method: Method | undefined;
  private header: ContentHeader | undefined;
  private size = 0;
  private received = 0;
  /** The first body frame, kept as is until a second one shows the body spans frames. */
  private first: Uint8Array | undefined;
  private buffer: Uint8Array | undefined;

  constructor(
    /** Used in error contexts: `channel 3`. */
    readonly channel: number,
    /** Largest body-size accepted, in bytes; a larger header is 506 RESOURCE_ERROR. */
    readonly maxBodySize = DEFAULT_MAX_BODY_SIZE,
  ) {}

  /** True between a content method and its last body frame. */
  get busy(): boolean {
    return this.method !== undefined;
  }

  /** A method frame: returned at once unless it carries content (then undefined until complete). */
  onMethod(method: Method): Incoming | undefined {
    if (this.method !== undefined) {
      throw unexpected(
        `${method.name} arrived while ${this.method.name} waits for its ${this.header === undefined ? 'content header' : 'body'}`,
        `channel ${this.channel}`,
      );
    }
    if (!METHODS[method.name].content) return { name: method.name, method, content: undefined };
    this.method = method;
    return undefined;
  }

  /** A content header frame: completes the message when body-size is 0. */
  onHeader(header: ContentHeader): Incoming | undefined {
    const method = this.method;
    if (method === undefined || this.header !== undefined) {
      throw unexpected(
        method === undefined ? 'content header without a content method before it' : 'a second content header',
        `channel ${this.channel}`,
      );
    }
    if (header.classId !== method.classId) {
      throw unexpected(
        `expected content header for class ${method.classId}, got one for class ${header.classId}`,
        `${method.name} header`,
      );
    }
    const size = header.bodySize;
    if (typeof size === 'bigint' || size > this.maxBodySize) {
      throw new AmqpError(`body-size ${size} is over the ${this.maxBodySize}-byte limit`, {
        kind: 'decode',
        replyCode: RESOURCE_ERROR,
        context: `${method.name} header`,
      });
    }
    if (size === 0) return this.complete(method, header, EMPTY);
    this.header = header;
    this.size = size;
    return undefined;
  }

  /** A body frame: completes the message when the bodies add up to body-size. */
  onBody(payload: Uint8Array): Incoming | undefined {
    const method = this.method;
    const header = this.header;
    if (method === undefined || header === undefined) {
      throw unexpected(
        method === undefined
          ? 'body frame without a content method'
          : `body frame before the content header of ${method.name}`,
        `channel ${this.channel}`,
      );
    }
    const total = this.received + payload.length;
    if (total > this.size) {
      throw unexpected(`bodies add up to ${total} bytes, more than body-size ${this.size}`, `${method.name} body`);
    }
    if (this.received === 0) {
      if (total === this.size) return this.complete(method, header, payload);
      this.first = payload;
    } else {
      if (this.buffer === undefined) {
        // A second frame: the body spans frames, so it is copied once into its final array.
        this.buffer = new Uint8Array(this.size);
        this.buffer.set(this.first!, 0);
        this.first = undefined;
      }
      this.buffer.set(payload, this.received);
    }
    this.received = total;
    if (total < this.size) return undefined;
    return this.complete(method, header, this.buffer!);
  }

  /** Forgets a partial message (the channel closed). */
  reset(): void {
    this.method = undefined;
    this.header = undefined;
    this.size = 0;
    this.received = 0;
    this.first = undefined;
    this.buffer = undefined;
  }

  private complete(method: Method, header: ContentHeader, body: Uint8Array): Incoming {
    this.reset();
    return { name: method.name, method, content: { header, body } };
  }
}
