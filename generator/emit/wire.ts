import type { FieldModel, WireType } from '../model/types.js';

/** TypeScript type of a field's value (used for input and decoded output alike). */
export const TS_TYPE: Readonly<Record<WireType, string>> = {
  bit: 'boolean',
  octet: 'number',
  short: 'number',
  long: 'number',
  longlong: 'number | bigint',
  timestamp: 'number | bigint',
  shortstr: 'string',
  longstr: 'string | Uint8Array',
  table: 'FieldTable',
};

/** Writer/Reader method for fixed-size integer types. */
export const INT_METHOD: Readonly<Partial<Record<WireType, string>>> = {
  octet: 'u8',
  short: 'u16',
  long: 'u32',
  longlong: 'u64',
  timestamp: 'u64',
};

/** Runtime function that validates and pre-encodes a variable-size value. */
export const PRE_ENCODER: Readonly<Partial<Record<WireType, string>>> = {
  shortstr: 'encodeShortstr',
  longstr: 'encodeLongstr',
  table: 'encodeTable',
};

/** Extra bytes around the pre-encoded value: the length prefix (tables include theirs). */
export const LENGTH_PREFIX: Readonly<Partial<Record<WireType, number>>> = {
  shortstr: 1,
  longstr: 4,
  table: 0,
};

export const isVariable = (field: FieldModel): boolean => PRE_ENCODER[field.type] !== undefined;

export const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export const hex = (n: number, digits = 4): string => `0x${n.toString(16).padStart(digits, '0')}`;

/** Generated code imports the runtime through one module that also exposes its internals. */
export const RUNTIME_MODULE = './runtime/internal.js';
