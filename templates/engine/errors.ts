/** Errors the engine rejects calls with. Checked by `name`, so they work across package copies. */

/** A channel or the connection was closed: by the server, by us, or because the transport was lost. */
export class ClosedError extends Error {
  /** Always `ClosedError`: check this rather than `instanceof` across package copies. */
  override readonly name = 'ClosedError' as const;

  constructor(
    /** What closed: one channel or the whole connection. */
    readonly scope: 'channel' | 'connection',
    /** The reply code of the close method (200 for a normal close; 0 when no close method was exchanged). */
    readonly replyCode: number,
    /** The reply text of the close method, or what happened when none was exchanged. */
    readonly replyText: string,
    /** Who closed it: the server's close method, ours, or neither (transport lost, heartbeat timeout). */
    readonly by: 'server' | 'client' | 'transport',
    /** Class id of the method that caused the close, when the closer named one (else 0). */
    readonly classId = 0,
    /** Method id of the method that caused the close, when the closer named one (else 0). */
    readonly methodId = 0,
  ) {
    super(`${scope} closed by the ${by}: ${replyCode === 0 ? '' : `${replyCode} `}${replyText}`);
  }
}

/** True for a ClosedError from any copy of the package (checks `name`). */
export function isClosedError(e: unknown): e is ClosedError {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ClosedError';
}
