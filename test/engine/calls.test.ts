/**
 * The generated engine/calls.ts against the spec, by hand: `<response>` of every synchronous method a
 * client sends on a channel, and the methods a server sends there unasked (`<chassis>`).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CALL_RESPONSES,
  CHANNEL_EVENT_NAMES,
  SEND_METHODS,
  type CallResult,
  type ChannelEvent,
  type ProtocolEngine,
  type SendInput,
} from '../../generated/src/engine/index.js';

describe('generated call and event tables', () => {
  it('every synchronous client method on a channel, with its responses', () => {
    expect(CALL_RESPONSES).toEqual({
      'channel.open': ['channel.open-ok'],
      'channel.flow': ['channel.flow-ok'],
      'channel.close': ['channel.close-ok'],
      'exchange.declare': ['exchange.declare-ok'],
      'exchange.delete': ['exchange.delete-ok'],
      'exchange.bind': ['exchange.bind-ok'],
      'exchange.unbind': ['exchange.unbind-ok'],
      'queue.declare': ['queue.declare-ok'],
      'queue.bind': ['queue.bind-ok'],
      'queue.unbind': ['queue.unbind-ok'],
      'queue.purge': ['queue.purge-ok'],
      'queue.delete': ['queue.delete-ok'],
      'basic.qos': ['basic.qos-ok'],
      'basic.consume': ['basic.consume-ok'],
      'basic.cancel': ['basic.cancel-ok'],
      'basic.get': ['basic.get-ok', 'basic.get-empty'],
      // Our overlay amends basic.recover: RabbitMQ answers it with recover-ok (the XML gives it no <response>).
      'basic.recover': ['basic.recover-ok'],
      'tx.select': ['tx.select-ok'],
      'tx.commit': ['tx.commit-ok'],
      'tx.rollback': ['tx.rollback-ok'],
      'confirm.select': ['confirm.select-ok'],
    });
  });

  it('server-sent channel methods that answer nothing are events', () => {
    expect([...CHANNEL_EVENT_NAMES].sort()).toEqual(
      [
        'basic.ack',
        'basic.cancel',
        'basic.deliver',
        'basic.nack',
        'basic.return',
        'channel.close',
        'channel.flow',
      ].sort(),
    );
  });

  it('send() takes asynchronous client methods and the calls that have a no-wait bit (with its name)', () => {
    expect(SEND_METHODS).toEqual({
      'exchange.declare': 'noWait',
      'exchange.delete': 'noWait',
      'exchange.bind': 'noWait',
      'exchange.unbind': 'noWait',
      'queue.declare': 'noWait',
      'queue.bind': 'noWait',
      'queue.purge': 'noWait',
      'queue.delete': 'noWait',
      'basic.consume': 'noWait',
      'basic.cancel': 'noWait',
      'basic.ack': undefined,
      'basic.reject': undefined,
      'basic.recover-async': undefined,
      'basic.nack': undefined,
      // confirm.select spells it without the hyphen (RabbitMQ's extension)
      'confirm.select': 'nowait',
    });
  });

  it('types: send() takes no-wait calls only with no-wait true, and no synchronous or content method', () => {
    type Send = ProtocolEngine['send'];
    expectTypeOf<{ name: 'basic.ack'; args: { deliveryTag: 1; multiple: false } }>().toMatchTypeOf<SendInput>();
    expectTypeOf<{
      name: 'queue.delete';
      args: { queue: 'q'; ifUnused: false; ifEmpty: false; noWait: true };
    }>().toMatchTypeOf<SendInput>();
    expectTypeOf<{
      name: 'queue.delete';
      args: { queue: 'q'; ifUnused: false; ifEmpty: false; noWait: false };
    }>().not.toMatchTypeOf<SendInput>();
    expectTypeOf<{ name: 'basic.get'; args: { queue: 'q'; noAck: true } }>().not.toMatchTypeOf<SendInput>();
    expectTypeOf<{ name: 'channel.close-ok' }>().not.toMatchTypeOf<SendInput>();
    expectTypeOf<Parameters<Send>[1]>().toEqualTypeOf<SendInput>();
  });

  it('types: basic.get resolves with get-ok (with content) | get-empty (without), narrowed by name', () => {
    type Get = CallResult<'basic.get'>;
    expectTypeOf<Get['name']>().toEqualTypeOf<'basic.get-ok' | 'basic.get-empty'>();
    expectTypeOf<Extract<Get, { name: 'basic.get-ok' }>['content']['body']>().toEqualTypeOf<Uint8Array>();
    expectTypeOf<Extract<Get, { name: 'basic.get-empty' }>['content']>().toEqualTypeOf<undefined>();
    expectTypeOf<Extract<ChannelEvent, { name: 'basic.deliver' }>['method']['args']['deliveryTag']>().toEqualTypeOf<
      number | bigint
    >();
  });
});
