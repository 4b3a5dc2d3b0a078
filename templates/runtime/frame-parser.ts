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

function checkLimit(v: unknown, name: string, allowZero: boolean): number {
  if (
    Number.isInteger(v) &&
    (v as number) <= 0xffffffff &&
    ((v as number) >= FRAME_MIN_SIZE || (allowZero && v === 0))
  ) {
    return v as number;
  }
  throw new AmqpError(
    `${name} ${describeValue(v)} is invalid: expected an integer ${allowZero ? '0 or ' : ''}${FRAME_MIN_SIZE}..4294967295`,
    { kind: 'frame' },
  );
}

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
  #frameMax!: number;
  readonly #hardCap: number;
  /** Header bytes (or protocol-header bytes) gathered across chunks. */
  readonly #head = new Uint8Array(8);
  /** The current frame once its header is complete; undefined while reading a header. */
  #frame: { type: FrameType; channel: number; payload: Uint8Array } | undefined;
  /**
   * Bytes of the current frame held: header bytes in #head while reading a header, then payload
   * bytes; the frame waits for its end octet when this reaches #size.
   */
  #got = 0;
  #size!: number;
  /** Stream offset of the current chunk's first byte. */
  #offset = 0;
  /** Stream offset of the current frame's first byte. */
  #start!: number;
  #error: AmqpError | undefined;

  /** Without options: frame-max 131072 (RabbitMQ's default, right before tune) and a 16 MiB hard cap. */
  constructor(options?: FrameParserOptions) {
    this.frameMax = options?.frameMax ?? DEFAULT_FRAME_MAX;
    this.#hardCap = checkLimit(options?.hardCap ?? DEFAULT_FRAME_HARD_CAP, 'hardCap', false);
  }

  /** Negotiated frame-max (set it after tune); 0 means only the hard cap applies. */
  get frameMax(): number {
    return this.#frameMax;
  }

  /** Changes the limit for frames that have not started yet (frame-max from tune). */
  set frameMax(v: number) {
    this.#frameMax = checkLimit(v, 'frameMax', true);
  }

  /** Bytes held waiting for the rest of a frame. */
  get buffered(): number {
    return (this.#frame ? FRAME_HEADER_SIZE : 0) + this.#got;
  }

  /** Complete frames in stream order; partial data is kept for the next push. */
  push(chunk: Uint8Array | ArrayBuffer): Frame[] {
    if (this.#error) throw this.#error;
    // A plain view, no copy, of an ArrayBuffer (a WebSocket with binaryType 'arraybuffer') or of a
    // subclass's view (Node's Buffer would make every payload and decoded byte value one too).
    if (!(chunk instanceof Uint8Array && chunk.constructor === Uint8Array)) {
      if (!(chunk instanceof Uint8Array || chunk instanceof ArrayBuffer)) {
        throw new AmqpError(`${describeValue(chunk)} is not a Uint8Array or an ArrayBuffer`, { kind: 'frame' });
      }
      // An ArrayBuffer has no buffer, and byteOffset undefined means 0.
      chunk = new Uint8Array((chunk as Uint8Array).buffer ?? chunk, (chunk as Uint8Array).byteOffset, chunk.byteLength);
    }
    const frames: Frame[] = [];
    const n = chunk.length;
    const head = this.#head;
    const frameMax = this.#frameMax;
    const hardCap = this.#hardCap;
    const max = Math.min(frameMax || hardCap, hardCap) - FRAME_OVERHEAD;
    // The state lives in locals while the chunk is parsed, and goes back to the fields at its end.
    let frame = this.#frame;
    let size = this.#size;
    let got = this.#got;
    let i = 0;
    while (i < n) {
      if (!frame) {
        if (!got) this.#start = this.#offset + i;
        const first = got ? head[0] : chunk[i];
        // "A" first in the stream: a server rejecting our version sends its protocol header ("AMQP" + 4 bytes).
        const version = first === 0x41 && !this.#start;
        let from = chunk;
        let at = i;
        if (got || version || n - i < FRAME_HEADER_SIZE) {
          // A header split across chunks is gathered in #head (at least one byte per pass).
          while (got < (version ? 8 : FRAME_HEADER_SIZE) && i < n) head[got++] = chunk[i++];
          from = head;
          at = 0;
        } else i += FRAME_HEADER_SIZE;
        // A bad type fails as soon as its byte arrives (an HTTP reply, say), not 7 bytes later.
        if (version ? !String.fromCharCode(...head).startsWith('AMQP'.slice(0, got)) : !isFrameType(first)) {
          this.#fail(`unknown frame type ${first}; expected 1, 2, 3 or 8`);
        }
        if (got > FRAME_HEADER_SIZE) {
          throw (this.#error = new AmqpError(
            `server does not support AMQP 0-9-1; it offered AMQP ${head.subarray(4).join('-')}`,
            { kind: 'version-mismatch' },
          ));
        }
        if (got && (version || got < FRAME_HEADER_SIZE)) break;
        const channel = (from[at + 1] << 8) | from[at + 2];
        size = ((from[at + 3] << 24) | (from[at + 4] << 16) | (from[at + 5] << 8) | from[at + 6]) >>> 0;
        // Checked before anything is allocated or buffered, so a hostile size of 2^32−1 costs nothing.
        if (size > max) {
          this.#fail(
            `frame payload of ${size} bytes exceeds the limit of ${max} (frame-max ${frameMax}, hard cap ${hardCap}, less 8 bytes of framing)`,
          );
        }
        const broken = first === FRAME_HEARTBEAT && heartbeatRuleBreak(channel, size);
        if (broken) this.#fail(...broken);
        // Payload and end octet all here: a view, no copy. Otherwise an empty view, gathered into below.
        frame = { type: first as FrameType, channel, payload: chunk.subarray(i, n - i > size ? (i += size) : i) };
        got = frame.payload.length;
      }
      if (got < size) {
        const take = Math.min(size - got, n - i);
        let payload = frame.payload;
        if (got + take > payload.length) {
          // A size within the negotiated frame-max (or 1 MiB without one) is allocated at once: every
          // byte is then copied once. Larger declared sizes grow geometrically as their bytes come in,
          // never past the declared size, so the final buffer is exact.
          const eager = frameMax || size <= EAGER_UNLIMITED ? size : 0;
          const grown = new Uint8Array(Math.min(size, Math.max(got + take, payload.length * 2, eager)));
          grown.set(payload);
          frame.payload = payload = grown;
        }
        payload.set(chunk.subarray(i, (i += take)), got);
        got += take;
      } else if (i < n) {
        if (chunk[i] !== FRAME_END) {
          this.#fail(`frame end octet is 0x${chunk[i].toString(16)}, expected 0xce`, FRAME_ERROR, this.#offset + i);
        }
        frames.push(frame);
        frame = undefined;
        got = 0;
        i++;
      }
    }
    this.#frame = frame;
    this.#size = size;
    this.#got = got;
    this.#offset += n;
    return frames;
  }

  /** The stream has ended: an incomplete frame is an error (501). */
  finish(): void {
    if (this.#error) throw this.#error;
    const have = this.buffered;
    if (have) {
      this.#fail(
        `truncated frame: the stream ended after byte ${have}${this.#frame ? ` of ${this.#size + FRAME_OVERHEAD}` : ''}`,
      );
    }
  }

  /** Throws a frame error and poisons the parser with it. */
  #fail(message: string, replyCode = FRAME_ERROR, offset = this.#start): never {
    throw (this.#error = new AmqpError(message, { kind: 'frame', replyCode, offset }));
  }
}
