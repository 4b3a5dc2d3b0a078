import { type AmqpError, SYNTAX_ERROR, decodeError } from './errors.js';
import { type ReadCursor, readU16 } from './reader.js';

/** A property flag bit set for a property the class does not define: the header cannot be read safely. */
export function unknownPropertyFlags(reader: ReadCursor, ctx: string, word: number, bits: number): AmqpError {
  const offset = reader.pos - 2;
  return decodeError(
    `property flag word ${word} sets bits 0x${bits.toString(16).padStart(4, '0')} for properties this class does not define`,
    SYNTAX_ERROR,
    offset,
    ctx,
  );
}

/**
 * Continuation words past the ones a class needs are legal but must be empty:
 * bit 0 of a word says another word follows.
 */
export function skipEmptyFlagWords(reader: ReadCursor, ctx: string): void {
  let word: number;
  let index = 0;
  do {
    index++;
    word = readU16(reader, ctx);
    if ((word & 0xfffe) !== 0) throw unknownPropertyFlags(reader, ctx, index, word & 0xfffe);
  } while ((word & 1) !== 0);
}
