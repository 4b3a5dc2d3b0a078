import { describe, expect, it } from 'vitest';
import {
  HEARTBEAT_FRAME,
  PROTOCOL_HEADER,
  encodeBasicHeader,
  encodeBodyFrames,
  encodeMethod,
  utf8Encode,
} from '../../generated/src/index.js';
import { ClosedError, amqplain, external, plain, type SaslMechanism } from '../../generated/src/engine/index.js';
import { queueDeclareArgs } from '../helpers/args.js';
import { hex, toHex } from '../helpers/bytes.js';
import { methods, Script, START } from './harness.js';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('handshake', () => {
  it('PLAIN: header, start-ok, tune-ok with the negotiated values, open; opened resolves at open-ok', async () => {
    const s = new Script({ sasl: plain('user', 'pw'), heartbeat: 30, virtualHost: 'vh' });
    s.engine.start();
    expect(toHex(s.written[0])).toBe(toHex(PROTOCOL_HEADER));
    s.send(0, START);
    const [[ch, name, args]] = methods(s.out());
    expect([ch, name]).toEqual([0, 'connection.start-ok']);
    const startOk = args as {
      mechanism: string;
      response: Uint8Array;
      locale: string;
      clientProperties: Record<string, unknown>;
    };
    expect(startOk.mechanism).toBe('PLAIN');
    expect(toHex(startOk.response)).toBe(toHex(hex('00 75736572 00 7077'))); // NUL "user" NUL "pw"
    expect(startOk.locale).toBe('en_US');
    expect(startOk.clientProperties.capabilities).toMatchObject({
      'connection.blocked': true,
      publisher_confirms: true,
      consumer_cancel_notify: true,
    });
    s.send(0, { name: 'connection.tune', args: { channelMax: 2047, frameMax: 131072, heartbeat: 60 } });
    expect(methods(s.out())).toEqual([
      [0, 'connection.tune-ok', { channelMax: 2047, frameMax: 131072, heartbeat: 30 }],
      [0, 'connection.open', { virtualHost: 'vh' }],
    ]);
    s.send(0, { name: 'connection.open-ok' });
    await s.engine.opened;
    expect(s.engine.isOpen).toBe(true);
    expect(s.events[0]).toMatchObject({ type: 'open', tune: { channelMax: 2047, frameMax: 131072, heartbeat: 30 } });
  });

  it('the server stream split at every byte gives the same handshake and message', async () => {
    const s = new Script();
    s.engine.start();
    const stream = [
      encodeMethod(0, START),
      encodeMethod(0, { name: 'connection.tune', args: { channelMax: 0, frameMax: 131072, heartbeat: 0 } }),
      encodeMethod(0, { name: 'connection.open-ok' }),
    ];
    for (const frame of stream) for (let i = 0; i < frame.length; i++) s.engine.receive(frame.subarray(i, i + 1));
    await s.engine.opened;
    const ch = await s.channel();
    const got = s.engine.basicGet(ch, { queue: 'q', noAck: true });
    const message = [
      encodeMethod(ch, {
        name: 'basic.get-ok',
        args: { deliveryTag: 1, redelivered: false, exchange: '', routingKey: 'q', messageCount: 0 },
      }),
      encodeBasicHeader(ch, 3, {}),
      ...encodeBodyFrames(ch, utf8Encode('abc'), 4096),
    ];
    for (const frame of message) for (let i = 0; i < frame.length; i++) s.engine.receive(frame.subarray(i, i + 1));
    const reply = await got;
    expect(reply.name === 'basic.get-ok' && new TextDecoder().decode(reply.content.body)).toBe('abc');
  });

  it('AMQPLAIN: a table without its length prefix, LOGIN then PASSWORD', () => {
    const s = new Script({ sasl: amqplain('guest', 'guest') });
    s.engine.start();
    s.send(0, START);
    const [[, , args]] = methods(s.out());
    // 05 "LOGIN" 'S' 00000005 "guest" | 08 "PASSWORD" 'S' 00000005 "guest"
    const expected = hex('05 4c4f47494e 53 00000005 6775657374 08 50415353574f5244 53 00000005 6775657374');
    expect(toHex((args as { response: Uint8Array }).response)).toBe(toHex(expected));
    expect((args as { mechanism: string }).mechanism).toBe('AMQPLAIN');
  });

  it('EXTERNAL: empty response', () => {
    const s = new Script({ sasl: external() });
    s.engine.start();
    s.send(0, START);
    const [[, , args]] = methods(s.out());
    expect(args).toMatchObject({ mechanism: 'EXTERNAL', response: new Uint8Array(0) });
  });

  it('a pluggable mechanism answers each connection.secure round with secure-ok', () => {
    const rounds: string[] = [];
    const mech: SaslMechanism = {
      name: 'X-CR',
      initialResponse: () => utf8Encode('hello'),
      respond: (challenge) => {
        rounds.push(new TextDecoder().decode(challenge));
        return utf8Encode(`answer-${rounds.length}`);
      },
    };
    const s = new Script({ sasl: mech });
    s.engine.start();
    s.send(0, { name: 'connection.start', args: { ...(START.args as object), mechanisms: 'PLAIN X-CR' } } as never);
    s.send(0, { name: 'connection.secure', args: { challenge: 'c1' } });
    s.send(0, { name: 'connection.secure', args: { challenge: 'c2' } });
    const out = methods(s.out());
    expect(out.map((m) => m[1])).toEqual(['connection.start-ok', 'connection.secure-ok', 'connection.secure-ok']);
    expect(new TextDecoder().decode((out[2][2] as { response: Uint8Array }).response)).toBe('answer-2');
    expect(rounds).toEqual(['c1', 'c2']);
  });

  it('a mechanism the server does not offer fails the handshake without sending start-ok', async () => {
    const s = new Script({ sasl: { name: 'NOPE', initialResponse: () => new Uint8Array(0) } });
    s.engine.start();
    s.out();
    s.send(0, START);
    expect(s.out()).toEqual([]);
    await expect(s.engine.opened).rejects.toThrow(/PLAIN, AMQPLAIN, EXTERNAL, not NOPE/);
    expect(s.events.at(-1)).toMatchObject({ type: 'closed' });
  });

  it('403 ACCESS_REFUSED from the server during the handshake: close-ok, opened rejects with the code', async () => {
    const s = new Script();
    s.engine.start();
    s.send(0, START);
    s.out();
    s.send(0, {
      name: 'connection.close',
      args: { replyCode: 403, replyText: 'ACCESS_REFUSED', classId: 0, methodId: 0 },
    });
    expect(s.names()).toEqual(['connection.close-ok']);
    const error = await s.engine.opened.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClosedError);
    expect(error).toMatchObject({ replyCode: 403, by: 'server', scope: 'connection' });
  });

  it('a challenge the mechanism cannot answer closes the connection during the handshake; opened rejects', async () => {
    const s = new Script();
    s.engine.start();
    s.send(0, START);
    s.out();
    s.send(0, { name: 'connection.secure', args: { challenge: 'c' } });
    expect(methods(s.out())).toEqual([[0, 'connection.close', expect.objectContaining({ replyCode: 503 })]]);
    s.send(0, { name: 'connection.close-ok' });
    await expect(s.engine.opened).rejects.toThrow(/SASL PLAIN has no answer to a challenge/);
    expect(s.events.at(-1)).toMatchObject({ type: 'closed' });
  });

  it('a server that answers with its own protocol header is a version mismatch', async () => {
    const s = new Script();
    s.engine.start();
    s.engine.receive(hex('414d5150 00 00 08 00'));
    await expect(s.engine.opened).rejects.toMatchObject({ kind: 'version-mismatch' });
  });

  it('the handshake times out on the injected clock', async () => {
    const s = new Script({ handshakeTimeoutMs: 1000 });
    s.engine.start();
    expect(s.engine.nextTimeout()).toBe(1000);
    s.advance(1000);
    await expect(s.engine.opened).rejects.toThrow(/handshake timed out/);
  });
});

describe('heartbeats', () => {
  it('sends a heartbeat after half the interval of silence and declares the peer dead after two intervals', async () => {
    const s = new Script();
    await s.open({ channelMax: 0, frameMax: 131072, heartbeat: 10 });
    expect(s.engine.nextTimeout()).toBe(5000);
    s.advance(4999);
    expect(s.written).toEqual([]);
    s.advance(1);
    expect(s.written.map(toHex)).toEqual([toHex(HEARTBEAT_FRAME)]);
    s.written.length = 0;
    // the server's heartbeat keeps the connection alive
    s.advance(5000);
    s.engine.receive(HEARTBEAT_FRAME);
    s.advance(15_000);
    expect(s.events.some((e) => e.type === 'closed')).toBe(false);
    s.advance(5_000); // 20 s without a frame: two intervals
    const closed = s.events.find((e) => e.type === 'closed');
    expect(closed).toMatchObject({ type: 'closed', error: { by: 'transport' } });
    expect(String((closed as { error: Error }).error.message)).toMatch(/heartbeat timeout/);
  });

  it('heartbeat 0 schedules nothing', async () => {
    const s = new Script();
    await s.open({ channelMax: 0, frameMax: 131072, heartbeat: 0 });
    expect(s.engine.nextTimeout()).toBeUndefined();
  });
});

describe('channels and typed calls', () => {
  it('openChannel takes the lowest free number; queue.declare resolves with declare-ok', async () => {
    const s = new Script();
    await s.open();
    expect(await s.channel()).toBe(1);
    expect(await s.channel()).toBe(2);
    const declared = s.engine.queueDeclare(2, queueDeclareArgs('q'));
    expect(methods(s.out())).toEqual([[2, 'queue.declare', expect.objectContaining({ queue: 'q' })]]);
    s.send(2, { name: 'queue.declare-ok', args: { queue: 'q', messageCount: 3, consumerCount: 0 } });
    const reply = await declared;
    expect(reply.method.name).toBe('queue.declare-ok');
    expect(reply.method.args).toEqual({ queue: 'q', messageCount: 3, consumerCount: 0 });
  });

  it('basic.get resolves with get-ok and its message, or get-empty', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    const first = s.engine.basicGet(ch, { queue: 'q', noAck: true });
    s.sendMessage(
      ch,
      {
        name: 'basic.get-ok',
        args: { deliveryTag: 1, redelivered: false, exchange: '', routingKey: 'q', messageCount: 0 },
      },
      'hi',
      { contentType: 'text/plain' },
    );
    const got = await first;
    if (got.name !== 'basic.get-ok') throw new Error('expected get-ok');
    expect(new TextDecoder().decode(got.content.body)).toBe('hi');
    expect(got.content.header.properties.contentType).toBe('text/plain');
    const second = s.engine.basicGet(ch, { queue: 'q', noAck: true });
    s.send(ch, { name: 'basic.get-empty' });
    expect((await second).method.name).toBe('basic.get-empty');
  });

  it('a call with no-wait is refused (it gets no response): use send()', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    await expect(
      s.engine.queueDelete(ch, { queue: 'q', ifUnused: false, ifEmpty: false, noWait: true }),
    ).rejects.toThrow(/send\(\)/);
    expect(s.written).toEqual([]);
  });

  it('send(): an asynchronous method or a call with no-wait is written and waits for nothing', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    s.engine.send(ch, {
      name: 'queue.delete',
      args: { queue: 'q', ifUnused: false, ifEmpty: false, noWait: true },
    });
    s.engine.send(ch, { name: 'basic.reject', args: { deliveryTag: 7, requeue: false } });
    expect(s.names()).toEqual(['queue.delete', 'basic.reject']);
    // Nothing waits: the next call's reply is paired with the next call.
    const qos = s.engine.basicQos(ch, { prefetchSize: 0, prefetchCount: 1, global: false });
    s.out();
    s.send(ch, { name: 'basic.qos-ok' });
    expect((await qos).name).toBe('basic.qos-ok');
  });

  it('send(): confirm.select with nowait turns on confirm tracking', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    s.engine.send(ch, { name: 'confirm.select', args: { nowait: true } });
    const outcome = s.engine.publish(
      ch,
      { exchange: '', routingKey: 'q', mandatory: false, immediate: false },
      new Uint8Array(1),
    );
    expect(outcome).toBeDefined();
    s.send(ch, { name: 'basic.ack', args: { deliveryTag: 1, multiple: false } });
    await expect(outcome).resolves.toBe('ack');
  });

  it("send() refuses what would get a response or is not the caller's to send, writing nothing", async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    const send = (method: unknown) => () => s.engine.send(ch, method as never);
    expect(
      send({ name: 'queue.delete', args: { queue: 'q', ifUnused: false, ifEmpty: false, noWait: false } }),
    ).toThrow(/queue\.delete without noWait gets a response: use call\(\)/);
    expect(send({ name: 'basic.get', args: { queue: 'q', noAck: true } })).toThrow(
      /basic\.get cannot be sent with send\(\)/,
    );
    expect(
      send({ name: 'basic.publish', args: { exchange: '', routingKey: 'q', mandatory: false, immediate: false } }),
    ).toThrow(/basic\.publish cannot be sent with send\(\)/);
    expect(send({ name: 'channel.close-ok' })).toThrow(/cannot be sent with send\(\)/);
    expect(send({ name: 'connection.update-secret', args: { newSecret: 'x', reason: 'y' } })).toThrow(/cannot be sent/);
    expect(s.written).toEqual([]);
  });

  it('an encode error (frame over the negotiated frame-max) rejects the call and writes nothing', async () => {
    const s = new Script();
    await s.open({ channelMax: 0, frameMax: 4096, heartbeat: 0 });
    const ch = await s.channel();
    s.out();
    const call = s.engine.queueDeclare(ch, queueDeclareArgs('q', { arguments: { k: 'x'.repeat(5000) } }));
    await expect(call).rejects.toMatchObject({ name: 'AmqpError', kind: 'encode', context: 'queue.declare' });
    expect(s.written).toEqual([]);
  });

  it('deliveries surface as channel events with their content; channel.flow is answered with flow-ok', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    s.sendMessage(
      ch,
      {
        name: 'basic.deliver',
        args: { consumerTag: 'c', deliveryTag: 7, redelivered: false, exchange: 'x', routingKey: 'k' },
      },
      'body',
    );
    const event = s.events.find((e) => e.type === 'channel');
    expect(event).toMatchObject({
      type: 'channel',
      channel: ch,
      event: { method: { name: 'basic.deliver', args: { deliveryTag: 7 } } },
    });
    s.send(ch, { name: 'channel.flow', args: { active: false } });
    expect(methods(s.out())).toEqual([[ch, 'channel.flow-ok', { active: false }]]);
  });

  it('the server cancelling a consumer (queue deleted) is a basic.cancel event', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    s.send(ch, { name: 'basic.cancel', args: { consumerTag: 'ctag', noWait: true } });
    expect(s.events.at(-1)).toMatchObject({
      type: 'channel',
      event: { method: { name: 'basic.cancel', args: { consumerTag: 'ctag' } } },
    });
  });

  it('publish splits the body at the negotiated frame-max', async () => {
    const s = new Script();
    await s.open({ channelMax: 0, frameMax: 4096, heartbeat: 0 });
    const ch = await s.channel();
    s.out();
    expect(
      s.engine.publish(ch, { exchange: '', routingKey: 'q', mandatory: false, immediate: false }, new Uint8Array(5000)),
    ).toBeUndefined();
    const frames = s.out();
    expect(frames.map((f) => (f === 'protocol-header' ? f : f.type))).toEqual(['method', 'header', 'body', 'body']);
    expect(frames.slice(2).map((f) => (f as { body: Uint8Array }).body.length)).toEqual([4088, 912]);
  });
});

describe('channel close handshakes', () => {
  it('client close: frames for the channel are dropped until close-ok, which resolves', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    const closing = s.engine.closeChannel(ch);
    expect(methods(s.out())).toEqual([
      [ch, 'channel.close', { replyCode: 200, replyText: 'bye', classId: 0, methodId: 0 }],
    ]);
    s.sendMessage(
      ch,
      {
        name: 'basic.deliver',
        args: { consumerTag: 'c', deliveryTag: 1, redelivered: false, exchange: '', routingKey: 'q' },
      },
      'dropped',
    );
    expect(s.events.filter((e) => e.type === 'channel')).toEqual([]);
    s.send(ch, { name: 'channel.close-ok' });
    await closing;
    expect(s.events.at(-1)).toEqual({ type: 'channel-closed', channel: ch, error: undefined });
    // the number is free again
    expect(await s.channel()).toBe(ch);
  });

  it('server close (404): close-ok sent, pending calls rejected with 404, other channels unaffected', async () => {
    const s = new Script();
    await s.open();
    const a = await s.channel();
    const b = await s.channel();
    const pending = s.engine.queueDeclare(a, queueDeclareArgs('missing', { passive: true }));
    s.out();
    s.send(a, {
      name: 'channel.close',
      args: { replyCode: 404, replyText: "NOT_FOUND - no queue 'missing'", classId: 50, methodId: 10 },
    });
    expect(methods(s.out())).toEqual([[a, 'channel.close-ok', {}]]);
    await expect(pending).rejects.toMatchObject({
      name: 'ClosedError',
      scope: 'channel',
      replyCode: 404,
      classId: 50,
      methodId: 10,
      by: 'server',
    });
    expect(s.events.at(-1)).toMatchObject({ type: 'channel-closed', channel: a, error: { replyCode: 404 } });
    const purge = s.engine.queuePurge(b, { queue: 'q', noWait: false });
    s.send(b, { name: 'queue.purge-ok', args: { messageCount: 0 } });
    expect((await purge).method.name).toBe('queue.purge-ok');
    expect(s.engine.isOpen).toBe(true);
  });
});

describe('connection close handshakes and errors', () => {
  it('server close (320 CONNECTION_FORCED): close-ok, pending calls rejected, closed event', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    const pending = s.engine.basicQos(ch, { prefetchSize: 0, prefetchCount: 1, global: false });
    s.out();
    s.send(0, {
      name: 'connection.close',
      args: {
        replyCode: 320,
        replyText: 'CONNECTION_FORCED - broker forced connection closure',
        classId: 0,
        methodId: 0,
      },
    });
    expect(s.names()).toEqual(['connection.close-ok']);
    await expect(pending).rejects.toMatchObject({ scope: 'connection', replyCode: 320, by: 'server' });
    expect(s.events.at(-1)).toMatchObject({ type: 'closed', error: { replyCode: 320 } });
    // Calls made afterwards say why the connection is gone, and send nothing.
    await expect(s.engine.basicQos(ch, { prefetchSize: 0, prefetchCount: 1, global: false })).rejects.toMatchObject({
      scope: 'connection',
      replyCode: 320,
      by: 'server',
    });
    expect(() => s.engine.send(ch, { name: 'basic.ack', args: { deliveryTag: 1, multiple: false } })).toThrow(
      /CONNECTION_FORCED/,
    );
    expect(s.out()).toEqual([]);
  });

  it('client close: connection.close, everything else dropped, close-ok resolves and emits closed', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    const closing = s.engine.close();
    expect(methods(s.out())).toEqual([
      [0, 'connection.close', { replyCode: 200, replyText: 'bye', classId: 0, methodId: 0 }],
    ]);
    s.send(ch, { name: 'basic.qos-ok' }); // dropped, not a protocol error
    s.send(0, { name: 'connection.close-ok' });
    await closing;
    expect(s.events.at(-1)).toEqual({ type: 'closed', error: undefined });
  });

  it.each([
    ['a frame above channel-max → 504', 3000, { name: 'basic.qos-ok' }, 504],
    ['a frame for a channel that is not open → 504', 9, { name: 'basic.qos-ok' }, 504],
    [
      'a response nobody waits for → 503',
      1,
      { name: 'queue.declare-ok', args: { queue: 'q', messageCount: 0, consumerCount: 0 } },
      503,
    ],
  ] as const)('%s, closing the connection with that code', async (_label, channel, method, code) => {
    const s = new Script();
    await s.open({ channelMax: 2047, frameMax: 131072, heartbeat: 0 });
    await s.channel();
    s.out();
    s.send(channel, method as never);
    expect(methods(s.out())).toEqual([[0, 'connection.close', expect.objectContaining({ replyCode: code })]]);
    s.send(0, { name: 'connection.close-ok' });
    expect(s.events.at(-1)).toMatchObject({ type: 'closed', error: { replyCode: code } });
  });

  it('content out of order (a body before any content method) → 505', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    s.out();
    s.engine.receive(hex(`03 000${ch} 00000001 61 ce`));
    expect(methods(s.out())).toEqual([[0, 'connection.close', expect.objectContaining({ replyCode: 505 })]]);
  });

  it('a broken frame (bad frame end) → 501 and no further input is read', async () => {
    const s = new Script();
    await s.open();
    s.engine.receive(hex('01 0000 00000004 000a 0033 00'));
    expect(methods(s.out())).toEqual([[0, 'connection.close', expect.objectContaining({ replyCode: 501 })]]);
    s.advance(5000); // no close-ok can be read: the close timeout ends it
    expect(s.events.at(-1)).toMatchObject({ type: 'closed', error: { replyCode: 501 } });
  });

  it('transport lost: everything pending fails', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    const pending = s.engine.txSelect(ch);
    s.engine.transportClosed(new Error('ECONNRESET'));
    await expect(pending).rejects.toMatchObject({ name: 'ClosedError', by: 'transport' });
  });
});

describe('blocked, unblocked, update-secret', () => {
  it('blocked and unblocked are events', async () => {
    const s = new Script();
    await s.open();
    s.send(0, { name: 'connection.blocked', args: { reason: 'low on memory' } });
    s.send(0, { name: 'connection.unblocked' });
    expect(s.events.slice(-2)).toEqual([{ type: 'blocked', reason: 'low on memory' }, { type: 'unblocked' }]);
  });

  it('update-secret resolves at update-secret-ok', async () => {
    const s = new Script();
    await s.open();
    const updated = s.engine.updateSecret('token-2', 'renewed');
    const [[ch, name, args]] = methods(s.out());
    expect([ch, name]).toEqual([0, 'connection.update-secret']);
    expect(new TextDecoder().decode((args as { newSecret: Uint8Array }).newSecret)).toBe('token-2');
    let done = false;
    void updated.then(() => (done = true));
    await flush();
    expect(done).toBe(false);
    s.send(0, { name: 'connection.update-secret-ok' });
    await updated;
  });
});

describe('publisher confirms', () => {
  it('numbers publishes from 1; ack with multiple settles up to the tag; nack settles as nack', async () => {
    const s = new Script();
    await s.open();
    const ch = await s.channel();
    const select = s.engine.confirmSelect(ch, { nowait: false });
    s.send(ch, { name: 'confirm.select-ok' });
    await select;
    const publish = () =>
      s.engine.publish(ch, { exchange: '', routingKey: 'q', mandatory: false, immediate: false }, utf8Encode('m'))!;
    const outcomes = [publish(), publish(), publish(), publish()];
    expect(s.engine.unconfirmed(ch)).toBe(4);
    s.send(ch, { name: 'basic.ack', args: { deliveryTag: 2, multiple: true } });
    s.send(ch, { name: 'basic.nack', args: { deliveryTag: 4, multiple: false, requeue: false } });
    expect(await Promise.all(outcomes.slice(0, 2))).toEqual(['ack', 'ack']);
    expect(await outcomes[3]).toBe('nack');
    expect(s.engine.unconfirmed(ch)).toBe(1);
    // the channel closing fails the one still pending
    s.send(ch, {
      name: 'channel.close',
      args: { replyCode: 406, replyText: 'PRECONDITION_FAILED', classId: 60, methodId: 40 },
    });
    await expect(outcomes[2]).rejects.toMatchObject({ replyCode: 406 });
  });
});
