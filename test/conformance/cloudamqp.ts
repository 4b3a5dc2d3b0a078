/**
 * Drives @cloudamqp/amqp-client's codec without a network: a connection whose socket is a list of
 * byte arrays. Its frame parser (`parseFrames`, protected) is fed one frame per call, as its socket
 * client does; what it would send (e.g. a publish) is captured by `send`.
 */
import { AMQPBaseClient } from '@cloudamqp/amqp-client/amqp-base-client';
import { AMQPChannel } from '@cloudamqp/amqp-client/amqp-channel';
import type { AMQPMessage } from '@cloudamqp/amqp-client/amqp-message';
import { AMQPView } from '@cloudamqp/amqp-client/amqp-view';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const CLOUDAMQP_VERSION = (
  require(join(dirname(require.resolve('@cloudamqp/amqp-client')), '..', '..', 'package.json')) as { version: string }
).version;

/** Its smallest frame-max (MIN_FRAME_SIZE in amqp-base-client). */
export const CLOUDAMQP_MIN_FRAME_MAX = 8192;

export class FakeConnection extends AMQPBaseClient {
  /** Everything the client wrote to its socket, one entry per write (copied). */
  readonly sent: Uint8Array[] = [];
  /** Messages its parser completed (deliver, get-ok or return), in order. */
  readonly messages: AMQPMessage[] = [];

  constructor(frameMax = CLOUDAMQP_MIN_FRAME_MAX) {
    super('/', 'guest', 'guest', undefined, undefined, frameMax, 0, 0, null);
    this.closed = false;
  }

  connect(): Promise<AMQPBaseClient> {
    return Promise.resolve(this);
  }

  send(bytes: Uint8Array): Promise<void> {
    this.sent.push(bytes.slice());
    return Promise.resolve();
  }

  protected closeSocket(): void {}

  /** An open channel whose completed messages land in `messages` (synchronously). */
  openChannel(id: number): AMQPChannel {
    const channel = new AMQPChannel(this, id);
    this.channels[id] = channel;
    channel.onMessageReady = (message: AMQPMessage) => {
      // _rawBytes is @internal (not in its .d.ts): the body as its parser assembled it
      message.body = (message as unknown as { _rawBytes: Uint8Array | null })._rawBytes;
      this.messages.push(message);
    };
    return channel;
  }

  /** Feeds complete frames to its parser, one frame per call (as its socket client does). */
  receive(...frames: Uint8Array[]): void {
    for (const f of frames) {
      const copy = f.slice();
      this.parseFrames(new AMQPView(copy.buffer, copy.byteOffset, copy.byteLength));
    }
  }
}

/** Its decoded values in our normal form: Dates → seconds since the epoch. */
export function secondsOf(d: unknown): number {
  return (d as Date).getTime() / 1000;
}
