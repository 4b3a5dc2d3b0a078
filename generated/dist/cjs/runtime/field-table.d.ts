import type { FieldArray, FieldTable } from './field-values.js';
import { Reader } from './reader.js';
export { field, isDecimal, isTypedValue, type Decimal, type FieldArray, type FieldTable, type FieldType, type FieldValue, type TypedValue, } from './field-values.js';
export { encodeArray, encodeTable } from './field-table-encode.js';
export { MAX_FIELD_NESTING } from './field-tag-codes.js';
export { fieldTypeAt, fieldTypeOf } from './field-tags.js';
/**
 * Decodes a field table, u32 length prefix included: from bytes that hold exactly one table
 * (trailing bytes are an error, 501), or at a Reader's position, advancing it past the table.
 * `ctx` names the table in error messages.
 */
export declare function decodeTable(input: Uint8Array | ArrayBuffer | Reader, ctx?: string): FieldTable;
/** Decodes a field array, u32 length prefix included; inputs as for {@link decodeTable}. */
export declare function decodeArray(input: Uint8Array | ArrayBuffer | Reader, ctx?: string): FieldArray;
