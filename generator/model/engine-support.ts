import type { Protocol } from './types.js';

/**
 * The protocol engine (templates/engine) is hand-written against AMQP 0-9-1 as RabbitMQ speaks it.
 * It is emitted only for a protocol that has every method it uses, and, for the methods it builds
 * itself, exactly the arguments it fills in (the others must be reserved fields, written as zeros).
 * The fixture spec and the plain amqp.org XML lack methods; rabbitmq-codegen's JSON marks no field
 * reserved (connection.open's `insist`, channel.open's `out-of-band` become arguments). Those get no engine.
 */
const ENGINE_METHODS: Readonly<Record<string, readonly string[] | 'any'>> = {
  'connection.start': 'any',
  'connection.tune': 'any',
  'connection.open': ['virtual-host'],
  'connection.blocked': 'any',
  'connection.unblocked': 'any',
  'connection.update-secret': 'any',
  'channel.open': [],
  'basic.publish': 'any',
  'basic.nack': 'any',
  'confirm.select': 'any',
};

/** Whether the engine's hand-written code fits this protocol's methods and arguments. */
export function speaksEngine(protocol: Protocol): boolean {
  return Object.entries(ENGINE_METHODS).every(([name, visible]) => {
    const method = protocol.methods.find((m) => m.fullName === name);
    if (method === undefined) return false;
    if (visible === 'any') return true;
    const args = method.fields.filter((f) => !f.reserved).map((f) => f.specName);
    return args.length === visible.length && args.every((a, i) => a === visible[i]);
  });
}
