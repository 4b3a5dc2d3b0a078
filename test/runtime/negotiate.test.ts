import { describe, expect, it } from 'vitest';
import {
  negotiateChannelMax,
  negotiateFrameMax,
  negotiateHeartbeat,
  negotiateTune,
} from '../../templates/runtime/negotiate.js';

describe('tune negotiation', () => {
  it.each([
    // server, client → answer
    [2047, 0, 2047],
    [0, 0, 65535], // 0 means no limit: never answer 0 (rabbitmq-c#513)
    [0, 100, 100],
    [2047, 10, 10],
    [10, 2047, 10],
  ])('channel-max server %i, client %i → %i', (server, client, answer) => {
    expect(negotiateChannelMax(server, client)).toBe(answer);
  });

  it.each([
    [131072, 0, 131072],
    [0, 0, 131072], // both unlimited: the local fallback, since RabbitMQ refuses 0
    [0, 8192, 8192],
    [131072, 65536, 65536],
    [4096, 131072, 4096],
  ])('frame-max server %i, client %i → %i', (server, client, answer) => {
    expect(negotiateFrameMax(server, client)).toBe(answer);
  });

  it('refuses a frame-max below 4096 and out-of-range values', () => {
    expect(() => negotiateFrameMax(1000, 0)).toThrowError(
      expect.objectContaining({ name: 'AmqpError', context: 'tune-ok.frame-max' }),
    );
    expect(() => negotiateChannelMax(70000, 0)).toThrowError(
      expect.objectContaining({ name: 'AmqpError', context: 'tune.channel-max' }),
    );
    expect(() => negotiateHeartbeat(-1, 0)).toThrowError(expect.objectContaining({ name: 'AmqpError' }));
  });

  it.each([
    [60, 0, 60],
    [0, 5, 5],
    [0, 0, 0],
    [60, 5, 5],
    [5, 60, 5],
  ])('heartbeat server %i, client %i → %i', (server, client, answer) => {
    expect(negotiateHeartbeat(server, client)).toBe(answer);
  });

  it('negotiates all three', () => {
    expect(
      negotiateTune(
        { channelMax: 2047, frameMax: 131072, heartbeat: 60 },
        { channelMax: 0, frameMax: 0, heartbeat: 10 },
      ),
    ).toEqual({
      channelMax: 2047,
      frameMax: 131072,
      heartbeat: 10,
    });
  });
});
