/**
 * Publisher confirms on one channel: publishes numbered from 1 after confirm.select, settled by the
 * server's basic.ack / basic.nack (delivery-tag = sequence number; `multiple` settles everything up
 * to and including it).
 */
export type ConfirmOutcome = 'ack' | 'nack';

interface Waiter {
  readonly seq: number;
  resolve(outcome: ConfirmOutcome): void;
  reject(error: Error): void;
}

/** Publisher confirms of one channel: numbers publishes and settles them as basic.ack/nack arrive. */
export class ConfirmTracker {
  /** Sequence number of the last publish. */
  private seq = 0;
  /** Pending confirms in publish order (settled from the front: tags only grow). */
  private pending: Waiter[] = [];
  private head = 0;

  /** Numbers the next publish and returns its sequence number and the promise of its outcome. */
  next(): {
    /** The publish's sequence number: the delivery-tag the server confirms it with. */
    seq: number;
    /** Resolves with ack or nack; rejects when the channel closes first. */
    outcome: Promise<ConfirmOutcome>;
  } {
    const seq = ++this.seq;
    const outcome = new Promise<ConfirmOutcome>((resolve, reject) => this.pending.push({ seq, resolve, reject }));
    return { seq, outcome };
  }

  /** Publishes not yet confirmed. */
  get unconfirmed(): number {
    return this.pending.length - this.head;
  }

  /** basic.ack / basic.nack from the server. Unknown tags are ignored (already settled). */
  settle(tag: number | bigint, multiple: boolean, outcome: ConfirmOutcome): void {
    const upTo = Number(tag);
    if (multiple) {
      while (this.head < this.pending.length && this.pending[this.head].seq <= upTo) {
        this.pending[this.head++].resolve(outcome);
      }
    } else {
      // Usually the oldest; otherwise find it (the server may confirm out of order).
      for (let i = this.head; i < this.pending.length; i++) {
        const w = this.pending[i];
        if (w.seq > upTo) break;
        if (w.seq === upTo) {
          w.resolve(outcome);
          this.pending.splice(i, 1);
          break;
        }
      }
    }
    this.compact();
  }

  /** The channel closed: every pending confirm fails. */
  failAll(error: Error): void {
    const left = this.pending.slice(this.head);
    this.pending = [];
    this.head = 0;
    for (const w of left) w.reject(error);
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
  }
}
