import { type FieldTable, type FieldValue } from './field-values.js';
/** The complete encoding of a field table, including its u32 length prefix. */
export declare function encodeTable(t: FieldTable, ctx?: string): Uint8Array;
/** The complete encoding of a field array, including its u32 length prefix. */
export declare function encodeArray(a: readonly FieldValue[], ctx?: string): Uint8Array;
