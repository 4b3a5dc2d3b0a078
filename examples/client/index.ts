/** A small AMQP 0-9-1 client: the engine of @amqp-codegen/protocol over node:net / node:tls. */
export { connect, Connection, type CloseInfo, type CloseReason, type ConnectOptions } from './connection.js';
export { Channel, type DeliveryTag } from './channel.js';
export { ClosedError, isClosedError } from '@amqp-codegen/protocol/engine';
export { FrameLog, recordName, type FrameRecord } from './frame-log.js';
export type { Message } from './message.js';
export { connect as connectEngine, type NodeConnectOptions, type NodeConnection } from './node-transport.js';
export { parseAmqpUrl, type Endpoint } from './url.js';
export { mechanism, rabbitCrDemo, type Credentials, type Mechanism } from './sasl.js';
