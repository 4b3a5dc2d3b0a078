import { describe, expect, it } from 'vitest';
import { loadProtocol } from '../../generator/run.js';
import { defaultSpecSources, PLAIN_SPEC, resolvePackagedSpec } from '../../generator/spec-sources.js';
import { METHODS } from '@amqp-codegen/protocol';
import { errorOf, model, specXml } from '../helpers/spec.js';

const cls = (inner: string) =>
  specXml(
    `<class name="demo" index="10" handler="channel"><chassis name="client"/><chassis name="server"/>${inner}</class>`,
  );
const overlay = (inner: string) =>
  `<amqp major="0" minor="9" revision="1">\n<class name="demo" index="10">\n${inner}\n</class>\n</amqp>\n`;
const base = cls(
  '<method name="ask" index="10" label="ask it"><doc>Base docs.</doc><chassis name="server"/><field name="what" domain="shortstr"/><field name="flag" domain="bit"/></method>' +
    '<method name="ask-ok" index="11"><chassis name="client"/></method>',
);
/** The model of `base` (a.xml) overlaid by b.xml, which holds `inner` in class demo. */
const overBase = (inner: string) => model(['a.xml', base], ['b.xml', overlay(inner)]);

describe('merging definitions that differ only in docs', () => {
  it('keeps the first definition (and its docs) when a later one differs only in docs and label', () => {
    const p = overBase(
      '<method name="ask" index="10" label="other label"><doc>Other docs.</doc><chassis name="server"/><field name="what" domain="shortstr"><doc>x</doc></field><field name="flag" domain="bit"/></method>',
    );
    const ask = p.methods.find((m) => m.fullName === 'demo.ask')!;
    expect(ask.docs.label).toBe('ask it');
    expect(ask.docs.paragraphs).toEqual(['Base docs.']);
    expect(p.methods).toHaveLength(2);
  });

  it('a spec that already defines no-route (with other docs) merges with our overlay', () => {
    const [rabbitBase, ourOverlay] = defaultSpecSources();
    const withNoRoute = {
      displayName: 'extended.xml',
      text: specXml(
        '<constant name="no-route" value="312" class="soft-error"><doc>Their docs.</doc></constant>',
        false,
      ),
    };
    const p = loadProtocol([rabbitBase, withNoRoute, ourOverlay]);
    const noRoute = p.constants.filter((c) => c.specName === 'no-route');
    expect(noRoute).toHaveLength(1);
    expect(noRoute[0].docs.paragraphs).toEqual(['Their docs.']);
  });
});

describe('amending a method', () => {
  it('amend="true" changes synchronous and responses, keeping fields, docs and chassis', () => {
    const p = overBase('<method name="ask" index="10" synchronous="1" amend="true"><response name="ask-ok"/></method>');
    const ask = p.methods.find((m) => m.fullName === 'demo.ask')!;
    expect(ask.synchronous).toBe(true);
    expect(ask.responses).toEqual(['demo.ask-ok']);
    expect(ask.fields.map((f) => f.specName)).toEqual(['what', 'flag']);
    expect(ask.sentBy).toEqual(['client']);
    expect(ask.docs.paragraphs).toEqual(['Base docs.']);
  });

  // Each amendment or redefinition that would change the wire or the metadata silently is an error naming both places.
  it.each([
    [
      'amend="true" refuses a changed wire layout, naming the field that differs and both places',
      '<method name="ask" index="10" amend="true"><field name="what" domain="longstr"/><field name="flag" domain="bit"/></method>',
      'b.xml:3:1: class demo > method ask: amendment of method "ask" changes the wire layout (fields[0] (what).domain is "longstr" here but "shortstr" in the first definition) ' +
        '(first defined at a.xml:12:97: class demo > method ask). Leave the fields out to keep them, or mark the method amend="layout" to replace them',
    ],
    [
      'amend="true" refuses a change of content',
      '<method name="ask" index="10" content="1" amend="true"/>',
      'b.xml:3:1: class demo > method ask: amendment of method "ask" changes content (first defined at a.xml:12:97: class demo > method ask). ' +
        'Content changes what follows the method on the wire: mark it amend="layout"',
    ],
    [
      'without amend, a metadata difference is a conflict that names the attribute and suggests amend',
      '<method name="ask" index="10" synchronous="1"><chassis name="server"/><field name="what" domain="shortstr"/><field name="flag" domain="bit"/></method>',
      'b.xml:3:1: class demo > method ask: method "ask" is defined twice with different definitions: synchronous is true here but false in the first definition ' +
        '(first defined at a.xml:12:97: class demo > method ask). To change the earlier definition, mark this one <method … amend="true"> ' +
        '(metadata such as synchronous, chassis, responses) or amend="layout" (fields too); otherwise remove one of them',
    ],
  ])('%s', (_title, inner, message) => {
    expect(errorOf(() => overBase(inner)).message).toBe(message);
  });

  it('amend="layout" replaces the fields', () => {
    const p = overBase('<method name="ask" index="10" amend="layout"><field name="what" domain="longstr"/></method>');
    expect(p.methods.find((m) => m.fullName === 'demo.ask')!.fields.map((f) => `${f.specName}:${f.type}`)).toEqual([
      'what:longstr',
    ]);
  });

  it('an amendment must name an existing method by name and index', () => {
    expect(errorOf(() => overBase('<method name="tell" index="12" amend="true"/>')).message).toBe(
      'b.xml:3:1: class demo > method tell: amend="…" names no method defined by an earlier input; drop the amend attribute to add a new method',
    );
    expect(errorOf(() => overBase('<method name="ask" index="12" amend="true"/>')).message).toMatch(
      /^b\.xml:3:1: class demo > method ask: amendment of method "ask" has index 12 but the method has 10 \(first defined at a\.xml:12:97/,
    );
    expect(errorOf(() => overBase('<method name="ask" index="10" amend="maybe"/>')).message).toBe(
      'b.xml:3:1: class demo > method ask: amend="maybe" is neither "true" (change metadata) nor "layout" (change the wire layout too)',
    );
  });

  it('a property defined twice differently names the difference', () => {
    const props = (type: string) =>
      specXml(`<class name="media" index="20"><field name="kind" domain="${type}"/></class>`);
    expect(errorOf(() => model(['a.xml', props('shortstr')], ['b.xml', props('octet')])).message).toMatch(
      /^b\.xml:12:\d+: class media > field kind: property "kind" is defined twice with different definitions: domain is "octet" here but "shortstr" in the first definition \(first defined at a\.xml:12:\d+: class media > field kind\)\. Remove one/,
    );
  });
});

describe('the default spec amends basic.recover', () => {
  it('the model: basic.recover is synchronous, answered by basic.recover-ok (the base XML says neither)', () => {
    const plain = loadProtocol([resolvePackagedSpec(PLAIN_SPEC)]).methods.find((m) => m.fullName === 'basic.recover')!;
    expect([plain.synchronous, plain.responses]).toEqual([false, []]);
    const amended = loadProtocol(defaultSpecSources()).methods.find((m) => m.fullName === 'basic.recover')!;
    expect([amended.synchronous, amended.responses]).toEqual([true, ['basic.recover-ok']]);
    expect(amended.fields.map((f) => f.specName)).toEqual(['requeue']);
  });

  it('the committed package: METHODS says so', () => {
    expect(METHODS['basic.recover'].synchronous).toBe(true);
    expect(METHODS['basic.recover'].responses).toEqual(['basic.recover-ok']);
  });
});
