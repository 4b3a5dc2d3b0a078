/**
 * Field tables and arrays: types, typed values, encoding and decoding (split into modules by job).
 */
export { field, fieldTypeAt, fieldTypeOf, isDecimal, isTypedValue, type Decimal, type FieldArray, type FieldTable, type FieldType, type FieldValue, type TypedValue, } from './field-values.js';
export { encodeArray, encodeTable } from './field-table-encode.js';
export { MAX_FIELD_NESTING, decodeArray, decodeTable } from './field-table-decode.js';
