import { type FieldArray, type FieldTable } from './field-values.js';
import type { ReadCursor } from './reader.js';
/** Decodes the field table at r.pos (u32 length included) and advances r.pos past it. */
export declare function decodeTable(r: ReadCursor, ctx?: string): FieldTable;
/** Decodes the field array at r.pos (u32 length included) and advances r.pos past it. */
export declare function decodeArray(r: ReadCursor, ctx?: string): FieldArray;
