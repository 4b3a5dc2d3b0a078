/**
 * Runs in Chromium, bundled by esbuild: the engine over the browser's own WebSocket through
 * examples/client/websocket.ts (no Node API), via the test's WebSocket-to-TCP relay. It declares a
 * queue, publishes `count` messages with confirms, consumes them with acks, publishes one more that
 * stays on the queue (for the Node side to check with amqplib), and closes.
 */
import { utf8Decode, utf8Encode } from '@amqp-codegen/protocol';
import { plain, type ChannelEvent, type EngineEvent } from '@amqp-codegen/protocol/engine';
import { connectWebSocket } from '../../examples/client/websocket.js';
import { basicConsumeArgs, queueDeclareArgs } from '../helpers/args.js';

export interface EnginePageInput {
  url: string;
  username: string;
  password: string;
  queue: string;
  count: number;
  last: string;
}

export interface EnginePageReport {
  serverProduct: string;
  outcomes: string[];
  /** Bodies in delivery order. */
  delivered: string[];
  /** The closed event's error (undefined after a normal close), as text. */
  closedError: string | undefined;
}

async function run(input: EnginePageInput): Promise<EnginePageReport> {
  const events: EngineEvent[] = [];
  let onChannelEvent = (_event: ChannelEvent): void => {};
  const engine = await connectWebSocket(new WebSocket(input.url), {
    sasl: plain(input.username, input.password),
    clientProperties: { connection_name: `browser engine ${input.queue}` },
    onEvent(event) {
      events.push(event);
      if (event.type === 'channel') onChannelEvent(event.event);
    },
  });
  const ch = await engine.openChannel();
  await engine.queueDeclare(ch, queueDeclareArgs(input.queue));
  await engine.confirmSelect(ch, { nowait: false });
  const publish = (body: string) =>
    engine.publish(
      ch,
      { exchange: '', routingKey: input.queue, mandatory: false, immediate: false },
      utf8Encode(body),
      {
        contentType: 'text/plain',
      },
    )!;
  const outcomes = await Promise.all(Array.from({ length: input.count }, (_, i) => publish(`message ${i}`)));

  const delivered: string[] = [];
  const all = new Promise<void>((resolve) => {
    onChannelEvent = (event) => {
      if (event.name !== 'basic.deliver') return;
      delivered.push(utf8Decode(event.content.body));
      engine.send(ch, { name: 'basic.ack', args: { deliveryTag: event.method.args.deliveryTag, multiple: false } });
      if (delivered.length === input.count) resolve();
    };
  });
  const consumer = await engine.basicConsume(ch, basicConsumeArgs(input.queue));
  await all;
  await engine.basicCancel(ch, { consumerTag: consumer.method.args.consumerTag, noWait: false });
  outcomes.push(await publish(input.last));

  const closed = new Promise<Error | undefined>((resolve) => {
    const check = setInterval(() => {
      const last = events.at(-1);
      if (last?.type === 'closed') {
        clearInterval(check);
        resolve(last.error);
      }
    }, 5);
  });
  await engine.close();
  const error = await closed;
  const product = engine.serverProperties.product;
  return {
    serverProduct: typeof product === 'string' ? product : String(product),
    outcomes,
    delivered,
    closedError: error === undefined ? undefined : String(error),
  };
}

(globalThis as { runEngine?: typeof run }).runEngine = run;
