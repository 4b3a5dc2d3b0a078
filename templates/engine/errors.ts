/** Errors the engine rejects calls with. Checked by `name`, so they work across package copies. */

/** A channel or the connection was closed: by the server, by us, or because the transport was lost. */
export class ClosedError extends Error {
  override readonly name = 'ClosedError' as const;

  constructor(
    readonly scope: 'channel' | 'connection',
    /** The reply code of the close method (200 for a normal close; 0 when no close method was exchanged). */
    readonly replyCode: number,
    readonly replyText: string,
    /** Who closed it: the server's close method, ours, or neither (transport lost, heartbeat timeout). */
    readonly by: 'server' | 'client' | 'transport',
    /** The method that caused the close, when the closer named one. */
    readonly classId = 0,
    readonly methodId = 0,
  ) {
    super(`${scope} closed by the ${by}: ${replyCode === 0 ? '' : `${replyCode} `}${replyText}`);
  }
}

export function isClosedError(e: unknown): e is ClosedError {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ClosedError';
}
