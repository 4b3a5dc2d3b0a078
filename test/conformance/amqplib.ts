/**
 * amqplib's own codec, loaded by path: its `exports` map hides lib/*.js, so we resolve the package's
 * main file and take the files next to it. Only used in tests (amqplib is a devDependency).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One argument as amqplib's generated method info lists it. */
export interface AmqplibArg {
  readonly name: string;
  readonly type: string;
  readonly default?: unknown;
}

export interface AmqplibMethodInfo {
  readonly id: number;
  readonly classId: number;
  readonly methodId: number;
  readonly name: string;
  readonly args: readonly AmqplibArg[];
}

export interface AmqplibDefs {
  encodeMethod(id: number, channel: number, fields: Record<string, unknown>): Buffer;
  encodeProperties(id: number, channel: number, size: number, fields: Record<string, unknown>): Buffer;
  decode(id: number, buf: Buffer): Record<string, unknown>;
  info(id: number): AmqplibMethodInfo | undefined;
  readonly BasicProperties: number;
}

export interface AmqplibCodec {
  /** Writes a table (u32 length included) into `buffer` at `offset`, returns its size. */
  encodeTable(buffer: Buffer, value: unknown, offset: number): number;
  /** Decodes the entries of a table (the bytes after its u32 length). */
  decodeFields(slice: Buffer): Record<string, unknown>;
}

export interface AmqplibParsedFrame {
  readonly type: number;
  readonly channel: number;
  readonly size: number;
  readonly payload: Buffer;
  readonly rest: Buffer;
}

export type AmqplibDecodedFrame =
  | { readonly id: number; readonly channel: number; readonly fields: Record<string, unknown>; readonly size?: number }
  | { readonly channel: number; readonly content: Buffer }
  | { readonly channel: number };

export interface AmqplibFrame {
  /** false while incomplete; throws a plain Error for a bad end octet or a size over `max` (0 = none). */
  parseFrame(bin: Buffer, max: number): AmqplibParsedFrame | false;
  decodeFrame(frame: AmqplibParsedFrame): AmqplibDecodedFrame;
}

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('amqplib'));
const version = (require(join(root, 'package.json')) as { version: string }).version;

export const AMQPLIB_VERSION = version;
export const defs = require(join(root, 'lib', 'defs.js')) as AmqplibDefs;
export const codec = require(join(root, 'lib', 'codec.js')) as AmqplibCodec;
export const frame = require(join(root, 'lib', 'frame.js')) as AmqplibFrame;

const scratch = Buffer.alloc(1 << 20);

/** amqplib's encoding of a whole table (length prefix included, up to 1 MiB), or the error it throws. */
export function amqplibEncodeTable(value: unknown): Buffer {
  const n = codec.encodeTable(scratch, value, 0);
  return Buffer.from(scratch.subarray(0, n));
}

/** amqplib's decoding of a whole table (length prefix included). */
export function amqplibDecodeTable(bytes: Uint8Array): Record<string, unknown> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = b.readUInt32BE(0);
  return codec.decodeFields(b.subarray(4, 4 + len));
}

/** Parses exactly one complete frame with amqplib's frame layer and decodes it. */
export function amqplibDecodeFrame(bytes: Uint8Array, max = 0): AmqplibDecodedFrame {
  const parsed = frame.parseFrame(Buffer.from(bytes), max);
  if (parsed === false) throw new Error('amqplib: incomplete frame');
  if (parsed.rest.length !== 0) throw new Error(`amqplib: ${parsed.rest.length} bytes after the frame`);
  return frame.decodeFrame(parsed);
}

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
