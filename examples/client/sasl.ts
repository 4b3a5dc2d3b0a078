/**
 * SASL responses for the three mechanisms RabbitMQ offers without plugins. Each mechanism gives the
 * start-ok response and, for challenge/response mechanisms, the secure-ok answer to a challenge.
 */
import { encodeTable, utf8Encode } from '@amqp-codegen/protocol';

export type Mechanism = 'PLAIN' | 'AMQPLAIN' | 'RABBIT-CR-DEMO';

export interface Credentials {
  username: string;
  password: string;
}

/** The `response` of connection.start-ok. */
export function initialResponse(mechanism: Mechanism, c: Credentials): Uint8Array {
  switch (mechanism) {
    case 'PLAIN':
      // RFC 4616: authzid NUL authcid NUL passwd (empty authzid).
      return utf8Encode(`\u0000${c.username}\u0000${c.password}`);
    case 'AMQPLAIN':
      // The entries of a field table WITHOUT its u32 length prefix (RabbitMQ rejects the prefixed form).
      return encodeTable({ LOGIN: c.username, PASSWORD: c.password }, 'AMQPLAIN').subarray(4);
    case 'RABBIT-CR-DEMO':
      // Step 1 sends the user name; the password follows in secure-ok.
      return utf8Encode(c.username);
  }
}

/** The `response` of connection.secure-ok for the server's `challenge`. */
export function challengeResponse(mechanism: Mechanism, _challenge: Uint8Array, c: Credentials): Uint8Array {
  if (mechanism !== 'RABBIT-CR-DEMO') {
    throw new Error(`${mechanism} has no challenge step, but the server sent connection.secure`);
  }
  // RabbitMQ's demo challenge is always "Please tell me your password"; the answer has a fixed prefix.
  return utf8Encode(`My password is ${c.password}`);
}
