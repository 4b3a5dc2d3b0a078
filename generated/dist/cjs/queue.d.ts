import { type FieldTable, type ReadCursor } from './runtime/internal.js';
/**
 * Work with queues.
 *
 * Queues store and forward messages. Queues can be configured in the server or created at runtime.
 * Queues must be attached to at least one exchange in order to receive messages from publishers.
 *
 * Class id of queue (50).
 */
export declare const QUEUE_CLASS_ID = 50;
/**
 * Declare queue, create if needed.
 *
 * This method creates or checks a queue. When creating a new queue the client can specify various
 * properties that control the durability of the queue and its contents, and the level of sharing
 * for the queue.
 *
 * Rules:
 * - default-binding: The server MUST create a default binding for a newly-declared queue to the
 *   default exchange, which is an exchange of type 'direct' and use the queue name as the routing
 *   key.
 * - minimum-queues: The server SHOULD support a minimum of 256 queues per virtual host and
 *   ideally, impose no limit except as defined by available resources.
 *
 * Sent by: client. Synchronous; answered by queue.declare-ok.
 * Spec: queue.declare (50.10)
 */
export interface QueueDeclareArgs {
    /**
     * Rules:
     * - default-name: The queue name MAY be empty, in which case the server MUST create a new queue
     *   with a unique generated name and return this to the client in the Declare-Ok method.
     * - reserved: Queue names starting with "amq." are reserved for pre-declared and standardised
     *   queues. The client MAY declare a queue starting with "amq." if the passive option is set, or
     *   the queue already exists.
     * - syntax: The queue name can be empty, or a sequence of these characters: letters, digits,
     *   hyphen, underscore, period, or colon.
     *
     * Wire type: shortstr (domain queue-name).
     */
    queue: string;
    /**
     * Do not create queue.
     *
     * If set, the server will reply with Declare-Ok if the queue already exists with the same name,
     * and raise an error if not. The client can use this to check whether a queue exists without
     * modifying the server state. When set, all other method fields except name and no-wait are
     * ignored. A declare with both passive and no-wait has no effect. Arguments are compared for
     * semantic equivalence.
     *
     * Rules:
     * - passive: The client MAY ask the server to assert that a queue exists without creating the
     *   queue if not. If the queue does not exist, the server treats this as a failure.
     * - equivalent: If not set and the queue exists, the server MUST check that the existing queue has
     *   the same values for durable, exclusive, auto-delete, and arguments fields. The server MUST
     *   respond with Declare-Ok if the requested queue matches these fields, and MUST raise a channel
     *   exception if not.
     *
     * Wire type: bit.
     */
    passive: boolean;
    /**
     * Request a durable queue.
     *
     * If set when creating a new queue, the queue will be marked as durable. Durable queues remain
     * active when a server restarts. Non-durable queues (transient queues) are purged if/when a server
     * restarts. Note that durable queues do not necessarily hold persistent messages, although it does
     * not make sense to send persistent messages to a transient queue.
     *
     * Rules:
     * - persistence: The server MUST recreate the durable queue after a restart.
     * - types: The server MUST support both durable and transient queues.
     *
     * Wire type: bit.
     */
    durable: boolean;
    /**
     * Request an exclusive queue.
     *
     * Exclusive queues may only be accessed by the current connection, and are deleted when that
     * connection closes. Passive declaration of an exclusive queue by other connections are not
     * allowed.
     *
     * Rules:
     * - types: The server MUST support both exclusive (private) and non-exclusive (shared) queues.
     * - exclusive: The client MAY NOT attempt to use a queue that was declared as exclusive by another
     *   still-open connection.
     *
     * Wire type: bit.
     */
    exclusive: boolean;
    /**
     * Auto-delete queue when unused.
     *
     * If set, the queue is deleted when all consumers have finished using it. The last consumer can be
     * cancelled either explicitly or because its channel is closed. If there was no consumer ever on
     * the queue, it won't be deleted. Applications can explicitly delete auto-delete queues using the
     * Delete method as normal.
     *
     * Rules:
     * - pre-existence: The server MUST ignore the auto-delete field if the queue already exists.
     *
     * Wire type: bit.
     */
    autoDelete: boolean;
    /** Wire type: bit (domain no-wait). */
    noWait: boolean;
    /**
     * Arguments for declaration.
     *
     * A set of arguments for the declaration. The syntax and semantics of these arguments depends on
     * the server implementation.
     *
     * Wire type: table.
     */
    arguments: FieldTable;
}
/**
 * Encodes a complete queue.declare method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.declare (50.10)
 */
export declare function encodeQueueDeclare(channel: number, args: QueueDeclareArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.declare (after class and method id).
 *
 * Spec: queue.declare (50.10)
 */
export declare function decodeQueueDeclareArgs(reader: ReadCursor): QueueDeclareArgs;
/**
 * Decodes a queue.declare method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.declare (50.10)
 */
export declare function decodeQueueDeclare(payload: Uint8Array | ArrayBuffer): QueueDeclareArgs;
/**
 * Confirms a queue definition.
 *
 * This method confirms a Declare method and confirms the name of the queue, essential for
 * automatically-named queues.
 *
 * Sent by: server. Synchronous.
 * Spec: queue.declare-ok (50.11)
 */
export interface QueueDeclareOkArgs {
    /**
     * Reports the name of the queue. If the server generated a queue name, this field contains that
     * name.
     *
     * Wire type: shortstr (domain queue-name).
     */
    queue: string;
    /** Wire type: long (domain message-count). */
    messageCount: number;
    /**
     * Number of consumers.
     *
     * Reports the number of active consumers for the queue. Note that consumers can suspend activity
     * (Channel.Flow) in which case they do not appear in this count.
     *
     * Wire type: long.
     */
    consumerCount: number;
}
/**
 * Encodes a complete queue.declare-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.declare-ok (50.11)
 */
export declare function encodeQueueDeclareOk(channel: number, args: QueueDeclareOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.declare-ok (after class and method id).
 *
 * Spec: queue.declare-ok (50.11)
 */
export declare function decodeQueueDeclareOkArgs(reader: ReadCursor): QueueDeclareOkArgs;
/**
 * Decodes a queue.declare-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.declare-ok (50.11)
 */
export declare function decodeQueueDeclareOk(payload: Uint8Array | ArrayBuffer): QueueDeclareOkArgs;
/**
 * Bind queue to an exchange.
 *
 * This method binds a queue to an exchange. Until a queue is bound it will not receive any
 * messages. In a classic messaging model, store-and-forward queues are bound to a direct exchange
 * and subscription queues are bound to a topic exchange.
 *
 * Rules:
 * - duplicates: A server MUST allow ignore duplicate bindings - that is, two or more bind methods
 *   for a specific queue, with identical arguments - without treating these as an error.
 * - unique: A server MUST not deliver the same message more than once to a queue, even if the
 *   queue has multiple bindings that match the message.
 * - transient-exchange: The server MUST allow a durable queue to bind to a transient exchange.
 * - durable-exchange: Bindings of durable queues to durable exchanges are automatically durable
 *   and the server MUST restore such bindings after a server restart.
 * - binding-count: The server SHOULD support at least 4 bindings per queue, and ideally, impose no
 *   limit except as defined by available resources.
 *
 * Sent by: client. Synchronous; answered by queue.bind-ok.
 * Spec: queue.bind (50.20)
 */
export interface QueueBindArgs {
    /**
     * Specifies the name of the queue to bind.
     *
     * Rules:
     * - queue-known: The client MUST either specify a queue name or have previously declared a queue
     *   on the same channel
     * - must-exist: The client MUST NOT attempt to bind a queue that does not exist.
     *
     * Wire type: shortstr (domain queue-name).
     */
    queue: string;
    /**
     * Name of the exchange to bind to.
     *
     * Rules:
     * - exchange-existence: A client MUST NOT be allowed to bind a queue to a non-existent exchange.
     * - default-exchange: The server MUST accept a blank exchange name to mean the default exchange.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    exchange: string;
    /**
     * Message routing key.
     *
     * Specifies the routing key for the binding. The routing key is used for routing messages
     * depending on the exchange configuration. Not all exchanges use a routing key - refer to the
     * specific exchange documentation. If the queue name is empty, the server uses the last queue
     * declared on the channel. If the routing key is also empty, the server uses this queue name for
     * the routing key as well. If the queue name is provided but the routing key is empty, the server
     * does the binding with that empty routing key. The meaning of empty routing keys depends on the
     * exchange implementation.
     *
     * Rules:
     * - direct-exchange-key-matching: If a message queue binds to a direct exchange using routing key
     *   K and a publisher sends the exchange a message with routing key R, then the message MUST be
     *   passed to the message queue if K = R.
     *
     * Wire type: shortstr.
     */
    routingKey: string;
    /** Wire type: bit (domain no-wait). */
    noWait: boolean;
    /**
     * Arguments for binding.
     *
     * A set of arguments for the binding. The syntax and semantics of these arguments depends on the
     * exchange class.
     *
     * Wire type: table.
     */
    arguments: FieldTable;
}
/**
 * Encodes a complete queue.bind method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.bind (50.20)
 */
export declare function encodeQueueBind(channel: number, args: QueueBindArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.bind (after class and method id).
 *
 * Spec: queue.bind (50.20)
 */
export declare function decodeQueueBindArgs(reader: ReadCursor): QueueBindArgs;
/**
 * Decodes a queue.bind method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.bind (50.20)
 */
export declare function decodeQueueBind(payload: Uint8Array | ArrayBuffer): QueueBindArgs;
/**
 * Confirm bind successful.
 *
 * This method confirms that the bind was successful.
 *
 * Sent by: server. Synchronous.
 * Spec: queue.bind-ok (50.21)
 */
export interface QueueBindOkArgs {
}
/**
 * Encodes a complete queue.bind-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.bind-ok (50.21)
 */
export declare function encodeQueueBindOk(channel: number, _args: QueueBindOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.bind-ok (after class and method id).
 *
 * Spec: queue.bind-ok (50.21)
 */
export declare function decodeQueueBindOkArgs(_reader: ReadCursor): QueueBindOkArgs;
/**
 * Decodes a queue.bind-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.bind-ok (50.21)
 */
export declare function decodeQueueBindOk(payload: Uint8Array | ArrayBuffer): QueueBindOkArgs;
/**
 * Unbind a queue from an exchange.
 *
 * This method unbinds a queue from an exchange.
 *
 * Rules:
 * - 01: If a unbind fails, the server MUST raise a connection exception.
 *
 * Sent by: client. Synchronous; answered by queue.unbind-ok.
 * Spec: queue.unbind (50.50)
 */
export interface QueueUnbindArgs {
    /**
     * Specifies the name of the queue to unbind.
     *
     * Rules:
     * - queue-known: The client MUST either specify a queue name or have previously declared a queue
     *   on the same channel
     * - must-exist: The client MUST NOT attempt to unbind a queue that does not exist.
     *
     * Wire type: shortstr (domain queue-name).
     */
    queue: string;
    /**
     * The name of the exchange to unbind from.
     *
     * Rules:
     * - must-exist: The client MUST NOT attempt to unbind a queue from an exchange that does not
     *   exist.
     * - default-exchange: The server MUST accept a blank exchange name to mean the default exchange.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    exchange: string;
    /**
     * Routing key of binding.
     *
     * Specifies the routing key of the binding to unbind.
     *
     * Wire type: shortstr.
     */
    routingKey: string;
    /**
     * Arguments of binding.
     *
     * Specifies the arguments of the binding to unbind.
     *
     * Wire type: table.
     */
    arguments: FieldTable;
}
/**
 * Encodes a complete queue.unbind method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.unbind (50.50)
 */
export declare function encodeQueueUnbind(channel: number, args: QueueUnbindArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.unbind (after class and method id).
 *
 * Spec: queue.unbind (50.50)
 */
export declare function decodeQueueUnbindArgs(reader: ReadCursor): QueueUnbindArgs;
/**
 * Decodes a queue.unbind method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.unbind (50.50)
 */
export declare function decodeQueueUnbind(payload: Uint8Array | ArrayBuffer): QueueUnbindArgs;
/**
 * Confirm unbind successful.
 *
 * This method confirms that the unbind was successful.
 *
 * Sent by: server. Synchronous.
 * Spec: queue.unbind-ok (50.51)
 */
export interface QueueUnbindOkArgs {
}
/**
 * Encodes a complete queue.unbind-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.unbind-ok (50.51)
 */
export declare function encodeQueueUnbindOk(channel: number, _args: QueueUnbindOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.unbind-ok (after class and method id).
 *
 * Spec: queue.unbind-ok (50.51)
 */
export declare function decodeQueueUnbindOkArgs(_reader: ReadCursor): QueueUnbindOkArgs;
/**
 * Decodes a queue.unbind-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.unbind-ok (50.51)
 */
export declare function decodeQueueUnbindOk(payload: Uint8Array | ArrayBuffer): QueueUnbindOkArgs;
/**
 * Purge a queue.
 *
 * This method removes all messages from a queue which are not awaiting acknowledgment.
 *
 * Rules:
 * - 02: The server MUST NOT purge messages that have already been sent to a client but not yet
 *   acknowledged.
 * - 03: The server MAY implement a purge queue or log that allows system administrators to recover
 *   accidentally-purged messages. The server SHOULD NOT keep purged messages in the same storage
 *   spaces as the live messages since the volumes of purged messages may get very large.
 *
 * Sent by: client. Synchronous; answered by queue.purge-ok.
 * Spec: queue.purge (50.30)
 */
export interface QueuePurgeArgs {
    /**
     * Specifies the name of the queue to purge.
     *
     * Rules:
     * - queue-known: The client MUST either specify a queue name or have previously declared a queue
     *   on the same channel
     * - must-exist: The client MUST NOT attempt to purge a queue that does not exist.
     *
     * Wire type: shortstr (domain queue-name).
     */
    queue: string;
    /** Wire type: bit (domain no-wait). */
    noWait: boolean;
}
/**
 * Encodes a complete queue.purge method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.purge (50.30)
 */
export declare function encodeQueuePurge(channel: number, args: QueuePurgeArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.purge (after class and method id).
 *
 * Spec: queue.purge (50.30)
 */
export declare function decodeQueuePurgeArgs(reader: ReadCursor): QueuePurgeArgs;
/**
 * Decodes a queue.purge method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.purge (50.30)
 */
export declare function decodeQueuePurge(payload: Uint8Array | ArrayBuffer): QueuePurgeArgs;
/**
 * Confirms a queue purge.
 *
 * This method confirms the purge of a queue.
 *
 * Sent by: server. Synchronous.
 * Spec: queue.purge-ok (50.31)
 */
export interface QueuePurgeOkArgs {
    /**
     * Reports the number of messages purged.
     *
     * Wire type: long (domain message-count).
     */
    messageCount: number;
}
/**
 * Encodes a complete queue.purge-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.purge-ok (50.31)
 */
export declare function encodeQueuePurgeOk(channel: number, args: QueuePurgeOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.purge-ok (after class and method id).
 *
 * Spec: queue.purge-ok (50.31)
 */
export declare function decodeQueuePurgeOkArgs(reader: ReadCursor): QueuePurgeOkArgs;
/**
 * Decodes a queue.purge-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.purge-ok (50.31)
 */
export declare function decodeQueuePurgeOk(payload: Uint8Array | ArrayBuffer): QueuePurgeOkArgs;
/**
 * Delete a queue.
 *
 * This method deletes a queue. When a queue is deleted any pending messages are sent to a
 * dead-letter queue if this is defined in the server configuration, and all consumers on the queue
 * are cancelled.
 *
 * Rules:
 * - 01: The server SHOULD use a dead-letter queue to hold messages that were pending on a deleted
 *   queue, and MAY provide facilities for a system administrator to move these messages back to an
 *   active queue.
 *
 * Sent by: client. Synchronous; answered by queue.delete-ok.
 * Spec: queue.delete (50.40)
 */
export interface QueueDeleteArgs {
    /**
     * Specifies the name of the queue to delete.
     *
     * Rules:
     * - queue-known: The client MUST either specify a queue name or have previously declared a queue
     *   on the same channel
     * - must-exist: The client MUST NOT attempt to delete a queue that does not exist.
     *
     * Wire type: shortstr (domain queue-name).
     */
    queue: string;
    /**
     * Delete only if unused.
     *
     * If set, the server will only delete the queue if it has no consumers. If the queue has consumers
     * the server does does not delete it but raises a channel exception instead.
     *
     * Rules:
     * - in-use: The server MUST NOT delete a queue that has consumers on it, if the if-unused field is
     *   true.
     *
     * Wire type: bit.
     */
    ifUnused: boolean;
    /**
     * Delete only if empty.
     *
     * If set, the server will only delete the queue if it has no messages.
     *
     * Rules:
     * - not-empty: The server MUST NOT delete a queue that has messages on it, if the if-empty field
     *   is true.
     *
     * Wire type: bit.
     */
    ifEmpty: boolean;
    /** Wire type: bit (domain no-wait). */
    noWait: boolean;
}
/**
 * Encodes a complete queue.delete method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.delete (50.40)
 */
export declare function encodeQueueDelete(channel: number, args: QueueDeleteArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.delete (after class and method id).
 *
 * Spec: queue.delete (50.40)
 */
export declare function decodeQueueDeleteArgs(reader: ReadCursor): QueueDeleteArgs;
/**
 * Decodes a queue.delete method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.delete (50.40)
 */
export declare function decodeQueueDelete(payload: Uint8Array | ArrayBuffer): QueueDeleteArgs;
/**
 * Confirm deletion of a queue.
 *
 * This method confirms the deletion of a queue.
 *
 * Sent by: server. Synchronous.
 * Spec: queue.delete-ok (50.41)
 */
export interface QueueDeleteOkArgs {
    /**
     * Reports the number of messages deleted.
     *
     * Wire type: long (domain message-count).
     */
    messageCount: number;
}
/**
 * Encodes a complete queue.delete-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: queue.delete-ok (50.41)
 */
export declare function encodeQueueDeleteOk(channel: number, args: QueueDeleteOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of queue.delete-ok (after class and method id).
 *
 * Spec: queue.delete-ok (50.41)
 */
export declare function decodeQueueDeleteOkArgs(reader: ReadCursor): QueueDeleteOkArgs;
/**
 * Decodes a queue.delete-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: queue.delete-ok (50.41)
 */
export declare function decodeQueueDeleteOk(payload: Uint8Array | ArrayBuffer): QueueDeleteOkArgs;
