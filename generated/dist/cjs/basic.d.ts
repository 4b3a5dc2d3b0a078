import { type FieldTable, type ReadCursor } from './runtime/internal.js';
/**
 * Work with basic content.
 *
 * The Basic class provides methods that support an industry-standard messaging model.
 *
 * Rules:
 * - 01: The server SHOULD respect the persistent property of basic messages and SHOULD make a
 *   best-effort to hold persistent basic messages on a reliable storage mechanism.
 * - 02: The server MUST NOT discard a persistent basic message in case of a queue overflow.
 * - 03: The server MAY use the Channel.Flow method to slow or stop a basic message publisher when
 *   necessary.
 * - 04: The server MAY overflow non-persistent basic messages to persistent storage.
 * - 05: The server MAY discard or dead-letter non-persistent basic messages on a priority basis if
 *   the queue size exceeds some configured limit.
 * - 06: The server MUST implement at least 2 priority levels for basic messages, where priorities
 *   0-4 and 5-9 are treated as two distinct levels.
 * - 07: The server MAY implement up to 10 priority levels.
 * - 08: The server MUST deliver messages of the same priority in order irrespective of their
 *   individual persistence.
 * - 09: The server MUST support un-acknowledged delivery of Basic content, i.e. consumers with the
 *   no-ack field set to TRUE.
 * - 10: The server MUST support explicitly acknowledged delivery of Basic content, i.e. consumers
 *   with the no-ack field set to FALSE.
 *
 * Class id of basic (60).
 */
export declare const BASIC_CLASS_ID = 60;
/** Content properties of basic (the header frame's property list). A property is absent when undefined or null. */
export interface BasicProperties {
    /**
     * MIME content type.
     *
     * Flag word 0, mask 0x8000; wire type shortstr.
     */
    contentType?: string | null | undefined;
    /**
     * MIME content encoding.
     *
     * Flag word 0, mask 0x4000; wire type shortstr.
     */
    contentEncoding?: string | null | undefined;
    /**
     * Message header field table.
     *
     * Flag word 0, mask 0x2000; wire type table.
     */
    headers?: FieldTable | null | undefined;
    /**
     * Non-persistent (1) or persistent (2).
     *
     * Flag word 0, mask 0x1000; wire type octet.
     */
    deliveryMode?: number | null | undefined;
    /**
     * Message priority, 0 to 9.
     *
     * Flag word 0, mask 0x0800; wire type octet.
     */
    priority?: number | null | undefined;
    /**
     * Application correlation identifier.
     *
     * Flag word 0, mask 0x0400; wire type shortstr.
     */
    correlationId?: string | null | undefined;
    /**
     * Address to reply to.
     *
     * Flag word 0, mask 0x0200; wire type shortstr.
     */
    replyTo?: string | null | undefined;
    /**
     * Message expiration specification.
     *
     * Flag word 0, mask 0x0100; wire type shortstr.
     */
    expiration?: string | null | undefined;
    /**
     * Application message identifier.
     *
     * Flag word 0, mask 0x0080; wire type shortstr.
     */
    messageId?: string | null | undefined;
    /**
     * Message timestamp.
     *
     * Flag word 0, mask 0x0040; wire type timestamp.
     */
    timestamp?: number | bigint | Date | null | undefined;
    /**
     * Message type name.
     *
     * Flag word 0, mask 0x0020; wire type shortstr.
     */
    type?: string | null | undefined;
    /**
     * Creating user id.
     *
     * Flag word 0, mask 0x0010; wire type shortstr.
     */
    userId?: string | null | undefined;
    /**
     * Creating application id.
     *
     * Flag word 0, mask 0x0008; wire type shortstr.
     */
    appId?: string | null | undefined;
    /**
     * Reserved, must be empty.
     *
     * Flag word 0, mask 0x0004; wire type shortstr.
     */
    reserved?: string | null | undefined;
}
/** basic properties as decoded: absent ones are undefined (never null), longstr values are always bytes. */
export interface DecodedBasicProperties {
    /**
     * MIME content type.
     *
     * Flag word 0, mask 0x8000; wire type shortstr.
     */
    contentType?: string | undefined;
    /**
     * MIME content encoding.
     *
     * Flag word 0, mask 0x4000; wire type shortstr.
     */
    contentEncoding?: string | undefined;
    /**
     * Message header field table.
     *
     * Flag word 0, mask 0x2000; wire type table.
     */
    headers?: FieldTable | undefined;
    /**
     * Non-persistent (1) or persistent (2).
     *
     * Flag word 0, mask 0x1000; wire type octet.
     */
    deliveryMode?: number | undefined;
    /**
     * Message priority, 0 to 9.
     *
     * Flag word 0, mask 0x0800; wire type octet.
     */
    priority?: number | undefined;
    /**
     * Application correlation identifier.
     *
     * Flag word 0, mask 0x0400; wire type shortstr.
     */
    correlationId?: string | undefined;
    /**
     * Address to reply to.
     *
     * Flag word 0, mask 0x0200; wire type shortstr.
     */
    replyTo?: string | undefined;
    /**
     * Message expiration specification.
     *
     * Flag word 0, mask 0x0100; wire type shortstr.
     */
    expiration?: string | undefined;
    /**
     * Application message identifier.
     *
     * Flag word 0, mask 0x0080; wire type shortstr.
     */
    messageId?: string | undefined;
    /**
     * Message timestamp.
     *
     * Flag word 0, mask 0x0040; wire type timestamp.
     */
    timestamp?: number | bigint | undefined;
    /**
     * Message type name.
     *
     * Flag word 0, mask 0x0020; wire type shortstr.
     */
    type?: string | undefined;
    /**
     * Creating user id.
     *
     * Flag word 0, mask 0x0010; wire type shortstr.
     */
    userId?: string | undefined;
    /**
     * Creating application id.
     *
     * Flag word 0, mask 0x0008; wire type shortstr.
     */
    appId?: string | undefined;
    /**
     * Reserved, must be empty.
     *
     * Flag word 0, mask 0x0004; wire type shortstr.
     */
    reserved?: string | undefined;
}
/** Encodes a complete basic content header frame (never on channel 0). Properties that are undefined or null are not written; all others are. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written. */
export declare function encodeBasicHeader(channel: number, bodySize: number | bigint, properties: BasicProperties, frameMax?: number): Uint8Array;
/** Reads basic property flags and properties (after class-id, weight and body-size). */
export declare function decodeBasicHeaderArgs(reader: ReadCursor): DecodedBasicProperties;
/**
 * Specify quality of service.
 *
 * This method requests a specific quality of service. The QoS can be specified for the current
 * channel or for all channels on the connection. The particular properties and semantics of a qos
 * method always depend on the content class semantics. Though the qos method could in principle
 * apply to both peers, it is currently meaningful only for the server.
 *
 * Sent by: client. Synchronous; answered by basic.qos-ok.
 * Spec: basic.qos (60.10)
 */
export interface BasicQosArgs {
    /**
     * Prefetch window in octets.
     *
     * The client can request that messages be sent in advance so that when the client finishes
     * processing a message, the following message is already held locally, rather than needing to be
     * sent down the channel. Prefetching gives a performance improvement. This field specifies the
     * prefetch window size in octets. The server will send a message in advance if it is equal to or
     * smaller in size than the available prefetch size (and also falls into other prefetch limits).
     * May be set to zero, meaning "no specific limit", although other prefetch limits may still apply.
     * The prefetch-size is ignored if the no-ack option is set.
     *
     * Rules:
     * - 01: The server MUST ignore this setting when the client is not processing any messages - i.e.
     *   the prefetch size does not limit the transfer of single messages to a client, only the sending
     *   in advance of more messages while the client still has one or more unacknowledged messages.
     *
     * Wire type: long.
     */
    prefetchSize: number;
    /**
     * Prefetch window in messages.
     *
     * Specifies a prefetch window in terms of whole messages. This field may be used in combination
     * with the prefetch-size field; a message will only be sent in advance if both prefetch windows
     * (and those at the channel and connection level) allow it. The prefetch-count is ignored if the
     * no-ack option is set.
     *
     * Rules:
     * - 01: The server may send less data in advance than allowed by the client's specified prefetch
     *   windows but it MUST NOT send more.
     *
     * Wire type: short.
     */
    prefetchCount: number;
    /**
     * Apply to entire connection.
     *
     * By default the QoS settings apply to the current channel only. If this field is set, they are
     * applied to the entire connection.
     *
     * Wire type: bit.
     */
    global: boolean;
}
/**
 * Encodes a complete basic.qos method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.qos (60.10)
 */
export declare function encodeBasicQos(channel: number, args: BasicQosArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.qos (after class and method id).
 *
 * Spec: basic.qos (60.10)
 */
export declare function decodeBasicQosArgs(reader: ReadCursor): BasicQosArgs;
/**
 * Decodes a basic.qos method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.qos (60.10)
 */
export declare function decodeBasicQos(payload: Uint8Array | ArrayBuffer): BasicQosArgs;
/**
 * Confirm the requested qos.
 *
 * This method tells the client that the requested QoS levels could be handled by the server. The
 * requested QoS applies to all active consumers until a new QoS is defined.
 *
 * Sent by: server. Synchronous.
 * Spec: basic.qos-ok (60.11)
 */
export interface BasicQosOkArgs {
}
/**
 * Encodes a complete basic.qos-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.qos-ok (60.11)
 */
export declare function encodeBasicQosOk(channel: number, _args: BasicQosOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.qos-ok (after class and method id).
 *
 * Spec: basic.qos-ok (60.11)
 */
export declare function decodeBasicQosOkArgs(_reader: ReadCursor): BasicQosOkArgs;
/**
 * Decodes a basic.qos-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.qos-ok (60.11)
 */
export declare function decodeBasicQosOk(payload: Uint8Array | ArrayBuffer): BasicQosOkArgs;
/**
 * Start a queue consumer.
 *
 * This method asks the server to start a "consumer", which is a transient request for messages
 * from a specific queue. Consumers last as long as the channel they were declared on, or until the
 * client cancels them.
 *
 * Rules:
 * - 01: The server SHOULD support at least 16 consumers per queue, and ideally, impose no limit
 *   except as defined by available resources.
 *
 * Sent by: client. Synchronous; answered by basic.consume-ok.
 * Spec: basic.consume (60.20)
 */
export interface BasicConsumeArgs {
    /**
     * Specifies the name of the queue to consume from.
     *
     * Wire type: shortstr (domain queue-name).
     */
    queue: string;
    /**
     * Specifies the identifier for the consumer. The consumer tag is local to a channel, so two
     * clients can use the same consumer tags. If this field is empty the server will generate a unique
     * tag.
     *
     * Rules:
     * - 01: The client MUST NOT specify a tag that refers to an existing consumer.
     * - 02: The consumer tag is valid only within the channel from which the consumer was created.
     *   I.e. a client MUST NOT create a consumer in one channel and then use it in another.
     *
     * Wire type: shortstr (domain consumer-tag).
     */
    consumerTag: string;
    /** Wire type: bit (domain no-local). */
    noLocal: boolean;
    /** Wire type: bit (domain no-ack). */
    noAck: boolean;
    /**
     * Request exclusive access.
     *
     * Request exclusive consumer access, meaning only this consumer can access the queue.
     *
     * Rules:
     * - 01: The client MAY NOT gain exclusive access to a queue that already has active consumers.
     *
     * Wire type: bit.
     */
    exclusive: boolean;
    /** Wire type: bit (domain no-wait). */
    noWait: boolean;
    /**
     * Arguments for declaration.
     *
     * A set of arguments for the consume. The syntax and semantics of these arguments depends on the
     * server implementation.
     *
     * Wire type: table.
     */
    arguments: FieldTable;
}
/**
 * Encodes a complete basic.consume method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.consume (60.20)
 */
export declare function encodeBasicConsume(channel: number, args: BasicConsumeArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.consume (after class and method id).
 *
 * Spec: basic.consume (60.20)
 */
export declare function decodeBasicConsumeArgs(reader: ReadCursor): BasicConsumeArgs;
/**
 * Decodes a basic.consume method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.consume (60.20)
 */
export declare function decodeBasicConsume(payload: Uint8Array | ArrayBuffer): BasicConsumeArgs;
/**
 * Confirm a new consumer.
 *
 * The server provides the client with a consumer tag, which is used by the client for methods
 * called on the consumer at a later stage.
 *
 * Sent by: server. Synchronous.
 * Spec: basic.consume-ok (60.21)
 */
export interface BasicConsumeOkArgs {
    /**
     * Holds the consumer tag specified by the client or provided by the server.
     *
     * Wire type: shortstr (domain consumer-tag).
     */
    consumerTag: string;
}
/**
 * Encodes a complete basic.consume-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.consume-ok (60.21)
 */
export declare function encodeBasicConsumeOk(channel: number, args: BasicConsumeOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.consume-ok (after class and method id).
 *
 * Spec: basic.consume-ok (60.21)
 */
export declare function decodeBasicConsumeOkArgs(reader: ReadCursor): BasicConsumeOkArgs;
/**
 * Decodes a basic.consume-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.consume-ok (60.21)
 */
export declare function decodeBasicConsumeOk(payload: Uint8Array | ArrayBuffer): BasicConsumeOkArgs;
/**
 * End a queue consumer.
 *
 * This method cancels a consumer. This does not affect already delivered messages, but it does
 * mean the server will not send any more messages for that consumer. The client may receive an
 * arbitrary number of messages in between sending the cancel method and receiving the cancel-ok
 * reply.
 *
 * It may also be sent from the server to the client in the event of the consumer being
 * unexpectedly cancelled (i.e. cancelled for any reason other than the server receiving the
 * corresponding basic.cancel from the client). This allows clients to be notified of the loss of
 * consumers due to events such as queue deletion. Note that as it is not a MUST for clients to
 * accept this method from the client, it is advisable for the broker to be able to identify those
 * clients that are capable of accepting the method, through some means of capability negotiation.
 *
 * Rules:
 * - 01: If the queue does not exist the server MUST ignore the cancel method, so long as the
 *   consumer tag is valid for that channel.
 *
 * Sent by: client and server. Synchronous; answered by basic.cancel-ok.
 * Spec: basic.cancel (60.30)
 */
export interface BasicCancelArgs {
    /** Wire type: shortstr (domain consumer-tag). */
    consumerTag: string;
    /** Wire type: bit (domain no-wait). */
    noWait: boolean;
}
/**
 * Encodes a complete basic.cancel method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.cancel (60.30)
 */
export declare function encodeBasicCancel(channel: number, args: BasicCancelArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.cancel (after class and method id).
 *
 * Spec: basic.cancel (60.30)
 */
export declare function decodeBasicCancelArgs(reader: ReadCursor): BasicCancelArgs;
/**
 * Decodes a basic.cancel method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.cancel (60.30)
 */
export declare function decodeBasicCancel(payload: Uint8Array | ArrayBuffer): BasicCancelArgs;
/**
 * Confirm a cancelled consumer.
 *
 * This method confirms that the cancellation was completed.
 *
 * Sent by: client and server. Synchronous.
 * Spec: basic.cancel-ok (60.31)
 */
export interface BasicCancelOkArgs {
    /** Wire type: shortstr (domain consumer-tag). */
    consumerTag: string;
}
/**
 * Encodes a complete basic.cancel-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.cancel-ok (60.31)
 */
export declare function encodeBasicCancelOk(channel: number, args: BasicCancelOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.cancel-ok (after class and method id).
 *
 * Spec: basic.cancel-ok (60.31)
 */
export declare function decodeBasicCancelOkArgs(reader: ReadCursor): BasicCancelOkArgs;
/**
 * Decodes a basic.cancel-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.cancel-ok (60.31)
 */
export declare function decodeBasicCancelOk(payload: Uint8Array | ArrayBuffer): BasicCancelOkArgs;
/**
 * Publish a message.
 *
 * This method publishes a message to a specific exchange. The message will be routed to queues as
 * defined by the exchange configuration and distributed to any active consumers when the
 * transaction, if any, is committed.
 *
 * Sent by: client. Carries content.
 * Spec: basic.publish (60.40)
 */
export interface BasicPublishArgs {
    /**
     * Specifies the name of the exchange to publish to. The exchange name can be empty, meaning the
     * default exchange. If the exchange name is specified, and that exchange does not exist, the
     * server will raise a channel exception.
     *
     * Rules:
     * - must-exist: The client MUST NOT attempt to publish a content to an exchange that does not
     *   exist.
     * - default-exchange: The server MUST accept a blank exchange name to mean the default exchange.
     * - 02: If the exchange was declared as an internal exchange, the server MUST raise a channel
     *   exception with a reply code 403 (access refused).
     * - 03: The exchange MAY refuse basic content in which case it MUST raise a channel exception with
     *   reply code 540 (not implemented).
     *
     * Wire type: shortstr (domain exchange-name).
     */
    exchange: string;
    /**
     * Message routing key.
     *
     * Specifies the routing key for the message. The routing key is used for routing messages
     * depending on the exchange configuration.
     *
     * Wire type: shortstr.
     */
    routingKey: string;
    /**
     * Indicate mandatory routing.
     *
     * This flag tells the server how to react if the message cannot be routed to a queue. If this flag
     * is set, the server will return an unroutable message with a Return method. If this flag is zero,
     * the server silently drops the message.
     *
     * Rules:
     * - 01: The server SHOULD implement the mandatory flag.
     *
     * Wire type: bit.
     */
    mandatory: boolean;
    /**
     * Request immediate delivery.
     *
     * This flag tells the server how to react if the message cannot be routed to a queue consumer
     * immediately. If this flag is set, the server will return an undeliverable message with a Return
     * method. If this flag is zero, the server will queue the message, but with no guarantee that it
     * will ever be consumed.
     *
     * Rules:
     * - 01: The server SHOULD implement the immediate flag.
     *
     * Wire type: bit.
     */
    immediate: boolean;
}
/**
 * Encodes a complete basic.publish method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.publish (60.40)
 */
export declare function encodeBasicPublish(channel: number, args: BasicPublishArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.publish (after class and method id).
 *
 * Spec: basic.publish (60.40)
 */
export declare function decodeBasicPublishArgs(reader: ReadCursor): BasicPublishArgs;
/**
 * Decodes a basic.publish method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.publish (60.40)
 */
export declare function decodeBasicPublish(payload: Uint8Array | ArrayBuffer): BasicPublishArgs;
/**
 * Return a failed message.
 *
 * This method returns an undeliverable message that was published with the "immediate" flag set,
 * or an unroutable message published with the "mandatory" flag set. The reply code and text
 * provide information about the reason that the message was undeliverable.
 *
 * Sent by: server. Carries content.
 * Spec: basic.return (60.50)
 */
export interface BasicReturnArgs {
    /** Wire type: short (domain reply-code). */
    replyCode: number;
    /** Wire type: shortstr (domain reply-text). */
    replyText: string;
    /**
     * Specifies the name of the exchange that the message was originally published to. May be empty,
     * meaning the default exchange.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    exchange: string;
    /**
     * Message routing key.
     *
     * Specifies the routing key name specified when the message was published.
     *
     * Wire type: shortstr.
     */
    routingKey: string;
}
/**
 * Encodes a complete basic.return method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.return (60.50)
 */
export declare function encodeBasicReturn(channel: number, args: BasicReturnArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.return (after class and method id).
 *
 * Spec: basic.return (60.50)
 */
export declare function decodeBasicReturnArgs(reader: ReadCursor): BasicReturnArgs;
/**
 * Decodes a basic.return method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.return (60.50)
 */
export declare function decodeBasicReturn(payload: Uint8Array | ArrayBuffer): BasicReturnArgs;
/**
 * Notify the client of a consumer message.
 *
 * This method delivers a message to the client, via a consumer. In the asynchronous message
 * delivery model, the client starts a consumer using the Consume method, then the server responds
 * with Deliver methods as and when messages arrive for that consumer.
 *
 * Rules:
 * - 01: The server SHOULD track the number of times a message has been delivered to clients and
 *   when a message is redelivered a certain number of times - e.g. 5 times - without being
 *   acknowledged, the server SHOULD consider the message to be unprocessable (possibly causing
 *   client applications to abort), and move the message to a dead letter queue.
 *
 * Sent by: server. Carries content.
 * Spec: basic.deliver (60.60)
 */
export interface BasicDeliverArgs {
    /** Wire type: shortstr (domain consumer-tag). */
    consumerTag: string;
    /** Wire type: longlong (domain delivery-tag). */
    deliveryTag: number | bigint;
    /** Wire type: bit (domain redelivered). */
    redelivered: boolean;
    /**
     * Specifies the name of the exchange that the message was originally published to. May be empty,
     * indicating the default exchange.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    exchange: string;
    /**
     * Message routing key.
     *
     * Specifies the routing key name specified when the message was published.
     *
     * Wire type: shortstr.
     */
    routingKey: string;
}
/**
 * Encodes a complete basic.deliver method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.deliver (60.60)
 */
export declare function encodeBasicDeliver(channel: number, args: BasicDeliverArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.deliver (after class and method id).
 *
 * Spec: basic.deliver (60.60)
 */
export declare function decodeBasicDeliverArgs(reader: ReadCursor): BasicDeliverArgs;
/**
 * Decodes a basic.deliver method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.deliver (60.60)
 */
export declare function decodeBasicDeliver(payload: Uint8Array | ArrayBuffer): BasicDeliverArgs;
/**
 * Direct access to a queue.
 *
 * This method provides a direct access to the messages in a queue using a synchronous dialogue
 * that is designed for specific types of application where synchronous functionality is more
 * important than performance.
 *
 * Sent by: client. Synchronous; answered by basic.get-ok or basic.get-empty.
 * Spec: basic.get (60.70)
 */
export interface BasicGetArgs {
    /**
     * Specifies the name of the queue to get a message from.
     *
     * Wire type: shortstr (domain queue-name).
     */
    queue: string;
    /** Wire type: bit (domain no-ack). */
    noAck: boolean;
}
/**
 * Encodes a complete basic.get method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.get (60.70)
 */
export declare function encodeBasicGet(channel: number, args: BasicGetArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.get (after class and method id).
 *
 * Spec: basic.get (60.70)
 */
export declare function decodeBasicGetArgs(reader: ReadCursor): BasicGetArgs;
/**
 * Decodes a basic.get method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.get (60.70)
 */
export declare function decodeBasicGet(payload: Uint8Array | ArrayBuffer): BasicGetArgs;
/**
 * Provide client with a message.
 *
 * This method delivers a message to the client following a get method. A message delivered by
 * 'get-ok' must be acknowledged unless the no-ack option was set in the get method.
 *
 * Sent by: server. Synchronous; carries content.
 * Spec: basic.get-ok (60.71)
 */
export interface BasicGetOkArgs {
    /** Wire type: longlong (domain delivery-tag). */
    deliveryTag: number | bigint;
    /** Wire type: bit (domain redelivered). */
    redelivered: boolean;
    /**
     * Specifies the name of the exchange that the message was originally published to. If empty, the
     * message was published to the default exchange.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    exchange: string;
    /**
     * Message routing key.
     *
     * Specifies the routing key name specified when the message was published.
     *
     * Wire type: shortstr.
     */
    routingKey: string;
    /** Wire type: long (domain message-count). */
    messageCount: number;
}
/**
 * Encodes a complete basic.get-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.get-ok (60.71)
 */
export declare function encodeBasicGetOk(channel: number, args: BasicGetOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.get-ok (after class and method id).
 *
 * Spec: basic.get-ok (60.71)
 */
export declare function decodeBasicGetOkArgs(reader: ReadCursor): BasicGetOkArgs;
/**
 * Decodes a basic.get-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.get-ok (60.71)
 */
export declare function decodeBasicGetOk(payload: Uint8Array | ArrayBuffer): BasicGetOkArgs;
/**
 * Indicate no messages available.
 *
 * This method tells the client that the queue has no messages available for the client.
 *
 * Sent by: server. Synchronous.
 * Spec: basic.get-empty (60.72)
 */
export interface BasicGetEmptyArgs {
}
/**
 * Encodes a complete basic.get-empty method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.get-empty (60.72)
 */
export declare function encodeBasicGetEmpty(channel: number, _args: BasicGetEmptyArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.get-empty (after class and method id).
 *
 * Spec: basic.get-empty (60.72)
 */
export declare function decodeBasicGetEmptyArgs(reader: ReadCursor): BasicGetEmptyArgs;
/**
 * Decodes a basic.get-empty method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.get-empty (60.72)
 */
export declare function decodeBasicGetEmpty(payload: Uint8Array | ArrayBuffer): BasicGetEmptyArgs;
/**
 * Acknowledge one or more messages.
 *
 * When sent by the client, this method acknowledges one or more messages delivered via the Deliver
 * or Get-Ok methods.
 *
 * When sent by server, this method acknowledges one or more messages published with the Publish
 * method on a channel in confirm mode.
 *
 * The acknowledgement can be for a single message or a set of messages up to and including a
 * specific message.
 *
 * Sent by: client and server.
 * Spec: basic.ack (60.80)
 */
export interface BasicAckArgs {
    /** Wire type: longlong (domain delivery-tag). */
    deliveryTag: number | bigint;
    /**
     * Acknowledge multiple messages.
     *
     * If set to 1, the delivery tag is treated as "up to and including", so that multiple messages can
     * be acknowledged with a single method. If set to zero, the delivery tag refers to a single
     * message. If the multiple field is 1, and the delivery tag is zero, this indicates
     * acknowledgement of all outstanding messages.
     *
     * Rules:
     * - exists: A message MUST not be acknowledged more than once. The receiving peer MUST validate
     *   that a non-zero delivery-tag refers to a delivered message, and raise a channel exception if
     *   this is not the case. On a transacted channel, this check MUST be done immediately and not
     *   delayed until a Tx.Commit.
     *
     * Wire type: bit.
     */
    multiple: boolean;
}
/**
 * Encodes a complete basic.ack method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.ack (60.80)
 */
export declare function encodeBasicAck(channel: number, args: BasicAckArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.ack (after class and method id).
 *
 * Spec: basic.ack (60.80)
 */
export declare function decodeBasicAckArgs(reader: ReadCursor): BasicAckArgs;
/**
 * Decodes a basic.ack method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.ack (60.80)
 */
export declare function decodeBasicAck(payload: Uint8Array | ArrayBuffer): BasicAckArgs;
/**
 * Reject an incoming message.
 *
 * This method allows a client to reject a message. It can be used to interrupt and cancel large
 * incoming messages, or return untreatable messages to their original queue.
 *
 * Rules:
 * - 01: The server SHOULD be capable of accepting and process the Reject method while sending
 *   message content with a Deliver or Get-Ok method. I.e. the server should read and process
 *   incoming methods while sending output frames. To cancel a partially-send content, the server
 *   sends a content body frame of size 1 (i.e. with no data except the frame-end octet).
 * - 02: The server SHOULD interpret this method as meaning that the client is unable to process
 *   the message at this time.
 * - 03: The client MUST NOT use this method as a means of selecting messages to process.
 *
 * Sent by: client.
 * Spec: basic.reject (60.90)
 */
export interface BasicRejectArgs {
    /** Wire type: longlong (domain delivery-tag). */
    deliveryTag: number | bigint;
    /**
     * Requeue the message.
     *
     * If requeue is true, the server will attempt to requeue the message. If requeue is false or the
     * requeue attempt fails the messages are discarded or dead-lettered.
     *
     * Rules:
     * - 01: The server MUST NOT deliver the message to the same client within the context of the
     *   current channel. The recommended strategy is to attempt to deliver the message to an
     *   alternative consumer, and if that is not possible, to move the message to a dead-letter queue.
     *   The server MAY use more sophisticated tracking to hold the message on the queue and redeliver
     *   it to the same client at a later stage.
     *
     * Wire type: bit.
     */
    requeue: boolean;
}
/**
 * Encodes a complete basic.reject method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.reject (60.90)
 */
export declare function encodeBasicReject(channel: number, args: BasicRejectArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.reject (after class and method id).
 *
 * Spec: basic.reject (60.90)
 */
export declare function decodeBasicRejectArgs(reader: ReadCursor): BasicRejectArgs;
/**
 * Decodes a basic.reject method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.reject (60.90)
 */
export declare function decodeBasicReject(payload: Uint8Array | ArrayBuffer): BasicRejectArgs;
/**
 * Redeliver unacknowledged messages.
 *
 * This method asks the server to redeliver all unacknowledged messages on a specified channel.
 * Zero or more messages may be redelivered. This method is deprecated in favour of the synchronous
 * Recover/Recover-Ok.
 *
 * Rules:
 * - 01: The server MUST set the redelivered flag on all messages that are resent.
 *
 * Sent by: client.
 * Spec: basic.recover-async (60.100)
 * @deprecated The spec marks this method deprecated.
 */
export interface BasicRecoverAsyncArgs {
    /**
     * Requeue the message.
     *
     * If this field is zero, the message will be redelivered to the original recipient. If this bit is
     * 1, the server will attempt to requeue the message, potentially then delivering it to an
     * alternative subscriber.
     *
     * Wire type: bit.
     */
    requeue: boolean;
}
/**
 * Encodes a complete basic.recover-async method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.recover-async (60.100)
 *
 * @deprecated The spec marks this method deprecated.
 */
export declare function encodeBasicRecoverAsync(channel: number, args: BasicRecoverAsyncArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.recover-async (after class and method id).
 *
 * Spec: basic.recover-async (60.100)
 *
 * @deprecated The spec marks this method deprecated.
 */
export declare function decodeBasicRecoverAsyncArgs(reader: ReadCursor): BasicRecoverAsyncArgs;
/**
 * Decodes a basic.recover-async method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.recover-async (60.100)
 *
 * @deprecated The spec marks this method deprecated.
 */
export declare function decodeBasicRecoverAsync(payload: Uint8Array | ArrayBuffer): BasicRecoverAsyncArgs;
/**
 * Redeliver unacknowledged messages.
 *
 * This method asks the server to redeliver all unacknowledged messages on a specified channel.
 * Zero or more messages may be redelivered. This method replaces the asynchronous Recover.
 *
 * Rules:
 * - 01: The server MUST set the redelivered flag on all messages that are resent.
 *
 * Sent by: client. Synchronous; answered by basic.recover-ok.
 * Spec: basic.recover (60.110)
 */
export interface BasicRecoverArgs {
    /**
     * Requeue the message.
     *
     * If this field is zero, the message will be redelivered to the original recipient. If this bit is
     * 1, the server will attempt to requeue the message, potentially then delivering it to an
     * alternative subscriber.
     *
     * Wire type: bit.
     */
    requeue: boolean;
}
/**
 * Encodes a complete basic.recover method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.recover (60.110)
 */
export declare function encodeBasicRecover(channel: number, args: BasicRecoverArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.recover (after class and method id).
 *
 * Spec: basic.recover (60.110)
 */
export declare function decodeBasicRecoverArgs(reader: ReadCursor): BasicRecoverArgs;
/**
 * Decodes a basic.recover method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.recover (60.110)
 */
export declare function decodeBasicRecover(payload: Uint8Array | ArrayBuffer): BasicRecoverArgs;
/**
 * Confirm recovery.
 *
 * This method acknowledges a Basic.Recover method.
 *
 * Sent by: server. Synchronous.
 * Spec: basic.recover-ok (60.111)
 */
export interface BasicRecoverOkArgs {
}
/**
 * Encodes a complete basic.recover-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.recover-ok (60.111)
 */
export declare function encodeBasicRecoverOk(channel: number, _args: BasicRecoverOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.recover-ok (after class and method id).
 *
 * Spec: basic.recover-ok (60.111)
 */
export declare function decodeBasicRecoverOkArgs(_reader: ReadCursor): BasicRecoverOkArgs;
/**
 * Decodes a basic.recover-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.recover-ok (60.111)
 */
export declare function decodeBasicRecoverOk(payload: Uint8Array | ArrayBuffer): BasicRecoverOkArgs;
/**
 * Reject one or more incoming messages.
 *
 * This method allows a client to reject one or more incoming messages. It can be used to interrupt
 * and cancel large incoming messages, or return untreatable messages to their original queue.
 *
 * This method is also used by the server to inform publishers on channels in confirm mode of
 * unhandled messages. If a publisher receives this method, it probably needs to republish the
 * offending messages.
 *
 * Rules:
 * - 01: The server SHOULD be capable of accepting and processing the Nack method while sending
 *   message content with a Deliver or Get-Ok method. I.e. the server should read and process
 *   incoming methods while sending output frames. To cancel a partially-send content, the server
 *   sends a content body frame of size 1 (i.e. with no data except the frame-end octet).
 * - 02: The server SHOULD interpret this method as meaning that the client is unable to process
 *   the message at this time.
 * - 03: The client MUST NOT use this method as a means of selecting messages to process.
 * - 04: A client publishing messages to a channel in confirm mode SHOULD be capable of accepting
 *   and somehow handling the Nack method.
 *
 * Sent by: client and server.
 * Spec: basic.nack (60.120)
 */
export interface BasicNackArgs {
    /** Wire type: longlong (domain delivery-tag). */
    deliveryTag: number | bigint;
    /**
     * Reject multiple messages.
     *
     * If set to 1, the delivery tag is treated as "up to and including", so that multiple messages can
     * be rejected with a single method. If set to zero, the delivery tag refers to a single message.
     * If the multiple field is 1, and the delivery tag is zero, this indicates rejection of all
     * outstanding messages.
     *
     * Rules:
     * - exists: A message MUST not be rejected more than once. The receiving peer MUST validate that a
     *   non-zero delivery-tag refers to an unacknowledged, delivered message, and raise a channel
     *   exception if this is not the case.
     *
     * Wire type: bit.
     */
    multiple: boolean;
    /**
     * Requeue the message.
     *
     * If requeue is true, the server will attempt to requeue the message. If requeue is false or the
     * requeue attempt fails the messages are discarded or dead-lettered. Clients receiving the Nack
     * methods should ignore this flag.
     *
     * Rules:
     * - 01: The server MUST NOT deliver the message to the same client within the context of the
     *   current channel. The recommended strategy is to attempt to deliver the message to an
     *   alternative consumer, and if that is not possible, to move the message to a dead-letter queue.
     *   The server MAY use more sophisticated tracking to hold the message on the queue and redeliver
     *   it to the same client at a later stage.
     *
     * Wire type: bit.
     */
    requeue: boolean;
}
/**
 * Encodes a complete basic.nack method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: basic.nack (60.120)
 */
export declare function encodeBasicNack(channel: number, args: BasicNackArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of basic.nack (after class and method id).
 *
 * Spec: basic.nack (60.120)
 */
export declare function decodeBasicNackArgs(reader: ReadCursor): BasicNackArgs;
/**
 * Decodes a basic.nack method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: basic.nack (60.120)
 */
export declare function decodeBasicNack(payload: Uint8Array | ArrayBuffer): BasicNackArgs;
