/**
 * Every Connection method on the wire against RabbitMQ 3.10, through examples/client: the three SASL
 * handshakes (start, start-ok, secure, secure-ok, tune, tune-ok, open, open-ok), heartbeats,
 * update-secret, blocked/unblocked, close from either side, and a refused login.
 */
import {
  ACCESS_REFUSED,
  CONNECTION_FORCED,
  REPLY_SUCCESS,
  encodeTable,
  negotiateTune,
  replyCodeKind,
  type Method,
} from '@amqp-codegen/protocol';
import { describe, expect, it } from 'vitest';
import { ClosedError, connect, FrameLog, type Connection } from '../../examples/client/index.js';
import { ascii, toHex } from '../helpers/bytes.js';
import { connectionPid, ctl, open, skipInterop, sleep, unique, urlWith } from './helpers.js';

const HANDSHAKE = [
  '< connection.start',
  '> connection.start-ok',
  '< connection.tune',
  '> connection.tune-ok',
  '> connection.open',
  '< connection.open-ok',
];

/** The one method called `name` in the log (sent or received). */
function only<N extends Method['name']>(c: Connection, direction: 'sent' | 'received', name: N): Method<N> {
  const found = c.log.methods(direction, name);
  expect(found, `${direction} ${name}`).toHaveLength(1);
  return found[0];
}

function hexOf(c: Connection, direction: 'sent' | 'received', name: string): string {
  const r = c.log.records.find(
    (x) => x.direction === direction && x.frame.type === 'method' && x.frame.method.name === name,
  );
  if (r === undefined) throw new Error(`no ${direction} ${name}`);
  return toHex(r.bytes);
}

// Concurrent: the slow tests wait on timers or rabbitmqctl. Only the blocked test publishes, so its
// broker-wide memory alarm cannot hold up the others (files run one at a time).
describe.skipIf(skipInterop)('RabbitMQ 3.10: connection class', { concurrent: true }, () => {
  it('PLAIN handshake: start, start-ok, tune, tune-ok, open, open-ok', async () => {
    const c = await open({ mechanism: 'PLAIN' });
    try {
      expect(c.log.summary()).toEqual(HANDSHAKE);

      const start = only(c, 'received', 'connection.start');
      expect(start.args.versionMajor).toBe(0);
      expect(start.args.versionMinor).toBe(9);
      expect(start.args.serverProperties.product).toBe('RabbitMQ');
      const mechanisms = new TextDecoder().decode(start.args.mechanisms as Uint8Array).split(' ');
      expect(mechanisms.sort()).toEqual(['AMQPLAIN', 'PLAIN', 'RABBIT-CR-DEMO']);

      const startOk = only(c, 'sent', 'connection.start-ok');
      expect(startOk.args.mechanism).toBe('PLAIN');
      expect(startOk.args.response).toEqual(ascii('\u0000guest\u0000guest'));
      expect(startOk.args.locale).toBe('en_US');
      // What the engine implements; authentication_failure_close makes a refused login a 403 close.
      expect({ ...(startOk.args.clientProperties.capabilities as object) }).toEqual({
        publisher_confirms: true,
        exchange_exchange_bindings: true,
        'basic.nack': true,
        consumer_cancel_notify: true,
        'connection.blocked': true,
        authentication_failure_close: true,
        per_consumer_qos: true,
      });

      const tune = only(c, 'received', 'connection.tune');
      expect(tune.args).toEqual({ channelMax: 2047, frameMax: 131072, heartbeat: 60 });
      const tuneOk = only(c, 'sent', 'connection.tune-ok');
      expect(tuneOk.args).toEqual(negotiateTune(tune.args, { channelMax: 0, frameMax: 0, heartbeat: 0 }));
      expect(tuneOk.args).toEqual({ channelMax: 2047, frameMax: 131072, heartbeat: 60 });

      expect(only(c, 'sent', 'connection.open').args).toEqual({ virtualHost: '/' });
      expect(hexOf(c, 'received', 'connection.open-ok')).toBe('01000000000005000a002900ce');
    } finally {
      await c.close();
    }
  });

  it('AMQPLAIN handshake: the response is a field table without its length', async () => {
    const c = await open({ mechanism: 'AMQPLAIN' });
    try {
      expect(c.log.summary()).toEqual(HANDSHAKE);
      const startOk = only(c, 'sent', 'connection.start-ok');
      expect(startOk.args.mechanism).toBe('AMQPLAIN');
      const table = encodeTable({ LOGIN: 'guest', PASSWORD: 'guest' }, 'test');
      expect(startOk.args.response).toEqual(table.subarray(4));
      // LOGIN S "guest", PASSWORD S "guest": the layout RabbitMQ accepts.
      expect(toHex(startOk.args.response as Uint8Array)).toBe(
        '054c4f47494e53000000056775657374' + '0850415353574f524453000000056775657374',
      );
    } finally {
      await c.close();
    }
  });

  it('RABBIT-CR-DEMO handshake: secure and secure-ok', async () => {
    const c = await open({ mechanism: 'RABBIT-CR-DEMO' });
    try {
      expect(c.log.summary()).toEqual([
        '< connection.start',
        '> connection.start-ok',
        '< connection.secure',
        '> connection.secure-ok',
        '< connection.tune',
        '> connection.tune-ok',
        '> connection.open',
        '< connection.open-ok',
      ]);
      expect(only(c, 'sent', 'connection.start-ok').args.response).toEqual(ascii('guest'));
      expect(only(c, 'received', 'connection.secure').args.challenge).toEqual(ascii('Please tell me your password'));
      expect(only(c, 'sent', 'connection.secure-ok').args.response).toEqual(ascii('My password is guest'));
      expect(hexOf(c, 'received', 'connection.secure')).toBe(
        '01000000000024000a00140000001c506c656173652074656c6c206d6520796f75722070617373776f7264ce',
      );
      expect(hexOf(c, 'sent', 'connection.secure-ok')).toBe(
        '0100000000001c000a0015000000144d792070617373776f7264206973206775657374ce',
      );
    } finally {
      await c.close();
    }
  });

  it('heartbeats: the server sends them, ours keep an idle connection alive', async () => {
    // Two connections with heartbeat 1 s: ours sends heartbeats; the control sends none, and the
    // server drops it after about 3 s of silence. Both idle for 3.5 s.
    const [c, silent] = await Promise.all([open({ heartbeat: 1 }), open({ heartbeat: 1, sendHeartbeats: false })]);
    try {
      expect(only(c, 'sent', 'connection.tune-ok').args.heartbeat).toBe(1);
      await sleep(3500);
      const heartbeats = (direction: string) =>
        c.log.records.filter((r) => r.frame.type === 'heartbeat' && r.direction === direction);
      expect(heartbeats('received').length).toBeGreaterThanOrEqual(3);
      expect(heartbeats('sent').length).toBeGreaterThanOrEqual(3);
      for (const r of heartbeats('received')) expect(toHex(r.bytes)).toBe('08000000000000ce');
      // Still alive: a round trip works.
      const ch = await c.openChannel();
      await ch.close();
      expect(c.isClosed).toBe(false);

      const info = await silent.closed;
      expect(info.initiator).toBe('socket');
      expect(silent.log.records.filter((r) => r.direction === 'sent' && r.frame.type === 'heartbeat')).toEqual([]);
    } finally {
      await c.close();
      silent.destroy();
    }
  });

  it('update-secret is answered with update-secret-ok', async () => {
    const c = await open();
    try {
      await c.updateSecret('guest', 'refresh');
      expect(c.log.summary().slice(-2)).toEqual(['> connection.update-secret', '< connection.update-secret-ok']);
      expect(hexOf(c, 'sent', 'connection.update-secret')).toBe(
        '01000000000015000a00460000000567756573740772656672657368ce',
      );
      expect(hexOf(c, 'received', 'connection.update-secret-ok')).toBe('01000000000004000a0047ce');
      // The connection is still usable afterwards.
      const ch = await c.openChannel();
      await ch.close();
    } finally {
      await c.close();
    }
  });

  it('blocked and unblocked around a memory alarm', async () => {
    const c = await open();
    try {
      const ch = await c.openChannel();
      await ch.confirmSelect();
      const queue = (await ch.queueDeclare('', { exclusive: true })).queue;
      await ctl('set_vm_memory_high_watermark', '0.00001');
      try {
        // RabbitMQ blocks a connection at its first publish after the alarm.
        const seq = ch.publish('', queue, 'held while blocked');
        const blocked = await c.log.waitForMethod('connection.blocked', { timeoutMs: 10_000 });
        expect(blocked.args.reason).toBe('low on memory');
        expect(c.blocked).toBe('low on memory');
        expect(ch.confirms.has(seq)).toBe(false);
      } finally {
        await ctl('set_vm_memory_high_watermark', '0.4');
      }
      await c.log.waitForMethod('connection.unblocked', { timeoutMs: 10_000 });
      expect(c.blocked).toBeUndefined();
      // The held publish goes through once the alarm clears.
      await ch.waitForConfirms();
      expect([...ch.confirms.values()]).toEqual(['ack']);
      expect(hexOf(c, 'received', 'connection.blocked')).toBe('01000000000012000a003c0d6c6f77206f6e206d656d6f7279ce');
      expect(hexOf(c, 'received', 'connection.unblocked')).toBe('01000000000004000a003dce');
    } finally {
      await c.close();
    }
  });

  it('close from the server (rabbitmqctl close_connection) is answered with close-ok', async () => {
    const name = unique('forced');
    const c = await open({ connectionName: name });
    const ch = await c.openChannel();
    await ctl('close_connection', await connectionPid(name), 'closed by test');
    const info = await c.closed;
    expect(info.initiator).toBe('server');
    expect(info.reason).toEqual({
      replyCode: CONNECTION_FORCED,
      replyText: 'CONNECTION_FORCED - closed by test',
      classId: 0,
      methodId: 0,
    });
    expect(info.error).toBeInstanceOf(ClosedError);
    expect(replyCodeKind((info.error as ClosedError).replyCode)).toBe('hard');
    expect(info.error).toMatchObject({ scope: 'connection', by: 'server' });
    expect(c.log.summary().slice(-2)).toEqual(['< connection.close', '> connection.close-ok']);
    expect(hexOf(c, 'sent', 'connection.close-ok')).toBe('01000000000004000a0033ce');
    // The channel went down with the connection.
    await expect(ch.queueDeclare('', { exclusive: true })).rejects.toThrow(/CONNECTION_FORCED - closed by test/);
  });

  it('close from the client is answered with close-ok', async () => {
    const c = await open();
    const info = await c.close('bye');
    expect(info).toEqual({
      initiator: 'client',
      reason: { replyCode: REPLY_SUCCESS, replyText: 'bye', classId: 0, methodId: 0 },
    });
    expect(c.log.summary().slice(-2)).toEqual(['> connection.close', '< connection.close-ok']);
    expect(hexOf(c, 'sent', 'connection.close')).toBe('0100000000000e000a003200c80362796500000000ce');
    expect(hexOf(c, 'received', 'connection.close-ok')).toBe('01000000000004000a0033ce');
    expect(c.isClosed).toBe(true);
  });

  it('a wrong password is refused with 403 ACCESS_REFUSED at once, for each mechanism', async () => {
    // We advertise authentication_failure_close, so RabbitMQ says why instead of dropping the socket
    // 3 s later. All three run at once.
    const t0 = performance.now();
    const logs = [new FrameLog(), new FrameLog(), new FrameLog()];
    const results = await Promise.allSettled(
      (['PLAIN', 'AMQPLAIN', 'RABBIT-CR-DEMO'] as const).map((mechanism, i) =>
        connect({ url: urlWith('guest', 'wrong'), mechanism, log: logs[i] }),
      ),
    );
    expect(performance.now() - t0).toBeLessThan(2500);
    for (const [i, mechanism] of ['PLAIN', 'AMQPLAIN', 'RABBIT-CR-DEMO'].entries()) {
      const result = results[i];
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason as ClosedError;
      expect(error).toBeInstanceOf(ClosedError);
      expect(error.replyCode).toBe(ACCESS_REFUSED);
      expect(error.scope).toBe('connection');
      expect(error.by).toBe('server');
      expect(error.replyText).toBe(
        `ACCESS_REFUSED - Login was refused using authentication mechanism ${mechanism}. For details see the broker logfile.`,
      );
      // Refused right after the client's last handshake method, and answered with close-ok.
      const after = mechanism === 'RABBIT-CR-DEMO' ? 'connection.secure-ok' : 'connection.start-ok';
      expect(logs[i].summary().slice(-3)).toEqual([`> ${after}`, '< connection.close', '> connection.close-ok']);
      expect(error.message).toBe(`connection closed by the server: 403 ${error.replyText}`);
    }
  });
});
