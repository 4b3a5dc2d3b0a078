/**
 * Publisher confirms on one channel: publishes numbered from 1 after confirm.select, settled by the
 * server's basic.ack / basic.nack (delivery-tag = sequence number; `multiple` settles everything up
 * to and including it).
 */
export type ConfirmOutcome = 'ack' | 'nack';
/** Publisher confirms of one channel: numbers publishes and settles them as basic.ack/nack arrive. */
export declare class ConfirmTracker {
    /** Sequence number of the last publish. */
    private seq;
    /** Pending confirms in publish order (settled from the front: tags only grow). */
    private pending;
    private head;
    /** Numbers the next publish and returns its sequence number and the promise of its outcome. */
    next(): {
        /** The publish's sequence number: the delivery-tag the server confirms it with. */
        seq: number;
        /** Resolves with ack or nack; rejects when the channel closes first. */
        outcome: Promise<ConfirmOutcome>;
    };
    /** Publishes not yet confirmed. */
    get unconfirmed(): number;
    /** basic.ack / basic.nack from the server. Unknown tags are ignored (already settled). */
    settle(tag: number | bigint, multiple: boolean, outcome: ConfirmOutcome): void;
    /** The channel closed: every pending confirm fails. */
    failAll(error: Error): void;
    private compact;
}
