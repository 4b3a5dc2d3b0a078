/**
 * SASL mechanisms for connection.start-ok / secure-ok. A mechanism is a name, an initial response
 * and, for challenge-response mechanisms, an answer to each connection.secure challenge.
 */
import { encodeTable, utf8Encode } from '../index.js';

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
export function plain(username: string, password: string): SaslMechanism {
  return { name: 'PLAIN', initialResponse: () => utf8Encode(`\0${username}\0${password}`) };
}

/** AMQPLAIN: a field table {LOGIN, PASSWORD} without its 4-byte length prefix (RabbitMQ's format). */
export function amqplain(username: string, password: string): SaslMechanism {
  return {
    name: 'AMQPLAIN',
    initialResponse: () => encodeTable({ LOGIN: username, PASSWORD: password }, 'sasl.amqplain').subarray(4),
  };
}

/** EXTERNAL: the identity comes from outside AMQP (a TLS client certificate); empty response. */
export function external(): SaslMechanism {
  return { name: 'EXTERNAL', initialResponse: () => new Uint8Array(0) };
}
