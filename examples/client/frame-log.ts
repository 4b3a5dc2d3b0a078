/**
 * Every frame a connection sends and receives, decoded, with its exact bytes: what tests assert on,
 * and what scripts/capture-frames.ts writes to disk.
 */
import type { DecodedFrame, Method, MethodName } from '@amqp-codegen/protocol';

export interface FrameRecord {
  readonly direction: 'sent' | 'received';
  /** Milliseconds since the connection was opened. */
  readonly time: number;
  readonly channel: number;
  readonly frame: DecodedFrame;
  /** The whole frame as it went over the wire: type, channel, size, payload, frame-end. */
  readonly bytes: Uint8Array;
}

/** `connection.start`, `header`, `body` or `heartbeat`. */
export function recordName(r: FrameRecord): string {
  return r.frame.type === 'method' ? r.frame.method.name : r.frame.type;
}

interface Watcher {
  from: number;
  test: (r: FrameRecord) => boolean;
  resolve: (r: FrameRecord) => void;
}

export class FrameLog {
  readonly records: FrameRecord[] = [];
  private readonly started = performance.now();
  private watchers: Watcher[] = [];

  add(direction: FrameRecord['direction'], frame: DecodedFrame, bytes: Uint8Array): void {
    const r: FrameRecord = { direction, time: performance.now() - this.started, channel: frame.channel, frame, bytes };
    this.records.push(r);
    const index = this.records.length - 1;
    this.watchers = this.watchers.filter((w) => {
      if (index < w.from || !w.test(r)) return true;
      w.resolve(r);
      return false;
    });
  }

  /** One line per frame, heartbeats left out: `> connection.start-ok` (sent), `< basic.deliver@1` (received on channel 1). */
  summary(options: { heartbeats?: boolean } = {}): string[] {
    return this.records
      .filter((r) => options.heartbeats === true || r.frame.type !== 'heartbeat')
      .map((r) => `${r.direction === 'sent' ? '>' : '<'} ${recordName(r)}${r.channel === 0 ? '' : `@${r.channel}`}`);
  }

  /** Methods sent or received, optionally only those called `name`. */
  methods<N extends MethodName>(direction: FrameRecord['direction'], name?: N): Method<N>[] {
    const out: Method<N>[] = [];
    for (const r of this.records) {
      if (r.direction !== direction || r.frame.type !== 'method') continue;
      if (name === undefined || r.frame.method.name === name) out.push(r.frame.method as Method<N>);
    }
    return out;
  }

  /** The first record at index ≥ `from` that passes `test`, now or when it arrives. */
  waitFor(
    test: (r: FrameRecord) => boolean,
    options: { from?: number; timeoutMs?: number } = {},
  ): Promise<FrameRecord> {
    const from = options.from ?? 0;
    const found = this.records.slice(from).find(test);
    if (found !== undefined) return Promise.resolve(found);
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.watchers = this.watchers.filter((w) => w !== watcher);
        reject(new Error(`no matching frame within ${timeoutMs} ms; frames so far:\n  ${this.summary().join('\n  ')}`));
      }, timeoutMs);
      const watcher: Watcher = {
        from,
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      this.watchers.push(watcher);
    });
  }

  /** Waits for a method frame called `name` in `direction` (default: received). */
  waitForMethod<N extends MethodName>(
    name: N,
    options: { direction?: FrameRecord['direction']; from?: number; timeoutMs?: number } = {},
  ): Promise<Method<N>> {
    const direction = options.direction ?? 'received';
    return this.waitFor(
      (r) => r.direction === direction && r.frame.type === 'method' && r.frame.method.name === name,
      options,
    ).then((r) => (r.frame.type === 'method' ? r.frame.method : undefined) as Method<N>);
  }
}
