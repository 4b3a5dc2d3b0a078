/**
 * What generated code imports: the public runtime plus the helpers only generated
 * encoders and decoders need. The package's index exports the public part alone.
 */
export * from './index.js';
export { Writer, bool, expectObject, finishFrame, headerFrame, methodFrame, shortstrLength, writeTimestamp, writeU16, writeU32, writeU64, writeU8, } from './writer.js';
export { skipEmptyFlagWords, unknownPropertyFlags } from './content.js';
export { expectEnd, methodReader, readLongstr, readShortstr, readTable, readU16, readU32, readU64, readU8, } from './reader.js';
export { wrongChannel } from './frame-limit.js';
export { methodCodec, unknownMethod } from './method-codec.js';
export { methodInfoTable } from './method-info.js';
export { assembleMessage, bodyLength, placeMessage } from './message.js';
export { frameDecoder, type FrameDecoders } from './frame-rules.js';
