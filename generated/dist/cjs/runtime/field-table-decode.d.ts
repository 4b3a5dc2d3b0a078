import { type FieldArray, type FieldTable } from './field-values.js';
import type { Reader } from './reader.js';
/** Containers nested deeper than this are refused (502), so hostile input cannot overflow the stack. */
export declare const MAX_FIELD_NESTING = 64;
/** Decodes the field table at r.pos (u32 length included) and advances r.pos past it. */
export declare function decodeTable(r: Reader, ctx?: string): FieldTable;
/** Decodes the field array at r.pos (u32 length included) and advances r.pos past it. */
export declare function decodeArray(r: Reader, ctx?: string): FieldArray;
