/** Public surface of the runtime. */
export { AmqpError, CHANNEL_ERROR, COMMAND_INVALID, FRAME_ERROR, SYNTAX_ERROR, UNEXPECTED_FRAME, isAmqpError, type AmqpErrorKind, type AmqpErrorOptions, } from './errors.js';
export { utf8Decode, utf8DecodeStrict, utf8Encode, utf8Length, utf8Write } from './utf8.js';
export { encodeLongstr, encodeShortstr } from './writer.js';
export { Reader } from './reader.js';
export { MAX_FIELD_NESTING, decodeArray, decodeTable, encodeArray, encodeTable, field, fieldTypeAt, fieldTypeOf, isDecimal, isTypedValue, type Decimal, type FieldArray, type FieldTable, type FieldType, type FieldValue, type TypedValue, } from './field-table.js';
export { DEFAULT_FRAME_HARD_CAP, DEFAULT_FRAME_MAX, FRAME_BODY, FRAME_END, FRAME_HEADER, FRAME_HEARTBEAT, FRAME_METHOD, FRAME_MIN_SIZE, FRAME_OVERHEAD, FrameParser, HEARTBEAT_FRAME, PROTOCOL_HEADER, encodeBodyFrames, encodeFrame, isFrameType, type Frame, type FrameParserOptions, type FrameType, } from './frames.js';
export { MAX_CHANNEL_MAX, negotiateChannelMax, negotiateFrameMax, negotiateHeartbeat, negotiateTune, type TuneValues, } from './negotiate.js';
export { checkFrameSize } from './frame-limit.js';
export type { DecodedFrameOf } from './frame-rules.js';
