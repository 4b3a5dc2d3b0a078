// The benchmark cases. Every variant is checked for correct output once before it is timed.
//
// Inputs are built once and shared; the measured function does exactly the codec call(s) a client
// would make, with arguments prepared outside the timed loop (the same objects for every library).

import assert from 'node:assert/strict';
import fs from 'node:fs';

import {
  AMQPChannel,
  AMQPView,
  AmqplibConnection,
  CloudFrame,
  CloudSocketClient,
  amqplibDefs as defs,
  amqplibFrame,
  ours,
} from './lib/libs.mjs';
import { sink } from './lib/harness.mjs';

// ---------------------------------------------------------------------------------------------
// Inputs

export const PUBLISH = { exchange: 'amq.direct', routingKey: 'rk', mandatory: true, immediate: false };
const PUBLISH_METHOD = { name: 'basic.publish', args: PUBLISH };
// amqplib's channel layer fills in ticket; the codec accepts the same fields.
const AMQPLIB_PUBLISH = { ticket: 0, ...PUBLISH };

const TIMESTAMP = 1700000000; // seconds
const HEADERS = {
  'x-trace-id': 'b7f3c2a1-1d2e-4f5a-9b8c-7d6e5f4a3b2c',
  'x-retries': 3,
  'x-source': 'billing',
  'x-replayed': true,
  'x-size': 100000,
};
export const PROPS = {
  contentType: 'application/json',
  deliveryMode: 2,
  priority: 5,
  messageId: 'msg-0001',
  timestamp: TIMESTAMP,
  headers: HEADERS,
};
// cloudamqp models timestamp as a Date.
const CLOUD_PROPS = { ...PROPS, timestamp: new Date(TIMESTAMP * 1000) };

export const DELIVER = {
  consumerTag: 'amq.ctag-2zyd5wJ3q2u1RVWqGU2s0w', // RabbitMQ's format, 31 bytes
  deliveryTag: 123456,
  redelivered: false,
  exchange: 'amq.direct',
  routingKey: 'rk',
};

export const QUEUE_DECLARE = {
  queue: 'orders',
  passive: false,
  durable: true,
  exclusive: false,
  autoDelete: false,
  noWait: false,
  arguments: { 'x-message-ttl': 60000, 'x-dead-letter-exchange': 'dlx', 'x-max-length': 10000 },
};
const AMQPLIB_QUEUE_DECLARE = {
  ticket: 0,
  queue: QUEUE_DECLARE.queue,
  passive: false,
  durable: true,
  exclusive: false,
  autoDelete: false,
  nowait: false,
  arguments: QUEUE_DECLARE.arguments,
};

/** The whole-delivery case (8): 8 properties, 5 headers including a nested table and an array. */
export const DELIVERY_PROPS = {
  contentType: 'application/json',
  contentEncoding: 'utf-8',
  headers: {
    'x-trace-id': 'b7f3c2a1-1d2e-4f5a-9b8c-7d6e5f4a3b2c',
    'x-retries': 3,
    'x-origin': { host: 'web-1', pid: 4242 },
    'x-route': ['billing', 'invoices'],
    'x-replayed': true,
  },
  deliveryMode: 2,
  priority: 5,
  correlationId: 'corr-42',
  messageId: 'msg-0001',
  timestamp: TIMESTAMP,
};
export const KIB_BODY = Buffer.alloc(1024, 0x62);

/** RabbitMQ 3.10's connection.start, as captured (test/fixtures). */
const CONNECTION_START = Buffer.from(
  fs.readFileSync(new URL('../test/fixtures/rabbitmq-3.10/connection-start.hex', import.meta.url), 'utf8').trim(),
  'hex',
);

/** Properties of the messages in the frame streams and the publish-message case. */
export const SIMPLE_PROPS = { contentType: 'application/octet-stream', deliveryMode: 2 };
export const BODY = Buffer.alloc(100, 0x61);
const FRAME_MAX = 131072;

// ---------------------------------------------------------------------------------------------
// Helpers

const payloadOf = (frame) => frame.subarray(7, frame.length - 1);

/** Comparable form: drops undefined keys and prototypes, Dates → seconds, bytes → arrays. */
function norm(v) {
  if (v instanceof Date) return v.getTime() / 1000;
  if (v instanceof Uint8Array) return { bytes: [...v] };
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(norm);
  if (v !== null && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) if (v[k] !== undefined) o[k] = norm(v[k]);
    return o;
  }
  return v;
}
const sameValues = (actual, expected, what) => assert.deepStrictEqual(norm(actual), norm(expected), what);
const sameBytes = (actual, expected, what) =>
  assert.ok(Buffer.from(actual).equals(Buffer.from(expected)), `${what}: bytes differ`);

function concatBytes(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A cloudamqp client that never connects; channel 1 open, deliveries captured (not dispatched). */
function cloudClient() {
  const client = new CloudSocketClient(`amqp://localhost?frameMax=${FRAME_MAX}`);
  client.logger = undefined;
  const channel = new AMQPChannel(client, 1);
  client.channels[1] = channel;
  let delivered = 0;
  // AMQPChannel#deliver hands the message to a consumer in a microtask; capture it instead, so the
  // measurement is framing + decoding + message assembly.
  channel.deliver = (message) => {
    sink[delivered++ & 63] = message;
  };
  return { client, channel, delivered: () => delivered };
}

// ---------------------------------------------------------------------------------------------
// Cases 1–5, 7: one op per call

export function opCases() {
  const cases = [];

  // 1. encode basic.publish
  {
    const expected = defs.encodeMethod(defs.BasicPublish, 1, AMQPLIB_PUBLISH);
    const cloudPublish = () => {
      const w = new CloudFrame.Writer({
        bufferSize: 512, // what its channel methods with short strings allocate
        type: CloudFrame.Type.METHOD,
        channel: 1,
        classId: CloudFrame.ClassId.BASIC,
        method: CloudFrame.BasicMethod.PUBLISH,
      });
      w.writeUint16(0);
      w.writeShortString(PUBLISH.exchange);
      w.writeShortString(PUBLISH.routingKey);
      w.writeUint8(PUBLISH.mandatory ? 1 : 0);
      w.finalize();
      return w.toUint8Array();
    };
    cases.push({
      id: '1',
      title: 'encode basic.publish',
      variants: [
        {
          lib: 'ours',
          api: 'encodeMethod(1, {name, args})',
          fn: () => ours.encodeMethod(1, PUBLISH_METHOD),
          check: (out) => sameBytes(out, expected, 'ours encodeMethod'),
        },
        {
          lib: 'ours',
          api: 'encodeBasicPublish(1, args)',
          fn: () => ours.encodeBasicPublish(1, PUBLISH),
          check: (out) => sameBytes(out, expected, 'ours encodeBasicPublish'),
        },
        {
          lib: 'amqplib',
          api: 'defs.encodeMethod(BasicPublish, 1, fields)',
          baseline: true,
          fn: () => defs.encodeMethod(defs.BasicPublish, 1, AMQPLIB_PUBLISH),
          check: (out) => sameBytes(out, expected, 'amqplib'),
        },
        {
          lib: 'cloudamqp',
          api: 'AMQPFrame.Writer (its generic method writer)',
          fn: cloudPublish,
          check: (out) => sameBytes(out, expected, 'cloudamqp'),
        },
      ],
    });
  }

  // 2. encode the content header
  {
    const expected = defs.encodeProperties(defs.BasicProperties, 1, 100, PROPS);
    // cloudamqp writes the header into a pooled buffer inside basicPublish; same here (one view,
    // reused), using its AMQPView setters.
    const pooled = new AMQPView(new ArrayBuffer(FRAME_MAX));
    const pooledBytes = new Uint8Array(pooled.buffer);
    const cloudHeader = () => {
      const v = pooled;
      v.setUint8(0, 2);
      v.setUint16(1, 1);
      v.setUint16(7, 60);
      v.setUint16(9, 0);
      v.setUint32(11, 0);
      v.setUint32(15, 100);
      let j = 19;
      j += v.setProperties(j, CLOUD_PROPS);
      v.setUint8(j, 206);
      v.setUint32(3, j - 7);
      return j + 1;
    };
    cases.push({
      id: '2',
      title: 'encode content header (5 props + 5-entry headers table)',
      variants: [
        {
          lib: 'ours',
          api: 'encodeBasicHeader(1, 100, props)',
          fn: () => ours.encodeBasicHeader(1, 100, PROPS),
          check: (out) => sameBytes(out, expected, 'ours'),
        },
        {
          lib: 'amqplib',
          api: 'defs.encodeProperties(BasicProperties, 1, 100, props)',
          baseline: true,
          fn: () => defs.encodeProperties(defs.BasicProperties, 1, 100, PROPS),
          check: (out) => sameBytes(out, expected, 'amqplib'),
        },
        {
          lib: 'cloudamqp',
          api: 'AMQPView#setProperties into a pooled buffer (no alloc)',
          fn: cloudHeader,
          // It tags every integer as I (i32), so compare decoded values rather than bytes.
          check: (len) => {
            const h = ours.decodeContentHeader(pooledBytes.subarray(7, len - 1));
            sameValues(h.properties, PROPS, 'cloudamqp header, decoded');
            assert.equal(h.bodySize, 100);
          },
        },
      ],
    });
  }

  // 3. decode basic.deliver
  {
    const frame = ours.encodeBasicDeliver(1, DELIVER);
    const payload = payloadOf(frame);
    const buf = Buffer.from(frame); // amqplib and cloudamqp read Buffers
    const amqplibFrameObj = { type: 1, channel: 1, size: payload.length, payload: payloadOf(buf) };
    const { client, channel } = cloudClient();
    cases.push({
      id: '3',
      title: 'decode basic.deliver',
      variants: [
        {
          lib: 'ours',
          api: 'decodeMethod(payload)',
          fn: () => ours.decodeMethod(payload),
          check: (m) => {
            assert.equal(m.name, 'basic.deliver');
            sameValues(m.args, DELIVER, 'ours');
          },
        },
        {
          lib: 'ours',
          api: 'decodeBasicDeliver(payload)',
          fn: () => ours.decodeBasicDeliver(payload),
          check: (args) => sameValues(args, DELIVER, 'ours'),
        },
        {
          lib: 'amqplib',
          api: 'frame.decodeFrame({type: 1, payload})',
          baseline: true,
          fn: () => amqplibFrame.decodeFrame(amqplibFrameObj),
          check: (f) => {
            assert.equal(f.id, defs.BasicDeliver);
            sameValues(f.fields, DELIVER, 'amqplib');
          },
        },
        {
          lib: 'cloudamqp',
          api: 'client.parseFrames(new AMQPView(frame)) → AMQPMessage',
          note: 'whole frame; decode fused with dispatch',
          fn: () => {
            client.parseFrames(new AMQPView(buf.buffer, buf.byteOffset, buf.byteLength));
            return channel.delivery;
          },
          check: (m) => {
            const { consumerTag, deliveryTag, redelivered, exchange, routingKey } = m;
            sameValues({ consumerTag, deliveryTag, redelivered, exchange, routingKey }, DELIVER, 'cloudamqp');
          },
        },
      ],
    });
  }

  // 4. decode the content header
  {
    const frame = ours.encodeBasicHeader(1, 100, PROPS);
    const payload = payloadOf(frame);
    const buf = Buffer.from(payload);
    const amqplibFrameObj = { type: 2, channel: 1, size: buf.length, payload: buf };
    cases.push({
      id: '4',
      title: 'decode content header (case 2 bytes)',
      variants: [
        {
          lib: 'ours',
          api: 'decodeContentHeader(payload)',
          fn: () => ours.decodeContentHeader(payload),
          check: (h) => {
            assert.equal(h.bodySize, 100);
            sameValues(h.properties, PROPS, 'ours');
          },
        },
        {
          lib: 'amqplib',
          api: 'frame.decodeFrame({type: 2, payload})',
          baseline: true,
          fn: () => amqplibFrame.decodeFrame(amqplibFrameObj),
          check: (f) => {
            assert.equal(f.size, 100);
            sameValues(f.fields, PROPS, 'amqplib');
          },
        },
        {
          lib: 'cloudamqp',
          api: 'new AMQPView(payload).getProperties(12)',
          fn: () => {
            const v = new AMQPView(buf.buffer, buf.byteOffset, buf.byteLength);
            const bodySize = v.getUint64(4);
            const [properties] = v.getProperties(12);
            return { bodySize, properties };
          },
          check: (h) => {
            assert.equal(h.bodySize, 100);
            sameValues(h.properties, PROPS, 'cloudamqp');
          },
        },
      ],
    });
  }

  // 5. queue.declare with an arguments table
  {
    const expected = defs.encodeMethod(defs.QueueDeclare, 1, AMQPLIB_QUEUE_DECLARE);
    const ourFrame = ours.encodeQueueDeclare(1, QUEUE_DECLARE);
    const ourPayload = payloadOf(ourFrame);
    const libFrameObj = { type: 1, channel: 1, size: 0, payload: payloadOf(Buffer.from(expected)) };
    const checkOurs = (m) => {
      assert.equal(m.name, 'queue.declare');
      sameValues(m.args, QUEUE_DECLARE, 'ours');
    };
    const checkLib = (f) => {
      assert.equal(f.id, defs.QueueDeclare);
      const { nowait, ticket: _ticket, ...rest } = f.fields;
      sameValues({ ...rest, noWait: nowait }, QUEUE_DECLARE, 'amqplib');
    };
    // cloudamqp: the real AMQPChannel#queueDeclare, with sendRpc stubbed to hand back the frame.
    const cloud = cloudClient();
    cloud.channel.sendRpc = (writer) => writer.toUint8Array();
    const qd = QUEUE_DECLARE;
    const qdOpts = { passive: qd.passive, durable: qd.durable, autoDelete: qd.autoDelete, exclusive: qd.exclusive };
    cases.push({
      id: '5',
      title: 'queue.declare + arguments table: encode → decode',
      variants: [
        {
          lib: 'ours',
          api: 'encodeQueueDeclare → decodeMethod',
          fn: () => ours.decodeMethod(payloadOf(ours.encodeQueueDeclare(1, QUEUE_DECLARE))),
          check: checkOurs,
        },
        {
          lib: 'amqplib',
          api: 'encodeMethod → decodeFrame',
          baseline: true,
          fn: () => {
            const b = defs.encodeMethod(defs.QueueDeclare, 1, AMQPLIB_QUEUE_DECLARE);
            return amqplibFrame.decodeFrame({ type: 1, channel: 1, size: b.length - 8, payload: payloadOf(b) });
          },
          check: checkLib,
        },
      ],
    });
    cases.push({
      id: '5e',
      title: 'queue.declare: encode only',
      variants: [
        {
          lib: 'ours',
          api: 'encodeQueueDeclare(1, args)',
          fn: () => ours.encodeQueueDeclare(1, QUEUE_DECLARE),
          check: (out) => sameBytes(out, expected, 'ours'),
        },
        {
          lib: 'amqplib',
          api: 'defs.encodeMethod(QueueDeclare, …)',
          baseline: true,
          fn: () => defs.encodeMethod(defs.QueueDeclare, 1, AMQPLIB_QUEUE_DECLARE),
          check: (out) => sameBytes(out, expected, 'amqplib'),
        },
        {
          lib: 'cloudamqp',
          api: 'channel.queueDeclare (sendRpc stubbed)',
          fn: () => cloud.channel.queueDeclare(qd.queue, qdOpts, qd.arguments),
          // Integers are all tagged I, so compare decoded values.
          check: (out) => checkOurs(ours.decodeMethod(payloadOf(out))),
        },
      ],
    });
    cases.push({
      id: '5d',
      title: 'queue.declare: decode only',
      note: 'cloudamqp has no queue.declare decoder (a client never receives one)',
      variants: [
        {
          lib: 'ours',
          api: 'decodeMethod(payload)',
          fn: () => ours.decodeMethod(ourPayload),
          check: checkOurs,
        },
        {
          lib: 'ours',
          api: 'decodeQueueDeclare(payload)',
          fn: () => ours.decodeQueueDeclare(ourPayload),
          check: (args) => checkOurs({ name: 'queue.declare', args }),
        },
        {
          lib: 'amqplib',
          api: 'frame.decodeFrame({type: 1, payload})',
          baseline: true,
          fn: () => amqplibFrame.decodeFrame(libFrameObj),
          check: checkLib,
        },
      ],
    });
  }

  // 7. a whole message ready to write: publish + header + one body frame
  {
    const bodyFrames = ours.encodeBodyFrames(1, BODY, FRAME_MAX);
    const expected = concatBytes([
      ours.encodeBasicPublish(1, PUBLISH),
      ours.encodeBasicHeader(1, BODY.length, SIMPLE_PROPS),
      ...bodyFrames,
    ]);
    // amqplib: the real Connection#sendMessage, writing to a stub channel buffer.
    const conn = Object.create(AmqplibConnection.prototype);
    let written;
    conn.channels = [null, { buffer: { write: (b) => ((written = b), true) } }];
    conn.sentSinceLastCheck = false;
    conn.frameMax = FRAME_MAX;
    // cloudamqp: the real AMQPChannel#basicPublish on a stub connection (resolved sends).
    let sent;
    const resolved = Promise.resolve();
    const stubConnection = {
      frameMax: FRAME_MAX,
      bufferPool: [],
      blocked: undefined,
      textEncoder: new TextEncoder(),
      logger: undefined,
      send: (bytes) => ((sent = bytes), resolved),
    };
    const cloudChannel = new AMQPChannel(stubConnection, 1);
    cases.push({
      id: '7',
      title: 'publish a message: method + header + 100 B body',
      variants: [
        {
          lib: 'ours',
          api: 'encodeBasicPublish + encodeBasicHeader + encodeBodyFrames',
          note: '3 buffers (writev)',
          fn: () => {
            const m = ours.encodeBasicPublish(1, PUBLISH);
            const h = ours.encodeBasicHeader(1, BODY.length, SIMPLE_PROPS);
            const b = ours.encodeBodyFrames(1, BODY, FRAME_MAX);
            return [m, h, b];
          },
          check: ([m, h, b]) => sameBytes(concatBytes([m, h, ...b]), expected, 'ours'),
        },
        {
          lib: 'ours',
          api: 'encodeMessage(1, publish, props, body, frameMax)',
          note: '1 buffer',
          fn: () => ours.encodeMessage(1, PUBLISH_METHOD, SIMPLE_PROPS, BODY, FRAME_MAX),
          check: (out) => sameBytes(out, expected, 'ours encodeMessage'),
        },
        {
          lib: 'amqplib',
          api: 'Connection#sendMessage (stub stream)',
          note: 'copies into 1 buffer',
          baseline: true,
          fn: () => {
            conn.sendMessage(1, defs.BasicPublish, AMQPLIB_PUBLISH, defs.BasicProperties, SIMPLE_PROPS, BODY);
            return written;
          },
          check: (out) => sameBytes(out, expected, 'amqplib'),
        },
        {
          lib: 'cloudamqp',
          api: 'await channel.basicPublish (stub connection)',
          note: 'pooled buffer; includes its promise chain',
          isAsync: true,
          fn: async () => {
            await cloudChannel.basicPublish(PUBLISH.exchange, PUBLISH.routingKey, BODY, SIMPLE_PROPS, true, false);
            return sent;
          },
          check: (out) => sameBytes(out, expected, 'cloudamqp'),
        },
      ],
    });
  }

  // 7w. a whole publish handed to a socket: 8 properties, 1 KiB body, and the cost of the write's
  // access to each buffer's ArrayBuffer (small on-heap typed arrays are moved off-heap then).
  {
    const expected = concatBytes([
      ours.encodeBasicPublish(1, PUBLISH),
      ours.encodeBasicHeader(1, KIB_BODY.length, DELIVERY_PROPS),
      ...ours.encodeBodyFrames(1, KIB_BODY, FRAME_MAX),
    ]);
    const conn = Object.create(AmqplibConnection.prototype);
    let written;
    conn.channels = [null, { buffer: { write: (b) => ((written = b), true) } }];
    conn.sentSinceLastCheck = false;
    conn.frameMax = FRAME_MAX;
    let sent;
    const resolved = Promise.resolve();
    const stubConnection = {
      frameMax: FRAME_MAX,
      bufferPool: [],
      blocked: undefined,
      textEncoder: new TextEncoder(),
      logger: undefined,
      send: (bytes) => ((sent = bytes), resolved),
    };
    const cloudChannel = new AMQPChannel(stubConnection, 1);
    const cloudProps = { ...DELIVERY_PROPS, timestamp: new Date(TIMESTAMP * 1000) };
    // A client's reused output buffer (allocated once, off-heap like a socket's).
    const pool = new Uint8Array(FRAME_MAX);
    const touch = (u8) => ((sink[0] = u8.buffer), u8);
    cases.push({
      id: '7w',
      title: 'publish a message and hand it to a socket: 8 props (5 headers) + 1 KiB body, `.buffer` of each',
      variants: [
        {
          lib: 'ours',
          api: 'encodeMessage + .buffer',
          note: '1 buffer, 1 allocation',
          fn: () => touch(ours.encodeMessage(1, PUBLISH_METHOD, DELIVERY_PROPS, KIB_BODY, FRAME_MAX)),
          check: (out) => sameBytes(out, expected, 'ours encodeMessage'),
        },
        {
          lib: 'ours',
          api: 'encodeMessageInto(reused buffer) + subarray',
          note: 'no allocation of the bytes',
          fn: () =>
            touch(
              pool.subarray(0, ours.encodeMessageInto(pool, 0, 1, PUBLISH_METHOD, DELIVERY_PROPS, KIB_BODY, FRAME_MAX)),
            ),
          check: (out) => sameBytes(out, expected, 'ours encodeMessageInto'),
        },
        {
          lib: 'ours',
          api: '3 encoders + .buffer of each',
          note: 'writev',
          fn: () => {
            const m = touch(ours.encodeBasicPublish(1, PUBLISH));
            const h = touch(ours.encodeBasicHeader(1, KIB_BODY.length, DELIVERY_PROPS));
            const b = ours.encodeBodyFrames(1, KIB_BODY, FRAME_MAX);
            touch(b[0]);
            return [m, h, b];
          },
          check: ([m, h, b]) => sameBytes(concatBytes([m, h, ...b]), expected, 'ours 3 encoders'),
        },
        {
          lib: 'amqplib',
          api: 'Connection#sendMessage + .buffer',
          baseline: true,
          fn: () => {
            conn.sendMessage(1, defs.BasicPublish, AMQPLIB_PUBLISH, defs.BasicProperties, DELIVERY_PROPS, KIB_BODY);
            return touch(written);
          },
          check: (out) => sameBytes(out, expected, 'amqplib'),
        },
        {
          lib: 'cloudamqp',
          api: 'await channel.basicPublish + .buffer',
          note: 'pooled buffer; includes its promise chain',
          isAsync: true,
          fn: async () => {
            await cloudChannel.basicPublish(PUBLISH.exchange, PUBLISH.routingKey, KIB_BODY, cloudProps, true, false);
            return touch(sent);
          },
          // It tags every integer in a table as I: compare decoded values.
          check: (out) => {
            const frames = new ours.FrameParser({ frameMax: FRAME_MAX }).push(new Uint8Array(out));
            sameValues(ours.decodeFrame(frames[1]).header.properties, DELIVERY_PROPS, 'cloudamqp header');
            sameBytes(ours.decodeFrame(frames[2]).body, KIB_BODY, 'cloudamqp body');
          },
        },
      ],
    });
  }

  // 10. basic.ack (publisher confirms arrive as acks; consumers send them)
  {
    const ACK = { deliveryTag: 123456, multiple: false };
    const expected = defs.encodeMethod(defs.BasicAck, 1, ACK);
    const payload = new Uint8Array(payloadOf(expected));
    const libFrameObj = { type: 1, channel: 1, size: payload.length, payload: payloadOf(Buffer.from(expected)) };
    const cloudEnc = cloudClient();
    cloudEnc.client.send = (bytes) => bytes; // channel.basicAck returns what it sends
    cloudEnc.channel.connection = cloudEnc.client;
    const cloudDec = cloudClient();
    let confirmed;
    cloudDec.channel.publishConfirmed = (deliveryTag, multiple) => (confirmed = { deliveryTag, multiple });
    const frameBuf = Buffer.from(expected);
    cases.push({
      id: '10e',
      title: 'encode basic.ack',
      variants: [
        {
          lib: 'ours',
          api: 'encodeBasicAck(1, args)',
          fn: () => ours.encodeBasicAck(1, ACK),
          check: (out) => sameBytes(out, expected, 'ours'),
        },
        {
          lib: 'amqplib',
          api: 'defs.encodeMethod(BasicAck, 1, fields)',
          baseline: true,
          fn: () => defs.encodeMethod(defs.BasicAck, 1, ACK),
          check: (out) => sameBytes(out, expected, 'amqplib'),
        },
        {
          lib: 'cloudamqp',
          api: 'channel.basicAck (send stubbed)',
          fn: () => cloudEnc.channel.basicAck(ACK.deliveryTag, ACK.multiple),
          check: (out) => sameBytes(out, expected, 'cloudamqp'),
        },
      ],
    });
    cases.push({
      id: '10d',
      title: 'decode basic.ack',
      variants: [
        {
          lib: 'ours',
          api: 'decodeMethod(payload)',
          fn: () => ours.decodeMethod(payload),
          check: (m) => sameValues(m.args, ACK, 'ours'),
        },
        {
          lib: 'ours',
          api: 'decodeBasicAck(payload)',
          fn: () => ours.decodeBasicAck(payload),
          check: (args) => sameValues(args, ACK, 'ours'),
        },
        {
          lib: 'amqplib',
          api: 'frame.decodeFrame({type: 1, payload})',
          baseline: true,
          fn: () => amqplibFrame.decodeFrame(libFrameObj),
          check: (f) => sameValues(f.fields, ACK, 'amqplib'),
        },
        {
          lib: 'cloudamqp',
          api: 'client.parseFrames(new AMQPView(frame))',
          note: 'whole frame; decode fused with dispatch',
          fn: () => {
            cloudDec.client.parseFrames(new AMQPView(frameBuf.buffer, frameBuf.byteOffset, frameBuf.byteLength));
            return confirmed;
          },
          check: (c) => sameValues(c, ACK, 'cloudamqp'),
        },
      ],
    });
  }

  // 8. a whole delivery as a consumer gets it: the three frames in one chunk → one message
  {
    const frames = concatBytes([
      ours.encodeBasicDeliver(1, DELIVER),
      ours.encodeBasicHeader(1, KIB_BODY.length, DELIVERY_PROPS),
      ...ours.encodeBodyFrames(1, KIB_BODY, FRAME_MAX),
    ]);
    const chunk = Buffer.from(frames); // what a socket hands over
    const parser = new ours.FrameParser({ frameMax: FRAME_MAX });
    // The client's side of it: method, then header, then body frames until bodySize is reached.
    const oursDelivery = () => {
      const got = parser.push(chunk);
      const m = ours.decodeFrame(got[0]);
      const h = ours.decodeFrame(got[1]);
      const b = ours.decodeFrame(got[2]);
      return { method: m.method, properties: h.header.properties, body: b.body };
    };
    const lib = amqplibReceiver([]);
    lib.stream = { read: () => chunk }; // one whole delivery per read
    const amqplibDelivery = () => {
      const m = lib.recvFrame();
      const h = lib.recvFrame();
      const b = lib.recvFrame();
      return { fields: m.fields, properties: h.fields, content: b.content };
    };
    const cloud = cloudClient();
    let delivered;
    cloud.channel.deliver = (msg) => (delivered = msg);
    const expectDelivery = (args, props, body) => {
      sameValues(args, DELIVER, 'deliver args');
      sameValues(props, DELIVERY_PROPS, 'properties');
      sameBytes(body, KIB_BODY, 'body');
    };
    cases.push({
      id: '8',
      title: 'a whole delivery: deliver + header (8 props, 5 headers with a table and an array) + 1 KiB body',
      variants: [
        {
          lib: 'ours',
          api: 'FrameParser#push + decodeFrame × 3',
          fn: oursDelivery,
          check: (d) => expectDelivery(d.method.args, d.properties, d.body),
        },
        {
          lib: 'amqplib',
          api: 'Connection#recvFrame × 3',
          baseline: true,
          fn: amqplibDelivery,
          check: (d) => expectDelivery(d.fields, d.properties, d.content),
        },
        {
          lib: 'cloudamqp',
          api: 'client.onRead → parseFrames → AMQPMessage',
          note: 'copies the body',
          fn: () => {
            cloud.client.onRead(chunk);
            return delivered;
          },
          check: (m) => {
            const { consumerTag, deliveryTag, redelivered, exchange, routingKey } = m;
            expectDelivery({ consumerTag, deliveryTag, redelivered, exchange, routingKey }, m.properties, m.body);
          },
        },
      ],
    });
  }

  // 9. RabbitMQ's real connection.start (server-properties with a capabilities table)
  {
    const payload = new Uint8Array(CONNECTION_START.subarray(7, CONNECTION_START.length - 1));
    const buf = Buffer.from(payload);
    const libFrameObj = { type: 1, channel: 0, size: buf.length, payload: buf };
    const expected = ours.decodeMethod(payload).args;
    const check = (args) => {
      assert.equal(args.versionMajor, 0);
      assert.equal(args.versionMinor, 9);
      sameValues(args.serverProperties, expected.serverProperties, 'server-properties');
      assert.equal(Buffer.from(args.mechanisms).toString(), Buffer.from(expected.mechanisms).toString());
    };
    cases.push({
      id: '9',
      title: "decode RabbitMQ 3.10's connection.start (captured, 504-byte payload)",
      variants: [
        { lib: 'ours', api: 'decodeMethod(payload)', fn: () => ours.decodeMethod(payload).args, check },
        { lib: 'ours', api: 'decodeConnectionStart(payload)', fn: () => ours.decodeConnectionStart(payload), check },
        {
          lib: 'amqplib',
          api: 'frame.decodeFrame({type: 1, payload})',
          baseline: true,
          fn: () => amqplibFrame.decodeFrame(libFrameObj).fields,
          check,
        },
        {
          lib: 'cloudamqp',
          api: 'AMQPView getUint8 × 2 + getTable + getLongString × 2',
          note: 'its client skips connection.start; its field readers',
          fn: () => {
            const v = new AMQPView(buf.buffer, buf.byteOffset, buf.byteLength);
            let i = 4;
            const versionMajor = v.getUint8(i++);
            const versionMinor = v.getUint8(i++);
            const [serverProperties, tableLen] = v.getTable(i);
            i += tableLen;
            const [mechanisms, mLen] = v.getLongString(i);
            i += mLen;
            const [locales] = v.getLongString(i);
            return { versionMajor, versionMinor, serverProperties, mechanisms, locales };
          },
          check,
        },
      ],
    });
  }

  return cases;
}

// ---------------------------------------------------------------------------------------------
// Case 6: frame parsing throughput

export const TRIPLES = 10000;
export const CHUNK = 64 * 1024;

function buildStream(methodFrame, triples = TRIPLES) {
  const header = ours.encodeBasicHeader(1, BODY.length, SIMPLE_PROPS);
  const [body] = ours.encodeBodyFrames(1, BODY, FRAME_MAX);
  const triple = concatBytes([methodFrame, header, body]);
  const stream = Buffer.alloc(triple.length * triples);
  for (let k = 0; k < triples; k++) stream.set(triple, k * triple.length);
  const chunks = [];
  for (let at = 0; at < stream.length; at += CHUNK) chunks.push(stream.subarray(at, at + CHUNK));
  return { stream, chunks, tripleBytes: triple.length };
}

/** amqplib's framing: Connection#recvFrame (parseFrame + decodeFrame) on a stub stream. */
function amqplibReceiver(chunks) {
  const conn = Object.create(AmqplibConnection.prototype);
  conn.rest = Buffer.alloc(0);
  conn.maxFrameSize = FRAME_MAX;
  conn.recvSinceLastCheck = false;
  let k = 0;
  conn.stream = { read: () => (k < chunks.length ? chunks[k++] : null) };
  return conn;
}

export function frameCases() {
  const pub = buildStream(ours.encodeBasicPublish(1, PUBLISH));
  const del = buildStream(ours.encodeBasicDeliver(1, DELIVER));
  const FRAMES = TRIPLES * 3;
  // Allocation is measured on a 1000-triple stream (ending on a frame boundary): a whole 30,000-frame
  // run allocates more than the young generation holds, and a GC during a sample spoils it.
  const SMALL = 1000;
  const pubSmall = buildStream(ours.encodeBasicPublish(1, PUBLISH), SMALL);
  const delSmall = buildStream(ours.encodeBasicDeliver(1, DELIVER), SMALL);

  const oursParse = (chunks) => () => {
    const p = new ours.FrameParser({ frameMax: FRAME_MAX });
    let n = 0;
    for (let c = 0; c < chunks.length; c++) {
      const frames = p.push(chunks[c]);
      n += frames.length;
      sink[c & 63] = frames;
    }
    p.finish();
    return n;
  };
  const oursDecode = (chunks) => () => {
    const p = new ours.FrameParser({ frameMax: FRAME_MAX });
    let n = 0;
    for (let c = 0; c < chunks.length; c++) {
      const frames = p.push(chunks[c]);
      for (let i = 0; i < frames.length; i++) sink[n++ & 63] = ours.decodeFrame(frames[i]);
    }
    p.finish();
    return n;
  };
  // amqplib without decoding: the buffering recvFrame does (concatenate each read onto the rest),
  // then parseFrame until it needs more.
  const amqplibParse = (chunks) => () => {
    let rest = Buffer.alloc(0);
    let n = 0;
    for (let c = 0; c < chunks.length; c++) {
      rest = Buffer.concat([rest, chunks[c]]);
      let f;
      while ((f = amqplibFrame.parseFrame(rest, FRAME_MAX))) {
        sink[n++ & 63] = f;
        rest = f.rest;
      }
    }
    return n;
  };
  const amqplibDecode = (chunks) => () => {
    const conn = amqplibReceiver(chunks);
    let n = 0;
    let f;
    while ((f = conn.recvFrame())) sink[n++ & 63] = f;
    return n;
  };
  // One client for all runs (its constructor allocates a frameMax-sized reassembly buffer); the
  // stream ends on a frame boundary, so its parser state is back at the start after each run.
  const cloudDecode = (chunks) => {
    const c = cloudClient();
    return () => {
      const before = c.delivered();
      for (let k = 0; k < chunks.length; k++) c.client.onRead(chunks[k]);
      return (c.delivered() - before) * 3;
    };
  };

  const frames = (n) => assert.equal(n, FRAMES, 'frame count');

  // Content checks on the decoded output (first and last triple).
  const checkOursDecoded = (chunks, method) => {
    const p = new ours.FrameParser({ frameMax: FRAME_MAX });
    const all = chunks.flatMap((c) => p.push(c)).map(ours.decodeFrame);
    assert.equal(all.length, FRAMES);
    for (const at of [0, FRAMES - 3]) {
      assert.equal(all[at].method.name, method);
      sameValues(all[at + 1].header.properties, SIMPLE_PROPS, 'ours header');
      sameBytes(all[at + 2].body, BODY, 'ours body');
    }
  };
  const checkAmqplibDecoded = (chunks, id) => {
    const conn = amqplibReceiver(chunks);
    const all = [];
    let f;
    while ((f = conn.recvFrame())) all.push(f);
    assert.equal(all.length, FRAMES);
    for (const at of [0, FRAMES - 3]) {
      assert.equal(all[at].id, id);
      sameValues(all[at + 1].fields, SIMPLE_PROPS, 'amqplib header');
      sameBytes(all[at + 2].content, BODY, 'amqplib body');
    }
  };
  const checkCloudDecoded = (chunks) => {
    const c = cloudClient();
    const got = [];
    c.channel.deliver = (m) => got.push(m);
    for (const chunk of chunks) c.client.onRead(chunk);
    assert.equal(got.length, TRIPLES);
    for (const m of [got[0], got[TRIPLES - 1]]) {
      assert.equal(m.consumerTag, DELIVER.consumerTag);
      assert.equal(m.routingKey, DELIVER.routingKey);
      sameValues(m.properties, SIMPLE_PROPS, 'cloudamqp header');
      sameBytes(m.body, BODY, 'cloudamqp body');
    }
  };

  const v = (lib, api, make, small, check, extra = {}) => ({
    lib,
    api,
    ...extra,
    fn: make(small === pubSmall ? pub.chunks : del.chunks),
    allocFn: make(small.chunks),
    allocUnits: SMALL * 3,
    check,
  });

  // 6d: a big stream, 512 body frames of 128 KiB (frame-max 131072) in 64 KiB chunks: every frame
  // straddles chunks, so one copy per byte is the least any parser does. The floor: copying the chunks
  // into one preallocated buffer.
  const BIG_FRAMES = 512;
  const bigBody = new Uint8Array(FRAME_MAX - 8).fill(0x63);
  const [bigFrame] = ours.encodeBodyFrames(1, bigBody, FRAME_MAX);
  const big = Buffer.alloc(bigFrame.length * BIG_FRAMES);
  for (let k = 0; k < BIG_FRAMES; k++) big.set(bigFrame, k * bigFrame.length);
  const bigChunks = [];
  for (let at = 0; at < big.length; at += CHUNK) bigChunks.push(big.subarray(at, at + CHUNK));
  const floorTarget = new Uint8Array(big.length);
  const bigFramesCheck = (n) => assert.equal(n, BIG_FRAMES, 'frame count');
  const bigCase = {
    id: '6d',
    title: `parse a 64 MiB stream of ${BIG_FRAMES} body frames of 128 KiB, fed in 64 KiB chunks (frames only)`,
    streamBytes: big.length,
    frames: BIG_FRAMES,
    variants: [
      {
        lib: 'ours',
        api: 'FrameParser#push',
        fn: () => {
          const p = new ours.FrameParser({ frameMax: FRAME_MAX });
          let n = 0;
          for (let c = 0; c < bigChunks.length; c++) {
            const frames = p.push(bigChunks[c]);
            n += frames.length;
            if (frames.length) sink[c & 63] = frames[0];
          }
          p.finish();
          return n;
        },
        check: bigFramesCheck,
      },
      {
        lib: 'amqplib',
        api: 'Buffer.concat + frame.parseFrame',
        baseline: true,
        fn: amqplibParse(bigChunks),
        check: bigFramesCheck,
      },
      {
        lib: 'floor',
        api: 'copy every chunk into one preallocated buffer',
        note: 'not a parser: the one-copy floor',
        fn: () => {
          let at = 0;
          for (let c = 0; c < bigChunks.length; c++) {
            floorTarget.set(bigChunks[c], at);
            at += bigChunks[c].length;
          }
          return at === big.length ? BIG_FRAMES : 0;
        },
        check: bigFramesCheck,
      },
    ],
  };
  for (const v of bigCase.variants) Object.assign(v, { allocFn: v.fn, allocUnits: BIG_FRAMES });

  return [
    {
      id: '6a',
      title: `parse a stream of ${TRIPLES} publish+header+body triples (frames only)`,
      streamBytes: pub.stream.length,
      frames: FRAMES,
      variants: [
        v('ours', 'FrameParser#push', oursParse, pubSmall, frames),
        v('amqplib', 'Buffer.concat + frame.parseFrame', amqplibParse, pubSmall, frames, { baseline: true }),
      ],
    },
    {
      id: '6b',
      title: 'parse + decode the publish stream',
      streamBytes: pub.stream.length,
      frames: FRAMES,
      variants: [
        v('ours', 'FrameParser#push + decodeFrame', oursDecode, pubSmall, (n) => {
          frames(n);
          checkOursDecoded(pub.chunks, 'basic.publish');
        }),
        v(
          'amqplib',
          'Connection#recvFrame (parseFrame + decodeFrame)',
          amqplibDecode,
          pubSmall,
          (n) => {
            frames(n);
            checkAmqplibDecoded(pub.chunks, defs.BasicPublish);
          },
          { baseline: true },
        ),
      ],
    },
    {
      id: '6c',
      title: `parse + decode ${TRIPLES} deliver+header+body triples (what a consumer receives)`,
      streamBytes: del.stream.length,
      frames: FRAMES,
      variants: [
        v('ours', 'FrameParser#push + decodeFrame', oursDecode, delSmall, (n) => {
          frames(n);
          checkOursDecoded(del.chunks, 'basic.deliver');
        }),
        v(
          'amqplib',
          'Connection#recvFrame (parseFrame + decodeFrame)',
          amqplibDecode,
          delSmall,
          (n) => {
            frames(n);
            checkAmqplibDecoded(del.chunks, defs.BasicDeliver);
          },
          { baseline: true },
        ),
        v(
          'cloudamqp',
          'client.onRead → parseFrames → AMQPMessage',
          cloudDecode,
          delSmall,
          (n) => {
            frames(n);
            checkCloudDecoded(del.chunks);
          },
          { note: 'also assembles the message: copies the body' },
        ),
      ],
    },
    bigCase,
  ];
}
