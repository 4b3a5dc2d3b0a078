import { type FieldTable, type ReadCursor } from './runtime/internal.js';
/**
 * Work with exchanges.
 *
 * Exchanges match and distribute messages across queues. Exchanges can be configured in the server
 * or declared at runtime.
 *
 * Rules:
 * - required-types: The server MUST implement these standard exchange types: fanout, direct.
 * - recommended-types: The server SHOULD implement these standard exchange types: topic, headers.
 * - required-instances: The server MUST, in each virtual host, pre-declare an exchange instance
 *   for each standard exchange type that it implements, where the name of the exchange instance,
 *   if defined, is "amq." followed by the exchange type name. The server MUST, in each virtual
 *   host, pre-declare at least two direct exchange instances: one named "amq.direct", the other
 *   with no public name that serves as a default exchange for Publish methods.
 * - default-exchange: The server MUST pre-declare a direct exchange with no public name to act as
 *   the default exchange for content Publish methods and for default queue bindings.
 * - default-access: The server MUST NOT allow clients to access the default exchange except by
 *   specifying an empty exchange name in the Queue.Bind and content Publish methods.
 * - extensions: The server MAY implement other exchange types as wanted.
 *
 * Class id of exchange (40).
 */
export declare const EXCHANGE_CLASS_ID = 40;
/**
 * Verify exchange exists, create if needed.
 *
 * This method creates an exchange if it does not already exist, and if the exchange exists,
 * verifies that it is of the correct and expected class.
 *
 * Rules:
 * - minimum: The server SHOULD support a minimum of 16 exchanges per virtual host and ideally,
 *   impose no limit except as defined by available resources.
 *
 * Sent by: client. Synchronous; answered by exchange.declare-ok.
 * Spec: exchange.declare (40.10)
 */
export interface ExchangeDeclareArgs {
    /**
     * Rules:
     * - reserved: Exchange names starting with "amq." are reserved for pre-declared and standardised
     *   exchanges. The client MAY declare an exchange starting with "amq." if the passive option is
     *   set, or the exchange already exists.
     * - syntax: The exchange name consists of a non-empty sequence of these characters: letters,
     *   digits, hyphen, underscore, period, or colon.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    exchange: string;
    /**
     * Exchange type.
     *
     * Each exchange belongs to one of a set of exchange types implemented by the server. The exchange
     * types define the functionality of the exchange - i.e. how messages are routed through it. It is
     * not valid or meaningful to attempt to change the type of an existing exchange.
     *
     * Rules:
     * - typed: Exchanges cannot be redeclared with different types. The client MUST not attempt to
     *   redeclare an existing exchange with a different type than used in the original
     *   Exchange.Declare method.
     * - support: The client MUST NOT attempt to declare an exchange with a type that the server does
     *   not support.
     *
     * Wire type: shortstr.
     */
    type: string;
    /**
     * Do not create exchange.
     *
     * If set, the server will reply with Declare-Ok if the exchange already exists with the same name,
     * and raise an error if not. The client can use this to check whether an exchange exists without
     * modifying the server state. When set, all other method fields except name and no-wait are
     * ignored. A declare with both passive and no-wait has no effect. Arguments are compared for
     * semantic equivalence.
     *
     * Rules:
     * - not-found: If set, and the exchange does not already exist, the server MUST raise a channel
     *   exception with reply code 404 (not found).
     * - equivalent: If not set and the exchange exists, the server MUST check that the existing
     *   exchange has the same values for type, durable, and arguments fields. The server MUST respond
     *   with Declare-Ok if the requested exchange matches these fields, and MUST raise a channel
     *   exception if not.
     *
     * Wire type: bit.
     */
    passive: boolean;
    /**
     * Request a durable exchange.
     *
     * If set when creating a new exchange, the exchange will be marked as durable. Durable exchanges
     * remain active when a server restarts. Non-durable exchanges (transient exchanges) are purged
     * if/when a server restarts.
     *
     * Rules:
     * - support: The server MUST support both durable and transient exchanges.
     *
     * Wire type: bit.
     */
    durable: boolean;
    /**
     * Auto-delete when unused.
     *
     * If set, the exchange is deleted when all queues have finished using it.
     *
     * Rules:
     * - amq_exchange_02: The server SHOULD allow for a reasonable delay between the point when it
     *   determines that an exchange is not being used (or no longer used), and the point when it
     *   deletes the exchange. At the least it must allow a client to create an exchange and then bind
     *   a queue to it, with a small but non-zero delay between these two actions.
     * - amq_exchange_25: The server MUST ignore the auto-delete field if the exchange already exists.
     *
     * Wire type: bit.
     */
    autoDelete: boolean;
    /**
     * Create internal exchange.
     *
     * If set, the exchange may not be used directly by publishers, but only when bound to other
     * exchanges. Internal exchanges are used to construct wiring that is not visible to applications.
     *
     * Wire type: bit.
     */
    internal: boolean;
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
 * Encodes a complete exchange.declare method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: exchange.declare (40.10)
 */
export declare function encodeExchangeDeclare(channel: number, args: ExchangeDeclareArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of exchange.declare (after class and method id).
 *
 * Spec: exchange.declare (40.10)
 */
export declare function decodeExchangeDeclareArgs(reader: ReadCursor): ExchangeDeclareArgs;
/**
 * Decodes a exchange.declare method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: exchange.declare (40.10)
 */
export declare function decodeExchangeDeclare(payload: Uint8Array | ArrayBuffer): ExchangeDeclareArgs;
/**
 * Confirm exchange declaration.
 *
 * This method confirms a Declare method and confirms the name of the exchange, essential for
 * automatically-named exchanges.
 *
 * Sent by: server. Synchronous.
 * Spec: exchange.declare-ok (40.11)
 */
export interface ExchangeDeclareOkArgs {
}
/**
 * Encodes a complete exchange.declare-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: exchange.declare-ok (40.11)
 */
export declare function encodeExchangeDeclareOk(channel: number, _args: ExchangeDeclareOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of exchange.declare-ok (after class and method id).
 *
 * Spec: exchange.declare-ok (40.11)
 */
export declare function decodeExchangeDeclareOkArgs(_reader: ReadCursor): ExchangeDeclareOkArgs;
/**
 * Decodes a exchange.declare-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: exchange.declare-ok (40.11)
 */
export declare function decodeExchangeDeclareOk(payload: Uint8Array | ArrayBuffer): ExchangeDeclareOkArgs;
/**
 * Delete an exchange.
 *
 * This method deletes an exchange. When an exchange is deleted all queue bindings on the exchange
 * are cancelled.
 *
 * Sent by: client. Synchronous; answered by exchange.delete-ok.
 * Spec: exchange.delete (40.20)
 */
export interface ExchangeDeleteArgs {
    /**
     * Rules:
     * - exists: The client MUST NOT attempt to delete an exchange that does not exist.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    exchange: string;
    /**
     * Delete only if unused.
     *
     * If set, the server will only delete the exchange if it has no queue bindings. If the exchange
     * has queue bindings the server does not delete it but raises a channel exception instead.
     *
     * Rules:
     * - in-use: The server MUST NOT delete an exchange that has bindings on it, if the if-unused field
     *   is true.
     *
     * Wire type: bit.
     */
    ifUnused: boolean;
    /** Wire type: bit (domain no-wait). */
    noWait: boolean;
}
/**
 * Encodes a complete exchange.delete method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: exchange.delete (40.20)
 */
export declare function encodeExchangeDelete(channel: number, args: ExchangeDeleteArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of exchange.delete (after class and method id).
 *
 * Spec: exchange.delete (40.20)
 */
export declare function decodeExchangeDeleteArgs(reader: ReadCursor): ExchangeDeleteArgs;
/**
 * Decodes a exchange.delete method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: exchange.delete (40.20)
 */
export declare function decodeExchangeDelete(payload: Uint8Array | ArrayBuffer): ExchangeDeleteArgs;
/**
 * Confirm deletion of an exchange.
 *
 * This method confirms the deletion of an exchange.
 *
 * Sent by: server. Synchronous.
 * Spec: exchange.delete-ok (40.21)
 */
export interface ExchangeDeleteOkArgs {
}
/**
 * Encodes a complete exchange.delete-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: exchange.delete-ok (40.21)
 */
export declare function encodeExchangeDeleteOk(channel: number, _args: ExchangeDeleteOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of exchange.delete-ok (after class and method id).
 *
 * Spec: exchange.delete-ok (40.21)
 */
export declare function decodeExchangeDeleteOkArgs(_reader: ReadCursor): ExchangeDeleteOkArgs;
/**
 * Decodes a exchange.delete-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: exchange.delete-ok (40.21)
 */
export declare function decodeExchangeDeleteOk(payload: Uint8Array | ArrayBuffer): ExchangeDeleteOkArgs;
/**
 * Bind exchange to an exchange.
 *
 * This method binds an exchange to an exchange.
 *
 * Rules:
 * - duplicates: A server MUST allow and ignore duplicate bindings - that is, two or more bind
 *   methods for a specific exchanges, with identical arguments - without treating these as an
 *   error.
 * - cyclical: A server MUST allow cycles of exchange bindings to be created including allowing an
 *   exchange to be bound to itself.
 * - unique: A server MUST not deliver the same message more than once to a destination exchange,
 *   even if the topology of exchanges and bindings results in multiple (even infinite) routes to
 *   that exchange.
 *
 * Sent by: client. Synchronous; answered by exchange.bind-ok.
 * Spec: exchange.bind (40.30)
 */
export interface ExchangeBindArgs {
    /**
     * Name of the destination exchange to bind to.
     *
     * Specifies the name of the destination exchange to bind.
     *
     * Rules:
     * - exchange-existence: A client MUST NOT be allowed to bind a non-existent destination exchange.
     * - default-exchange: The server MUST accept a blank exchange name to mean the default exchange.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    destination: string;
    /**
     * Name of the source exchange to bind to.
     *
     * Specifies the name of the source exchange to bind.
     *
     * Rules:
     * - exchange-existence: A client MUST NOT be allowed to bind a non-existent source exchange.
     * - default-exchange: The server MUST accept a blank exchange name to mean the default exchange.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    source: string;
    /**
     * Message routing key.
     *
     * Specifies the routing key for the binding. The routing key is used for routing messages
     * depending on the exchange configuration. Not all exchanges use a routing key - refer to the
     * specific exchange documentation.
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
 * Encodes a complete exchange.bind method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: exchange.bind (40.30)
 */
export declare function encodeExchangeBind(channel: number, args: ExchangeBindArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of exchange.bind (after class and method id).
 *
 * Spec: exchange.bind (40.30)
 */
export declare function decodeExchangeBindArgs(reader: ReadCursor): ExchangeBindArgs;
/**
 * Decodes a exchange.bind method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: exchange.bind (40.30)
 */
export declare function decodeExchangeBind(payload: Uint8Array | ArrayBuffer): ExchangeBindArgs;
/**
 * Confirm bind successful.
 *
 * This method confirms that the bind was successful.
 *
 * Sent by: server. Synchronous.
 * Spec: exchange.bind-ok (40.31)
 */
export interface ExchangeBindOkArgs {
}
/**
 * Encodes a complete exchange.bind-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: exchange.bind-ok (40.31)
 */
export declare function encodeExchangeBindOk(channel: number, _args: ExchangeBindOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of exchange.bind-ok (after class and method id).
 *
 * Spec: exchange.bind-ok (40.31)
 */
export declare function decodeExchangeBindOkArgs(_reader: ReadCursor): ExchangeBindOkArgs;
/**
 * Decodes a exchange.bind-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: exchange.bind-ok (40.31)
 */
export declare function decodeExchangeBindOk(payload: Uint8Array | ArrayBuffer): ExchangeBindOkArgs;
/**
 * Unbind an exchange from an exchange.
 *
 * This method unbinds an exchange from an exchange.
 *
 * Rules:
 * - 01: If a unbind fails, the server MUST raise a connection exception.
 *
 * Sent by: client. Synchronous; answered by exchange.unbind-ok.
 * Spec: exchange.unbind (40.40)
 */
export interface ExchangeUnbindArgs {
    /**
     * Specifies the name of the destination exchange to unbind.
     *
     * Rules:
     * - must-exist: The client MUST NOT attempt to unbind an exchange that does not exist from an
     *   exchange.
     * - default-exchange: The server MUST accept a blank exchange name to mean the default exchange.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    destination: string;
    /**
     * Specifies the name of the source exchange to unbind.
     *
     * Rules:
     * - must-exist: The client MUST NOT attempt to unbind an exchange from an exchange that does not
     *   exist.
     * - default-exchange: The server MUST accept a blank exchange name to mean the default exchange.
     *
     * Wire type: shortstr (domain exchange-name).
     */
    source: string;
    /**
     * Routing key of binding.
     *
     * Specifies the routing key of the binding to unbind.
     *
     * Wire type: shortstr.
     */
    routingKey: string;
    /** Wire type: bit (domain no-wait). */
    noWait: boolean;
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
 * Encodes a complete exchange.unbind method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: exchange.unbind (40.40)
 */
export declare function encodeExchangeUnbind(channel: number, args: ExchangeUnbindArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of exchange.unbind (after class and method id).
 *
 * Spec: exchange.unbind (40.40)
 */
export declare function decodeExchangeUnbindArgs(reader: ReadCursor): ExchangeUnbindArgs;
/**
 * Decodes a exchange.unbind method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: exchange.unbind (40.40)
 */
export declare function decodeExchangeUnbind(payload: Uint8Array | ArrayBuffer): ExchangeUnbindArgs;
/**
 * Confirm unbind successful.
 *
 * This method confirms that the unbind was successful.
 *
 * Sent by: server. Synchronous.
 * Spec: exchange.unbind-ok (40.51)
 */
export interface ExchangeUnbindOkArgs {
}
/**
 * Encodes a complete exchange.unbind-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: exchange.unbind-ok (40.51)
 */
export declare function encodeExchangeUnbindOk(channel: number, _args: ExchangeUnbindOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of exchange.unbind-ok (after class and method id).
 *
 * Spec: exchange.unbind-ok (40.51)
 */
export declare function decodeExchangeUnbindOkArgs(_reader: ReadCursor): ExchangeUnbindOkArgs;
/**
 * Decodes a exchange.unbind-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: exchange.unbind-ok (40.51)
 */
export declare function decodeExchangeUnbindOk(payload: Uint8Array | ArrayBuffer): ExchangeUnbindOkArgs;
