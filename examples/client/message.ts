import type { BasicProperties, ContentHeader, Method } from '@amqp-codegen/protocol';
import type { ContentReply } from '@amqp-codegen/protocol/engine';

/** A message the server sent: its method, content header and body (assembled by the engine). */
export interface Message {
  /** basic.deliver (to a consumer), basic.get-ok (to basic.get) or basic.return (unroutable). */
  readonly method: Method<'basic.deliver' | 'basic.get-ok' | 'basic.return'>;
  readonly header: ContentHeader;
  readonly properties: BasicProperties;
  readonly body: Uint8Array;
}

export function toMessage(reply: ContentReply<'basic.deliver' | 'basic.get-ok' | 'basic.return'>): Message {
  const { header, body } = reply.content;
  return { method: reply.method, header, properties: header.properties, body };
}
