/**
 * Streaming frame parser: feed it chunks as they arrive, get complete frames back.
 *
 * - Chunks may split a frame anywhere, including inside the 7-byte header; "need more bytes" is
 *   not an error, it only becomes one when finish() is called mid-frame.
 * - The size is checked against the limit as soon as the header is complete, before anything is
 *   allocated or buffered, so a hostile size of 2^32−1 costs nothing. A frame split across chunks
 *   gets a buffer of its declared size at once when that is within the negotiated frame-max (or, with
 *   frameMax 0, at most 1 MiB); beyond that the buffer grows as bytes arrive.
 * - A payload whose bytes (and end octet) all sit in the current chunk is returned as a subarray view
 *   of that chunk: zero copy, but it aliases the chunk, so copy it if the chunk's memory is reused.
 *   A payload spread over chunks is assembled into one fresh array of exactly its size; each byte is
 *   copied once (more only for a frame that grows), never the whole buffered stream again.
 * - Error offsets are absolute: bytes since the parser was created. After an error the parser is
 *   poisoned: push/finish rethrow the same error (frames of the failing chunk are not returned).
 * - A stream that starts with "AMQP" is a server rejecting our version by sending its own protocol
 *   header: reported as kind 'version-mismatch'. (Server-side users must consume the client's
 *   protocol header themselves before feeding the parser.)
 */
import { AmqpError, FRAME_ERROR, describeValue } from './errors.js';
import {
  DEFAULT_FRAME_HARD_CAP,
  DEFAULT_FRAME_MAX,
  FRAME_END,
  FRAME_HEADER_SIZE,
  FRAME_HEARTBEAT,
  FRAME_MIN_SIZE,
  FRAME_OVERHEAD,
  isFrameType,
  type Frame,
  type FrameType,
} from './frame-format.js';
import { heartbeatRuleBreak } from './frame-rules.js';

/** Limits for a {@link FrameParser}. */
export interface FrameParserOptions {
  /** Negotiated frame-max; default 131072; 0 = no negotiated limit (the hard cap still applies). */
  frameMax?: number;
  /** Local limit on any frame's total size, always applied; default 16 MiB. */
  hardCap?: number;
}

const EXPECT_HEADER = 0;
const EXPECT_PAYLOAD = 1;
const EXPECT_END = 2;
const EXPECT_VERSION = 3;

const EMPTY = new Uint8Array(0);
const AMQP = [0x41, 0x4d, 0x51, 0x50];

function frameError(message: string, offset: number, replyCode = FRAME_ERROR): AmqpError {
  return new AmqpError(message, { kind: 'frame', replyCode, offset });
}

function checkLimit(v: unknown, name: string, allowZero: boolean): number {
  if (
    typeof v === 'number' &&
    Number.isInteger(v) &&
    v <= 0xffffffff &&
    (v >= FRAME_MIN_SIZE || (allowZero && v === 0))
  ) {
    return v;
  }
  throw new AmqpError(
    `${name} ${describeValue(v)} is invalid: expected an integer ${allowZero ? '0 or ' : ''}${FRAME_MIN_SIZE}..4294967295`,
    { kind: 'frame' },
  );
}

/** First allocation for a frame split across chunks whose size is not allocated at once. */
const MIN_PARTIAL = 4096;
/**
 * With frameMax 0 (only the hard cap applies), declared sizes up to this are allocated at once; larger
 * ones grow as their bytes arrive, so a header alone cannot make the parser allocate megabytes.
 */
const EAGER_UNLIMITED = 1 << 20;

/**
 * Splits a byte stream into frames: push chunks as they arrive (any split, even inside a frame
 * header), get back the frames completed so far. Checks each frame's size against the limits before
 * buffering it, and its end octet; reports a server's "AMQP" version header as a version mismatch.
 * After an error the parser stays failed (the stream cannot be resynchronised).
 */
export class FrameParser {
  private frameMaxValue: number;
  private readonly hardCap: number;
  /** Largest payload accepted: min(frameMax, hardCap) − 8. */
  private maxPayload: number;

  private state = EXPECT_HEADER;
  /** Header bytes (or protocol-header bytes) gathered across chunks. */
  private readonly head = new Uint8Array(8);
  private headLen = 0;
  private type: FrameType = 1;
  private channel = 0;
  private size = 0;
  private payload: Uint8Array = EMPTY;
  private filled = 0;
  /** Stream offset of the current chunk's first byte. */
  private offset = 0;
  /** Stream offset of the current frame's first byte. */
  private frameStart = 0;
  private error: AmqpError | undefined;

  /** Without options: frame-max 131072 (RabbitMQ's default, right before tune) and a 16 MiB hard cap. */
  constructor(options?: FrameParserOptions) {
    this.frameMaxValue = checkLimit(options?.frameMax ?? DEFAULT_FRAME_MAX, 'frameMax', true);
    this.hardCap = checkLimit(options?.hardCap ?? DEFAULT_FRAME_HARD_CAP, 'hardCap', false);
    this.maxPayload = this.computeMaxPayload();
  }

  /** Negotiated frame-max (set it after tune); 0 means only the hard cap applies. */
  get frameMax(): number {
    return this.frameMaxValue;
  }

  /** Changes the limit for frames that have not started yet (frame-max from tune). */
  set frameMax(v: number) {
    this.frameMaxValue = checkLimit(v, 'frameMax', true);
    this.maxPayload = this.computeMaxPayload();
  }

  private computeMaxPayload(): number {
    const limit = this.frameMaxValue === 0 ? this.hardCap : Math.min(this.frameMaxValue, this.hardCap);
    return limit - FRAME_OVERHEAD;
  }

  /** Bytes held waiting for the rest of a frame. */
  get buffered(): number {
    switch (this.state) {
      case EXPECT_PAYLOAD:
        return FRAME_HEADER_SIZE + this.filled;
      case EXPECT_END:
        return FRAME_HEADER_SIZE + this.size;
      default:
        return this.headLen;
    }
  }

  /** Complete frames in stream order; partial data is kept for the next push. */
  push(chunk: Uint8Array | ArrayBuffer): Frame[] {
    if (this.error !== undefined) throw this.error;
    if (!(chunk instanceof Uint8Array)) {
      // A WebSocket with binaryType 'arraybuffer' delivers ArrayBuffers: view it, no copy.
      if (!(chunk instanceof ArrayBuffer)) {
        throw new AmqpError(`${describeValue(chunk)} is not a Uint8Array or an ArrayBuffer`, { kind: 'frame' });
      }
      chunk = new Uint8Array(chunk);
    }
    // Views of a subclass (Node's Buffer) would make every payload and decoded byte value one too.
    if (chunk.constructor !== Uint8Array) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const frames: Frame[] = [];
    try {
      this.run(chunk, frames);
    } catch (e) {
      if (e instanceof AmqpError) this.error = e;
      throw e;
    }
    this.offset += chunk.length;
    return frames;
  }

  /** The stream has ended: an incomplete frame is an error (501). */
  finish(): void {
    if (this.error !== undefined) throw this.error;
    if (this.state !== EXPECT_HEADER || this.headLen !== 0) {
      const have = this.buffered;
      const whole =
        this.state === EXPECT_HEADER || this.state === EXPECT_VERSION ? '' : ` of ${this.size + FRAME_OVERHEAD}`;
      this.error = frameError(
        `truncated frame: the stream ended after ${have} byte${have === 1 ? '' : 's'}${whole}`,
        this.frameStart,
      );
      throw this.error;
    }
  }

  private run(chunk: Uint8Array, frames: Frame[]): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      const state = this.state;
      if (state === EXPECT_HEADER) {
        const at = this.offset + i;
        if (this.headLen === 0) {
          this.frameStart = at;
          if (at === 0 && chunk[i] === AMQP[0]) {
            this.state = EXPECT_VERSION;
            continue;
          }
        }
        if (this.headLen === 0 && n - i >= FRAME_HEADER_SIZE) {
          // Fast path: the whole header is in this chunk.
          this.setHeader(
            chunk[i],
            (chunk[i + 1] << 8) | chunk[i + 2],
            ((chunk[i + 3] << 24) | (chunk[i + 4] << 16) | (chunk[i + 5] << 8) | chunk[i + 6]) >>> 0,
          );
          i += FRAME_HEADER_SIZE;
        } else {
          const h = this.head;
          let k = this.headLen;
          while (k < FRAME_HEADER_SIZE && i < n) h[k++] = chunk[i++];
          this.headLen = k;
          // Reject a bad type as soon as its byte arrives (e.g. an HTTP reply), not 7 bytes later.
          if (!isFrameType(h[0])) throw this.unknownType(h[0]);
          if (k < FRAME_HEADER_SIZE) break;
          this.headLen = 0;
          this.setHeader(h[0], (h[1] << 8) | h[2], ((h[3] << 24) | (h[4] << 16) | (h[5] << 8) | h[6]) >>> 0);
        }
        const size = this.size;
        if (n - i > size) {
          // Payload and end octet are all here: return a view, no copy.
          const endAt = i + size;
          if (chunk[endAt] !== FRAME_END) throw this.badEnd(chunk[endAt], this.offset + endAt);
          frames.push({ type: this.type, channel: this.channel, payload: chunk.subarray(i, endAt) });
          i = endAt + 1;
        } else {
          // A size within the negotiated frame-max (or 1 MiB without one) is allocated once: every byte
          // is then copied once. Larger declared sizes allocate as their bytes come in.
          const eager = this.frameMaxValue !== 0 || size <= EAGER_UNLIMITED;
          this.payload =
            size === 0 ? EMPTY : new Uint8Array(eager ? size : Math.min(size, Math.max(n - i, MIN_PARTIAL)));
          this.filled = 0;
          this.state = size === 0 ? EXPECT_END : EXPECT_PAYLOAD;
        }
      } else if (state === EXPECT_PAYLOAD) {
        const take = Math.min(this.size - this.filled, n - i);
        const need = this.filled + take;
        if (need > this.payload.length) {
          // Grow geometrically, never past the declared size, so the final buffer is exact.
          const grown = new Uint8Array(Math.min(this.size, Math.max(need, this.payload.length * 2)));
          grown.set(this.payload.subarray(0, this.filled));
          this.payload = grown;
        }
        this.payload.set(chunk.subarray(i, i + take), this.filled);
        this.filled += take;
        i += take;
        if (this.filled === this.size) this.state = EXPECT_END;
      } else if (state === EXPECT_END) {
        if (chunk[i] !== FRAME_END) throw this.badEnd(chunk[i], this.offset + i);
        frames.push({ type: this.type, channel: this.channel, payload: this.payload });
        this.payload = EMPTY;
        this.state = EXPECT_HEADER;
        i++;
      } else {
        i = this.version(chunk, i);
      }
    }
  }

  /** Validates a complete (or, for the type alone, partial) header before anything is buffered. */
  private setHeader(type: number, channel: number, size: number): void {
    const at = this.frameStart;
    if (!isFrameType(type)) throw this.unknownType(type);
    if (size > this.maxPayload) {
      throw frameError(
        `frame payload of ${size} bytes exceeds the limit of ${this.maxPayload} (frame-max ${this.frameMaxValue === 0 ? 'unlimited' : this.frameMaxValue}, hard cap ${this.hardCap}, minus 8 bytes of framing)`,
        at,
      );
    }
    if (type === FRAME_HEARTBEAT) {
      const broken = heartbeatRuleBreak(channel, size);
      if (broken !== undefined) throw frameError(broken.message, at, broken.replyCode);
    }
    this.type = type;
    this.channel = channel;
    this.size = size;
  }

  private unknownType(type: number): AmqpError {
    return frameError(
      `unknown frame type ${type} (0x${type.toString(16).padStart(2, '0')}); expected 1, 2, 3 or 8`,
      this.frameStart,
    );
  }

  private badEnd(octet: number, at: number): AmqpError {
    return frameError(
      `frame end octet is 0x${octet.toString(16).padStart(2, '0')}, expected 0x${FRAME_END.toString(16)}`,
      at,
    );
  }

  /** Gathers the 8-byte protocol header a server sends when it rejects our version. */
  private version(chunk: Uint8Array, i: number): number {
    const h = this.head;
    let k = this.headLen;
    while (k < 8 && i < chunk.length) {
      const b = chunk[i++];
      if (k < 4 && b !== AMQP[k]) {
        // Not "AMQP" after all: report the first byte as the frame type it claims to be.
        throw this.unknownType(AMQP[0]);
      }
      h[k++] = b;
    }
    this.headLen = k;
    if (k === 8) {
      throw new AmqpError(`server does not support AMQP 0-9-1; it offered AMQP ${h[4]}-${h[5]}-${h[6]}-${h[7]}`, {
        kind: 'version-mismatch',
      });
    }
    return i;
  }
}
