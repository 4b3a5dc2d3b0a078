// Decode-side experiment: a copy of the generated decoding path for basic.deliver, basic.publish,
// queue.declare and the basic content header (Reader, field-table decoder, args decoders, a
// dispatch reduced to those methods), with optimisations behind flags. preprocess.mjs turns
// `// #if FLAG` / `// #else` / `// #endif` blocks into one module per flag set, so every variant has
// its own functions (and inline caches). With no flags the code matches the generated code
// (generated/src/runtime/reader.ts, field-table-decode.ts, basic.ts, queue.ts, dispatch.ts) as of
// commit 776cfab (since 4769f01 the Reader assembles integers from bytes and makes a DataView only
// on demand, which the table decoder always asks for).
//
// Flag that brings back the code from before 4769f01 (to measure what that change gave):
//   OLDVIEW     every Reader makes a DataView in its constructor and reads u16/u32/u64 through it.
// Candidate optimisations, not applied:
//   TABLENOVIEW the table decoder reads lengths and integers from the bytes too, and makes a DataView
//               only for 64-bit, float and decimal values (the rest of the old NOVIEW suggestion).
//   REUSE       decodeMethod / decodeContentHeader reuse one Reader (reset per call) instead of new.
//   FASTOBJ     decoded tables are fast-mode objects whose prototype is a null-prototype object,
//               instead of Object.create(null) (which V8 creates in dictionary mode).
//   SYMTAGS     the wire-tag record is stored with a plain symbol-keyed assignment, not defineProperty.
//   INTERN      short strings (shortstr fields, table keys) go through a small cache of recently
//               decoded byte sequences, so a repeated consumer tag / exchange / routing key / header
//               key is compared, not decoded.

import {
  AmqpError,
  FRAME_ERROR,
  SYNTAX_ERROR,
  truncatedError as truncated,
} from '../../generated/dist/runtime/errors.js';
import { DecimalValue, FIELD_TAGS } from '../../generated/dist/runtime/field-values.js';
import { getInt64, getUint64 } from '../../generated/dist/runtime/int64.js';
import { utf8Decode, utf8DecodeStrict } from '../../generated/dist/runtime/utf8.js';

// #if INTERN
// Direct-mapped cache: slot chosen from length and three bytes; an entry is the byte sequence and its
// string. A hit costs one comparison of the bytes; a miss decodes and replaces the slot.
const INTERN_MAX = 64;
const SLOTS = 256;
const internBytes = new Array(SLOTS).fill(null);
const internStrings = new Array(SLOTS).fill('');
function internDecode(bytes, start, end) {
  const n = end - start;
  if (n === 0) return '';
  if (n > INTERN_MAX) return utf8Decode(bytes, start, end);
  const slot = (n * 31 + bytes[start] * 7 + bytes[end - 1] * 3 + bytes[start + (n >> 1)]) & (SLOTS - 1);
  const cached = internBytes[slot];
  if (cached !== null && cached.length === n) {
    let i = 0;
    while (i < n && cached[i] === bytes[start + i]) i++;
    if (i === n) return internStrings[slot];
  }
  const s = utf8Decode(bytes, start, end);
  internBytes[slot] = bytes.slice(start, end);
  internStrings[slot] = s;
  return s;
}
const decodeShort = internDecode;
// #else
const decodeShort = utf8Decode;
// #endif

/** Big-endian u32 from four bytes (the multiplication keeps it unsigned). */
function uint32At(b, p) {
  return b[p] * 0x1000000 + ((b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]);
}

export class Reader {
  constructor(bytes, start, end) {
    this.bytes = bytes;
    this.viewCache = undefined;
    this.pos = 0;
    this.end = 0;
    this.reset(bytes, start, end);
  }

  reset(bytes, start, end) {
    if (!(bytes instanceof Uint8Array)) {
      throw new AmqpError('a Reader needs a Uint8Array', { kind: 'decode' });
    }
    if (start === undefined) start = 0;
    if (end === undefined) end = bytes.length;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= bytes.length)) {
      throw new AmqpError(`invalid reader window ${start}..${end} of ${bytes.length} bytes`, { kind: 'decode' });
    }
    const plain =
      bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.bytes = start === 0 && end === bytes.length ? plain : plain.subarray(start, end);
    // #if OLDVIEW
    this.viewCache = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    // #else
    this.viewCache = undefined;
    // #endif
    this.pos = 0;
    this.end = end - start;
  }

  get view() {
    return (this.viewCache ??= new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength));
  }

  u8(ctx) {
    const p = this.pos;
    if (p >= this.end) throw truncated(ctx, p, 1, 0);
    this.pos = p + 1;
    return this.bytes[p];
  }

  u16(ctx) {
    const p = this.pos;
    if (this.end - p < 2) throw truncated(ctx, p, 2, this.end - p);
    this.pos = p + 2;
    // #if OLDVIEW
    return this.view.getUint16(p);
    // #else
    const b = this.bytes;
    return (b[p] << 8) | b[p + 1];
    // #endif
  }

  u32(ctx) {
    const p = this.pos;
    if (this.end - p < 4) throw truncated(ctx, p, 4, this.end - p);
    this.pos = p + 4;
    // #if OLDVIEW
    return this.view.getUint32(p);
    // #else
    return uint32At(this.bytes, p);
    // #endif
  }

  u64(ctx) {
    const p = this.pos;
    if (this.end - p < 8) throw truncated(ctx, p, 8, this.end - p);
    this.pos = p + 8;
    // #if OLDVIEW
    return getUint64(this.view, p);
    // #else
    const b = this.bytes;
    const hi = uint32At(b, p);
    return hi < 0x200000 ? hi * 4294967296 + uint32At(b, p + 4) : getUint64(this.view, p);
    // #endif
  }

  shortstr(ctx) {
    const p = this.pos;
    if (p >= this.end) throw truncated(ctx, p, 1, 0);
    const n = this.bytes[p];
    if (this.end - p - 1 < n) throw truncated(ctx, p, n, this.end - p - 1);
    this.pos = p + 1 + n;
    return decodeShort(this.bytes, p + 1, p + 1 + n);
  }

  table(ctx) {
    // #if TABLENOVIEW
    const d = new TableDecoder(this.bytes, null, this.pos);
    // #else
    const d = new TableDecoder(this.bytes, this.view, this.pos);
    // #endif
    const table = d.table(this.end, ctx, 0);
    this.pos = d.pos;
    return table;
  }

  expectEnd(ctx) {
    const left = this.end - this.pos;
    if (left !== 0) {
      throw new AmqpError(`${left} trailing byte${left === 1 ? '' : 's'} after the last field`, {
        kind: 'decode',
        replyCode: FRAME_ERROR,
        offset: this.pos,
        context: ctx,
      });
    }
  }
}

// ---- field tables (the generated TableDecoder, cut down to the tags the cases use plus the rest) ----

const MAX_FIELD_NESTING = 64;

function childPath(ctx, key) {
  return typeof key === 'number' ? `${ctx}[${key}]` : `${ctx}.${key}`;
}

// #if FASTOBJ
// Fast-mode objects with no Object.prototype in their chain: `t.__proto__ = v` still creates an own
// data property (the __proto__ accessor lives on Object.prototype), and hidden classes are shared
// between tables with the same keys in the same order.
const TABLE_PROTO = Object.create(null);
function DecodedTable() {}
DecodedTable.prototype = TABLE_PROTO;
// #endif

class TableDecoder {
  constructor(bytes, view, pos) {
    this.bytes = bytes;
    this.view = view; // null under TABLENOVIEW: made on first use by dv() (64-bit and float tags only)
    this.pos = pos;
  }

  dv() {
    if (this.view === null) this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    return this.view;
  }

  u32at(at) {
    // #if TABLENOVIEW
    const b = this.bytes;
    return ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
    // #else
    return this.view.getUint32(at);
    // #endif
  }

  container(limit, ctx, depth, what) {
    const at = this.pos;
    if (depth > MAX_FIELD_NESTING) {
      throw new AmqpError(`${what} nested deeper than ${MAX_FIELD_NESTING} levels`, {
        kind: 'decode',
        replyCode: SYNTAX_ERROR,
        offset: at,
        context: ctx,
      });
    }
    if (limit - at < 4) throw truncated(ctx, at, 4, limit - at);
    const len = this.u32at(at);
    if (len > limit - at - 4) {
      throw new AmqpError(`${what} length ${len} runs past its container (${limit - at - 4} bytes left)`, {
        kind: 'decode',
        replyCode: FRAME_ERROR,
        offset: at,
        context: ctx,
      });
    }
    this.pos = at + 4;
    return at + 4 + len;
  }

  table(limit, ctx, depth) {
    const end = this.container(limit, ctx, depth, 'table');
    const bytes = this.bytes;
    // #if FASTOBJ
    const table = new DecodedTable();
    // #else
    const table = Object.create(null);
    // #endif
    const tags = [];
    while (this.pos < end) {
      const at = this.pos;
      const n = bytes[at];
      if (end - at - 1 < n) throw truncated(ctx, at, n, end - at - 1);
      const key = decodeShort(bytes, at + 1, at + 1 + n);
      const tagAt = at + 1 + n;
      if (tagAt >= end) throw truncated(childPath(ctx, key), tagAt, 1, 0);
      const tag = bytes[tagAt];
      this.pos = tagAt + 1;
      const value = this.value(tag, end, ctx, key, depth);
      if (table[key] !== undefined) retag(tags, key, tag);
      else tags.push(key, tag);
      table[key] = value;
    }
    // #if SYMTAGS
    table[FIELD_TAGS] = tags;
    // #else
    Object.defineProperty(table, FIELD_TAGS, { value: tags });
    // #endif
    return table;
  }

  array(limit, ctx, depth) {
    const end = this.container(limit, ctx, depth, 'array');
    const bytes = this.bytes;
    const values = [];
    const tags = [];
    while (this.pos < end) {
      const tag = bytes[this.pos++];
      values.push(this.value(tag, end, ctx, values.length, depth));
      tags.push(tag);
    }
    // #if SYMTAGS
    values[FIELD_TAGS] = tags;
    // #else
    Object.defineProperty(values, FIELD_TAGS, { value: tags });
    // #endif
    return values;
  }

  value(tag, end, ctx, key, depth) {
    const p = this.pos;
    const left = end - p;
    const b = this.bytes;
    switch (tag) {
      case 0x74: // t
        if (left < 1) break;
        this.pos = p + 1;
        return b[p] !== 0;
      case 0x62: // b
        if (left < 1) break;
        this.pos = p + 1;
        return (b[p] << 24) >> 24;
      case 0x42: // B
        if (left < 1) break;
        this.pos = p + 1;
        return b[p];
      case 0x73: // s
      case 0x55: // U
        if (left < 2) break;
        this.pos = p + 2;
        // #if TABLENOVIEW
        return (((b[p] << 8) | b[p + 1]) << 16) >> 16;
        // #else
        return this.view.getInt16(p);
      // #endif
      case 0x75: // u
        if (left < 2) break;
        this.pos = p + 2;
        // #if TABLENOVIEW
        return (b[p] << 8) | b[p + 1];
        // #else
        return this.view.getUint16(p);
      // #endif
      case 0x49: // I
        if (left < 4) break;
        this.pos = p + 4;
        // #if TABLENOVIEW
        return (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
        // #else
        return this.view.getInt32(p);
      // #endif
      case 0x69: // i
        if (left < 4) break;
        this.pos = p + 4;
        return this.u32at(p);
      case 0x6c: // l
      case 0x4c: // L
        if (left < 8) break;
        this.pos = p + 8;
        return getInt64(this.dv(), p);
      case 0x54: // T
        if (left < 8) break;
        this.pos = p + 8;
        return getUint64(this.dv(), p);
      case 0x66: // f
        if (left < 4) break;
        this.pos = p + 4;
        return this.dv().getFloat32(p);
      case 0x64: // d
        if (left < 8) break;
        this.pos = p + 8;
        return this.dv().getFloat64(p);
      case 0x44: // D
        if (left < 5) break;
        this.pos = p + 5;
        return new DecimalValue(b[p], this.dv().getInt32(p + 1));
      case 0x53: // S
      case 0x78: {
        // x
        if (left < 4) break;
        const n = this.u32at(p);
        if (n > left - 4) {
          throw new AmqpError(`longstr length ${n} runs past its container (${left - 4} bytes left)`, {
            kind: 'decode',
            replyCode: FRAME_ERROR,
            offset: p,
            context: childPath(ctx, key),
          });
        }
        this.pos = p + 4 + n;
        if (tag === 0x53) {
          const s = utf8DecodeStrict(b, p + 4, p + 4 + n);
          if (s !== undefined) return s;
        }
        return b.subarray(p + 4, p + 4 + n);
      }
      case 0x41: // A
        return this.array(end, childPath(ctx, key), depth + 1);
      case 0x46: // F
        return this.table(end, childPath(ctx, key), depth + 1);
      case 0x56: // V
        return null;
      default:
        throw new AmqpError(`unknown field type (0x${tag.toString(16).padStart(2, '0')})`, {
          kind: 'decode',
          replyCode: SYNTAX_ERROR,
          offset: p - 1,
          context: childPath(ctx, key),
        });
    }
    throw truncated(childPath(ctx, key), p, 1, left);
  }
}

function retag(tags, key, tag) {
  for (let j = 0; j < tags.length; j += 2) {
    if (tags[j] === key) {
      tags[j + 1] = tag;
      return;
    }
  }
}

// ---- args decoders (as generated) ----

function decodeBasicPublishArgs(reader) {
  reader.u16('basic.publish.reserved-1');
  const exchange = reader.shortstr('basic.publish.exchange');
  const routingKey = reader.shortstr('basic.publish.routing-key');
  const bits0 = reader.u8('basic.publish.mandatory');
  return { exchange, routingKey, mandatory: (bits0 & 0x01) !== 0, immediate: (bits0 & 0x02) !== 0 };
}

function decodeBasicDeliverArgs(reader) {
  const consumerTag = reader.shortstr('basic.deliver.consumer-tag');
  const deliveryTag = reader.u64('basic.deliver.delivery-tag');
  const bits0 = reader.u8('basic.deliver.redelivered');
  const exchange = reader.shortstr('basic.deliver.exchange');
  const routingKey = reader.shortstr('basic.deliver.routing-key');
  return { consumerTag, deliveryTag, redelivered: (bits0 & 0x01) !== 0, exchange, routingKey };
}

function decodeQueueDeclareArgs(reader) {
  reader.u16('queue.declare.reserved-1');
  const queue = reader.shortstr('queue.declare.queue');
  const bits0 = reader.u8('queue.declare.passive');
  const argumentsValue = reader.table('queue.declare.arguments');
  return {
    queue,
    passive: (bits0 & 0x01) !== 0,
    durable: (bits0 & 0x02) !== 0,
    exclusive: (bits0 & 0x04) !== 0,
    autoDelete: (bits0 & 0x08) !== 0,
    noWait: (bits0 & 0x10) !== 0,
    arguments: argumentsValue,
  };
}

function decodeBasicHeaderArgs(reader) {
  const flags0 = reader.u16('basic.header.property-flags');
  if ((flags0 & 0x0003) !== 0) throw new AmqpError('flags', { kind: 'decode' });
  const contentType = (flags0 & 0x8000) !== 0 ? reader.shortstr('basic.properties.content-type') : undefined;
  const contentEncoding = (flags0 & 0x4000) !== 0 ? reader.shortstr('basic.properties.content-encoding') : undefined;
  const headers = (flags0 & 0x2000) !== 0 ? reader.table('basic.properties.headers') : undefined;
  const deliveryMode = (flags0 & 0x1000) !== 0 ? reader.u8('basic.properties.delivery-mode') : undefined;
  const priority = (flags0 & 0x0800) !== 0 ? reader.u8('basic.properties.priority') : undefined;
  const correlationId = (flags0 & 0x0400) !== 0 ? reader.shortstr('basic.properties.correlation-id') : undefined;
  const replyTo = (flags0 & 0x0200) !== 0 ? reader.shortstr('basic.properties.reply-to') : undefined;
  const expiration = (flags0 & 0x0100) !== 0 ? reader.shortstr('basic.properties.expiration') : undefined;
  const messageId = (flags0 & 0x0080) !== 0 ? reader.shortstr('basic.properties.message-id') : undefined;
  const timestamp = (flags0 & 0x0040) !== 0 ? reader.u64('basic.properties.timestamp') : undefined;
  const type = (flags0 & 0x0020) !== 0 ? reader.shortstr('basic.properties.type') : undefined;
  const userId = (flags0 & 0x0010) !== 0 ? reader.shortstr('basic.properties.user-id') : undefined;
  const appId = (flags0 & 0x0008) !== 0 ? reader.shortstr('basic.properties.app-id') : undefined;
  const reserved = (flags0 & 0x0004) !== 0 ? reader.shortstr('basic.properties.reserved') : undefined;
  return {
    contentType,
    contentEncoding,
    headers,
    deliveryMode,
    priority,
    correlationId,
    replyTo,
    expiration,
    messageId,
    timestamp,
    type,
    userId,
    appId,
    reserved,
  };
}

// ---- entry points ----

// #if REUSE
// One Reader for all calls: decoding runs no user code, so it cannot re-enter. A reader must not
// keep the caller's bytes alive after the call, so it is reset to an empty array at the end.
const EMPTY = new Uint8Array(0);
const shared = new Reader(EMPTY);
function readerFor(payload) {
  shared.reset(payload);
  return shared;
}
function done(reader) {
  reader.bytes = EMPTY;
  reader.viewCache = undefined;
}
// #else
function readerFor(payload) {
  return new Reader(payload);
}
function done() {}
// #endif

export function decodeMethod(payload) {
  const reader = readerFor(payload);
  const classId = reader.u16('method.class-id');
  const methodId = reader.u16('method.method-id');
  let method;
  switch (classId * 0x10000 + methodId) {
    case 3276810:
      method = { name: 'queue.declare', classId, methodId, args: decodeQueueDeclareArgs(reader) };
      break;
    case 3932200:
      method = { name: 'basic.publish', classId, methodId, args: decodeBasicPublishArgs(reader) };
      break;
    case 3932220:
      method = { name: 'basic.deliver', classId, methodId, args: decodeBasicDeliverArgs(reader) };
      break;
    default:
      throw new AmqpError(`unknown method ${classId}.${methodId}`, { kind: 'decode' });
  }
  reader.expectEnd(method.name);
  done(reader);
  return method;
}

export function decodeContentHeader(payload) {
  const reader = readerFor(payload);
  const classId = reader.u16('header.class-id');
  const weight = reader.u16('header.weight');
  const bodySize = reader.u64('header.body-size');
  if (classId !== 60) throw new AmqpError(`content header for class ${classId}`, { kind: 'decode' });
  const properties = decodeBasicHeaderArgs(reader);
  reader.expectEnd('basic.header');
  done(reader);
  return { classId, weight, bodySize, properties };
}

export function decodeFrame(frame) {
  switch (frame.type) {
    case 1: {
      const method = decodeMethod(frame.payload);
      if (frame.channel !== 0 && method.classId === 10)
        throw new AmqpError('connection method on a channel', { kind: 'decode' });
      return { type: 'method', channel: frame.channel, method };
    }
    case 2:
      return { type: 'header', channel: frame.channel, header: decodeContentHeader(frame.payload) };
    case 3:
      return { type: 'body', channel: frame.channel, body: frame.payload };
    default:
      return { type: 'heartbeat', channel: 0 };
  }
}
