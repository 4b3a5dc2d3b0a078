import { methodInfo, replyCodeKind, replyCodeName, type ReplyCodeKind } from '@amqp-codegen/protocol';

/** What a connection.close or channel.close carried. */
export interface CloseReason {
  replyCode: number;
  replyText: string;
  classId: number;
  methodId: number;
}

/**
 * The server closed the connection or a channel (connection.close / channel.close), or the client
 * gave up on the connection. Pending calls on the closed connection or channel reject with this.
 */
export class ClosedError extends Error {
  override readonly name = 'ClosedError';
  /** What was closed: a channel (soft error) or the whole connection (hard error or shutdown). */
  readonly scope: 'connection' | 'channel';
  readonly channel: number;
  readonly replyCode: number;
  readonly replyText: string;
  /** The method the server was answering when it closed (e.g. `queue.declare`), if it named one. */
  readonly method: string | undefined;
  readonly kind: ReplyCodeKind;

  /** `afterMethod`: set when the server refused the handshake, e.g. after `connection.start-ok`. */
  constructor(scope: 'connection' | 'channel', channel: number, reason: CloseReason, afterMethod?: string) {
    const method = reason.classId === 0 ? undefined : (methodInfo(reason.classId, reason.methodId)?.name ?? undefined);
    const code = `${reason.replyCode} ${replyCodeName(reason.replyCode) ?? 'unknown-code'}`;
    const where =
      scope === 'channel'
        ? `channel ${channel}`
        : afterMethod === undefined
          ? 'connection'
          : `connection (during the handshake, after ${afterMethod})`;
    super(
      `${where} closed by the server: ${code} "${reason.replyText}"` +
        (method === undefined ? '' : ` (in reply to ${method})`),
    );
    this.scope = scope;
    this.channel = channel;
    this.replyCode = reason.replyCode;
    this.replyText = reason.replyText;
    this.method = method;
    this.kind = replyCodeKind(reason.replyCode);
  }
}
