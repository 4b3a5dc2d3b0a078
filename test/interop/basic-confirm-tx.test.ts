/**
 * Basic, confirm and tx classes against RabbitMQ 3.10: qos, consume/deliver/cancel, ack, nack,
 * reject, get-ok/get-empty, return of an unroutable mandatory publish, recover, publisher confirms,
 * and transactions.
 */
import { NO_ROUTE } from '@amqp-codegen/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Connection, Message } from '../../examples/client/index.js';
import { open, skipInterop } from './helpers.js';

const text = (m: Message | undefined) => (m === undefined ? undefined : new TextDecoder().decode(m.body));

/** Collects deliveries; `next()` resolves with the next one. */
function inbox(): { push: (m: Message) => void; next: () => Promise<Message> } {
  const queued: Message[] = [];
  const waiting: ((m: Message) => void)[] = [];
  return {
    push: (m) => {
      const w = waiting.shift();
      if (w !== undefined) w(m);
      else queued.push(m);
    },
    next: () => {
      const m = queued.shift();
      return m !== undefined ? Promise.resolve(m) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

describe.skipIf(skipInterop)('RabbitMQ 3.10: basic, confirm and tx classes', () => {
  let c: Connection;
  let ch: Channel;
  const queue = async () => (await ch.queueDeclare('', { exclusive: true })).queue;
  /** A fresh queue with a consumer collecting into an inbox, `body` published to it and its first delivery. */
  const consumeOne = async (body: string) => {
    const q = await queue();
    const box = inbox();
    await ch.consume(q, box.push);
    ch.publish('', q, body);
    return { q, box, first: await box.next() };
  };
  beforeAll(async () => {
    c = await open();
    ch = await c.openChannel();
  });
  afterAll(async () => {
    await c?.close();
  });

  it('qos, consume → consume-ok, deliver, ack, cancel → cancel-ok', async () => {
    const q = await queue();
    await ch.qos(10);
    const box = inbox();
    const tag = await ch.consume(q, box.push, { consumerTag: 'interop.consumer' });
    expect(tag).toBe('interop.consumer');
    ch.publish('', q, 'to the consumer');
    const m = await box.next();
    expect(text(m)).toBe('to the consumer');
    expect(m.method).toMatchObject({
      name: 'basic.deliver',
      args: { consumerTag: tag, deliveryTag: 1, redelivered: false, exchange: '', routingKey: q },
    });
    ch.ack(m.method.name === 'basic.deliver' ? m.method.args.deliveryTag : 0);
    await ch.cancel(tag);
    // After cancel, a message stays in the queue.
    ch.publish('', q, 'after cancel');
    expect(text(await ch.get(q, { noAck: true }))).toBe('after cancel');
    const names = c.log.methods('sent').map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['basic.qos', 'basic.consume', 'basic.ack', 'basic.cancel']));
    expect(c.log.methods('received').map((m) => m.name)).toEqual(
      expect.arrayContaining(['basic.qos-ok', 'basic.consume-ok', 'basic.deliver', 'basic.cancel-ok']),
    );
  });

  it('nack requeues (redelivered), reject without requeue drops', async () => {
    const { q, box, first } = await consumeOne('nacked then rejected');
    if (first.method.name !== 'basic.deliver') throw new Error('expected a delivery');
    expect(first.method.args.redelivered).toBe(false);
    ch.nack(first.method.args.deliveryTag, { requeue: true });
    const second = await box.next();
    if (second.method.name !== 'basic.deliver') throw new Error('expected a delivery');
    expect(second.method.args.redelivered).toBe(true);
    expect(text(second)).toBe('nacked then rejected');
    ch.reject(second.method.args.deliveryTag, false);
    expect(await ch.queuePurge(q)).toBe(0);
    expect(c.log.methods('sent', 'basic.nack').at(-1)!.args).toMatchObject({ multiple: false, requeue: true });
    expect(c.log.methods('sent', 'basic.reject').at(-1)!.args).toMatchObject({ requeue: false });
  });

  it('get → get-ok with message-count, then get-empty', async () => {
    const q = await queue();
    ch.publish('', q, 'a');
    ch.publish('', q, 'b');
    const a = await ch.get(q);
    expect(text(a)).toBe('a');
    expect(a!.method).toMatchObject({ name: 'basic.get-ok', args: { messageCount: 1, redelivered: false } });
    if (a!.method.name === 'basic.get-ok') ch.ack(a!.method.args.deliveryTag);
    expect(text(await ch.get(q, { noAck: true }))).toBe('b');
    expect(await ch.get(q)).toBeUndefined();
    expect(c.log.methods('received', 'basic.get-empty')).not.toHaveLength(0);
  });

  it('a mandatory publish nobody can route comes back as basic.return 312 NO_ROUTE', async () => {
    const returned = new Promise<Message>((resolve) => (ch.onReturn = resolve));
    ch.publish('amq.direct', 'nobody.listens', 'unroutable', { messageId: 'm-1' }, { mandatory: true });
    const m = await returned;
    expect(m.method).toEqual({
      name: 'basic.return',
      classId: 60,
      methodId: 50,
      args: { replyCode: NO_ROUTE, replyText: 'NO_ROUTE', exchange: 'amq.direct', routingKey: 'nobody.listens' },
    });
    expect(text(m)).toBe('unroutable');
    expect(m.properties.messageId).toBe('m-1');
    ch.onReturn = undefined;
  });

  it('recover redelivers unacknowledged messages', async () => {
    const { box, first } = await consumeOne('recover me');
    expect(first.method.args).toMatchObject({ redelivered: false });
    await ch.recover(true);
    const again = await box.next();
    expect(text(again)).toBe('recover me');
    expect(again.method.args).toMatchObject({ redelivered: true });
    if (again.method.name === 'basic.deliver') ch.ack(again.method.args.deliveryTag);
    expect(c.log.summary()).toContain(`< basic.recover-ok@${ch.id}`);
  });

  it('confirm.select: every publish is acked', async () => {
    const cc = await c.openChannel();
    try {
      await cc.confirmSelect();
      const q = (await cc.queueDeclare('', { exclusive: true })).queue;
      const seqs = [1, 2, 3].map((i) => cc.publish('', q, `confirmed ${i}`));
      expect(seqs).toEqual([1, 2, 3]);
      await cc.waitForConfirms();
      expect([...cc.confirms.entries()].sort()).toEqual([
        [1, 'ack'],
        [2, 'ack'],
        [3, 'ack'],
      ]);
      // The broker may ack one by one or several at once (multiple); the last ack covers tag 3.
      const acks = c.log.records.flatMap((r) =>
        r.direction === 'received' &&
        r.channel === cc.id &&
        r.frame.type === 'method' &&
        r.frame.method.name === 'basic.ack'
          ? [r.frame.method.args]
          : [],
      );
      expect(acks.at(-1)!.deliveryTag).toBe(3);
      expect(c.log.methods('received', 'basic.nack')).toEqual([]);
      expect(c.log.summary()).toContain(`< confirm.select-ok@${cc.id}`);
    } finally {
      await cc.close();
    }
  });

  it('tx.select, tx.rollback discards, tx.commit delivers', async () => {
    const tc = await c.openChannel();
    try {
      const q = (await tc.queueDeclare('', { exclusive: true })).queue;
      await tc.txSelect();
      tc.publish('', q, 'rolled back');
      await tc.txRollback();
      expect((await tc.queueDeclare(q, { passive: true })).messageCount).toBe(0);
      tc.publish('', q, 'committed');
      await tc.txCommit();
      expect((await tc.queueDeclare(q, { passive: true })).messageCount).toBe(1);
      expect(text(await tc.get(q, { noAck: true }))).toBe('committed');
      await tc.txCommit();
      expect(c.log.summary().filter((l) => l.includes('tx.'))).toEqual([
        `> tx.select@${tc.id}`,
        `< tx.select-ok@${tc.id}`,
        `> tx.rollback@${tc.id}`,
        `< tx.rollback-ok@${tc.id}`,
        `> tx.commit@${tc.id}`,
        `< tx.commit-ok@${tc.id}`,
        `> tx.commit@${tc.id}`,
        `< tx.commit-ok@${tc.id}`,
      ]);
    } finally {
      await tc.close();
    }
  });
});
