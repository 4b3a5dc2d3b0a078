import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_IDENTIFIERS } from '../../generator/model/names.js';
import { REPO_ROOT } from '../../generator/run.js';
import { errorOf, model, specXml } from '../helpers/spec.js';

const oneClass = (name: string, methods: string, properties = '') =>
  specXml(`<class name="${name}" index="70">${properties}${methods}</class>`);
const method = (name: string, index = 1) => `<method name="${name}" index="${index}"><chassis name="server"/></method>`;

describe('identifiers are computed and checked in the model', () => {
  it('a class name that does not start with a letter is a spec error with the element path', () => {
    expect(errorOf(() => model(['x.xml', oneClass('2fa', method('go'))])).message).toBe(
      'x.xml:12:1: class 2fa: the name gives identifier "2fa", which is not a valid identifier; use letters, digits and dashes, starting with a letter',
    );
  });

  it('a method name with punctuation is a spec error with the element path', () => {
    const e = errorOf(() => model(['x.xml', oneClass('auth', method('go!now'))]));
    expect(e.name).toBe('SpecError');
    expect(e.message).toBe(
      'x.xml:12:31: class auth > method go!now: the name gives identifier "AuthGo!now", which is not a valid identifier; use letters, digits and dashes, starting with a letter',
    );
  });

  it('a field name that is not an identifier', () => {
    const e = errorOf(() =>
      model([
        'x.xml',
        oneClass(
          'auth',
          '<method name="go" index="1"><chassis name="server"/><field name="9lives" domain="octet"/></method>',
        ),
      ]),
    );
    expect(e.message).toMatch(
      /^x\.xml:12:\d+: class auth > method go > field 9lives: the name gives field name \(after camelCasing\) "9lives", which is not a valid identifier/,
    );
  });

  it('method basic.header collides with the header encoder of class basic', () => {
    const e = errorOf(() =>
      model(['x.xml', oneClass('basic', method('header'), '<field name="content-type" domain="shortstr"/>')]),
    );
    expect(e.message).toBe(
      'x.xml:12:1: class basic > properties (header encoder): identifier "encodeBasicHeader" clashes with class basic > method header (encoder) (x.xml:12:78); rename one of them',
    );
  });

  it('a spec name may not take a name the package exports itself (field.array → FieldArray)', () => {
    expect(errorOf(() => model(['x.xml', oneClass('field', method('array'))])).message).toBe(
      'x.xml:12:32: class field > method array: identifier "FieldArray" is a name the package exports itself; rename the element',
    );
  });

  it('a constant whose name clashes with a class-id constant', () => {
    const xml = specXml('<constant name="auth-class-id" value="1"/><class name="auth" index="70"></class>');
    expect(errorOf(() => model(['x.xml', xml])).message).toMatch(
      /^x\.xml:12:\d+: class auth \(class id constant\): identifier "AUTH_CLASS_ID" clashes with constant auth-class-id/,
    );
  });

  it('file stems: a class may not take a package file, and two classes may not share one', () => {
    expect(errorOf(() => model(['x.xml', oneClass('methods', method('go'))])).message).toBe(
      'x.xml:12:1: class methods: file name methods.ts is taken by the package; rename the class',
    );
    const two = specXml('<class name="a_b" index="70"></class><class name="A-B-" index="71"></class>');
    expect(errorOf(() => model(['x.xml', two])).message).toMatch(/^x\.xml:12:\d+: class A-B-: identifier "AB" clashes/);
  });

  it("the list of the package's own names covers everything index.ts exports besides spec-derived names", () => {
    const index = readFileSync(join(REPO_ROOT, 'generated', 'src', 'index.ts'), 'utf8');
    const runtime = /export \{([^}]*)\} from '\.\/runtime\/index\.js'/.exec(index)![1];
    const names = runtime
      .split(',')
      .map((n) => n.replace(/\btype\b/, '').trim())
      .filter((n) => n !== '');
    for (const file of ['dispatch.ts', 'methods.ts']) {
      const text = readFileSync(join(REPO_ROOT, 'generated', 'src', file), 'utf8');
      for (const m of text.matchAll(/^export (?:declare )?(?:const|function|interface|type|class) (\w+)/gm))
        names.push(m[1]);
    }
    expect(names.length).toBeGreaterThan(40);
    expect(names.filter((n) => !PACKAGE_IDENTIFIERS.has(n))).toEqual([]);
  });
});
