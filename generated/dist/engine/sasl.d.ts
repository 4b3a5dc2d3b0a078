/** A SASL mechanism the engine authenticates with; write your own for mechanisms not built in. */
export interface SaslMechanism {
    /** As the server lists it in connection.start mechanisms, e.g. `PLAIN`. */
    readonly name: string;
    /** The start-ok response. */
    initialResponse(): Uint8Array;
    /** The secure-ok response to a connection.secure challenge (each round). */
    respond?(challenge: Uint8Array): Uint8Array;
}
/** PLAIN (RFC 4616): NUL user NUL password. */
export declare function plain(username: string, password: string): SaslMechanism;
/** AMQPLAIN: a field table {LOGIN, PASSWORD} without its 4-byte length prefix (RabbitMQ's format). */
export declare function amqplain(username: string, password: string): SaslMechanism;
/** EXTERNAL: the identity comes from outside AMQP (a TLS client certificate); empty response. */
export declare function external(): SaslMechanism;
