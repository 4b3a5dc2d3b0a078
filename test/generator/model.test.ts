import { describe, expect, it } from 'vitest';
import { camelCase, constantCase, pascalCase } from '../../generator/model/names.js';
import { cleanText } from '../../generator/model/docs.js';
import { errorOf, model, specXml } from '../helpers/spec.js';

const cls = (inner: string, attrs = 'name="demo" index="10" handler="channel"') =>
  specXml(
    `<class ${attrs}><chassis name="client" implement="MUST"/><chassis name="server" implement="MUST"/>${inner}</class>`,
  );

const method = (name: string, index: number, fields: string, extra = '<chassis name="server" implement="MUST"/>') =>
  `<method name="${name}" index="${index}">${extra}${fields}</method>`;

/** The model of class demo holding one method, m (index 1), whose content is `inner`. */
const methodM = (inner: string) => model(['a.xml', cls(method('m', 1, inner))]);

describe('names', () => {
  it.each([
    ['server-properties', 'serverProperties', 'ServerProperties', 'SERVER_PROPERTIES'],
    ['nowait', 'nowait', 'Nowait', 'NOWAIT'],
    ['reserved-1', 'reserved1', 'Reserved1', 'RESERVED_1'],
    ['frame-min-size', 'frameMinSize', 'FrameMinSize', 'FRAME_MIN_SIZE'],
  ])('%s → %s / %s / %s', (spec, camel, pascal, constant) => {
    expect(camelCase(spec)).toBe(camel);
    expect(pascalCase(spec)).toBe(pascal);
    expect(constantCase(spec)).toBe(constant);
  });
});

describe('docs', () => {
  it('dedents, joins lines and splits paragraphs (CRLF too)', () => {
    expect(cleanText('\r\n    First line\r\n    continues.\r\n\r\n    Second.\r\n  ')).toEqual([
      'First line continues.',
      'Second.',
    ]);
  });

  it('keeps API docs and drops grammar and scenario docs', () => {
    const p = methodM(
      '<doc>Does things.</doc><doc type="grammar">m = C:M</doc><doc type="scenario">Test it.</doc><rule name="r1"><doc>Must be so.</doc></rule>',
    );
    expect(p.methods[0].docs).toEqual({
      label: undefined,
      paragraphs: ['Does things.'],
      rules: [{ name: 'r1', text: 'Must be so.' }],
    });
  });
});

describe('bit runs', () => {
  it('packs consecutive bits, ends a run at any other field, and starts a new octet after 8', () => {
    const bits = (names: string[]) => names.map((n) => `<field name="${n}" domain="bit"/>`).join('');
    const p = methodM(
      bits(['a', 'b']) + '<field name="x" domain="short"/>' + bits(['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']),
    );
    const layout = p.methods[0].layout.map((item) =>
      item.kind === 'bits' ? item.fields.map((f) => f.name) : item.field.name,
    );
    expect(layout).toEqual([['a', 'b'], 'x', ['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], ['k']]);
    expect(p.methods[0].fixedSize).toBe(1 + 2 + 1 + 1);
  });

  it('gives reserved bits their slot in the run', () => {
    const p = methodM(
      '<field name="a" domain="bit"/><field name="reserved-1" type="bit" reserved="1"/><field name="b" domain="bit"/>',
    );
    const [run] = p.methods[0].layout;
    expect(run.kind === 'bits' && run.fields.map((f) => [f.name, f.reserved])).toEqual([
      ['a', false],
      ['reserved1', true],
      ['b', false],
    ]);
  });
});

describe('reserved fields', () => {
  it('are marked, keep their wire type, and count their empty size as fixed', () => {
    const p = methodM(
      '<field name="reserved-1" type="short" reserved="1"/><field name="q" domain="shortstr"/><field name="reserved-2" type="shortstr" reserved="1"/><field name="reserved-3" type="longstr" reserved="1"/>',
    );
    const m = p.methods[0];
    expect(m.fields.map((f) => [f.name, f.type, f.reserved])).toEqual([
      ['reserved1', 'short', true],
      ['q', 'shortstr', false],
      ['reserved2', 'shortstr', true],
      ['reserved3', 'longstr', true],
    ]);
    // short 2 + empty shortstr 1 + empty longstr 4; q is variable
    expect(m.fixedSize).toBe(7);
  });
});

describe('responses and chassis', () => {
  it('pairs responses by full name (several allowed) and derives who sends a method from who implements it', () => {
    const p = model([
      'a.xml',
      cls(
        method(
          'get',
          70,
          '',
          '<chassis name="server" implement="MUST"/><response name="get-ok"/><response name="get-empty"/>',
        ) +
          method('get-ok', 71, '', '<chassis name="client" implement="MAY"/>') +
          method('get-empty', 72, '', '<chassis name="client" implement="MAY"/>') +
          method('flow', 20, '', '<chassis name="client" implement="MUST"/><chassis name="server" implement="MUST"/>'),
      ),
    ]);
    const byName = Object.fromEntries(p.methods.map((m) => [m.fullName, m]));
    expect(byName['demo.get'].responses).toEqual(['demo.get-ok', 'demo.get-empty']);
    expect(byName['demo.get'].sentBy).toEqual(['client']);
    expect(byName['demo.get-ok'].sentBy).toEqual(['server']);
    expect(byName['demo.flow'].sentBy).toEqual(['client', 'server']);
  });

  it('rejects a response that names no method', () => {
    const e = errorOf(() => model(['a.xml', cls(method('get', 70, '<response name="nope"/>'))]));
    expect(e.message).toBe('a.xml:12:131: class demo > method get: response "nope" names no method of class demo');
  });

  it('marks connection-handler classes as channel-0-only', () => {
    const p = model(['a.xml', cls(method('m', 1, ''), 'name="connection" index="10" handler="connection"')]);
    expect(p.methods[0].channelZeroOnly).toBe(true);
  });
});

describe('content properties', () => {
  it('assigns flag bits from bit 15 down, 15 per word, bit 0 left for continuation', () => {
    const props = Array.from({ length: 17 }, (_, i) => `<field name="p${i}" domain="octet"/>`).join('');
    const p = model(['a.xml', cls(props + method('m', 1, ''))]);
    const flags = p.classes[0].properties.map((x) => [x.flagWord, x.flagMask]);
    expect(flags[0]).toEqual([0, 0x8000]);
    expect(flags[13]).toEqual([0, 0x0004]);
    expect(flags[14]).toEqual([0, 0x0002]);
    expect(flags[15]).toEqual([1, 0x8000]);
    expect(flags[16]).toEqual([1, 0x4000]);
  });

  it('appends extension properties of a second file to the class', () => {
    const base = cls('<field name="a" domain="octet"/>' + method('m', 1, ''));
    const ext = specXml('<class name="demo" index="10"><field name="b" domain="shortstr"/></class>', false);
    const p = model(['base.xml', base], ['ext.xml', ext]);
    expect(p.classes[0].properties.map((x) => [x.field.name, x.flagMask])).toEqual([
      ['a', 0x8000],
      ['b', 0x4000],
    ]);
  });
});

describe('domains', () => {
  it('resolves fields through domains and keeps the domain name', () => {
    const p = model([
      'a.xml',
      specXml('<domain name="queue-name" type="shortstr"/>', true).replace(
        '</amqp>',
        cls(method('m', 1, '<field name="queue" domain="queue-name"/>')).replace(/^[\s\S]*?<class/, '<class'),
      ),
    ]);
    expect(p.methods[0].fields[0]).toMatchObject({
      name: 'queue',
      type: 'shortstr',
      domain: 'queue-name',
      context: 'demo.m.queue',
    });
  });

  it('rejects an unknown domain, naming file and element path', () => {
    const e = errorOf(() => methodM('<field name="x" domain="nope"/>'));
    expect(e.message).toBe('a.xml:12:199: class demo > method m > field x: unknown domain "nope"');
  });
});

describe('errors', () => {
  it('malformed XML names file, line and column', () => {
    const e = errorOf(() => model(['bad.xml', '<amqp>\n  <class name="x">\n</amqp>']));
    expect(e.name).toBe('SpecError');
    expect(e.message).toMatch(/^bad\.xml:3:\d+: malformed XML: /);
  });

  it('duplicate class index', () => {
    const e = errorOf(() =>
      model(['a.xml', specXml('<class name="a" index="10"></class><class name="b" index="10"></class>')]),
    );
    expect(e.message).toBe('a.xml:12:36: class b: class index 10 is also used by class a');
  });

  it('duplicate method index', () => {
    const e = errorOf(() => model(['a.xml', cls(method('a', 1, '') + method('b', 1, ''))]));
    expect(e.message).toBe('a.xml:12:208: class demo > method b: method index 1 is also used by method a');
  });

  it('duplicate method name with a different definition, naming both files', () => {
    const e = errorOf(() => model(['a.xml', cls(method('a', 1, ''))], ['b.xml', cls(method('a', 2, ''))]));
    expect(e.message).toBe(
      'b.xml:12:131: class demo > method a: method "a" is defined twice with different definitions: index is "2" here but "1" in the first definition (first defined at a.xml:12:131: class demo > method a). ' +
        'To change the earlier definition, mark this one <method … amend="true"> (metadata such as synchronous, chassis, responses) or amend="layout" (fields too); otherwise remove one of them',
    );
  });

  it('a name twice within one file is an error even when both definitions are identical', () => {
    expect(errorOf(() => model(['a.xml', cls(method('a', 1, '') + method('a', 1, ''))])).message).toBe(
      'a.xml:12:208: class demo > method a: method "a" appears twice in this file (first defined at a.xml:12:131: class demo > method a). Merging by name is for combining files: remove one of them',
    );
    expect(
      errorOf(() => model(['a.xml', specXml('<class name="x" index="1"></class><class name="x" index="2"></class>')]))
        .message,
    ).toMatch(
      /^a\.xml:12:\d+: class x: class "x" appears twice in this file \(first defined at a\.xml:12:1: class x\)/,
    );
    expect(errorOf(() => methodM('<field name="f" domain="bit"/><field name="f" domain="bit"/>')).message).toMatch(
      /^a\.xml:12:\d+: class demo > method m > field f: field "f" appears twice in this file \(first defined at a\.xml:12:\d+: class demo > method m > field f\)/,
    );
  });

  it('an identical second definition is accepted', () => {
    const p = model(['a.xml', cls(method('a', 1, ''))], ['b.xml', cls(method('a', 1, ''))]);
    expect(p.methods).toHaveLength(1);
  });

  it('conflicting constants and domains', () => {
    const a = specXml('<constant name="frame-end" value="206"/>', false);
    const b = specXml('<constant name="frame-end" value="207"/>', false);
    expect(errorOf(() => model(['a.xml', a], ['b.xml', b])).message).toBe(
      'b.xml:4:1: constant frame-end: constant "frame-end" is defined twice with different definitions: value is "207" here but "206" in the first definition (first defined at a.xml:4:1: constant frame-end). Remove one of the two definitions, or give the new constant another name',
    );
    const c = specXml('<domain name="d" type="short"/>', false);
    const d = specXml('<domain name="d" type="long"/>', false);
    expect(errorOf(() => model(['c.xml', c], ['d.xml', d])).message).toMatch(
      /^d\.xml:4:1: domain d: domain "d" is defined twice with different definitions: type is "long" here but "short" in the first definition/,
    );
  });

  it('class matched by name must keep its index', () => {
    const e = errorOf(() =>
      model(['a.xml', cls(method('a', 1, ''))], ['b.xml', specXml('<class name="demo" index="11"></class>', false)]),
    );
    expect(e.message).toMatch(
      /^b\.xml:4:1: class demo: class "demo" has index 11 here but 10 in its first definition \(first defined at a\.xml:12:1: class demo\)\. A class is matched by name/,
    );
  });

  it('missing attributes', () => {
    expect(errorOf(() => model(['a.xml', cls('<method index="1"><chassis name="server"/></method>')])).message).toBe(
      'a.xml:12:131: class demo > method ?: missing attribute "name" on <method>',
    );
    expect(errorOf(() => methodM('<field name="x"/>')).message).toMatch(
      /^a\.xml:12:\d+: class demo > method m > field x: field needs a "domain" or a "type" attribute$/,
    );
  });

  it('field names that clash after camelCasing', () => {
    const e = errorOf(() => methodM('<field name="no-wait" domain="bit"/><field name="no_wait" domain="bit"/>'));
    expect(e.message).toBe(
      'a.xml:12:235: class demo > method m > field no_wait: field name (after camelCasing) "noWait" clashes with class demo > method m > field no-wait (a.xml:12:199); rename one of them',
    );
  });

  it('unknown elements where structure matters; unknown attributes are ignored', () => {
    expect(errorOf(() => methodM('<feild name="x" domain="bit"/>')).message).toBe(
      'a.xml:12:199: class demo > method m: unexpected element <feild>',
    );
    const p = methodM('<field name="x" domain="bit" required="0"/>');
    expect(p.methods[0].fields[0].name).toBe('x');
  });

  it('a method with no chassis', () => {
    const e = errorOf(() => model(['a.xml', cls('<method name="m" index="1"/>')]));
    expect(e.message).toBe('a.xml:12:131: class demo > method m: method has no <chassis>: no side receives it');
  });
});

describe('constants', () => {
  it('classifies reply codes', () => {
    const p = model([
      'a.xml',
      specXml(
        '<constant name="reply-success" value="200"/><constant name="not-found" value="404" class="soft-error"/><constant name="frame-error" value="501" class="hard-error"/><constant name="frame-end" value="206"/>',
        false,
      ),
    ]);
    expect(p.constants.map((c) => [c.name, c.value, c.errorClass, c.isReplyCode])).toEqual([
      ['REPLY_SUCCESS', 200, undefined, true],
      ['NOT_FOUND', 404, 'soft', true],
      ['FRAME_ERROR', 501, 'hard', true],
      ['FRAME_END', 206, undefined, false],
    ]);
  });
});
