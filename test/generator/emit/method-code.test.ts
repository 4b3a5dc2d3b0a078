/**
 * Given a one-method model, want these exact statements from the method emitters. The sizes and
 * masks are worked out by hand from the spec's wire rules: reserved short 2 + long 4 + one bit
 * octet 1 = 7 fixed bytes, plus the shortstr's u8 length 1 and the longstr's u32 length 4 = 12
 * (a table's bytes include their own u32 length); bits pack from the lowest bit, the reserved one
 * keeping bit 1.
 */
import { describe, expect, it } from 'vitest';
import { ImportRegistry } from '../../../generator/emit/kit/imports.js';
import { decoderStatements, encoderStatements } from '../../../generator/emit/method-code.js';
import { demoClass, emptyFile, linesOf, methodXml, PUT_FIELDS } from './given.js';

const put = () => demoClass(methodXml('put', 20, PUT_FIELDS)).methods[0];

describe('encoderStatements', () => {
  it('validates and measures variable parts, allocates once, writes fields and packed bits in order', () => {
    expect(encoderStatements(put(), new ImportRegistry())).toEqual([
      "if (channel === 0) throw wrongChannel(0, 'demo.put');",
      "expectObject(args, 'demo.put');",
      "const queueLength = shortstrLength(args.queue, 'demo.put.queue');",
      "const payloadBytes = encodeLongstr(args.payload, 'demo.put.payload');",
      "const argumentsBytes = encodeTable(args.arguments, 'demo.put.arguments');",
      'const argsSize = 12 + queueLength + payloadBytes.length + argumentsBytes.length;',
      "const w = methodFrame(channel, 10, 20, argsSize, frameMax, 'demo.put');",
      'w.pos += 2; // reserved-1: reserved, left zero',
      'w.shortstrText(args.queue, queueLength);',
      'w.longstr(payloadBytes);',
      "writeU32(w, args.count, 'demo.put.count');",
      "writeU8(w, bool(args.noWait, 'demo.put.no-wait') | (bool(args.ifUnused, 'demo.put.if-unused') << 2), 'demo.put.no-wait');",
      'w.raw(argumentsBytes);',
      'return finishFrame(w);',
    ]);
  });

  it('registers each runtime name it prints, and only those', () => {
    const imports = new ImportRegistry();
    encoderStatements(put(), imports);
    const file = emptyFile();
    imports.applyTo(file);
    expect(linesOf(file)).toEqual([
      'import { bool, encodeLongstr, encodeTable, expectObject, finishFrame, methodFrame, shortstrLength, writeU32, writeU8, wrongChannel } from "./runtime/internal.js";',
    ]);
  });

  it('checks channel 0 instead for a connection-class method, and writes a fixed size when nothing varies', () => {
    const open = demoClass(
      methodXml(
        'open',
        40,
        '<field name="reserved-1" type="shortstr" reserved="1"/><field name="heartbeat" domain="short"/>',
      ),
      'name="connection" index="10" handler="connection"',
    ).methods[0];
    expect(encoderStatements(open, new ImportRegistry())).toEqual([
      "if (channel !== 0) throw wrongChannel(channel, 'connection.open');",
      "expectObject(args, 'connection.open');",
      // reserved shortstr written empty: its u8 length 1; short 2.
      "const w = methodFrame(channel, 10, 40, 3, frameMax, 'connection.open');",
      'w.pos += 1; // reserved-1: reserved, left zero',
      "writeU16(w, args.heartbeat, 'connection.open.heartbeat');",
      'return finishFrame(w);',
    ]);
  });

  it('leaves a run of reserved bits zero without reading any argument', () => {
    const m = demoClass(methodXml('m', 1, '<field name="reserved-1" type="bit" reserved="1"/>')).methods[0];
    expect(encoderStatements(m, new ImportRegistry()).slice(1, -1)).toEqual([
      "const w = methodFrame(channel, 10, 1, 1, frameMax, 'demo.m');",
      'w.pos += 1; // reserved-1: reserved bits, left zero',
    ]);
  });
});

describe('decoderStatements', () => {
  it('reads in wire order into locals (renaming a reserved word) and returns one object literal', () => {
    expect(decoderStatements(put(), new ImportRegistry())).toEqual([
      "readU16(reader, 'demo.put.reserved-1'); // reserved-1: reserved, skipped",
      "const queue = readShortstr(reader, 'demo.put.queue');",
      "const payload = readLongstr(reader, 'demo.put.payload');",
      "const count = readU32(reader, 'demo.put.count');",
      "const bits0 = readU8(reader, 'demo.put.no-wait');",
      "const argumentsValue = readTable(reader, 'demo.put.arguments');",
      'return { queue, payload, count, noWait: (bits0 & 0x01) !== 0, ifUnused: (bits0 & 0x04) !== 0, arguments: argumentsValue };',
    ]);
  });

  it('imports each read function it calls, and only those', () => {
    const imports = new ImportRegistry();
    decoderStatements(put(), imports);
    const file = emptyFile();
    imports.applyTo(file);
    expect(linesOf(file)).toEqual([
      'import { readLongstr, readShortstr, readTable, readU16, readU32, readU8 } from "./runtime/internal.js";',
    ]);
  });

  it('reads and drops reserved strings and bits, and returns {} for a method with no public fields', () => {
    const m = demoClass(
      methodXml(
        'm',
        1,
        '<field name="reserved-1" type="shortstr" reserved="1"/><field name="reserved-2" type="longstr" reserved="1"/>' +
          '<field name="reserved-3" type="bit" reserved="1"/>',
      ),
    ).methods[0];
    expect(decoderStatements(m, new ImportRegistry())).toEqual([
      "readShortstr(reader, 'demo.m.reserved-1'); // reserved-1: reserved, skipped",
      "readLongstr(reader, 'demo.m.reserved-2'); // reserved-2: reserved, skipped",
      "readU8(reader, 'demo.m.reserved-3'); // reserved bits",
      'return {};',
    ]);
  });
});
