/**
 * A channel as an object: argument defaults, consumers by tag, returned messages, and publisher
 * confirms by sequence number, over the engine's typed calls. The engine does the protocol (pairing
 * calls with replies, content assembly, confirm tracking, the close handshake).
 */
import {
  utf8Encode,
  type BasicConsumeArgs,
  type BasicProperties,
  type ExchangeDeclareArgs,
  type ExchangeDeleteArgs,
  type FieldTable,
  type QueueDeclareArgs,
  type QueueDeclareOkArgs,
  type QueueDeleteArgs,
} from '@amqp-codegen/protocol';
import { isClosedError, type ChannelEvent, type ClosedError, type ProtocolEngine } from '@amqp-codegen/protocol/engine';
import { toMessage, type Message } from './message.js';

export type DeliveryTag = number | bigint;

export class Channel {
  state: 'open' | 'closing' | 'closed' = 'open';
  /** Why the server closed this channel, once it has. */
  closeError: ClosedError | undefined;
  /** Messages the server returned (mandatory publishes it could not route). */
  readonly returned: Message[] = [];
  onReturn: ((message: Message) => void) | undefined;
  /** The server cancelled a consumer (its queue was deleted): consumer_cancel_notify. */
  onCancel: ((consumerTag: string) => void) | undefined;
  /** Publisher confirms by publish sequence number, once confirm.select is on. */
  readonly confirms = new Map<number, 'ack' | 'nack'>();

  private readonly consumers = new Map<string, (message: Message) => void>();
  /** Deliveries for a tag whose consume-ok the caller has not seen yet (they can share a read). */
  private readonly early = new Map<string, Message[]>();
  private consumesPending = 0;
  private publishSeq = 0;
  private readonly unconfirmed = new Set<Promise<void>>();

  constructor(
    readonly engine: ProtocolEngine,
    readonly id: number,
  ) {}

  /** The engine, once it is known this channel is not closed by the server (else its reason is thrown). */
  private get live(): ProtocolEngine {
    if (this.closeError !== undefined) throw this.closeError;
    return this.engine;
  }

  async close(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'closing';
    await this.live.closeChannel(this.id);
    this.state = 'closed';
  }

  // ---- Exchanges and queues ---------------------------------------------------------------

  async exchangeDeclare(
    exchange: string,
    type: string,
    options: Partial<Omit<ExchangeDeclareArgs, 'exchange' | 'type'>> = {},
  ): Promise<void> {
    const args = { passive: false, durable: false, autoDelete: false, internal: false, noWait: false, arguments: {} };
    await this.live.exchangeDeclare(this.id, { ...args, ...options, exchange, type });
  }

  async exchangeDelete(exchange: string, options: Partial<Omit<ExchangeDeleteArgs, 'exchange'>> = {}): Promise<void> {
    await this.live.exchangeDelete(this.id, { ifUnused: false, noWait: false, ...options, exchange });
  }

  async exchangeBind(destination: string, source: string, routingKey: string, args: FieldTable = {}): Promise<void> {
    await this.live.exchangeBind(this.id, { destination, source, routingKey, noWait: false, arguments: args });
  }

  async exchangeUnbind(destination: string, source: string, routingKey: string, args: FieldTable = {}): Promise<void> {
    await this.live.exchangeUnbind(this.id, { destination, source, routingKey, noWait: false, arguments: args });
  }

  async queueDeclare(
    queue: string,
    options: Partial<Omit<QueueDeclareArgs, 'queue'>> = {},
  ): Promise<QueueDeclareOkArgs> {
    const args = { passive: false, durable: false, exclusive: false, autoDelete: false, noWait: false, arguments: {} };
    return (await this.live.queueDeclare(this.id, { ...args, ...options, queue })).method.args;
  }

  async queueBind(queue: string, exchange: string, routingKey: string, args: FieldTable = {}): Promise<void> {
    await this.live.queueBind(this.id, { queue, exchange, routingKey, noWait: false, arguments: args });
  }

  async queueUnbind(queue: string, exchange: string, routingKey: string, args: FieldTable = {}): Promise<void> {
    await this.live.queueUnbind(this.id, { queue, exchange, routingKey, arguments: args });
  }

  /** Resolves with the number of messages purged. */
  async queuePurge(queue: string): Promise<number> {
    return (await this.live.queuePurge(this.id, { queue, noWait: false })).method.args.messageCount;
  }

  /** Resolves with the number of messages deleted with the queue. */
  async queueDelete(queue: string, options: Partial<Omit<QueueDeleteArgs, 'queue'>> = {}): Promise<number> {
    const args = { ifUnused: false, ifEmpty: false, noWait: false, ...options, queue };
    return (await this.live.queueDelete(this.id, args)).method.args.messageCount;
  }

  // ---- Consuming ---------------------------------------------------------------------------

  async qos(prefetchCount: number, options: { prefetchSize?: number; global?: boolean } = {}): Promise<void> {
    const args = { prefetchSize: options.prefetchSize ?? 0, prefetchCount, global: options.global ?? false };
    await this.live.basicQos(this.id, args);
  }

  /** Starts a consumer; resolves with its tag (the server's choice when `consumerTag` is empty). */
  async consume(
    queue: string,
    onMessage: (message: Message) => void,
    options: Partial<Omit<BasicConsumeArgs, 'queue' | 'noWait'>> = {},
  ): Promise<string> {
    const args = { consumerTag: '', noLocal: false, noAck: false, exclusive: false, arguments: {} };
    this.consumesPending++;
    try {
      const ok = await this.live.basicConsume(this.id, { ...args, ...options, queue, noWait: false });
      const tag = ok.method.args.consumerTag;
      this.consumers.set(tag, onMessage);
      for (const m of this.early.get(tag) ?? []) onMessage(m);
      this.early.delete(tag);
      return tag;
    } finally {
      this.consumesPending--;
    }
  }

  async cancel(consumerTag: string): Promise<void> {
    await this.live.basicCancel(this.id, { consumerTag, noWait: false });
    this.consumers.delete(consumerTag);
  }

  /** One message from `queue`, or undefined when it is empty (basic.get-empty). */
  async get(queue: string, options: { noAck?: boolean } = {}): Promise<Message | undefined> {
    const reply = await this.live.basicGet(this.id, { queue, noAck: options.noAck ?? false });
    return reply.name === 'basic.get-ok' ? toMessage(reply) : undefined;
  }

  ack(deliveryTag: DeliveryTag, multiple = false): void {
    this.live.send(this.id, { name: 'basic.ack', args: { deliveryTag, multiple } });
  }

  nack(deliveryTag: DeliveryTag, options: { multiple?: boolean; requeue?: boolean } = {}): void {
    const args = { deliveryTag, multiple: options.multiple ?? false, requeue: options.requeue ?? true };
    this.live.send(this.id, { name: 'basic.nack', args });
  }

  reject(deliveryTag: DeliveryTag, requeue = true): void {
    this.live.send(this.id, { name: 'basic.reject', args: { deliveryTag, requeue } });
  }

  /** Asks the server to redeliver this channel's unacknowledged messages. */
  async recover(requeue = true): Promise<void> {
    await this.live.basicRecover(this.id, { requeue });
  }

  // ---- Publishing --------------------------------------------------------------------------

  /**
   * Publishes one message (the engine splits the body at frame-max). Returns the publish sequence
   * number in confirm mode (see `confirms`), else 0.
   */
  publish(
    exchange: string,
    routingKey: string,
    body: Uint8Array | string,
    properties: BasicProperties = {},
    options: { mandatory?: boolean } = {},
  ): number {
    const bytes = typeof body === 'string' ? utf8Encode(body) : body;
    const args = { exchange, routingKey, mandatory: options.mandatory ?? false, immediate: false };
    const outcome = this.live.publish(this.id, args, bytes, properties);
    if (outcome === undefined) return 0;
    const seq = ++this.publishSeq;
    const settled: Promise<void> = outcome.then((o) => {
      this.confirms.set(seq, o);
      this.unconfirmed.delete(settled);
    });
    settled.catch(() => this.unconfirmed.delete(settled)); // waitForConfirms reports the error
    this.unconfirmed.add(settled);
    return seq;
  }

  async confirmSelect(): Promise<void> {
    await this.live.confirmSelect(this.id, { nowait: false });
  }

  /** Resolves once every message published so far is confirmed (acked or nacked: see `confirms`). */
  async waitForConfirms(): Promise<void> {
    await Promise.all(this.unconfirmed);
  }

  async txSelect(): Promise<void> {
    await this.live.txSelect(this.id);
  }

  async txCommit(): Promise<void> {
    await this.live.txCommit(this.id);
  }

  async txRollback(): Promise<void> {
    await this.live.txRollback(this.id);
  }

  // ---- From the connection -----------------------------------------------------------------

  /** @internal A method the server sent unasked on this channel. */
  onEvent(event: ChannelEvent): void {
    switch (event.name) {
      case 'basic.deliver': {
        const message = toMessage(event);
        const tag = event.method.args.consumerTag;
        const consumer = this.consumers.get(tag);
        if (consumer !== undefined) consumer(message);
        else if (this.consumesPending > 0) this.early.set(tag, [...(this.early.get(tag) ?? []), message]);
        return;
      }
      case 'basic.return': {
        const message = toMessage(event);
        this.returned.push(message);
        this.onReturn?.(message);
        return;
      }
      case 'basic.cancel':
        this.consumers.delete(event.method.args.consumerTag);
        this.onCancel?.(event.method.args.consumerTag);
        return;
      default:
        return; // ack/nack settle confirms inside the engine; flow is answered there
    }
  }

  /** @internal The channel is gone: closed by the server (error), by us, or with its connection. */
  onClosed(error: Error | undefined): void {
    this.state = 'closed';
    if (error !== undefined && isClosedError(error)) this.closeError = error;
  }
}
