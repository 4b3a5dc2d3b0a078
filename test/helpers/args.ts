import type { QueueDeclareArgs } from '../../generated/src/index.js';

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
