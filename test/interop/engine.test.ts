/**
 * The issue #11 scenarios through the sans-I/O engine (examples/client/node-transport.ts) against
 * RabbitMQ: confirms and acks at volume, a server-cancelled consumer, a channel error that closes
 * only its channel, a dead peer found by heartbeats, and a connection closed by rabbitmqctl.
 */
import * as net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, type NodeConnectOptions, type NodeConnection } from '../../examples/client/node-transport.js';
import type { EngineEvent } from '@amqp-codegen/protocol/engine';
import { basicConsumeArgs, queueDeclareArgs as declareArgs } from '../helpers/args.js';
import { amqpUrl, connectionPid, ctl, skipInterop, sleep, unique } from './helpers.js';

const open: NodeConnection[] = [];
afterAll(async () => {
  for (const c of open) if (c.engine.isOpen) await c.close().catch(() => {});
});

async function connectEngine(options: NodeConnectOptions = {}): Promise<NodeConnection & { events: EngineEvent[] }> {
  const events: EngineEvent[] = [];
  const c = await connect({ url: amqpUrl(), ...options, onEvent: (e) => events.push(e) });
  open.push(c);
  return Object.assign(c, { events });
}

const publishArgs = (routingKey: string) => ({ exchange: '', routingKey, mandatory: false, immediate: false });

describe.skipIf(skipInterop)('the engine against RabbitMQ', () => {
  it('10,000 messages published with confirms and consumed with acks: nothing lost or duplicated', async () => {
    const c = await connectEngine({ clientProperties: { connection_name: unique('engine') } });
    const e = c.engine;
    const ch = await e.openChannel();
    const queue = (await e.queueDeclare(ch, { ...declareArgs(''), exclusive: true })).method.args.queue;
    await e.confirmSelect(ch, { nowait: false });
    const N = 10_000;
    const outcomes = [];
    for (let i = 0; i < N; i++) outcomes.push(e.publish(ch, publishArgs(queue), new TextEncoder().encode(String(i)))!);
    expect(new Set(await Promise.all(outcomes))).toEqual(new Set(['ack']));

    const consumer = await e.openChannel();
    await e.basicQos(consumer, { prefetchSize: 0, prefetchCount: 500, global: false });
    const seen = new Map<number, number>();
    const done = new Promise<void>((resolve) => {
      c.events.length = 0;
      const check = setInterval(() => {
        for (const ev of c.events.splice(0)) {
          if (ev.type !== 'channel' || ev.event.name !== 'basic.deliver') continue;
          const n = Number(new TextDecoder().decode(ev.event.content.body));
          seen.set(n, (seen.get(n) ?? 0) + 1);
          e.send(consumer, {
            name: 'basic.ack',
            args: { deliveryTag: ev.event.method.args.deliveryTag, multiple: false },
          });
        }
        if (seen.size === N) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    await e.basicConsume(consumer, basicConsumeArgs(queue, { consumerTag: 'c' }));
    await done;
    expect([...seen.values()].every((k) => k === 1)).toBe(true);
    expect(Math.min(...seen.keys())).toBe(0);
    expect(Math.max(...seen.keys())).toBe(N - 1);
    await sleep(200); // acks reach the broker
    expect((await e.queueDeclare(ch, { ...declareArgs(queue), passive: true })).method.args.messageCount).toBe(0);
    await c.close();
  });

  it('a consumer cancelled by the server (its queue deleted) is a basic.cancel event', async () => {
    const c = await connectEngine();
    const e = c.engine;
    const ch = await e.openChannel();
    const queue = unique('engine.cancel');
    await e.queueDeclare(ch, { ...declareArgs(queue), autoDelete: false });
    await e.basicConsume(ch, basicConsumeArgs(queue, { consumerTag: 'ctag', noAck: true }));
    const other = await e.openChannel();
    await e.queueDelete(other, { queue, ifUnused: false, ifEmpty: false, noWait: false });
    await sleep(200);
    expect(c.events).toContainEqual(
      expect.objectContaining({
        type: 'channel',
        channel: ch,
        event: expect.objectContaining({ name: 'basic.cancel' }),
      }),
    );
    await c.close();
  });

  it('a channel error (404) closes only that channel', async () => {
    const c = await connectEngine();
    const e = c.engine;
    const bad = await e.openChannel();
    const good = await e.openChannel();
    const missing = unique('engine.missing');
    await expect(e.queueDeclare(bad, { ...declareArgs(missing), passive: true })).rejects.toMatchObject({
      name: 'ClosedError',
      scope: 'channel',
      replyCode: 404,
      by: 'server',
    });
    expect(c.events).toContainEqual(expect.objectContaining({ type: 'channel-closed', channel: bad }));
    const q = await e.queueDeclare(good, { ...declareArgs(''), exclusive: true });
    expect(q.method.name).toBe('queue.declare-ok');
    expect(e.isOpen).toBe(true);
    await c.close();
  });

  it('heartbeats find a peer that stops answering (a proxy that stalls the stream)', async () => {
    const target = new URL(amqpUrl());
    let stalled = false;
    const sockets: net.Socket[] = [];
    const proxy = net.createServer((client) => {
      const upstream = net.connect({ host: target.hostname, port: Number(target.port || 5672) });
      sockets.push(client, upstream);
      client.on('data', (d) => stalled || upstream.write(d));
      upstream.on('data', (d) => stalled || client.write(d));
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const port = (proxy.address() as net.AddressInfo).port;
      const url = new URL(amqpUrl());
      url.hostname = '127.0.0.1';
      url.port = String(port);
      const c = await connectEngine({ url: url.toString(), heartbeat: 1 });
      expect(c.engine.tune.heartbeat).toBe(1);
      await sleep(2500); // heartbeats flow both ways: still open
      expect(c.engine.isOpen).toBe(true);
      stalled = true;
      const started = Date.now();
      const error = await c.closed;
      expect(error?.message).toMatch(/heartbeat timeout/);
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      for (const s of sockets) s.destroy();
      proxy.close();
    }
  });

  it('the server closing the connection (rabbitmqctl close_connection) is answered and reported with 320', async () => {
    const name = unique('engine.close');
    const c = await connectEngine({ clientProperties: { connection_name: name } });
    const ch = await c.engine.openChannel();
    await ctl('close_connection', await connectionPid(name), 'closed by test');
    const error = await c.closed;
    expect(error).toMatchObject({ name: 'ClosedError', replyCode: 320, by: 'server' });
    await expect(c.engine.basicQos(ch, { prefetchSize: 0, prefetchCount: 1, global: false })).rejects.toBeTruthy();
  });
});
