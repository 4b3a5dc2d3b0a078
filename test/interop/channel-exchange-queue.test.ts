/**
 * Channel, exchange and queue classes against RabbitMQ 3.10: open/close, a soft error (404) that
 * closes only the channel, and the declare/bind/unbind/purge/delete life cycle with routing checked.
 */
import { NOT_FOUND, REPLY_SUCCESS, methodInfo, replyCodeKind } from '@amqp-codegen/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedError, type Connection } from '../../examples/client/index.js';
import { toHex } from '../helpers/bytes.js';
import { open, skipInterop, unique } from './helpers.js';

describe.skipIf(skipInterop)('RabbitMQ 3.10: channel, exchange and queue classes', () => {
  let c: Connection;
  beforeAll(async () => {
    c = await open();
  });
  afterAll(async () => {
    await c?.close();
  });

  it('channel.open → open-ok and channel.close → close-ok', async () => {
    const from = c.log.records.length;
    const ch = await c.openChannel();
    expect(ch.state).toBe('open');
    await ch.close();
    expect(ch.state).toBe('closed');
    const records = c.log.records.slice(from);
    expect(
      records.map((r) => `${r.direction} ${r.frame.type === 'method' ? r.frame.method.name : r.frame.type}`),
    ).toEqual(['sent channel.open', 'received channel.open-ok', 'sent channel.close', 'received channel.close-ok']);
    // channel.open-ok carries a reserved longstr: four zero bytes.
    expect(toHex(records[1].bytes)).toBe(`0100${ch.id.toString(16).padStart(2, '0')}000000080014000b00000000ce`);
    expect(records[2].frame).toMatchObject({
      method: { args: { replyCode: REPLY_SUCCESS, replyText: 'bye', classId: 0, methodId: 0 } },
    });
  });

  it('a passive declare of a missing queue closes the channel with 404; a new channel works', async () => {
    const ch = await c.openChannel();
    const missing = unique('no-such-queue');
    const error = await ch.queueDeclare(missing, { passive: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ClosedError);
    expect(error).toMatchObject({
      scope: 'channel',
      by: 'server',
      replyCode: NOT_FOUND,
      classId: 50,
      methodId: 10,
      replyText: `NOT_FOUND - no queue '${missing}' in vhost '/'`,
    });
    expect(replyCodeKind(NOT_FOUND)).toBe('soft');
    expect(methodInfo(50, 10)?.name).toBe('queue.declare');
    expect(ch.state).toBe('closed');
    const close = c.log.methods('received', 'channel.close').at(-1)!;
    expect(close.args).toEqual({
      replyCode: 404,
      replyText: `NOT_FOUND - no queue '${missing}' in vhost '/'`,
      classId: 50,
      methodId: 10,
    });
    expect(c.log.summary().slice(-2)).toEqual([`< channel.close@${ch.id}`, `> channel.close-ok@${ch.id}`]);
    // Calls on the closed channel fail with the same reason, without touching the wire.
    await expect(ch.queueDeclare('x')).rejects.toBe(error);

    const again = await c.openChannel();
    const ok = await again.queueDeclare('', { exclusive: true });
    expect(ok.queue).toMatch(/^amq\.gen-/);
    await again.close();
  });

  it('exchange declare/bind/unbind/delete and queue declare/bind/unbind/purge/delete', async () => {
    const ch = await c.openChannel();
    const source = unique('ex.source');
    const destination = unique('ex.destination');
    const queue = unique('queue');
    const from = c.log.records.length;

    await ch.exchangeDeclare(source, 'topic', { autoDelete: false });
    await ch.exchangeDeclare(destination, 'fanout');
    await ch.exchangeDeclare(source, 'topic', { passive: true });
    expect(await ch.queueDeclare(queue, { arguments: { 'x-max-length': 100 } })).toEqual({
      queue,
      messageCount: 0,
      consumerCount: 0,
    });
    await ch.exchangeBind(destination, source, 'route.#');
    await ch.queueBind(queue, destination, '');

    // source --route.#--> destination --> queue
    ch.publish(source, 'route.one', 'one');
    ch.publish(source, 'elsewhere', 'dropped');
    ch.publish(destination, 'any', 'two');
    const first = await ch.get(queue, { noAck: true });
    expect(new TextDecoder().decode(first!.body)).toBe('one');
    expect(first!.method).toMatchObject({ name: 'basic.get-ok', args: { exchange: source, routingKey: 'route.one' } });

    await ch.exchangeUnbind(destination, source, 'route.#');
    ch.publish(source, 'route.two', 'no longer routed');
    ch.publish(destination, 'any', 'three');
    // The second publish to `destination` arrives, the one through `source` does not.
    expect(await ch.queuePurge(queue)).toBe(2);

    await ch.queueUnbind(queue, destination, '');
    ch.publish(destination, 'any', 'not routed');
    ch.publish('', queue, 'direct');
    expect(await ch.queueDelete(queue)).toBe(1);
    await ch.exchangeDelete(destination);
    await ch.exchangeDelete(source, { ifUnused: false });

    const sentAndReceived = c.log.records
      .slice(from)
      .filter((r) => r.frame.type === 'method' && /^(exchange|queue)\./.test(r.frame.method.name))
      .map((r) => (r.frame.type === 'method' ? r.frame.method.name : ''));
    expect(sentAndReceived).toEqual([
      'exchange.declare',
      'exchange.declare-ok',
      'exchange.declare',
      'exchange.declare-ok',
      'exchange.declare',
      'exchange.declare-ok',
      'queue.declare',
      'queue.declare-ok',
      'exchange.bind',
      'exchange.bind-ok',
      'queue.bind',
      'queue.bind-ok',
      'exchange.unbind',
      'exchange.unbind-ok',
      'queue.purge',
      'queue.purge-ok',
      'queue.unbind',
      'queue.unbind-ok',
      'queue.delete',
      'queue.delete-ok',
      'exchange.delete',
      'exchange.delete-ok',
      'exchange.delete',
      'exchange.delete-ok',
    ]);
    // The queue and exchanges are gone.
    await expect(ch.queueDeclare(queue, { passive: true })).rejects.toMatchObject({ replyCode: NOT_FOUND });
  });
});
