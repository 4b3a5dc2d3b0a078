/**
 * A model of what the encoders accept and what decoding gives back, written from the documented
 * rules (field-table-encode.ts header, the README's Decisions), independently of the encoder code. The encoder
 * fuzz compares the real encoders with it: where the model rejects, the encoder must throw the typed
 * error (or the user's own exception from a getter/proxy); where the model accepts, the bytes must
 * decode to the model's value (in the normal form of ../conformance/values.ts).
 *
 * Imports only runtime modules (not the package index) so the tsx fuzz runner can load it.
 */
import { Reader, decodeTable, isDecimal, isTypedValue } from '../../generated/src/runtime/index.js';
import { normal, utf8Length, wellFormed } from '../conformance/values.js';
import { toHex } from '../helpers/bytes.js';

/** Thrown by the model where the encoder must fail. */
export class Reject {
  constructor(readonly why: string) {}
}

/** The exception our hostile getters and proxy traps throw; encoders must let it through unchanged. */
export const USER_ERROR = new Error('thrown by user code (a getter or a proxy trap)');

const MAX_NESTING = 64;
const FIELD_TAGS = Symbol.for('amqp-0-9-1.field.tags');
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

// Tags a decoded table records (char codes).
const T = {
  bool: 0x74,
  i8: 0x62,
  u8: 0x42,
  i16: 0x73,
  i16U: 0x55,
  u16: 0x75,
  i32: 0x49,
  u32: 0x69,
  i64: 0x6c,
  i64L: 0x4c,
  f32: 0x66,
  f64: 0x64,
  longstr: 0x53,
  timestamp: 0x54,
};

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decoded tables share one empty, prototype-free prototype (an empty table shows it). */
const DECODED_TABLE_PROTOTYPE: unknown = Object.getPrototypeOf(decodeTable(new Reader(new Uint8Array(4))));
const isPlain = (v: object): boolean => {
  const p: unknown = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null || p === DECODED_TABLE_PROTOTYPE;
};
const intIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isInt64 = (v: unknown): boolean =>
  typeof v === 'bigint' ? v >= INT64_MIN && v <= INT64_MAX : typeof v === 'number' && Number.isSafeInteger(v);
const isUint64 = (v: unknown): boolean =>
  typeof v === 'bigint' ? v >= 0n && v <= UINT64_MAX : typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** Integers written by DataView setters lose the sign of −0. */
const int = (v: number): number => (v === 0 ? 0 : v);

/** S bytes decode to a string when they are UTF-8, else stay bytes. */
function longstrBytes(b: Uint8Array): unknown {
  try {
    return strict.decode(b);
  } catch {
    return { bytes: toHex(b) };
  }
}

/** Whether a number still fits the tag a decoded table recorded for it (then that tag is reused). */
function fitsRecorded(v: number, tag: number): boolean {
  if (tag === T.f64) return true;
  if (tag === T.f32) return Math.fround(v) === v || v !== v;
  if (!Number.isInteger(v) || Object.is(v, -0)) return false;
  switch (tag) {
    case T.i8:
      return v >= -128 && v <= 127;
    case T.u8:
      return v >= 0 && v <= 255;
    case T.i16:
    case T.i16U:
      return v >= -32768 && v <= 32767;
    case T.u16:
      return v >= 0 && v <= 65535;
    case T.i32:
      return v >= -(2 ** 31) && v <= 2 ** 31 - 1;
    case T.u32:
      return v >= 0 && v <= 2 ** 32 - 1;
    case T.i64:
    case T.i64L:
      return Number.isSafeInteger(v);
    case T.timestamp:
      return Number.isSafeInteger(v) && v >= 0;
    default:
      return false;
  }
}

class TableModel {
  private readonly open: object[] = [];

  private enter(c: object, depth: number): void {
    if (depth > MAX_NESTING) throw new Reject('nested too deep');
    if (this.open.includes(c)) throw new Reject('circular');
    this.open.push(c);
  }

  table(t: object, depth: number): Record<string, unknown> {
    this.enter(t, depth);
    const out: Record<string, unknown> = {};
    const recorded = new Map<unknown, number>();
    const tags = (t as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
    if (Array.isArray(tags)) {
      for (let j = 0; j + 1 < tags.length; j += 2) {
        if (typeof tags[j + 1] === 'number') recorded.set(tags[j], tags[j + 1] as number);
      }
    }
    for (const key of Object.keys(t)) {
      const v = (t as Record<string, unknown>)[key];
      if (v === undefined) continue;
      if (utf8Length(key) > 255) throw new Reject('key over 255 bytes');
      const value = this.value(v, recorded.get(key) ?? 0, depth);
      Object.defineProperty(out, wellFormed(key), { value, enumerable: true, configurable: true, writable: true });
    }
    this.open.pop();
    return out;
  }

  array(a: readonly unknown[], depth: number): unknown[] {
    this.enter(a, depth);
    const tags = (a as { [FIELD_TAGS]?: unknown })[FIELD_TAGS];
    const out: unknown[] = [];
    for (let i = 0; i < a.length; i++) {
      const hint = Array.isArray(tags) && typeof tags[i] === 'number' ? (tags[i] as number) : 0;
      out.push(this.value(a[i], hint, depth));
    }
    this.open.pop();
    return out;
  }

  value(v: unknown, hint: number, depth: number): unknown {
    switch (typeof v) {
      case 'number':
        if (hint !== 0 && fitsRecorded(v, hint)) return v;
        if (Number.isInteger(v) && !Number.isSafeInteger(v)) throw new Reject('unsafe integer');
        return v;
      case 'string':
        return wellFormed(v);
      case 'boolean':
        return v;
      case 'bigint':
        if (hint === T.timestamp && v >= 0n && v <= UINT64_MAX) return normal(v);
        if (!isInt64(v)) throw new Reject('bigint outside i64');
        return normal(v);
      case 'object':
        if (v === null) return null;
        if (v instanceof Uint8Array) return hint === T.longstr ? longstrBytes(v) : { bytes: toHex(v) };
        if (Array.isArray(v)) return this.array(v, depth + 1);
        if (v instanceof ArrayBuffer) return { bytes: toHex(new Uint8Array(v)) };
        if (v instanceof Date) return dateSeconds(v);
        if (isTypedValue(v)) return this.typed(v.type, v.value, depth);
        if (isDecimal(v)) return this.decimal(v.scale, v.value);
        if (isPlain(v)) return this.table(v, depth + 1);
        throw new Reject('not a field value');
      default:
        throw new Reject(`${typeof v} is not a field value`);
    }
  }

  private decimal(scale: unknown, value: unknown): unknown {
    if (!intIn(scale, 0, 255) || !intIn(value, -(2 ** 31), 2 ** 31 - 1)) throw new Reject('bad decimal');
    return { decimal: [int(scale), int(value)] };
  }

  private typed(type: unknown, v: unknown, depth: number): unknown {
    const ranges: Record<string, [number, number]> = {
      i8: [-128, 127],
      u8: [0, 255],
      i16: [-32768, 32767],
      u16: [0, 65535],
      i32: [-(2 ** 31), 2 ** 31 - 1],
      u32: [0, 2 ** 32 - 1],
    };
    switch (type) {
      case 'bool':
        if (typeof v !== 'boolean') break;
        return v;
      case 'i8':
      case 'u8':
      case 'i16':
      case 'u16':
      case 'i32':
      case 'u32': {
        const [min, max] = ranges[type];
        if (!intIn(v, min, max)) break;
        return int(v);
      }
      case 'i64':
        if (!isInt64(v)) break;
        return typeof v === 'number' ? int(v) : normal(v);
      case 'timestamp':
        if (v instanceof Date) return dateSeconds(v);
        if (!isUint64(v)) break;
        return typeof v === 'number' ? int(v) : normal(v);
      case 'f32':
        if (typeof v !== 'number') break;
        return Math.fround(v);
      case 'f64':
        if (typeof v !== 'number') break;
        return v;
      case 'decimal':
        if (typeof v !== 'object' || v === null) break;
        return this.decimal((v as { scale?: unknown }).scale, (v as { value?: unknown }).value);
      case 'longstr':
        if (typeof v === 'string') return wellFormed(v);
        if (v instanceof Uint8Array) return longstrBytes(v);
        break;
      case 'bytes':
        if (v instanceof ArrayBuffer) return { bytes: toHex(new Uint8Array(v)) };
        if (!(v instanceof Uint8Array)) break;
        return { bytes: toHex(v) };
      case 'array':
        if (!Array.isArray(v)) break;
        return this.array(v, depth + 1);
      case 'table':
        if (typeof v !== 'object' || v === null || Array.isArray(v) || !isPlain(v)) break;
        return this.table(v, depth + 1);
      case 'void':
        if (v !== null) break; // a forged typed void that carries a value is refused
        return null;
    }
    throw new Reject(`invalid ${String(type)}`);
  }
}

/** A Date as a timestamp: whole seconds since 1970, rounded down; invalid or earlier Dates are rejected. */
function dateSeconds(d: Date): number {
  const seconds = Math.floor(d.getTime() / 1000);
  if (!(seconds >= 0)) throw new Reject('not a valid timestamp');
  return seconds;
}

/** The normal form `encodeTable(t)` must decode to, or a Reject. User exceptions propagate. */
export function modelTable(t: unknown): unknown {
  if (typeof t !== 'object' || t === null || Array.isArray(t) || !isPlain(t)) throw new Reject('not a table');
  return new TableModel().table(t, 0);
}

/** Wire types of method fields and properties. */
export type WireType = 'bit' | 'octet' | 'short' | 'long' | 'longlong' | 'timestamp' | 'shortstr' | 'longstr' | 'table';

/** The normal form a method argument or property decodes to, or a Reject. */
export function modelField(type: WireType, v: unknown): unknown {
  switch (type) {
    case 'bit':
      if (typeof v !== 'boolean') throw new Reject('not a boolean');
      return v;
    case 'octet':
      if (!intIn(v, 0, 255)) throw new Reject('not an octet');
      return int(v);
    case 'short':
      if (!intIn(v, 0, 65535)) throw new Reject('not a short');
      return int(v);
    case 'long':
      if (!intIn(v, 0, 2 ** 32 - 1)) throw new Reject('not a long');
      return int(v);
    case 'timestamp':
      if (v instanceof Date) return dateSeconds(v);
      if (!isUint64(v)) throw new Reject('not a longlong');
      return typeof v === 'number' ? int(v) : normal(v);
    case 'longlong':
      if (!isUint64(v)) throw new Reject('not a longlong');
      return typeof v === 'number' ? int(v) : normal(v);
    case 'shortstr':
      if (typeof v !== 'string' || utf8Length(v) > 255) throw new Reject('not a shortstr');
      return wellFormed(v);
    case 'longstr':
      if (typeof v === 'string') return { bytes: toHex(new TextEncoder().encode(v)) };
      if (v instanceof Uint8Array) return { bytes: toHex(v) };
      throw new Reject('not a longstr');
    case 'table':
      return modelTable(v);
  }
}

/** Runs the model; `undefined` result with `rejected` set when the encoder must fail. */
export function runModel(f: () => unknown): { value?: unknown; rejected?: string; userError?: boolean } {
  try {
    return { value: f() };
  } catch (e) {
    if (e instanceof Reject) return { rejected: e.why };
    if (e === USER_ERROR) return { rejected: 'user error', userError: true };
    throw e;
  }
}
