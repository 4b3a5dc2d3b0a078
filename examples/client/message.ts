import type { BasicProperties, ContentHeader, Method } from '@amqp-codegen/protocol';

/** A message the server sent: its method, content header and body, assembled from their frames. */
export interface Message {
  /** basic.deliver (to a consumer), basic.get-ok (to basic.get) or basic.return (unroutable). */
  readonly method: Method<'basic.deliver' | 'basic.get-ok' | 'basic.return'>;
  readonly header: ContentHeader;
  readonly properties: BasicProperties;
  readonly body: Uint8Array;
}

/** Collects one message's frames: a content method, then a header, then body frames up to body-size. */
export class ContentAssembler {
  private method: Message['method'] | undefined;
  private header: ContentHeader | undefined;
  private body = new Uint8Array(0);
  private received = 0;

  get busy(): boolean {
    return this.method !== undefined;
  }

  start(method: Message['method']): void {
    this.method = method;
    this.header = undefined;
    this.received = 0;
  }

  /** Returns the message when the header says there is no body. */
  addHeader(header: ContentHeader): Message | undefined {
    if (this.method === undefined || this.header !== undefined)
      throw new Error('content header without a content method');
    const size = Number(header.bodySize);
    this.header = header;
    this.body = new Uint8Array(size);
    return size === 0 ? this.finish() : undefined;
  }

  /** Returns the message once body-size bytes have arrived. */
  addBody(chunk: Uint8Array): Message | undefined {
    if (this.header === undefined) throw new Error('body frame without a content header');
    if (this.received + chunk.length > this.body.length) {
      throw new Error(`body frames exceed the body-size of ${this.body.length} bytes`);
    }
    this.body.set(chunk, this.received);
    this.received += chunk.length;
    return this.received === this.body.length ? this.finish() : undefined;
  }

  private finish(): Message {
    const message: Message = {
      method: this.method!,
      header: this.header!,
      properties: this.header!.properties,
      body: this.body,
    };
    this.method = undefined;
    this.header = undefined;
    return message;
  }
}
