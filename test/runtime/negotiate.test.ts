import { describe, expect, it } from 'vitest';
import {
  negotiateChannelMax,
  negotiateFrameMax,
  negotiateHeartbeat,
  negotiateTune,
} from '../../templates/runtime/negotiate.js';

const negotiate = {
  'channel-max': negotiateChannelMax,
  'frame-max': negotiateFrameMax,
  heartbeat: negotiateHeartbeat,
};

describe('tune negotiation', () => {
  it.each([
    // field, server, client → answer
    ['channel-max', 2047, 0, 2047],
    ['channel-max', 0, 0, 65535], // 0 means no limit: never answer 0 (rabbitmq-c#513)
    ['channel-max', 0, 100, 100],
    ['channel-max', 2047, 10, 10],
    ['channel-max', 10, 2047, 10],
    ['frame-max', 131072, 0, 131072],
    ['frame-max', 0, 0, 131072], // both unlimited: the local fallback, since RabbitMQ refuses 0
    ['frame-max', 0, 8192, 8192],
    ['frame-max', 131072, 65536, 65536],
    ['frame-max', 4096, 131072, 4096],
    ['heartbeat', 60, 0, 60],
    ['heartbeat', 0, 5, 5],
    ['heartbeat', 0, 0, 0],
    ['heartbeat', 60, 5, 5],
    ['heartbeat', 5, 60, 5],
  ] as const)('%s server %i, client %i → %i', (field, server, client, answer) => {
    expect(negotiate[field](server, client)).toBe(answer);
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
