/** The example from examples/client/README.md runs against the broker. */
import { describe, expect, it } from 'vitest';
import { hello } from '../../examples/client/hello.js';
import { amqpUrl, skipInterop } from './helpers.js';

describe.skipIf(skipInterop)('examples/client/hello.ts', () => {
  it('publishes and consumes one message', async () => {
    expect(await hello(amqpUrl())).toBe('Hello, RabbitMQ (text/plain)');
  });
});
