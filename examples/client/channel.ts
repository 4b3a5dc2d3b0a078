/**
 * A channel: synchronous calls answered in order, consumers, publishing (with optional publisher
 * confirms), and messages assembled from their method, header and body frames.
 */
import {
  REPLY_SUCCESS,
  UNEXPECTED_FRAME,
  COMMAND_INVALID,
  encodeBasicHeader,
  encodeBodyFrames,
  encodeMethod,
  utf8Encode,
  type BasicConsumeArgs,
  type BasicProperties,
  type DecodedFrame,
  type ExchangeDeclareArgs,
  type ExchangeDeleteArgs,
  type FieldTable,
  type Method,
  type MethodInput,
  type MethodName,
  type QueueDeclareArgs,
  type QueueDeclareOkArgs,
  type QueueDeleteArgs,
  METHODS,
} from '@amqp-codegen/protocol';
import type { Connection } from './connection.js';
import { ClosedError } from './errors.js';
import { ContentAssembler, type Message } from './message.js';
import { ReplyQueue, type Incoming } from './replies.js';

export type DeliveryTag = number | bigint;

export class Channel {
  state: 'opening' | 'open' | 'closing' | 'closed' = 'opening';
  /** Why the server closed this channel, once it has. */
  closeError: ClosedError | undefined;
  /** Messages the server returned (mandatory publishes it could not route). */
  readonly returned: Message[] = [];
  onReturn: ((message: Message) => void) | undefined;
  /** Publisher confirms by publish sequence number, once confirm.select is on. */
  readonly confirms = new Map<number, 'ack' | 'nack'>();

  private readonly replies = new ReplyQueue();
  private readonly content = new ContentAssembler();
  private readonly consumers = new Map<string, (message: Message) => void>();
  /** Callbacks of basic.consume calls still waiting for consume-ok, in order. */
  private readonly newConsumers: ((message: Message) => void)[] = [];
  private confirmMode = false;
  private publishSeq = 0;
  private readonly unconfirmed = new Set<number>();
  private confirmWaiters: { resolve: () => void; reject: (e: Error) => void }[] = [];

  constructor(
    readonly connection: Connection,
    readonly id: number,
  ) {}

  // ---- Calls -------------------------------------------------------------------------------

  /** Sends a synchronous method and resolves with its reply (one of `replies`). */
  async rpc<R extends MethodName>(input: MethodInput, ...replies: R[]): Promise<Method<R>> {
    return (await this.request(input, replies)).method as Method<R>;
  }

  private request(input: MethodInput, replies: readonly MethodName[]): Promise<Incoming> {
    if (this.state === 'closed') return Promise.reject(this.closeError ?? new Error(`channel ${this.id} is closed`));
    const reply = this.replies.expect(replies);
    this.send(input);
    return reply;
  }

  /** Sends an asynchronous method (no reply). */
  send(input: MethodInput): void {
    if (this.state === 'closed') throw this.closeError ?? new Error(`channel ${this.id} is closed`);
    this.connection.sendFrames([encodeMethod(this.id, input)]);
  }

  async open(): Promise<void> {
    await this.rpc({ name: 'channel.open' }, 'channel.open-ok');
    this.state = 'open';
  }

  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closing';
    const reply = this.replies.expect(['channel.close-ok']);
    this.connection.sendFrames([
      encodeMethod(this.id, {
        name: 'channel.close',
        args: { replyCode: REPLY_SUCCESS, replyText: 'bye', classId: 0, methodId: 0 },
      }),
    ]);
    await reply;
    this.closed(new Error(`channel ${this.id} is closed`));
  }

  // ---- Exchanges and queues ---------------------------------------------------------------

  async exchangeDeclare(
    exchange: string,
    type: string,
    options: Partial<Omit<ExchangeDeclareArgs, 'exchange' | 'type'>> = {},
  ): Promise<void> {
    const args = { passive: false, durable: false, autoDelete: false, internal: false, noWait: false, arguments: {} };
    await this.rpc({ name: 'exchange.declare', args: { ...args, ...options, exchange, type } }, 'exchange.declare-ok');
  }

  async exchangeDelete(exchange: string, options: Partial<Omit<ExchangeDeleteArgs, 'exchange'>> = {}): Promise<void> {
    const args = { ifUnused: false, noWait: false, ...options, exchange };
    await this.rpc({ name: 'exchange.delete', args }, 'exchange.delete-ok');
  }

  async exchangeBind(destination: string, source: string, routingKey: string, args: FieldTable = {}): Promise<void> {
    const bind = { destination, source, routingKey, noWait: false, arguments: args };
    await this.rpc({ name: 'exchange.bind', args: bind }, 'exchange.bind-ok');
  }

  async exchangeUnbind(destination: string, source: string, routingKey: string, args: FieldTable = {}): Promise<void> {
    const unbind = { destination, source, routingKey, noWait: false, arguments: args };
    await this.rpc({ name: 'exchange.unbind', args: unbind }, 'exchange.unbind-ok');
  }

  async queueDeclare(
    queue: string,
    options: Partial<Omit<QueueDeclareArgs, 'queue'>> = {},
  ): Promise<QueueDeclareOkArgs> {
    const args = { passive: false, durable: false, exclusive: false, autoDelete: false, noWait: false, arguments: {} };
    const ok = await this.rpc({ name: 'queue.declare', args: { ...args, ...options, queue } }, 'queue.declare-ok');
    return ok.args;
  }

  async queueBind(queue: string, exchange: string, routingKey: string, args: FieldTable = {}): Promise<void> {
    const bind = { queue, exchange, routingKey, noWait: false, arguments: args };
    await this.rpc({ name: 'queue.bind', args: bind }, 'queue.bind-ok');
  }

  async queueUnbind(queue: string, exchange: string, routingKey: string, args: FieldTable = {}): Promise<void> {
    await this.rpc({ name: 'queue.unbind', args: { queue, exchange, routingKey, arguments: args } }, 'queue.unbind-ok');
  }

  /** Resolves with the number of messages purged. */
  async queuePurge(queue: string): Promise<number> {
    return (await this.rpc({ name: 'queue.purge', args: { queue, noWait: false } }, 'queue.purge-ok')).args
      .messageCount;
  }

  /** Resolves with the number of messages deleted with the queue. */
  async queueDelete(queue: string, options: Partial<Omit<QueueDeleteArgs, 'queue'>> = {}): Promise<number> {
    const args = { ifUnused: false, ifEmpty: false, noWait: false, ...options, queue };
    return (await this.rpc({ name: 'queue.delete', args }, 'queue.delete-ok')).args.messageCount;
  }

  // ---- Consuming ---------------------------------------------------------------------------

  async qos(prefetchCount: number, options: { prefetchSize?: number; global?: boolean } = {}): Promise<void> {
    const args = { prefetchSize: options.prefetchSize ?? 0, prefetchCount, global: options.global ?? false };
    await this.rpc({ name: 'basic.qos', args }, 'basic.qos-ok');
  }

  /** Starts a consumer; resolves with its tag (the server's choice when `consumerTag` is empty). */
  async consume(
    queue: string,
    onMessage: (message: Message) => void,
    options: Partial<Omit<BasicConsumeArgs, 'queue' | 'noWait'>> = {},
  ): Promise<string> {
    const args = { consumerTag: '', noLocal: false, noAck: false, exclusive: false, arguments: {} };
    // Registered before the reply: deliveries may follow consume-ok in the same read.
    this.newConsumers.push(onMessage);
    const ok = await this.rpc(
      { name: 'basic.consume', args: { ...args, ...options, queue, noWait: false } },
      'basic.consume-ok',
    );
    return ok.args.consumerTag;
  }

  async cancel(consumerTag: string): Promise<void> {
    await this.rpc({ name: 'basic.cancel', args: { consumerTag, noWait: false } }, 'basic.cancel-ok');
    this.consumers.delete(consumerTag);
  }

  /** One message from `queue`, or undefined when it is empty (basic.get-empty). */
  async get(queue: string, options: { noAck?: boolean } = {}): Promise<Message | undefined> {
    const input: MethodInput = { name: 'basic.get', args: { queue, noAck: options.noAck ?? false } };
    return (await this.request(input, ['basic.get-ok', 'basic.get-empty'])).message;
  }

  ack(deliveryTag: DeliveryTag, multiple = false): void {
    this.send({ name: 'basic.ack', args: { deliveryTag, multiple } });
  }

  nack(deliveryTag: DeliveryTag, options: { multiple?: boolean; requeue?: boolean } = {}): void {
    const args = { deliveryTag, multiple: options.multiple ?? false, requeue: options.requeue ?? true };
    this.send({ name: 'basic.nack', args });
  }

  reject(deliveryTag: DeliveryTag, requeue = true): void {
    this.send({ name: 'basic.reject', args: { deliveryTag, requeue } });
  }

  /** Asks the server to redeliver this channel's unacknowledged messages. */
  async recover(requeue = true): Promise<void> {
    await this.rpc({ name: 'basic.recover', args: { requeue } }, 'basic.recover-ok');
  }

  // ---- Publishing --------------------------------------------------------------------------

  /**
   * Publishes one message: basic.publish, a content header and body frames of at most frame-max − 8
   * bytes. Returns the publish sequence number in confirm mode (see `confirms`), else 0.
   */
  publish(
    exchange: string,
    routingKey: string,
    body: Uint8Array | string,
    properties: BasicProperties = {},
    options: { mandatory?: boolean } = {},
  ): number {
    if (this.state !== 'open') throw this.closeError ?? new Error(`channel ${this.id} is ${this.state}`);
    const bytes = typeof body === 'string' ? utf8Encode(body) : body;
    const publish = { exchange, routingKey, mandatory: options.mandatory ?? false, immediate: false };
    this.connection.sendFrames([
      encodeMethod(this.id, { name: 'basic.publish', args: publish }),
      encodeBasicHeader(this.id, bytes.length, properties),
      ...encodeBodyFrames(this.id, bytes, this.connection.tune.frameMax),
    ]);
    if (!this.confirmMode) return 0;
    this.unconfirmed.add(++this.publishSeq);
    return this.publishSeq;
  }

  async confirmSelect(): Promise<void> {
    this.confirmMode = true;
    await this.rpc({ name: 'confirm.select', args: { nowait: false } }, 'confirm.select-ok');
  }

  /** Resolves once every message published so far is confirmed (acked or nacked: see `confirms`). */
  waitForConfirms(): Promise<void> {
    if (this.unconfirmed.size === 0) return Promise.resolve();
    return new Promise((resolve, reject) => this.confirmWaiters.push({ resolve, reject }));
  }

  async txSelect(): Promise<void> {
    await this.rpc({ name: 'tx.select' }, 'tx.select-ok');
  }

  async txCommit(): Promise<void> {
    await this.rpc({ name: 'tx.commit' }, 'tx.commit-ok');
  }

  async txRollback(): Promise<void> {
    await this.rpc({ name: 'tx.rollback' }, 'tx.rollback-ok');
  }

  // ---- Incoming frames (called by the connection) -----------------------------------------

  handle(frame: DecodedFrame): void {
    let message: Message | undefined;
    try {
      if (frame.type === 'method') {
        if (this.content.busy) throw new Error(`${frame.method.name} arrived in the middle of a message's content`);
        if (!METHODS[frame.method.name].content) return this.dispatch(frame.method);
        this.content.start(frame.method as Message['method']);
        return;
      }
      if (frame.type === 'header') message = this.content.addHeader(frame.header);
      else if (frame.type === 'body') message = this.content.addBody(frame.body);
    } catch (e) {
      return this.connection.protocolError(UNEXPECTED_FRAME, `channel ${this.id}: ${(e as Error).message}`);
    }
    if (message !== undefined) this.dispatch(message.method, message);
  }

  private dispatch(method: Method, message?: Message): void {
    // After sending channel.close, everything but close/close-ok is dropped (spec: channel.close).
    if (this.state === 'closing' && method.name !== 'channel.close' && method.name !== 'channel.close-ok') return;
    switch (method.name) {
      case 'channel.close': {
        this.connection.sendFrames([encodeMethod(this.id, { name: 'channel.close-ok' })]);
        this.closed(new ClosedError('channel', this.id, method.args));
        return;
      }
      case 'basic.deliver': {
        const consumer = this.consumers.get(method.args.consumerTag);
        if (consumer !== undefined && message !== undefined) consumer(message);
        return;
      }
      case 'basic.return':
        if (message !== undefined) {
          this.returned.push(message);
          this.onReturn?.(message);
        }
        return;
      case 'basic.ack':
      case 'basic.nack':
        this.settleConfirms(
          method.args.deliveryTag,
          method.args.multiple,
          method.name === 'basic.ack' ? 'ack' : 'nack',
        );
        return;
      case 'basic.cancel': // the server cancelled a consumer (its queue was deleted): consumer_cancel_notify
        this.consumers.delete(method.args.consumerTag);
        return;
      case 'channel.flow':
        this.send({ name: 'channel.flow-ok', args: { active: method.args.active } });
        return;
      case 'basic.consume-ok': {
        const consumer = this.newConsumers.shift();
        if (consumer !== undefined) this.consumers.set(method.args.consumerTag, consumer);
        break;
      }
    }
    if (!this.replies.offer({ method, message })) {
      this.connection.protocolError(COMMAND_INVALID, `unexpected ${method.name} on channel ${this.id}`);
    }
  }

  private settleConfirms(tag: DeliveryTag, multiple: boolean, result: 'ack' | 'nack'): void {
    const upTo = Number(tag);
    for (const seq of this.unconfirmed) {
      if (seq === upTo || (multiple && seq < upTo)) {
        this.unconfirmed.delete(seq);
        this.confirms.set(seq, result);
      }
    }
    if (this.unconfirmed.size === 0) {
      const waiters = this.confirmWaiters;
      this.confirmWaiters = [];
      for (const w of waiters) w.resolve();
    }
  }

  /** The channel is gone (closed by either side, or with its connection): fail whatever still waits. */
  closed(error: Error): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    if (error instanceof ClosedError) this.closeError = error;
    this.replies.failAll(error);
    const waiters = this.confirmWaiters;
    this.confirmWaiters = [];
    for (const w of waiters) w.reject(error);
    this.connection.releaseChannel(this.id);
  }
}
