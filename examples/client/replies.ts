/**
 * Replies to synchronous methods. AMQP answers the synchronous methods of one channel in order, so
 * each channel keeps a FIFO of callers waiting for a reply; an incoming method either answers the
 * oldest waiter or is unexpected.
 */
import type { Method, MethodName } from '@amqp-codegen/protocol';
import type { Message } from './message.js';

export interface Incoming {
  readonly method: Method;
  /** The content of basic.get-ok (method, header and body frames assembled). */
  readonly message?: Message;
}

interface Waiter {
  readonly names: readonly MethodName[];
  resolve(incoming: Incoming): void;
  reject(error: Error): void;
}

export class ReplyQueue {
  private waiting: Waiter[] = [];

  /** A promise for the next reply, which must be one of `names`. */
  expect(names: readonly MethodName[]): Promise<Incoming> {
    return new Promise((resolve, reject) => this.waiting.push({ names, resolve, reject }));
  }

  /** Hands `incoming` to the oldest waiter; false if nobody waits for it (a protocol error). */
  offer(incoming: Incoming): boolean {
    const head = this.waiting[0];
    if (head === undefined || !head.names.includes(incoming.method.name)) return false;
    this.waiting.shift();
    head.resolve(incoming);
    return true;
  }

  /** Rejects every waiter (the channel or connection closed). */
  failAll(error: Error): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w.reject(error);
  }
}
