/** A small AMQP 0-9-1 client written only against @amqp-codegen/protocol and node:net. */
export { connect, Connection, CLIENT_CAPABILITIES, type CloseInfo, type ConnectOptions } from './connection.js';
export { Channel, type DeliveryTag } from './channel.js';
export { ClosedError, type CloseReason } from './errors.js';
export { FrameLog, recordName, type FrameRecord } from './frame-log.js';
export type { Message } from './message.js';
export { parseAmqpUrl, type Endpoint } from './url.js';
export type { Credentials, Mechanism } from './sasl.js';
