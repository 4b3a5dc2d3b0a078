/**
 * Given a one-method class, want these declarations in its file: the class id constant, the
 * arguments type (reserved fields left out, longstr accepting a string or bytes), a decoded type
 * that narrows longstr to bytes, and the encoder and the two decoders with their bodies.
 */
import { describe, expect, it } from 'vitest';
import { emitClassFile } from '../../../generator/emit/class-file.js';
import { demoClass, emptyFile, linesOf, methodXml, PUT_FIELDS } from './given.js';

const lines = () => {
  const file = emptyFile();
  emitClassFile(file, demoClass(methodXml('put', 20, PUT_FIELDS)).classes[0]);
  return linesOf(file).filter((l) => !l.startsWith('*') && !l.startsWith('/**'));
};

/** Lines from `first` through the next line that is exactly `}`. */
function declaration(all: string[], first: string): string[] {
  const from = all.indexOf(first);
  expect(from, `line not found: ${first}`).toBeGreaterThanOrEqual(0);
  return all.slice(from, all.indexOf('}', from) + 1);
}

describe('emitClassFile', () => {
  it('imports what it uses from the runtime, in one sorted declaration', () => {
    expect(lines()[0]).toBe(
      'import { bool, encodeLongstr, encodeTable, expectEnd, expectObject, type FieldTable, finishFrame, methodFrame, methodReader, type ReadCursor, readLongstr, readShortstr, readTable, readU16, readU32, readU8, shortstrLength, writeU32, writeU8, wrongChannel } from "./runtime/internal.js";',
    );
  });

  it('exports the class id', () => {
    expect(lines()).toContain('export const DEMO_CLASS_ID = 10;');
  });

  it('types the arguments without reserved fields, and a decoded type where longstr is always bytes', () => {
    const all = lines();
    expect(declaration(all, 'export interface DemoPutArgs {')).toEqual([
      'export interface DemoPutArgs {',
      'queue: string;',
      'payload: string | Uint8Array;',
      'count: number;',
      'noWait: boolean;',
      'ifUnused: boolean;',
      'arguments: FieldTable;',
      '}',
    ]);
    expect(declaration(all, 'export interface DecodedDemoPutArgs extends DemoPutArgs {')).toEqual([
      'export interface DecodedDemoPutArgs extends DemoPutArgs {',
      'payload: Uint8Array;',
      '}',
    ]);
  });

  it('has the encoder, the arguments decoder, and the payload decoder that checks ids and trailing bytes', () => {
    const all = lines();
    expect(all).toContain(
      'export function encodeDemoPut(channel: number, args: DemoPutArgs, frameMax?: number): Uint8Array {',
    );
    expect(all).toContain('export function decodeDemoPutArgs(reader: ReadCursor): DecodedDemoPutArgs {');
    expect(
      declaration(all, 'export function decodeDemoPut(payload: Uint8Array | ArrayBuffer): DecodedDemoPutArgs {'),
    ).toEqual([
      'export function decodeDemoPut(payload: Uint8Array | ArrayBuffer): DecodedDemoPutArgs {',
      "const reader = methodReader(payload, 10, 20, 'demo.put');",
      'const args = decodeDemoPutArgs(reader);',
      "expectEnd(reader, 'demo.put');",
      'return args;',
      '}',
    ]);
  });
});
