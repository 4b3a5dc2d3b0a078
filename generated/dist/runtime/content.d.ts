import { type AmqpError } from './errors.js';
import { type ReadCursor } from './reader.js';
/** A property flag bit set for a property the class does not define: the header cannot be read safely. */
export declare function unknownPropertyFlags(reader: ReadCursor, ctx: string, word: number, bits: number): AmqpError;
/**
 * Continuation words past the ones a class needs are legal but must be empty:
 * bit 0 of a word says another word follows.
 */
export declare function skipEmptyFlagWords(reader: ReadCursor, ctx: string): void;
