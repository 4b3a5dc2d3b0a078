/**
 * The field-table tag octets the codec compares with, and the nesting limit. A module without imports:
 * bundlers inline its constants into the code that uses them (esbuild does not for a module that imports).
 */

/** Containers nested deeper than this are refused (decode 502, encode error), so the stack cannot overflow. */
export const MAX_FIELD_NESTING = 64;

export const TAG_BOOL = 0x74; // t
export const TAG_I8 = 0x62; // b
export const TAG_U8 = 0x42; // B
export const TAG_I16 = 0x73; // s
export const TAG_I16_U = 0x55; // U
export const TAG_U16 = 0x75; // u
export const TAG_I32 = 0x49; // I
export const TAG_U32 = 0x69; // i
export const TAG_I64 = 0x6c; // l
export const TAG_I64_L = 0x4c; // L
export const TAG_F32 = 0x66; // f
export const TAG_F64 = 0x64; // d
export const TAG_DECIMAL = 0x44; // D
export const TAG_TIMESTAMP = 0x54; // T
export const TAG_VOID = 0x56; // V
export const TAG_LONGSTR = 0x53; // S
export const TAG_BYTES = 0x78; // x
export const TAG_ARRAY = 0x41; // A
export const TAG_TABLE = 0x46; // F
