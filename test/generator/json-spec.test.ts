import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as xmlPackage from '@amqp-codegen/protocol';
import type { Protocol } from '../../generator/model/types.js';
import { generate, loadProtocol, REPO_ROOT } from '../../generator/run.js';
import { defaultSpecSources } from '../../generator/spec-sources.js';
import { errorOf } from '../helpers/spec.js';

const jsonDir = join(REPO_ROOT, 'spec', 'rabbitmq-codegen');
const jsonSpec = (file: string) => ({ path: join(jsonDir, file), displayName: file });
const MAIN = jsonSpec('amqp-rabbitmq-0.9.1.json');

/** Per method: ids, content flag and the wire type of every field in order. */
const wireSignature = (p: Protocol) =>
  new Map(
    p.methods.map((m) => [
      m.fullName,
      `${m.classId}/${m.methodId} content=${m.content} ${m.fields.map((f) => f.type).join(',')}`,
    ]),
  );

describe("rabbitmq-codegen's JSON spec", () => {
  it('gives the same wire model as the default XML inputs (the JSON adds only the old access class)', () => {
    const json = wireSignature(loadProtocol([MAIN]));
    const xml = wireSignature(loadProtocol(defaultSpecSources()));
    for (const [name, signature] of xml) expect(json.get(name), name).toBe(signature);
    expect([...json.keys()].filter((n) => !xml.has(n))).toEqual(['access.request', 'access.request-ok']);
    const props = (p: Protocol) =>
      p.classes.map((c) => `${c.specName}:${c.properties.map((q) => q.field.type).join(',')}`);
    expect(
      props(loadProtocol([MAIN], ['connection', 'channel', 'exchange', 'queue', 'basic', 'tx', 'confirm'])),
    ).toEqual(props(loadProtocol(defaultSpecSources())));
  });

  it('fills what JSON lacks: no docs, both peers may send, x answered by x-ok, no reserved fields', () => {
    const p = loadProtocol([MAIN]);
    const get = (n: string) => p.methods.find((m) => m.fullName === n)!;
    expect(get('basic.recover').responses).toEqual(['basic.recover-ok']);
    expect(get('basic.get').responses).toEqual(['basic.get-ok']);
    expect(get('basic.ack').responses).toEqual([]);
    expect(get('connection.start').sentBy).toEqual(['client', 'server']);
    expect(get('queue.declare').fields[0]).toMatchObject({ specName: 'ticket', reserved: false, type: 'short' });
    expect(get('queue.declare').docs.paragraphs).toEqual([]);
    expect(p.constants.find((c) => c.name === 'NO_ROUTE')).toMatchObject({ specName: 'no-route', errorClass: 'soft' });
    expect(p.classes.find((c) => c.specName === 'connection')!.channelZeroOnly).toBe(true);
  });

  it('merges extension documents in order (credit adds basic methods, demo a class, a domain and a constant)', () => {
    const p = loadProtocol([MAIN, jsonSpec('credit_extension.json'), jsonSpec('demo_extension.json')]);
    const credit = p.methods.find((m) => m.fullName === 'basic.credit')!;
    expect([credit.classId, credit.methodId, credit.synchronous, credit.responses]).toEqual([
      60,
      200,
      true,
      ['basic.credit-ok'],
    ]);
    expect(credit.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'consumerTag:shortstr',
      'credit:long',
      'drain:bit',
    ]);
    expect(p.methods.find((m) => m.fullName === 'demo.one')).toMatchObject({ classId: 555, methodId: 1, fields: [] });
    expect(p.constants.find((c) => c.name === 'FOO_CONSTANT')?.value).toBe(121212);
  });

  it('JSON and XML inputs mix in one list (JSON base, XML overlay amending a method)', () => {
    const overlay = {
      displayName: 'amend.xml',
      text: '<amqp major="0" minor="9" revision="1"><class name="basic" index="60"><method name="ack" index="80" amend="true"><chassis name="server"/></method></class></amqp>',
    };
    const p = loadProtocol([MAIN, overlay]);
    expect(p.methods.find((m) => m.fullName === 'basic.ack')!.sentBy).toEqual(['client']);
  });

  it('a conflict with a JSON definition gives its line and column too', () => {
    const clash = {
      displayName: 'clash.xml',
      text: '<amqp major="0" minor="9" revision="1">\n<class name="basic" index="60">\n<method name="ack" index="80"><chassis name="client"/><chassis name="server"/><field name="delivery-tag" type="longlong"/></method>\n</class>\n</amqp>',
    };
    expect(errorOf(() => loadProtocol([MAIN, clash])).message).toBe(
      'clash.xml:3:1: class basic > method ack: method "ack" is defined twice with different definitions: fields[1] (multiple) is missing here ' +
        '(first defined at amqp-rabbitmq-0.9.1.json:406:25: class basic > method ack). To change the earlier definition, mark this one ' +
        '<method … amend="true"> (metadata such as synchronous, chassis, responses) or amend="layout" (fields too); otherwise remove one of them',
    );
  });

  it('errors: malformed JSON with line and column, a wrong shape with its path, neither XML nor JSON', () => {
    expect(
      errorOf(() => loadProtocol([{ displayName: 'bad.json', text: '{\n  "classes": [\n    {,}\n  ]\n}' }])).message,
    ).toMatch(/^bad\.json:3:6: malformed JSON: /);
    expect(
      errorOf(() =>
        loadProtocol([
          { displayName: 'bad.json', text: '{"classes": [{"name": "x", "id": 1, "methods": [{"name": "m"}]}]}' },
        ]),
      ).message,
    ).toBe('bad.json:1:49: class x > method m: missing "id" (a string or number)');
    expect(
      errorOf(() =>
        loadProtocol([
          {
            displayName: 'bad.json',
            text: '{"classes": [{"name": "x", "id": 1, "methods": [{"name": "m", "id": 1, "arguments": [{"name": "a"}]}]}]}',
          },
        ]),
      ).message,
    ).toBe('bad.json:1:86: class x > method m > field a: field needs a "domain" or a "type"');
    const neither = errorOf(() => loadProtocol([{ displayName: 'spec.yaml', text: 'amqp:\n  classes: []\n' }]));
    expect(neither.name).toBe('SpecError');
    expect(neither.message).toBe(
      'spec.yaml:1:1: neither an AMQP spec XML document (starting with "<") nor a rabbitmq-codegen JSON document (starting with "{"): it starts with "amqp:\\n  classes: []\\n"',
    );
  });
});

/** The package generated from JSON, loaded from disk, against the committed one from XML. */
describe('JSON and XML packages encode the same bytes', () => {
  let dir: string;
  let jsonPackage: typeof xmlPackage;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'amqp-codegen-json-'));
    await generate({ specs: [MAIN], outDir: join(dir, 'pkg') });
    jsonPackage = await import(pathToFileURL(join(dir, 'pkg', 'dist', 'index.js')).href);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A distinct value of each wire type for field i; reserved fields are zero (what XML writes). */
  const valueOf = (type: string, i: number, reserved: boolean): unknown => {
    const values: Record<string, unknown> = reserved
      ? { bit: false, octet: 0, short: 0, long: 0, longlong: 0, timestamp: 0, shortstr: '', longstr: '', table: {} }
      : {
          bit: i % 2 === 0,
          octet: 7 + i,
          short: 300 + i,
          long: 70000 + i,
          longlong: 2n ** 40n + BigInt(i),
          timestamp: 1700000000 + i,
          shortstr: `s${i}`,
          longstr: `L${i}`,
          table: { k: i, nested: { s: 'x' } },
        };
    return values[type];
  };

  it('every method: the same arguments by position give identical frames', () => {
    const names = Object.keys(xmlPackage.METHODS) as (keyof typeof xmlPackage.METHODS)[];
    expect(names.length).toBe(64);
    for (const name of names) {
      const xmlFields = xmlPackage.METHODS[name].fields;
      const jsonFields = jsonPackage.METHODS[name].fields;
      expect(
        jsonFields.map((f) => f.type),
        name,
      ).toEqual(xmlFields.map((f) => f.type));
      const xmlArgs: Record<string, unknown> = {};
      const jsonArgs: Record<string, unknown> = {};
      xmlFields.forEach((f, i) => {
        const value = valueOf(f.type, i, f.reserved);
        if (!f.reserved) xmlArgs[f.name] = value;
        jsonArgs[jsonFields[i].name] = value;
      });
      const channel = xmlPackage.METHODS[name].channelZeroOnly ? 0 : 3;
      const fromXml = xmlPackage.encodeMethod(channel, { name, args: xmlArgs } as never);
      const fromJson = jsonPackage.encodeMethod(channel, { name, args: jsonArgs } as never);
      expect(Buffer.from(fromJson).toString('hex'), name).toBe(Buffer.from(fromXml).toString('hex'));
    }
  });

  it('content headers: the same properties give identical header frames', () => {
    const properties = {
      contentType: 'text/plain',
      headers: { a: 1 },
      deliveryMode: 2,
      priority: 0,
      timestamp: 1700000000,
    };
    // The last property is `reserved` in the XML and `cluster-id` in the JSON: same flag, same type.
    const xmlFrame = xmlPackage.encodeBasicHeader(1, 5, { ...properties, reserved: 'c' });
    const jsonFrame = jsonPackage.encodeBasicHeader(1, 5, { ...properties, clusterId: 'c' } as never);
    expect(Buffer.from(jsonFrame).toString('hex')).toBe(Buffer.from(xmlFrame).toString('hex'));
    const layout = (props: readonly { type: string; reserved: boolean }[]) => props.map((p) => p.type);
    expect(layout(jsonPackage.CONTENT_PROPERTIES.basic)).toEqual(layout(xmlPackage.CONTENT_PROPERTIES.basic));
    expect(xmlPackage.CONTENT_PROPERTIES.basic.at(-1)).toMatchObject({ specName: 'reserved', type: 'shortstr' });
    expect(jsonPackage.CONTENT_PROPERTIES.basic.at(-1)).toMatchObject({ specName: 'cluster-id', type: 'shortstr' });
  });
});
