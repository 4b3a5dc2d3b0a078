import { describe, expect, it } from 'vitest';
import { ConfirmTracker } from '../../generated/src/engine/index.js';

describe('ConfirmTracker', () => {
  it('settles single tags out of order and multiple up to a tag', async () => {
    const t = new ConfirmTracker();
    const p = [t.next(), t.next(), t.next(), t.next(), t.next()];
    expect(p.map((x) => x.seq)).toEqual([1, 2, 3, 4, 5]);
    t.settle(3, false, 'nack');
    t.settle(4n, true, 'ack'); // 1, 2, 4 (3 already settled)
    expect(t.unconfirmed).toBe(1);
    expect(await Promise.all(p.slice(0, 4).map((x) => x.outcome))).toEqual(['ack', 'ack', 'nack', 'ack']);
    t.settle(99, false, 'ack'); // unknown tag: ignored
    expect(t.unconfirmed).toBe(1);
    t.failAll(new Error('closed'));
    await expect(p[4].outcome).rejects.toThrow('closed');
  });

  it('10,000 publishes confirmed in batches leave nothing pending', async () => {
    const t = new ConfirmTracker();
    const all = Array.from({ length: 10_000 }, () => t.next().outcome);
    for (let tag = 100; tag <= 10_000; tag += 100) t.settle(tag, true, 'ack');
    expect(t.unconfirmed).toBe(0);
    expect(new Set(await Promise.all(all))).toEqual(new Set(['ack']));
  });
});
