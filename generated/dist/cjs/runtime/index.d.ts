/** Public surface of the runtime. */
export { AmqpError, CHANNEL_ERROR, COMMAND_INVALID, FRAME_ERROR, SYNTAX_ERROR, UNEXPECTED_FRAME, isAmqpError, type AmqpErrorKind, type AmqpErrorOptions, } from './errors.js';
export { utf8Decode, utf8DecodeStrict, utf8Encode, utf8Length, utf8Write } from './utf8.js';
export { encodeLongstr, encodeShortstr } from './writer.js';
export { ReadCursor, Reader } from './reader.js';
export * from './field-table.js';
export * from './frames.js';
export { MAX_CHANNEL_MAX, negotiateChannelMax, negotiateFrameMax, negotiateHeartbeat, negotiateTune, type TuneValues, } from './negotiate.js';
export { checkFrameSize } from './frame-limit.js';
export type { DecodedFrameOf } from './frame-rules.js';
