// Encode-side experiment: a copy of the generated encoders for basic.publish, queue.declare and the
// basic content header (Writer, methodFrame, finishFrame, encodeShortstr), with each candidate
// optimisation behind a flag (see preprocess.mjs). With no flags the code matches
// generated/src/runtime/writer.ts, basic.ts and queue.ts as of this benchmark.
//
// Flags:
//   NOVIEW  Writer keeps no DataView: u16/u32/u64 are written with shifts. `new DataView(bytes.buffer)`
//           on a fresh Uint8Array of ≤ 64 bytes forces V8 to move its (on-heap) storage into a new
//           off-heap ArrayBuffer. methodFrame / the header writer also store the constant frame
//           type, class id and method id directly instead of validating them through u8/u16.
//   INPLACE shortstrs are measured (utf8Length) and written straight into the frame, instead of being
//           encoded into a temporary Uint8Array each and then copied.
//   TABLE1  a field table is encoded into the encoder's scratch buffer and copied once, straight into
//           the frame, instead of `scratch.slice()` (allocation + copy) followed by Writer#raw (copy).

import { AmqpError, describeValue } from '../../generated/dist/runtime/errors.js';
import { isUint64, setUint64 } from '../../generated/dist/runtime/int64.js';
import { utf8Encode, utf8Length } from '../../generated/dist/runtime/utf8.js';
// #if TABLE1
import { encodeTableScratch, releaseScratch } from './.variants/field-table-encode.copy.mjs';
// #else
import { encodeTable } from '../../generated/dist/runtime/field-table-encode.js';
// #endif

const TWO_32 = 4294967296;
const encoder = new TextEncoder();

function encodeError(message, ctx) {
  return new AmqpError(message, { kind: 'encode', context: ctx });
}
function notInteger(v, ctx, domain, range) {
  return encodeError(`${describeValue(v)} is not ${domain} (integer ${range})`, ctx);
}
function overflow() {
  return new AmqpError('internal size mismatch: write past the end of the frame', { kind: 'encode' });
}

class Writer {
  constructor(size) {
    if (!Number.isSafeInteger(size) || size < 0) {
      throw new AmqpError(`invalid frame buffer size ${describeValue(size)}`, { kind: 'encode' });
    }
    this.bytes = new Uint8Array(size);
    // #if !NOVIEW
    this.view = new DataView(this.bytes.buffer);
    // #endif
    this.pos = 0;
  }

  u8(v, ctx) {
    if (!(Number.isInteger(v) && v >= 0 && v <= 0xff)) throw notInteger(v, ctx, 'an octet', '0..255');
    const p = this.pos;
    if (p >= this.bytes.length) throw overflow();
    this.bytes[p] = v;
    this.pos = p + 1;
  }

  u16(v, ctx) {
    if (!(Number.isInteger(v) && v >= 0 && v <= 0xffff)) throw notInteger(v, ctx, 'a short', '0..65535');
    const p = this.pos;
    if (p + 2 > this.bytes.length) throw overflow();
    // #if NOVIEW
    const b = this.bytes;
    b[p] = v >>> 8;
    b[p + 1] = v;
    // #else
    this.view.setUint16(p, v);
    // #endif
    this.pos = p + 2;
  }

  u32(v, ctx) {
    if (!(Number.isInteger(v) && v >= 0 && v <= 0xffffffff)) throw notInteger(v, ctx, 'a long', '0..4294967295');
    const p = this.pos;
    if (p + 4 > this.bytes.length) throw overflow();
    // #if NOVIEW
    const b = this.bytes;
    b[p] = v >>> 24;
    b[p + 1] = v >>> 16;
    b[p + 2] = v >>> 8;
    b[p + 3] = v;
    // #else
    this.view.setUint32(p, v);
    // #endif
    this.pos = p + 4;
  }

  u64(v, ctx) {
    if (!((typeof v === 'number' || typeof v === 'bigint') && isUint64(v))) {
      throw notInteger(v, ctx, 'a longlong', '0..2^64-1; numbers above 2^53-1 must be passed as bigint');
    }
    const p = this.pos;
    if (p + 8 > this.bytes.length) throw overflow();
    // #if NOVIEW
    const b = this.bytes;
    if (typeof v === 'bigint') {
      new DataView(b.buffer, b.byteOffset + p, 8).setBigUint64(0, v);
    } else {
      const hi = Math.floor(v / TWO_32);
      const lo = v - hi * TWO_32;
      b[p] = hi >>> 24;
      b[p + 1] = hi >>> 16;
      b[p + 2] = hi >>> 8;
      b[p + 3] = hi;
      b[p + 4] = lo >>> 24;
      b[p + 5] = lo >>> 16;
      b[p + 6] = lo >>> 8;
      b[p + 7] = lo;
    }
    // #else
    setUint64(this.view, p, v);
    // #endif
    this.pos = p + 8;
  }

  raw(b) {
    const p = this.pos;
    if (p + b.length > this.bytes.length) throw overflow();
    this.bytes.set(b, p);
    this.pos = p + b.length;
  }

  rawFrom(src, len) {
    const p = this.pos;
    if (p + len > this.bytes.length) throw overflow();
    this.bytes.set(len === src.length ? src : src.subarray(0, len), p);
    this.pos = p + len;
  }

  shortstr(b) {
    const p = this.pos;
    if (p + 1 + b.length > this.bytes.length || b.length > 0xff) throw overflow();
    this.bytes[p] = b.length;
    this.bytes.set(b, p + 1);
    this.pos = p + 1 + b.length;
  }

  /** INPLACE: a shortstr from its text; `len` is its UTF-8 length from shortstrLength. */
  shortstrText(s, len) {
    const p = this.pos;
    const bytes = this.bytes;
    if (p + 1 + len > bytes.length || len > 0xff) throw overflow();
    bytes[p] = len;
    if (len === s.length) {
      for (let i = 0; i < len; i++) bytes[p + 1 + i] = s.charCodeAt(i);
    } else {
      encoder.encodeInto(s, bytes.subarray(p + 1, p + 1 + len));
    }
    this.pos = p + 1 + len;
  }
}

function bool(v, ctx) {
  if (typeof v !== 'boolean') throw encodeError(`${describeValue(v)} is not a boolean`, ctx);
  return v ? 1 : 0;
}

function encodeShortstr(v, ctx) {
  if (typeof v !== 'string') throw encodeError(`${describeValue(v)} is not a string`, ctx);
  const b = v.length > 0xff ? undefined : utf8Encode(v);
  if (b === undefined || b.length > 0xff) {
    throw encodeError(
      `shortstr is ${b === undefined ? utf8Length(v) : b.length} UTF-8 bytes; at most 255 allowed`,
      ctx,
    );
  }
  return b;
}

/** INPLACE: validates a shortstr and returns its UTF-8 length, allocating nothing. */
function shortstrLength(v, ctx) {
  if (typeof v !== 'string') throw encodeError(`${describeValue(v)} is not a string`, ctx);
  const len = v.length > 0xff ? 0x100 : utf8Length(v);
  if (len > 0xff) throw encodeError(`shortstr is ${utf8Length(v)} UTF-8 bytes; at most 255 allowed`, ctx);
  return len;
}

function checkChannel(channel) {
  if (!(Number.isInteger(channel) && channel >= 0 && channel <= 0xffff)) {
    throw encodeError(`${describeValue(channel)} is not a short (integer 0..65535)`, 'channel');
  }
}

function methodFrame(channel, classId, methodId, argsSize) {
  if (!Number.isSafeInteger(argsSize) || argsSize < 0 || argsSize > 0xffffffff - 4) {
    throw new AmqpError(`invalid method argument size ${describeValue(argsSize)}`, { kind: 'encode' });
  }
  const w = new Writer(12 + argsSize);
  // #if NOVIEW
  checkChannel(channel);
  const b = w.bytes;
  const size = 4 + argsSize;
  b[0] = 1;
  b[1] = channel >>> 8;
  b[2] = channel;
  b[3] = size >>> 24;
  b[4] = size >>> 16;
  b[5] = size >>> 8;
  b[6] = size;
  b[7] = classId >>> 8;
  b[8] = classId;
  b[9] = methodId >>> 8;
  b[10] = methodId;
  w.pos = 11;
  // #else
  w.u8(1, 'frame-type');
  w.u16(channel, 'channel');
  w.u32(4 + argsSize, 'frame-size');
  w.u16(classId, 'class-id');
  w.u16(methodId, 'method-id');
  // #endif
  return w;
}

function finishFrame(w) {
  if (w.pos + 1 !== w.bytes.length) {
    throw new AmqpError(`internal size mismatch: frame of ${w.bytes.length} bytes ends at ${w.pos + 1}`, {
      kind: 'encode',
    });
  }
  w.bytes[w.pos] = 0xce;
  w.pos += 1;
  return w.bytes;
}

// ---- basic.publish ----

export function encodeBasicPublish(channel, args) {
  // #if INPLACE
  const exchange = args.exchange;
  const routingKey = args.routingKey;
  const exchangeLen = shortstrLength(exchange, 'basic.publish.exchange');
  const routingKeyLen = shortstrLength(routingKey, 'basic.publish.routing-key');
  const w = methodFrame(channel, 60, 40, 5 + exchangeLen + routingKeyLen);
  w.pos += 2;
  w.shortstrText(exchange, exchangeLen);
  w.shortstrText(routingKey, routingKeyLen);
  // #else
  const exchangeBytes = encodeShortstr(args.exchange, 'basic.publish.exchange');
  const routingKeyBytes = encodeShortstr(args.routingKey, 'basic.publish.routing-key');
  const w = methodFrame(channel, 60, 40, 5 + exchangeBytes.length + routingKeyBytes.length);
  w.pos += 2;
  w.shortstr(exchangeBytes);
  w.shortstr(routingKeyBytes);
  // #endif
  w.u8(
    bool(args.mandatory, 'basic.publish.mandatory') | (bool(args.immediate, 'basic.publish.immediate') << 1),
    'basic.publish.mandatory',
  );
  return finishFrame(w);
}

// ---- queue.declare ----

export function encodeQueueDeclare(channel, args) {
  // #if INPLACE
  const queue = args.queue;
  const queueLen = shortstrLength(queue, 'queue.declare.queue');
  // #else
  const queueBytes = encodeShortstr(args.queue, 'queue.declare.queue');
  const queueLen = queueBytes.length;
  // #endif
  // #if TABLE1
  const t = encodeTableScratch(args.arguments, 'queue.declare.arguments');
  try {
    const w = methodFrame(channel, 50, 10, 4 + queueLen + t.pos);
    w.pos += 2;
    // #endif
    // #if !TABLE1
    const argumentsBytes = encodeTable(args.arguments, 'queue.declare.arguments');
    const w = methodFrame(channel, 50, 10, 4 + queueLen + argumentsBytes.length);
    w.pos += 2;
    // #endif
    // #if INPLACE
    w.shortstrText(queue, queueLen);
    // #else
    w.shortstr(queueBytes);
    // #endif
    w.u8(
      bool(args.passive, 'queue.declare.passive') |
        (bool(args.durable, 'queue.declare.durable') << 1) |
        (bool(args.exclusive, 'queue.declare.exclusive') << 2) |
        (bool(args.autoDelete, 'queue.declare.auto-delete') << 3) |
        (bool(args.noWait, 'queue.declare.no-wait') << 4),
      'queue.declare.passive',
    );
    // #if TABLE1
    w.rawFrom(t.buf, t.pos);
    return finishFrame(w);
  } finally {
    releaseScratch(t);
  }
  // #else
  w.raw(argumentsBytes);
  return finishFrame(w);
  // #endif
}

// ---- content header (the properties the cases use, in the generated order) ----

export function encodeBasicHeader(channel, bodySize, properties) {
  let flags0 = 0;
  let size = 14;
  const contentType = properties.contentType;
  // #if INPLACE
  const contentTypeLen = contentType == null ? -1 : shortstrLength(contentType, 'basic.properties.content-type');
  if (contentTypeLen >= 0) {
    flags0 |= 0x8000;
    size += 1 + contentTypeLen;
  }
  // #else
  const contentTypeBytes =
    contentType == null ? undefined : encodeShortstr(contentType, 'basic.properties.content-type');
  if (contentTypeBytes !== undefined) {
    flags0 |= 0x8000;
    size += 1 + contentTypeBytes.length;
  }
  // #endif
  const headers = properties.headers;
  // #if TABLE1
  const headersScratch = headers == null ? undefined : encodeTableScratch(headers, 'basic.properties.headers');
  const headersLen = headersScratch === undefined ? -1 : headersScratch.pos;
  // #else
  const headersBytes = headers == null ? undefined : encodeTable(headers, 'basic.properties.headers');
  const headersLen = headersBytes === undefined ? -1 : headersBytes.length;
  // #endif
  try {
    if (headersLen >= 0) {
      flags0 |= 0x2000;
      size += headersLen;
    }
    const deliveryMode = properties.deliveryMode;
    if (deliveryMode != null) {
      flags0 |= 0x1000;
      size += 1;
    }
    const priority = properties.priority;
    if (priority != null) {
      flags0 |= 0x0800;
      size += 1;
    }
    const messageId = properties.messageId;
    // #if INPLACE
    const messageIdLen = messageId == null ? -1 : shortstrLength(messageId, 'basic.properties.message-id');
    if (messageIdLen >= 0) {
      flags0 |= 0x0080;
      size += 1 + messageIdLen;
    }
    // #else
    const messageIdBytes = messageId == null ? undefined : encodeShortstr(messageId, 'basic.properties.message-id');
    if (messageIdBytes !== undefined) {
      flags0 |= 0x0080;
      size += 1 + messageIdBytes.length;
    }
    // #endif
    const timestamp = properties.timestamp;
    if (timestamp != null) {
      flags0 |= 0x0040;
      size += 8;
    }

    const w = new Writer(8 + size);
    // #if NOVIEW
    checkChannel(channel);
    const b = w.bytes;
    b[0] = 2;
    b[1] = channel >>> 8;
    b[2] = channel;
    b[3] = size >>> 24;
    b[4] = size >>> 16;
    b[5] = size >>> 8;
    b[6] = size;
    b[7] = 0;
    b[8] = 60;
    w.pos = 11;
    // #else
    w.u8(2, 'frame-type');
    w.u16(channel, 'channel');
    w.u32(size, 'frame-size');
    w.u16(60, 'class-id');
    w.pos += 2;
    // #endif
    w.u64(bodySize, 'basic.header.body-size');
    w.u16(flags0, 'property-flags');
    // #if INPLACE
    if (contentTypeLen >= 0) w.shortstrText(contentType, contentTypeLen);
    // #else
    if (contentTypeBytes !== undefined) w.shortstr(contentTypeBytes);
    // #endif
    // #if TABLE1
    if (headersScratch !== undefined) w.rawFrom(headersScratch.buf, headersLen);
    // #else
    if (headersBytes !== undefined) w.raw(headersBytes);
    // #endif
    if (deliveryMode != null) w.u8(deliveryMode, 'basic.properties.delivery-mode');
    if (priority != null) w.u8(priority, 'basic.properties.priority');
    // #if INPLACE
    if (messageIdLen >= 0) w.shortstrText(messageId, messageIdLen);
    // #else
    if (messageIdBytes !== undefined) w.shortstr(messageIdBytes);
    // #endif
    if (timestamp != null) w.u64(timestamp, 'basic.properties.timestamp');
    return finishFrame(w);
  } finally {
    // #if TABLE1
    if (headersScratch !== undefined) releaseScratch(headersScratch);
    // #endif
  }
}
