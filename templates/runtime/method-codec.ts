/**
 * encodeMethod and decodeMethod by table: one small loop over a compact description of every method's
 * arguments, printed by the generator from the model. The per-method encoders and decoders stay
 * straight-line (they are the fast path); this path exists so that a bundle using only the generic
 * pair does not carry every method's code. It checks the same things in the same order and throws the
 * same errors (same message, context and offset) as the per-method functions: a test compares them.
 *
 * Layout of one method (a string, fields in wire order, separated by spaces):
 *   `<class id> <method id> <class.method> <field>…`, each field `<code>[<bit>][!]:<spec-name>[=<name>]`
 * where code is the wire type — `1` octet, `2` short, `4` long, `8` longlong, `T` timestamp, `s` shortstr,
 * `S` longstr, `F` table, `b` bit with its bit position in the octet —, `!` marks a reserved field and
 * `=<name>` gives the property name when it is not the spec name in camelCase.
 */
import { AmqpError, COMMAND_INVALID } from './errors.js';
import { encodeTable } from './field-table-encode.js';
import { wrongChannel } from './frame-limit.js';
import { Reader } from './reader.js';
import { bool, encodeLongstr, expectObject, finishFrame, methodFrame, shortstrLength } from './writer.js';

export interface FieldLayout {
  readonly specName: string;
  /** `class.method.field`, the context of its errors. */
  readonly ctx: string;
  /** Property name in the arguments object. */
  readonly name: string;
  readonly code: string;
  readonly reserved: boolean;
  /** Bits: the mask in its octet; whether it starts and ends its octet's run. */
  readonly mask: number;
  readonly first: boolean;
  last: boolean;
}

export interface MethodLayout {
  readonly name: string;
  readonly classId: number;
  readonly methodId: number;
  readonly channelZero: boolean;
  readonly fields: readonly FieldLayout[];
  /** Argument bytes that do not depend on values: integers, bit octets, length prefixes the writer adds. */
  readonly fixedSize: number;
  readonly hasArgs: boolean;
}

/** Bytes of a field whose size does not depend on its value (a reserved string is its empty length prefix). */
const FIXED: Readonly<Record<string, number>> = { '1': 1, '2': 2, '4': 4, '8': 8, T: 8, s: 1, S: 4, F: 4 };

const camel = (specName: string): string => specName.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** One method's layout string, parsed. */
export function parseLayout(text: string, channelZeroClasses: readonly number[]): MethodLayout {
  const [classText, methodText, name, ...tokens] = text.split(' ');
  const classId = Number(classText);
  let fixedSize = 0;
  const fields: FieldLayout[] = tokens.map((token, i) => {
    const [, code, bit, reserved, specName, rename] = /^(.)(\d?)(!?):([^=]+)=?(.*)$/.exec(token)!;
    const isBit = code === 'b';
    const first = isBit && (i === 0 || !tokens[i - 1].startsWith('b') || bit === '0');
    // A bit run takes one octet; strings and tables add their value's bytes to their prefix.
    fixedSize += isBit ? (first ? 1 : 0) : reserved || code !== 'F' ? FIXED[code] : 0;
    return {
      specName,
      ctx: `${name}.${specName}`,
      name: rename || camel(specName),
      code,
      reserved: reserved === '!',
      mask: isBit ? 1 << Number(bit) : 0,
      first,
      last: true,
    };
  });
  fields.forEach((f, i) => {
    if (f.code === 'b' && fields[i + 1]?.code === 'b' && !fields[i + 1].first) f.last = false;
  });
  return {
    name,
    classId,
    methodId: Number(methodText),
    channelZero: channelZeroClasses.includes(classId),
    fields,
    fixedSize,
    hasArgs: fields.some((f) => !f.reserved),
  };
}

/** encodeMethod and decodeMethod over a protocol's method layouts (see the file comment). */
export interface MethodCodec<M, I> {
  /** A complete method frame; the same checks and errors as the method's own encoder. */
  encode(channel: number, method: I, frameMax?: number): Uint8Array;
  /** A method payload; the same checks, errors and result as decoding by the method's own decoder. */
  decode(payload: Uint8Array | ArrayBuffer): M;
}

/**
 * The generated encodeMethod/decodeMethod's engine for methods `M` (decoded) and `I` (input); the
 * layouts are parsed on first use.
 */
export function methodCodec<M, I>(
  layouts: readonly string[],
  channelZeroClasses: readonly number[],
): MethodCodec<M, I> {
  let byName: Map<string, MethodLayout> | undefined;
  let byIds: Map<number, MethodLayout> | undefined;
  const load = (): void => {
    const all = layouts.map((l) => parseLayout(l, channelZeroClasses));
    byName = new Map(all.map((m) => [m.name, m]));
    byIds = new Map(all.map((m) => [m.classId * 0x10000 + m.methodId, m]));
  };
  return {
    encode(channel, input, frameMax) {
      expectObject(input, 'method');
      const method = input as { readonly name: string; readonly args?: Record<string, unknown> };
      if (byName === undefined) load();
      const m = byName!.get(method.name);
      if (m === undefined) {
        throw new AmqpError(`unknown method name: ${String(method.name)}`, { kind: 'encode', context: 'method.name' });
      }
      return encodeArgs(m, channel, method.args, frameMax);
    },
    decode(payload) {
      const reader = new Reader(payload);
      const classId = reader.u16('method.class-id');
      const methodId = reader.u16('method.method-id');
      if (byIds === undefined) load();
      const m = byIds!.get(classId * 0x10000 + methodId);
      if (m === undefined) throw unknownMethod(classId, methodId);
      const method = { name: m.name, classId, methodId, args: decodeArgs(m, reader) };
      reader.expectEnd(m.name);
      return method as M;
    },
  };
}

/** Ids that name no method of the protocol: 503, with the ids as fields. */
export function unknownMethod(classId: number, methodId: number): AmqpError {
  return new AmqpError(`unknown method: class ${classId}, method ${methodId}`, {
    kind: 'decode',
    replyCode: COMMAND_INVALID,
    offset: 0,
    context: 'method',
    classId,
    methodId,
  });
}

/** What the generated per-method encoder does, in the same order: channel, arguments, sizes, then writes. */
function encodeArgs(
  m: MethodLayout,
  channel: number,
  args: Record<string, unknown> | undefined,
  frameMax: number | undefined,
): Uint8Array {
  if (m.channelZero ? channel !== 0 : channel === 0) throw wrongChannel(channel, m.name);
  if (m.hasArgs) expectObject(args, m.name);
  const fields = m.fields;
  const measured: (number | Uint8Array | undefined)[] = [];
  let size = m.fixedSize;
  for (const f of fields) {
    let part: number | Uint8Array | undefined;
    if (!f.reserved) {
      const v = args![f.name];
      if (f.code === 's') size += part = shortstrLength(v as string, f.ctx);
      else if (f.code === 'S') size += (part = encodeLongstr(v as string, f.ctx)).length;
      else if (f.code === 'F') size += (part = encodeTable(v as never, f.ctx)).length;
    }
    measured.push(part);
  }
  const w = methodFrame(channel, m.classId, m.methodId, size, frameMax, m.name);
  let octet = 0;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    const v = args === undefined ? undefined : args[f.name];
    switch (f.code) {
      case 'b':
        if (f.first) octet = 0;
        if (!f.reserved) octet |= bool(v as boolean, f.ctx) * f.mask;
        if (f.last) w.u8(octet, f.ctx);
        break;
      case '1':
      case '2':
      case '4':
      case '8':
      case 'T':
        if (f.reserved) w.pos += FIXED[f.code];
        else if (f.code === '1') w.u8(v as number, f.ctx);
        else if (f.code === '2') w.u16(v as number, f.ctx);
        else if (f.code === '4') w.u32(v as number, f.ctx);
        else if (f.code === '8') w.u64(v as number, f.ctx);
        else w.timestamp(v as number, f.ctx);
        break;
      default:
        if (f.reserved) w.pos += FIXED[f.code];
        else if (f.code === 's') w.shortstrText(v as string, measured[i] as number);
        else if (f.code === 'S') w.longstr(measured[i] as Uint8Array);
        else w.raw(measured[i] as Uint8Array);
    }
  }
  return finishFrame(w);
}

/** What the generated per-method argument decoder does: fields in wire order, reserved ones skipped. */
function decodeArgs(m: MethodLayout, reader: Reader): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  let octet = 0;
  for (const f of m.fields) {
    let v: unknown;
    switch (f.code) {
      case 'b':
        if (f.first) octet = reader.u8(f.ctx);
        v = (octet & f.mask) !== 0;
        break;
      case '1':
        v = reader.u8(f.ctx);
        break;
      case '2':
        v = reader.u16(f.ctx);
        break;
      case '4':
        v = reader.u32(f.ctx);
        break;
      case '8':
      case 'T':
        v = reader.u64(f.ctx);
        break;
      case 's':
        if (f.reserved) reader.skipShortstr(f.ctx);
        else v = reader.shortstr(f.ctx);
        break;
      case 'S':
        if (f.reserved) reader.skipLongstr(f.ctx);
        else v = reader.longstr(f.ctx);
        break;
      default:
        v = reader.table(f.ctx);
    }
    if (!f.reserved) args[f.name] = v;
  }
  return args;
}
