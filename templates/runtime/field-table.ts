/**
 * Field tables and arrays: types, typed values, encoding and decoding (split into modules by job).
 */
import { AmqpError, describeValue } from './errors.js';
import { decodeArray as arrayAt, decodeTable as tableAt } from './field-table-decode.js';
import type { FieldArray, FieldTable } from './field-values.js';
import { Reader } from './reader.js';

export {
  field,
  isDecimal,
  isTypedValue,
  type Decimal,
  type FieldArray,
  type FieldTable,
  type FieldType,
  type FieldValue,
  type TypedValue,
} from './field-values.js';
export { encodeArray, encodeTable } from './field-table-encode.js';
export { MAX_FIELD_NESTING } from './field-tag-codes.js';
export { fieldTypeAt, fieldTypeOf } from './field-tags.js';

/**
 * Decodes a field table, u32 length prefix included: from bytes that hold exactly one table
 * (trailing bytes are an error, 501), or at a Reader's position, advancing it past the table.
 * `ctx` names the table in error messages.
 */
export function decodeTable(input: Uint8Array | ArrayBuffer | Reader, ctx = 'table'): FieldTable {
  return decodeWhole(input, ctx, tableAt);
}

/** Decodes a field array, u32 length prefix included; inputs as for {@link decodeTable}. */
export function decodeArray(input: Uint8Array | ArrayBuffer | Reader, ctx = 'array'): FieldArray {
  return decodeWhole(input, ctx, arrayAt);
}

/** At a Reader: reads one value there. From bytes: reads one value and requires the end after it. */
function decodeWhole<T>(input: unknown, ctx: string, at: (reader: Reader, ctx: string) => T): T {
  if (input instanceof Reader) return at(input, ctx);
  const reader = bytesReader(input, ctx);
  const value = at(reader, ctx);
  reader.expectEnd(ctx);
  return value;
}

function bytesReader(input: unknown, ctx: string): Reader {
  if (!(input instanceof Uint8Array || input instanceof ArrayBuffer)) {
    throw new AmqpError(`${describeValue(input)} is not a Uint8Array, an ArrayBuffer or a Reader`, {
      kind: 'decode',
      context: ctx,
    });
  }
  return new Reader(input);
}
