import { type ReadCursor } from './runtime/internal.js';
/**
 * Work with transactions.
 *
 * The Tx class allows publish and ack operations to be batched into atomic units of work. The
 * intention is that all publish and ack requests issued within a transaction will complete
 * successfully or none of them will. Servers SHOULD implement atomic transactions at least where
 * all publish or ack requests affect a single queue. Transactions that cover multiple queues may
 * be non-atomic, given that queues can be created and destroyed asynchronously, and such events do
 * not form part of any transaction. Further, the behaviour of transactions with respect to the
 * immediate and mandatory flags on Basic.Publish methods is not defined.
 *
 * Rules:
 * - not multiple queues: Applications MUST NOT rely on the atomicity of transactions that affect
 *   more than one queue.
 * - not immediate: Applications MUST NOT rely on the behaviour of transactions that include
 *   messages published with the immediate option.
 * - not mandatory: Applications MUST NOT rely on the behaviour of transactions that include
 *   messages published with the mandatory option.
 *
 * Class id of tx (90).
 */
export declare const TX_CLASS_ID = 90;
/**
 * Select standard transaction mode.
 *
 * This method sets the channel to use standard transactions. The client must use this method at
 * least once on a channel before using the Commit or Rollback methods.
 *
 * Sent by: client. Synchronous; answered by tx.select-ok.
 * Spec: tx.select (90.10)
 */
export interface TxSelectArgs {
}
/**
 * Encodes a complete tx.select method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: tx.select (90.10)
 */
export declare function encodeTxSelect(channel: number, _args: TxSelectArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of tx.select (after class and method id).
 *
 * Spec: tx.select (90.10)
 */
export declare function decodeTxSelectArgs(_reader: ReadCursor): TxSelectArgs;
/**
 * Decodes a tx.select method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: tx.select (90.10)
 */
export declare function decodeTxSelect(payload: Uint8Array | ArrayBuffer): TxSelectArgs;
/**
 * Confirm transaction mode.
 *
 * This method confirms to the client that the channel was successfully set to use standard
 * transactions.
 *
 * Sent by: server. Synchronous.
 * Spec: tx.select-ok (90.11)
 */
export interface TxSelectOkArgs {
}
/**
 * Encodes a complete tx.select-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: tx.select-ok (90.11)
 */
export declare function encodeTxSelectOk(channel: number, _args: TxSelectOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of tx.select-ok (after class and method id).
 *
 * Spec: tx.select-ok (90.11)
 */
export declare function decodeTxSelectOkArgs(_reader: ReadCursor): TxSelectOkArgs;
/**
 * Decodes a tx.select-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: tx.select-ok (90.11)
 */
export declare function decodeTxSelectOk(payload: Uint8Array | ArrayBuffer): TxSelectOkArgs;
/**
 * Commit the current transaction.
 *
 * This method commits all message publications and acknowledgments performed in the current
 * transaction. A new transaction starts immediately after a commit.
 *
 * Rules:
 * - transacted: The client MUST NOT use the Commit method on non-transacted channels.
 *
 * Sent by: client. Synchronous; answered by tx.commit-ok.
 * Spec: tx.commit (90.20)
 */
export interface TxCommitArgs {
}
/**
 * Encodes a complete tx.commit method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: tx.commit (90.20)
 */
export declare function encodeTxCommit(channel: number, _args: TxCommitArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of tx.commit (after class and method id).
 *
 * Spec: tx.commit (90.20)
 */
export declare function decodeTxCommitArgs(_reader: ReadCursor): TxCommitArgs;
/**
 * Decodes a tx.commit method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: tx.commit (90.20)
 */
export declare function decodeTxCommit(payload: Uint8Array | ArrayBuffer): TxCommitArgs;
/**
 * Confirm a successful commit.
 *
 * This method confirms to the client that the commit succeeded. Note that if a commit fails, the
 * server raises a channel exception.
 *
 * Sent by: server. Synchronous.
 * Spec: tx.commit-ok (90.21)
 */
export interface TxCommitOkArgs {
}
/**
 * Encodes a complete tx.commit-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: tx.commit-ok (90.21)
 */
export declare function encodeTxCommitOk(channel: number, _args: TxCommitOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of tx.commit-ok (after class and method id).
 *
 * Spec: tx.commit-ok (90.21)
 */
export declare function decodeTxCommitOkArgs(_reader: ReadCursor): TxCommitOkArgs;
/**
 * Decodes a tx.commit-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: tx.commit-ok (90.21)
 */
export declare function decodeTxCommitOk(payload: Uint8Array | ArrayBuffer): TxCommitOkArgs;
/**
 * Abandon the current transaction.
 *
 * This method abandons all message publications and acknowledgments performed in the current
 * transaction. A new transaction starts immediately after a rollback. Note that unacked messages
 * will not be automatically redelivered by rollback; if that is required an explicit recover call
 * should be issued.
 *
 * Rules:
 * - transacted: The client MUST NOT use the Rollback method on non-transacted channels.
 *
 * Sent by: client. Synchronous; answered by tx.rollback-ok.
 * Spec: tx.rollback (90.30)
 */
export interface TxRollbackArgs {
}
/**
 * Encodes a complete tx.rollback method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: tx.rollback (90.30)
 */
export declare function encodeTxRollback(channel: number, _args: TxRollbackArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of tx.rollback (after class and method id).
 *
 * Spec: tx.rollback (90.30)
 */
export declare function decodeTxRollbackArgs(_reader: ReadCursor): TxRollbackArgs;
/**
 * Decodes a tx.rollback method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: tx.rollback (90.30)
 */
export declare function decodeTxRollback(payload: Uint8Array | ArrayBuffer): TxRollbackArgs;
/**
 * Confirm successful rollback.
 *
 * This method confirms to the client that the rollback succeeded. Note that if an rollback fails,
 * the server raises a channel exception.
 *
 * Sent by: server. Synchronous.
 * Spec: tx.rollback-ok (90.31)
 */
export interface TxRollbackOkArgs {
}
/**
 * Encodes a complete tx.rollback-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: tx.rollback-ok (90.31)
 */
export declare function encodeTxRollbackOk(channel: number, _args: TxRollbackOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of tx.rollback-ok (after class and method id).
 *
 * Spec: tx.rollback-ok (90.31)
 */
export declare function decodeTxRollbackOkArgs(_reader: ReadCursor): TxRollbackOkArgs;
/**
 * Decodes a tx.rollback-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: tx.rollback-ok (90.31)
 */
export declare function decodeTxRollbackOk(payload: Uint8Array | ArrayBuffer): TxRollbackOkArgs;
