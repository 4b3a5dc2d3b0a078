/**
 * Given a class with content properties, want these exact header statements. Flags by hand from the
 * spec: the first property is bit 15 (0x8000), the next 0x4000; bit 0 says another word follows; a
 * header frame is 7 + class-id 2 + weight 2 + body-size 8 + 1 end = 20 bytes around flags and
 * properties; the first flags word is 2 bytes.
 */
import { describe, expect, it } from 'vitest';
import { ImportRegistry } from '../../../generator/emit/kit/imports.js';
import { headerDecoderStatements, headerEncoderStatements } from '../../../generator/emit/properties-code.js';
import { demoClass, methodXml } from './given.js';

const props = (xml: string) => demoClass(xml + methodXml('m', 1, '')).classes[0];
const twoProps = () => props('<field name="content-type" domain="shortstr"/><field name="priority" domain="octet"/>');
/** 16 octet properties p0..p15: one more than a flag word holds. */
const sixteenProps = () => props(Array.from({ length: 16 }, (_, i) => `<field name="p${i}" domain="octet"/>`).join(''));

describe('headerEncoderStatements', () => {
  it('sets a flag and adds the size of each present property, then writes flags and properties', () => {
    expect(headerEncoderStatements(twoProps(), new ImportRegistry())).toEqual([
      "if (channel === 0) throw wrongChannel(0, 'demo.header');",
      "expectObject(properties, 'demo.properties');",
      'let flags0 = 0;',
      '// the first flag word (class-id, weight and body-size are counted by headerFrame)',
      'let size = 2;',
      'const contentType = properties.contentType;',
      'let contentTypeLength = 0;',
      'if (contentType != null) {',
      "contentTypeLength = shortstrLength(contentType, 'demo.properties.content-type');",
      'flags0 |= 0x8000;',
      'size += 1 + contentTypeLength;',
      '}',
      'const priority = properties.priority;',
      'if (priority != null) {',
      'flags0 |= 0x4000;',
      'size += 1;',
      '}',
      "const w = headerFrame(channel, 10, bodySize, 'demo.header.body-size', size, frameMax, 'demo.header');",
      "writeU16(w, flags0, 'property-flags');",
      'if (contentType != null) w.shortstrText(contentType, contentTypeLength);',
      "if (priority != null) writeU8(w, priority, 'demo.properties.priority');",
      'return finishFrame(w);',
    ]);
  });

  it('opens a second flags word for the 16th property: bit 0 of the first, 2 more bytes', () => {
    const out = headerEncoderStatements(sixteenProps(), new ImportRegistry());
    expect(out.slice(2, 4)).toEqual(['let flags0 = 0;', 'let flags1 = 0;']);
    const at = out.indexOf('if (flags1 !== 0) {');
    expect(out.slice(at, at + 4)).toEqual(['if (flags1 !== 0) {', 'flags0 |= 1;', 'size += 2;', '}']);
    expect(out).toContain('flags1 |= 0x8000;');
    expect(out).toContain("if ((flags0 & 1) !== 0) writeU16(w, flags1, 'property-flags');");
  });
});

describe('headerDecoderStatements', () => {
  it('refuses unknown flag bits (0xfffe less the known 0xc000), skips empty continuation words, reads present ones', () => {
    expect(headerDecoderStatements(twoProps(), new ImportRegistry())).toEqual([
      "const flags0 = readU16(reader, 'demo.header.property-flags');",
      "if ((flags0 & 0x3ffe) !== 0) throw unknownPropertyFlags(reader, 'demo.header.property-flags', 0, flags0 & 0x3ffe);",
      "if ((flags0 & 1) !== 0) skipEmptyFlagWords(reader, 'demo.header.property-flags');",
      "const contentType = (flags0 & 0x8000) !== 0 ? readShortstr(reader, 'demo.properties.content-type') : undefined;",
      "const priority = (flags0 & 0x4000) !== 0 ? readU8(reader, 'demo.properties.priority') : undefined;",
      'return { contentType, priority };',
    ]);
  });

  it('reads the second word only when the first says so, and checks no unknown bit of a full word', () => {
    const out = headerDecoderStatements(sixteenProps(), new ImportRegistry());
    expect(out.slice(0, 4)).toEqual([
      "const flags0 = readU16(reader, 'demo.header.property-flags');",
      "const flags1 = (flags0 & 1) !== 0 ? readU16(reader, 'demo.header.property-flags') : 0;",
      // word 0 knows all 15 property bits; word 1 knows only 0x8000.
      "if ((flags1 & 0x7ffe) !== 0) throw unknownPropertyFlags(reader, 'demo.header.property-flags', 1, flags1 & 0x7ffe);",
      "if ((flags1 & 1) !== 0) skipEmptyFlagWords(reader, 'demo.header.property-flags');",
    ]);
  });
});
