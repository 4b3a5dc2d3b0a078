// Encode-side experiment: a copy of the generated encoders for basic.publish, queue.declare and the
// basic content header (Writer, methodFrame, finishFrame, shortstrs), cut down to what the workloads
// use, with optimisations behind flags (see preprocess.mjs). With no flags the code matches
// generated/src/runtime/writer.ts, basic.ts and queue.ts as of commit 776cfab (since 4769f01: no
// DataView in Writer, shortstrs measured then written in place, method frame header written
// directly).
//
// Flags that bring back the code from before 4769f01 (to measure what that change gave):
//   OLDVIEW  Writer makes a DataView per frame (`new DataView(bytes.buffer)`, which moves a fresh
//            ≤ 64-byte on-heap Uint8Array into a new off-heap ArrayBuffer) and writes u16/u32/u64
//            through it; methodFrame writes type, size, class and method id through the validated
//            u8/u16/u32 writers.
//   OLDSTR   shortstrs are encoded into a temporary Uint8Array each (encodeShortstr) and then copied
//            into the frame (Writer#shortstr).
// Candidate optimisations, not applied:
//   TABLE1   a field table is encoded into the encoder's scratch buffer and copied once, straight into
//            the frame, instead of `scratch.slice()` (allocation + copy) followed by Writer#raw (copy).
//   HDRDIRECT the content header frame's type, size and class id are stored directly (as methodFrame
//            now does) instead of through the validated u8/u16/u32 writers.

import { AmqpError, describeValue } from '../../generated/dist/runtime/errors.js';
import { isUint64, setUint64 } from '../../generated/dist/runtime/int64.js';
import { utf8Encode, utf8Length, utf8Write } from '../../generated/dist/runtime/utf8.js';
// #if TABLE1
import { encodeTableScratch, releaseScratch } from './.variants/field-table-encode.copy.mjs';
// #else
import { encodeTable } from '../../generated/dist/runtime/field-table-encode.js';
// #endif

function encodeError(message, ctx) {
  return new AmqpError(message, { kind: 'encode', context: ctx });
}
function notInteger(v, ctx, domain, range) {
  return encodeError(`${describeValue(v)} is not ${domain} (integer ${range})`, ctx);
}
function overflow() {
  return new AmqpError('internal size mismatch: write past the end of the frame', { kind: 'encode' });
}

function putUint32(b, p, v) {
  b[p] = v >>> 24;
  b[p + 1] = v >>> 16;
  b[p + 2] = v >>> 8;
  b[p + 3] = v;
}

class Writer {
  constructor(size) {
    if (!Number.isSafeInteger(size) || size < 0) {
      throw new AmqpError(`invalid frame buffer size ${describeValue(size)}`, { kind: 'encode' });
    }
    this.bytes = new Uint8Array(size);
    // #if OLDVIEW
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
    const b = this.bytes;
    if (p + 2 > b.length) throw overflow();
    // #if OLDVIEW
    this.view.setUint16(p, v);
    // #else
    b[p] = v >>> 8;
    b[p + 1] = v;
    // #endif
    this.pos = p + 2;
  }

  u32(v, ctx) {
    if (!(Number.isInteger(v) && v >= 0 && v <= 0xffffffff)) throw notInteger(v, ctx, 'a long', '0..4294967295');
    const p = this.pos;
    if (p + 4 > this.bytes.length) throw overflow();
    // #if OLDVIEW
    this.view.setUint32(p, v);
    // #else
    putUint32(this.bytes, p, v);
    // #endif
    this.pos = p + 4;
  }

  u64(v, ctx) {
    if (!((typeof v === 'number' || typeof v === 'bigint') && isUint64(v))) {
      throw notInteger(v, ctx, 'a longlong', '0..2^64-1; numbers above 2^53-1 must be passed as bigint');
    }
    const p = this.pos;
    if (p + 8 > this.bytes.length) throw overflow();
    // #if OLDVIEW
    setUint64(this.view, p, v);
    // #else
    let hi;
    let lo;
    if (typeof v === 'bigint') {
      hi = Number(v >> 32n);
      lo = Number(v & 0xffffffffn);
    } else {
      hi = Math.floor(v / 4294967296);
      lo = v - hi * 4294967296;
    }
    putUint32(this.bytes, p, hi);
    putUint32(this.bytes, p + 4, lo);
    // #endif
    this.pos = p + 8;
  }

  raw(b) {
    const p = this.pos;
    if (p + b.length > this.bytes.length) throw overflow();
    this.bytes.set(b, p);
    this.pos = p + b.length;
  }

  /** TABLE1: copies the first `len` bytes of `src` (the table encoder's scratch). */
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

  shortstrText(s, byteLength) {
    const p = this.pos;
    if (p + 1 + byteLength > this.bytes.length || byteLength > 0xff) throw overflow();
    this.bytes[p] = byteLength;
    if (utf8Write(s, this.bytes, p + 1) !== byteLength) throw overflow();
    this.pos = p + 1 + byteLength;
  }
}

function expectObject(v, ctx) {
  if (typeof v !== 'object' || v === null) throw encodeError(`${describeValue(v)} is not an object`, ctx);
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

function shortstrLength(v, ctx) {
  if (typeof v !== 'string') throw encodeError(`${describeValue(v)} is not a string`, ctx);
  const n = v.length > 0xff ? v.length : utf8Length(v);
  if (n > 0xff) throw encodeError(`shortstr is ${utf8Length(v)} UTF-8 bytes; at most 255 allowed`, ctx);
  return n;
}

function methodFrame(channel, classId, methodId, argsSize) {
  if (!Number.isSafeInteger(argsSize) || argsSize < 0 || argsSize > 0xffffffff - 4) {
    throw new AmqpError(`invalid method argument size ${describeValue(argsSize)}`, { kind: 'encode' });
  }
  const w = new Writer(12 + argsSize);
  // #if OLDVIEW
  w.u8(1, 'frame-type');
  w.u16(channel, 'channel');
  w.u32(4 + argsSize, 'frame-size');
  w.u16(classId, 'class-id');
  w.u16(methodId, 'method-id');
  // #else
  const b = w.bytes;
  b[0] = 1;
  w.pos = 1;
  w.u16(channel, 'channel');
  putUint32(b, 3, 4 + argsSize);
  b[7] = classId >>> 8;
  b[8] = classId;
  b[9] = methodId >>> 8;
  b[10] = methodId;
  w.pos = 11;
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
  expectObject(args, 'basic.publish');
  // #if OLDSTR
  const exchangeBytes = encodeShortstr(args.exchange, 'basic.publish.exchange');
  const routingKeyBytes = encodeShortstr(args.routingKey, 'basic.publish.routing-key');
  const w = methodFrame(channel, 60, 40, 5 + exchangeBytes.length + routingKeyBytes.length);
  w.pos += 2;
  w.shortstr(exchangeBytes);
  w.shortstr(routingKeyBytes);
  // #else
  const exchangeLength = shortstrLength(args.exchange, 'basic.publish.exchange');
  const routingKeyLength = shortstrLength(args.routingKey, 'basic.publish.routing-key');
  const w = methodFrame(channel, 60, 40, 5 + exchangeLength + routingKeyLength);
  w.pos += 2;
  w.shortstrText(args.exchange, exchangeLength);
  w.shortstrText(args.routingKey, routingKeyLength);
  // #endif
  w.u8(
    bool(args.mandatory, 'basic.publish.mandatory') | (bool(args.immediate, 'basic.publish.immediate') << 1),
    'basic.publish.mandatory',
  );
  return finishFrame(w);
}

// ---- queue.declare ----

export function encodeQueueDeclare(channel, args) {
  expectObject(args, 'queue.declare');
  // #if OLDSTR
  const queueBytes = encodeShortstr(args.queue, 'queue.declare.queue');
  const queueLength = queueBytes.length;
  // #else
  const queueLength = shortstrLength(args.queue, 'queue.declare.queue');
  // #endif
  // #if TABLE1
  const t = encodeTableScratch(args.arguments, 'queue.declare.arguments');
  try {
    const w = methodFrame(channel, 50, 10, 4 + queueLength + t.pos);
    // #else
    const argumentsBytes = encodeTable(args.arguments, 'queue.declare.arguments');
    const w = methodFrame(channel, 50, 10, 4 + queueLength + argumentsBytes.length);
    // #endif
    w.pos += 2;
    // #if OLDSTR
    w.shortstr(queueBytes);
    // #else
    w.shortstrText(args.queue, queueLength);
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
  expectObject(properties, 'basic.properties');
  let flags0 = 0;
  let size = 14;
  const contentType = properties.contentType;
  // #if OLDSTR
  const contentTypeBytes =
    contentType == null ? undefined : encodeShortstr(contentType, 'basic.properties.content-type');
  if (contentTypeBytes !== undefined) {
    flags0 |= 0x8000;
    size += 1 + contentTypeBytes.length;
  }
  // #else
  let contentTypeLength = 0;
  if (contentType != null) {
    contentTypeLength = shortstrLength(contentType, 'basic.properties.content-type');
    flags0 |= 0x8000;
    size += 1 + contentTypeLength;
  }
  // #endif
  const headers = properties.headers;
  // #if TABLE1
  const headersScratch = headers == null ? undefined : encodeTableScratch(headers, 'basic.properties.headers');
  const headersLength = headersScratch === undefined ? -1 : headersScratch.pos;
  // #else
  const headersBytes = headers == null ? undefined : encodeTable(headers, 'basic.properties.headers');
  const headersLength = headersBytes === undefined ? -1 : headersBytes.length;
  // #endif
  // #if TABLE1
  try {
    // #endif
    if (headersLength >= 0) {
      flags0 |= 0x2000;
      size += headersLength;
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
    // #if OLDSTR
    const messageIdBytes = messageId == null ? undefined : encodeShortstr(messageId, 'basic.properties.message-id');
    if (messageIdBytes !== undefined) {
      flags0 |= 0x0080;
      size += 1 + messageIdBytes.length;
    }
    // #else
    let messageIdLength = 0;
    if (messageId != null) {
      messageIdLength = shortstrLength(messageId, 'basic.properties.message-id');
      flags0 |= 0x0080;
      size += 1 + messageIdLength;
    }
    // #endif
    const timestamp = properties.timestamp;
    if (timestamp != null) {
      flags0 |= 0x0040;
      size += 8;
    }

    const w = new Writer(8 + size);
    // #if HDRDIRECT
    const b = w.bytes;
    b[0] = 2;
    w.pos = 1;
    w.u16(channel, 'channel');
    putUint32(b, 3, size);
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
    // #if OLDSTR
    if (contentTypeBytes !== undefined) w.shortstr(contentTypeBytes);
    // #else
    if (contentType != null) w.shortstrText(contentType, contentTypeLength);
    // #endif
    // #if TABLE1
    if (headersScratch !== undefined) w.rawFrom(headersScratch.buf, headersLength);
    // #else
    if (headersBytes !== undefined) w.raw(headersBytes);
    // #endif
    if (deliveryMode != null) w.u8(deliveryMode, 'basic.properties.delivery-mode');
    if (priority != null) w.u8(priority, 'basic.properties.priority');
    // #if OLDSTR
    if (messageIdBytes !== undefined) w.shortstr(messageIdBytes);
    // #else
    if (messageId != null) w.shortstrText(messageId, messageIdLength);
    // #endif
    if (timestamp != null) w.u64(timestamp, 'basic.properties.timestamp');
    return finishFrame(w);
    // #if TABLE1
  } finally {
    if (headersScratch !== undefined) releaseScratch(headersScratch);
  }
  // #endif
}
