import type { BasicConsumeArgs, QueueDeclareArgs } from '../../generated/src/index.js';

/** queue.declare arguments with every flag off and an empty table; a test overrides what it is about. */
export const queueDeclareArgs = (queue: string, overrides: Partial<QueueDeclareArgs> = {}): QueueDeclareArgs => ({
  queue,
  passive: false,
  durable: false,
  exclusive: false,
  autoDelete: false,
  noWait: false,
  arguments: {},
  ...overrides,
});

/** basic.consume arguments: a server-named tag, acks on, not exclusive; a test overrides what it is about. */
export const basicConsumeArgs = (queue: string, overrides: Partial<BasicConsumeArgs> = {}): BasicConsumeArgs => ({
  queue,
  consumerTag: '',
  noLocal: false,
  noAck: false,
  exclusive: false,
  noWait: false,
  arguments: {},
  ...overrides,
});
