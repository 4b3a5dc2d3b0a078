/**
 * The README's example: connect, publish a message to a fresh queue, consume it, close.
 * Run it: npx tsx examples/client/hello.ts [amqp://guest:guest@localhost:5672]
 */
import { connect } from './index.js';

export async function hello(url: string): Promise<string> {
  const connection = await connect({ url, heartbeat: 10, connectionName: 'hello' });
  try {
    const channel = await connection.openChannel();
    const { queue } = await channel.queueDeclare('', { exclusive: true });

    const received = new Promise<string>((resolve) => {
      void channel.consume(queue, (message) => {
        if (message.method.name === 'basic.deliver') channel.ack(message.method.args.deliveryTag);
        resolve(`${new TextDecoder().decode(message.body)} (${message.properties.contentType})`);
      });
    });
    channel.publish('', queue, 'Hello, RabbitMQ', { contentType: 'text/plain', headers: { 'x-lang': 'en' } });
    return await received;
  } finally {
    await connection.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await hello(process.argv[2] ?? 'amqp://guest:guest@localhost:5672'));
}
