/**
 * Runs in Chromium, bundled by esbuild: a tiny AMQP client on the generated package and a WebSocket
 * (binaryType 'arraybuffer', so the parser gets ArrayBuffers). It opens a connection through the test's
 * WebSocket-to-TCP relay (PLAIN), declares a queue, publishes a message with headers, consumes it
 * without acking (so it goes back to the queue for the Node side to check), and closes.
 */
import {
  FrameParser,
  PROTOCOL_HEADER,
  decodeFrame,
  encodeBasicHeader,
  encodeBodyFrames,
  encodeMethod,
  negotiateTune,
  utf8Decode,
  type DecodedBasicProperties,
  type DecodedFrame,
  type DecodedMethodArgs,
  type MethodName,
} from '@amqp-codegen/protocol';

export interface PageInput {
  url: string;
  username: string;
  password: string;
  queue: string;
  body: string;
  headers: Record<string, string | number>;
  timestamp: number;
}

export interface PageReport {
  serverProduct: string;
  tune: { channelMax: number; frameMax: number; heartbeat: number };
  declaredQueue: string;
  delivery: { redelivered: boolean; routingKey: string; body: string; properties: unknown };
  closeOk: boolean;
  binaryType: string;
}

async function run(input: PageInput): Promise<PageReport> {
  const ws = new WebSocket(input.url);
  ws.binaryType = 'arraybuffer';
  const parser = new FrameParser();
  const inbox: DecodedFrame[] = [];
  let failure: unknown;
  let wake: (() => void) | undefined;
  let dataType = '';
  ws.onmessage = (event: MessageEvent) => {
    dataType = Object.prototype.toString.call(event.data);
    try {
      for (const frame of parser.push(event.data as ArrayBuffer)) inbox.push(decodeFrame(frame));
    } catch (error) {
      failure = error;
    }
    wake?.();
  };
  ws.onclose = () => {
    failure ??= new Error('the WebSocket closed');
    wake?.();
  };
  await new Promise<void>((resolve, reject) => {
    ws.onopen = () => resolve();
    ws.onerror = () => reject(new Error(`cannot open ${input.url}`));
  });

  const next = async (): Promise<DecodedFrame> => {
    while (inbox.length === 0) {
      if (failure !== undefined) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    return inbox.shift()!;
  };
  const expectMethod = async <N extends MethodName>(name: N): Promise<DecodedMethodArgs[N]> => {
    const frame = await next();
    if (frame.type !== 'method' || frame.method.name !== name) {
      throw new Error(`expected ${name}, got ${frame.type === 'method' ? frame.method.name : `a ${frame.type} frame`}`);
    }
    return frame.method.args as DecodedMethodArgs[N];
  };

  // The package's encoders return plain `Uint8Array` (typed for TypeScript 5.0 too); TypeScript ≥ 5.7's DOM
  // types want `Uint8Array<ArrayBuffer>`, which they are (never a SharedArrayBuffer).
  const send = (bytes: Uint8Array): void => ws.send(bytes as Uint8Array<ArrayBuffer>);
  send(PROTOCOL_HEADER);
  const start = await expectMethod('connection.start');
  const product = start.serverProperties.product;
  send(
    encodeMethod(0, {
      name: 'connection.start-ok',
      args: {
        clientProperties: { product: 'amqp-codegen browser test', capabilities: { consumer_cancel_notify: true } },
        mechanism: 'PLAIN',
        response: `\u0000${input.username}\u0000${input.password}`,
        locale: 'en_US',
      },
    }),
  );
  const tune = negotiateTune(await expectMethod('connection.tune'), { channelMax: 0, frameMax: 0, heartbeat: 0 });
  parser.frameMax = tune.frameMax;
  send(encodeMethod(0, { name: 'connection.tune-ok', args: tune }));
  send(encodeMethod(0, { name: 'connection.open', args: { virtualHost: '/' } }));
  await expectMethod('connection.open-ok');

  send(encodeMethod(1, { name: 'channel.open' }));
  await expectMethod('channel.open-ok');
  const queue = { passive: false, durable: false, exclusive: false, autoDelete: false, noWait: false, arguments: {} };
  send(encodeMethod(1, { name: 'queue.declare', args: { queue: input.queue, ...queue } }));
  const declared = await expectMethod('queue.declare-ok');

  const body = new TextEncoder().encode(input.body);
  send(
    encodeMethod(1, {
      name: 'basic.publish',
      args: { exchange: '', routingKey: input.queue, mandatory: false, immediate: false },
    }),
  );
  send(
    encodeBasicHeader(1, body.length, {
      contentType: 'text/plain',
      headers: input.headers,
      timestamp: new Date(input.timestamp * 1000 + 999), // a Date: whole seconds on the wire
      messageId: null, // absent
    }),
  );
  for (const frame of encodeBodyFrames(1, body, tune.frameMax)) send(frame);

  const consume = { consumerTag: '', noLocal: false, noAck: false, exclusive: false, noWait: false, arguments: {} };
  send(encodeMethod(1, { name: 'basic.consume', args: { queue: input.queue, ...consume } }));
  await expectMethod('basic.consume-ok');
  const deliver = await expectMethod('basic.deliver');
  const header = await next();
  if (header.type !== 'header' || header.header.classId !== 60) throw new Error('expected a basic content header');
  const properties: DecodedBasicProperties = header.header.properties;
  const parts: Uint8Array[] = [];
  let received = 0;
  while (received < Number(header.header.bodySize)) {
    const frame = await next();
    if (frame.type !== 'body') throw new Error(`expected a body frame, got ${frame.type}`);
    parts.push(frame.body);
    received += frame.body.length;
  }
  const all = new Uint8Array(received);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }

  // Close without acking: the broker puts the message back for the Node side to find.
  send(
    encodeMethod(0, { name: 'connection.close', args: { replyCode: 200, replyText: 'bye', classId: 0, methodId: 0 } }),
  );
  await expectMethod('connection.close-ok');
  ws.close();

  return {
    serverProduct: product instanceof Uint8Array ? utf8Decode(product) : String(product),
    tune,
    declaredQueue: declared.queue,
    delivery: {
      redelivered: deliver.redelivered,
      routingKey: deliver.routingKey,
      body: new TextDecoder().decode(all),
      properties: JSON.parse(JSON.stringify(properties, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))),
    },
    closeOk: true,
    binaryType: dataType,
  };
}

(globalThis as { runAmqp?: typeof run }).runAmqp = run;
