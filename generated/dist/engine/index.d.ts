/** The protocol engine entry point: `@amqp-codegen/protocol/engine`. */
export { ProtocolEngine, type BlockedEvent, type ChannelClosedEvent, type ChannelMethodEvent, type ConnectionClosedEvent, type EngineEvent, type EngineOptions, type OpenEvent, type UnblockedEvent, } from './engine.js';
export { CALL_RESPONSES, CHANNEL_EVENT_NAMES, SEND_METHODS, ChannelCalls, type CallName, type CallResponses, type CallResult, type ChannelEvent, type ChannelEventName, type ContentMethodName, type ContentReply, type MethodReply, type Reply, type SendInput, } from './calls.js';
export { ContentAssembler, DEFAULT_MAX_BODY_SIZE, type Content, type Incoming } from './content.js';
export { ConfirmTracker, type ConfirmOutcome } from './confirms.js';
export { ClosedError, isClosedError } from './errors.js';
export { amqplain, external, plain, type SaslMechanism } from './sasl.js';
