import { describe, expect, it } from 'vitest';
import { decodeMethod, encodeMethod, METHODS, type Method } from '../../generated/src/index.js';

/**
 * Compile-time contract, checked by `npm run typecheck` (tsc over test/): each
 * `@ts-expect-error` line must be an error, or tsc fails on the unused directive.
 */
describe('typed API', () => {
  it('narrows args by name and rejects unknown names and missing arguments at compile time', () => {
    const frame = encodeMethod(0, { name: 'connection.tune-ok', args: { channelMax: 2047, frameMax: 131072, heartbeat: 60 } });
    const method: Method = decodeMethod(frame.subarray(7, frame.length - 1));
    if (method.name === 'connection.tune-ok') {
      const heartbeat: number = method.args.heartbeat;
      expect(heartbeat).toBe(60);
      // @ts-expect-error tune-ok has no field `mechanism`
      expect(method.args.mechanism).toBeUndefined();
    } else {
      throw new Error(`unexpected ${method.name}`);
    }

    const bad = () => {
      // @ts-expect-error unknown method name
      encodeMethod(0, { name: 'connection.tune-okay', args: {} });
      // @ts-expect-error missing argument heartbeat
      encodeMethod(0, { name: 'connection.tune-ok', args: { channelMax: 0, frameMax: 0 } });
      // @ts-expect-error wrong argument type
      encodeMethod(0, { name: 'connection.tune-ok', args: { channelMax: '0', frameMax: 0, heartbeat: 0 } });
      // @ts-expect-error reserved fields are not part of the public type
      encodeMethod(1, { name: 'queue.purge', args: { reserved1: 0, queue: 'q', noWait: false } });
    };
    expect(bad).toBeTypeOf('function');
    // methods without arguments may leave args out
    expect(encodeMethod(0, { name: 'connection.close-ok' })).toHaveLength(12);
    // longstr arguments take strings or bytes
    encodeMethod(0, { name: 'connection.secure-ok', args: { response: 'text' } });
    encodeMethod(0, { name: 'connection.secure-ok', args: { response: new Uint8Array([0, 1]) } });
  });

  it('decoded longstr values are typed as bytes; inputs take strings or bytes', () => {
    const start = encodeMethod(0, {
      name: 'connection.start',
      args: { versionMajor: 0, versionMinor: 9, serverProperties: {}, mechanisms: 'PLAIN', locales: new Uint8Array([0x65]) },
    });
    const method = decodeMethod(start.subarray(7, start.length - 1));
    if (method.name !== 'connection.start') throw new Error(method.name);
    const mechanisms: Uint8Array = method.args.mechanisms;
    const locales: Uint8Array = method.args.locales;
    expect([mechanisms, locales]).toEqual([new TextEncoder().encode('PLAIN'), new Uint8Array([0x65])]);
    // a decoded method can be sent again as it is
    expect(encodeMethod(0, method)).toEqual(start);
  });

  it('metadata: ids, sync, responses (basic.get has two), content, direction, deprecation', () => {
    expect(METHODS['exchange.unbind-ok']).toMatchObject({ classId: 40, methodId: 51 });
    expect(METHODS['confirm.select']).toMatchObject({ classId: 85, methodId: 10, responses: ['confirm.select-ok'] });
    expect(METHODS['basic.nack']).toMatchObject({ methodId: 120, sentBy: ['client', 'server'] });
    expect(METHODS['basic.recover-async']).toMatchObject({ methodId: 100, deprecated: true });
    expect(METHODS['basic.get'].responses).toEqual(['basic.get-ok', 'basic.get-empty']);
    expect(METHODS['basic.publish']).toMatchObject({ content: true, synchronous: false, sentBy: ['client'] });
    expect(METHODS['connection.start']).toMatchObject({ sentBy: ['server'], synchronous: true, channelZeroOnly: true });
    expect(METHODS['connection.blocked']).toMatchObject({ classId: 10, methodId: 60, sentBy: ['server'] });
    expect(METHODS['connection.update-secret']).toMatchObject({ methodId: 70, sentBy: ['client'], responses: ['connection.update-secret-ok'] });
    expect(METHODS['connection.update-secret-ok']).toMatchObject({ methodId: 71, sentBy: ['server'] });
    expect(METHODS['channel.open'].channelZeroOnly).toBe(false);
  });
});
