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

/** Writer method per fixed-size type: a timestamp also takes a Date (whole seconds, rounded down). */
export const INT_WRITE_METHOD: Readonly<Partial<Record<WireType, string>>> = { ...INT_METHOD, timestamp: 'timestamp' };

/**
 * How an encoder handles a variable-size value: a runtime function validates it before the frame
 * is allocated and yields either its byte length (shortstr, written in place later) or its encoded
 * bytes (longstr, table: copied in later).
 */
interface VariableCodec {
  /** Runtime function: (value, ctx) → length or bytes. */
  readonly measure: string;
  /** Suffix of the local holding the measure's result. */
  readonly local: 'Length' | 'Bytes';
  /** Bytes of length prefix not counted by the measure (tables include theirs). */
  readonly prefix: number;
}

const VARIABLE: Readonly<Partial<Record<WireType, VariableCodec>>> = {
  shortstr: { measure: 'shortstrLength', local: 'Length', prefix: 1 },
  longstr: { measure: 'encodeLongstr', local: 'Bytes', prefix: 4 },
  table: { measure: 'encodeTable', local: 'Bytes', prefix: 0 },
};

export const isVariable = (field: FieldModel): boolean => VARIABLE[field.type] !== undefined;

/** Code pieces for one variable-size value whose expression is `value` and local stem is `stem`. */
export function variablePart(field: FieldModel, value: string, stem: string) {
  const codec = VARIABLE[field.type]!;
  const local = `${stem}${codec.local}`;
  const ctx = quote(field.context);
  return {
    measure: codec.measure,
    local,
    /** Bytes the value adds to the frame. */
    size: `${codec.prefix > 0 ? `${codec.prefix} + ` : ''}${codec.local === 'Length' ? local : `${local}.length`}`,
    prefix: codec.prefix,
    sizeWithoutPrefix: codec.local === 'Length' ? local : `${local}.length`,
    call: (fn: string) => `${fn}(${value}, ${ctx})`,
    write:
      field.type === 'shortstr'
        ? `w.shortstrText(${value}, ${local});`
        : field.type === 'longstr'
          ? `w.longstr(${local});`
          : `w.raw(${local});`,
  };
}

export const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export const hex = (n: number, digits = 4): string => `0x${n.toString(16).padStart(digits, '0')}`;

/** Generated code imports the runtime through one module that also exposes its internals. */
export const RUNTIME_MODULE = './runtime/internal.js';
