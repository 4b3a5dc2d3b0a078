/**
 * The SASL mechanisms RabbitMQ offers without plugins, by name. PLAIN and AMQPLAIN come with the
 * engine; RABBIT-CR-DEMO shows a pluggable challenge/response mechanism (connection.secure rounds).
 */
import { utf8Encode } from '@amqp-codegen/protocol';
import { amqplain, plain, type SaslMechanism } from '@amqp-codegen/protocol/engine';

export type Mechanism = 'PLAIN' | 'AMQPLAIN' | 'RABBIT-CR-DEMO';

export interface Credentials {
  username: string;
  password: string;
}

/** RabbitMQ's demo mechanism: the user name in start-ok, the password in answer to one challenge. */
export function rabbitCrDemo(c: Credentials): SaslMechanism {
  return {
    name: 'RABBIT-CR-DEMO',
    initialResponse: () => utf8Encode(c.username),
    // RabbitMQ's challenge is always "Please tell me your password"; the answer has a fixed prefix.
    respond: () => utf8Encode(`My password is ${c.password}`),
  };
}

export function mechanism(name: Mechanism, c: Credentials): SaslMechanism {
  switch (name) {
    case 'PLAIN':
      return plain(c.username, c.password);
    case 'AMQPLAIN':
      return amqplain(c.username, c.password);
    case 'RABBIT-CR-DEMO':
      return rabbitCrDemo(c);
  }
}
