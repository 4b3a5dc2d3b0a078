/** The protocol engine entry point: `@amqp-codegen/protocol/engine`. */
export { ProtocolEngine, type EngineEvent, type EngineOptions } from './engine.js';
export { CALL_RESPONSES, CHANNEL_EVENT_NAMES, ChannelCalls, type CallName, type CallResponses, type CallResult, type ChannelEvent, type ChannelEventName, type ContentMethodName, type Reply, } from './calls.js';
export { ContentAssembler, DEFAULT_MAX_BODY_SIZE, type Content, type Incoming } from './content.js';
export { ConfirmTracker, type ConfirmOutcome } from './confirms.js';
export { ClosedError, isClosedError } from './errors.js';
export { amqplain, external, plain, type SaslMechanism } from './sasl.js';
