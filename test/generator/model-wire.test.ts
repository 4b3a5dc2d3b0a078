/**
 * Wire facts the model decides so emitters only print them: sizes per field, bit masks, the dispatch
 * key and the property-flag words. Expected numbers come from the spec's wire rules (DESIGN.md §4).
 */
import { describe, expect, it } from 'vitest';
import { model, specXml } from '../helpers/spec.js';

const cls = (inner: string, attrs = 'name="demo" index="10" handler="channel"') =>
  specXml(
    `<class ${attrs}><chassis name="client" implement="MUST"/><chassis name="server" implement="MUST"/>${inner}</class>`,
  );

const method = (name: string, index: number, fields: string) =>
  `<method name="${name}" index="${index}"><chassis name="server" implement="MUST"/>${fields}</method>`;

describe('field wire sizes', () => {
  it('gives each wire type its fixed size, length prefix and zero size', () => {
    const types = ['octet', 'short', 'long', 'longlong', 'timestamp', 'shortstr', 'longstr', 'table', 'bit'];
    const fields = types.map((t) => `<field name="f-${t}" domain="${t}"/>`).join('');
    const p = model(['a.xml', cls(method('m', 1, fields))]);
    const wire = Object.fromEntries(p.methods[0].fields.map((f) => [f.type, f.wire]));
    expect(wire).toEqual({
      octet: { fixedSize: 1, prefixSize: 0, zeroSize: 1 },
      short: { fixedSize: 2, prefixSize: 0, zeroSize: 2 },
      long: { fixedSize: 4, prefixSize: 0, zeroSize: 4 },
      longlong: { fixedSize: 8, prefixSize: 0, zeroSize: 8 },
      timestamp: { fixedSize: 8, prefixSize: 0, zeroSize: 8 },
      // shortstr = u8 length + bytes; longstr = u32 + bytes; table = u32 byte length + entries.
      shortstr: { fixedSize: undefined, prefixSize: 1, zeroSize: 1 },
      longstr: { fixedSize: undefined, prefixSize: 4, zeroSize: 4 },
      table: { fixedSize: undefined, prefixSize: 4, zeroSize: 4 },
      // A bit's octet belongs to its run.
      bit: { fixedSize: undefined, prefixSize: 0, zeroSize: 0 },
    });
  });
});

describe('bit masks', () => {
  it('gives the first bit of a run mask 0x01 and the eighth 0x80; a ninth starts a new octet at 0x01', () => {
    const bits = Array.from({ length: 9 }, (_, i) => `<field name="b${i}" domain="bit"/>`).join('');
    const p = model(['a.xml', cls(method('m', 1, bits))]);
    const runs = p.methods[0].layout.map((item) => (item.kind === 'bits' ? item.masks : []));
    expect(runs).toEqual([[0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80], [0x01]]);
  });

  it('starts masks again after a non-bit field ends a run', () => {
    const p = model([
      'a.xml',
      cls(
        method('m', 1, '<field name="a" domain="bit"/><field name="x" domain="octet"/><field name="b" domain="bit"/>'),
      ),
    ]);
    const runs = p.methods[0].layout.flatMap((item) => (item.kind === 'bits' ? [item.masks] : []));
    expect(runs).toEqual([[0x01], [0x01]]);
  });
});

describe('dispatch key', () => {
  it('is classId * 0x10000 + methodId: basic.publish (60, 40) is 0x3c0028', () => {
    const p = model(['a.xml', cls(method('publish', 40, ''), 'name="basic" index="60" handler="channel"')]);
    expect(p.methods[0].dispatchKey).toBe(0x3c0028);
    expect(p.methods[0].dispatchKey).toBe(3932200);
  });

  it('stays positive for class ids with the top bit set (65535 << 16 would be negative in int32)', () => {
    const p = model(['a.xml', cls(method('m', 65535, ''), 'name="demo" index="65535" handler="channel"')]);
    expect(p.methods[0].dispatchKey).toBe(0xffffffff);
  });
});

describe('property-flag words', () => {
  const props = (n: number) =>
    Array.from({ length: n }, (_, i) => `<field name="p${i}" domain="octet"/>`).join('') + method('m', 1, '');

  it('has one word even without properties, knowing no bit', () => {
    const p = model(['a.xml', cls(method('m', 1, ''))]);
    expect(p.classes[0].flagWords).toEqual([{ knownMask: 0, unknownMask: 0xfffe }]);
  });

  it('knows bits 15 down for 14 properties (basic has 14: bits 15..2), leaving 0x0002 unknown', () => {
    const p = model(['a.xml', cls(props(14))]);
    expect(p.classes[0].flagWords).toEqual([{ knownMask: 0xfffc, unknownMask: 0x0002 }]);
  });

  it('fills a word with 15 properties and opens a second for the 16th, bit 0 never a property', () => {
    const p = model(['a.xml', cls(props(16))]);
    expect(p.classes[0].flagWords).toEqual([
      { knownMask: 0xfffe, unknownMask: 0 },
      { knownMask: 0x8000, unknownMask: 0x7ffe },
    ]);
  });
});
