/**
 * The field-table tag octets the codec compares with, and the nesting limit. A module without imports:
 * bundlers inline its constants into the code that uses them (esbuild does not for a module that imports).
 */
/** Containers nested deeper than this are refused (decode 502, encode error), so the stack cannot overflow. */
export declare const MAX_FIELD_NESTING = 64;
export declare const TAG_BOOL = 116;
export declare const TAG_I8 = 98;
export declare const TAG_U8 = 66;
export declare const TAG_I16 = 115;
export declare const TAG_I16_U = 85;
export declare const TAG_U16 = 117;
export declare const TAG_I32 = 73;
export declare const TAG_U32 = 105;
export declare const TAG_I64 = 108;
export declare const TAG_I64_L = 76;
export declare const TAG_F32 = 102;
export declare const TAG_F64 = 100;
export declare const TAG_DECIMAL = 68;
export declare const TAG_TIMESTAMP = 84;
export declare const TAG_VOID = 86;
export declare const TAG_LONGSTR = 83;
export declare const TAG_BYTES = 120;
export declare const TAG_ARRAY = 65;
export declare const TAG_TABLE = 70;
