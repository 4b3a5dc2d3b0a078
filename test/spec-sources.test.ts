import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BASE_SPEC,
  PLAIN_SPEC,
  SpecSourceError,
  defaultSpecSources,
  readSpecSource,
  resolvePackagedSpec,
  type SpecSource,
} from '../generator/spec-sources.js';

describe('pinned spec files', () => {
  it.each([
    ['RabbitMQ-extended', BASE_SPEC],
    ['plain amqp.org', PLAIN_SPEC],
  ])('%s XML resolves inside amqp@0.2.7 and matches its sha256', (_label, spec) => {
    const src = resolvePackagedSpec(spec);
    expect(src.displayName).toBe(`amqp@0.2.7/${spec.file}`);
    expect(src.path.replaceAll('\\', '/')).toMatch(
      new RegExp(`/node_modules/amqp/${spec.file.replaceAll('.', '\\.')}$`),
    );
    expect(src.sha256).toBe(spec.sha256);
    const text = readSpecSource(src);
    expect(text).toContain('<amqp major = "0" minor = "9" revision = "1"');
    expect(text).toContain('\r\n'); // the published files are CRLF
  });

  it('defaultSpecSources() is the base XML followed by the overlay', () => {
    const sources = defaultSpecSources();
    expect(sources.map((s) => s.displayName)).toEqual([
      'amqp@0.2.7/amqp-0-9-1-rabbit.xml',
      'amqp-codegen@0.1.0/spec/rabbitmq-extensions.xml',
    ]);
    for (const s of sources) expect(() => readSpecSource(s)).not.toThrow();
  });

  it('refuses a package pinned to another version', () => {
    const call = () => resolvePackagedSpec({ ...BASE_SPEC, version: '9.9.9' });
    expect(call).toThrow(SpecSourceError);
    expect(call).toThrow(/0\.2\.7.*amqp@9\.9\.9/);
  });
});

describe('hash check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spec-sources-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects a copy with one byte changed, naming the file and both hashes', () => {
    const original = readFileSync(resolvePackagedSpec(BASE_SPEC).path);
    const tampered = Buffer.from(original);
    const at = tampered.indexOf('frame-min-size');
    expect(at).toBeGreaterThan(0);
    tampered[at] = 'F'.charCodeAt(0);
    const path = join(dir, 'tampered-amqp-0-9-1-rabbit.xml');
    writeFileSync(path, tampered);

    const src: SpecSource = { path, displayName: 'tampered copy', sha256: BASE_SPEC.sha256 };
    let err: unknown;
    try {
      readSpecSource(src);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SpecSourceError);
    const e = err as SpecSourceError;
    expect(e.name).toBe('SpecSourceError');
    expect(e.file).toBe(path);
    expect(e.message).toContain(path);
    expect(e.message).toContain('tampered copy');
    expect(e.message).toContain(`expected ${BASE_SPEC.sha256}`);
    expect(e.message).toMatch(/got [0-9a-f]{64}/);

    // The untouched bytes pass with the same hash.
    writeFileSync(path, original);
    expect(readSpecSource(src)).toBe(original.toString('utf8'));
  });

  it('reports a missing file as SpecSourceError', () => {
    const path = join(dir, 'missing.xml');
    expect(() => readSpecSource({ path, displayName: 'missing.xml' })).toThrow(SpecSourceError);
    expect(() => readSpecSource({ path, displayName: 'missing.xml' })).toThrow(path);
  });
});

// ---------------------------------------------------------------------------------------------
// The overlay, checked independently of the generator's own parser.

interface XmlNode {
  [key: string]: unknown;
}

const overlaySource = defaultSpecSources()[1]!;
const overlayText = readSpecSource(overlaySource);
const ARRAYS = new Set(['class', 'method', 'field', 'chassis', 'response', 'rule', 'doc']);
const parseSpec = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ARRAYS.has(name),
  }).parse(xml) as { amqp: XmlNode };
const overlay = parseSpec(overlayText);

const classes = overlay.amqp['class'] as XmlNode[];
const methods = (classes[0]?.['method'] ?? []) as XmlNode[];
const fieldsOf = (m: XmlNode) =>
  ((m['field'] ?? []) as XmlNode[]).map((f) => ({ name: f['name'], domain: f['domain'] }));
const chassisOf = (m: XmlNode) => ((m['chassis'] ?? []) as XmlNode[]).map((c) => c['name']);
const docText = (n: XmlNode) => ((n['doc'] ?? []) as unknown[]).map(String).join(' ').trim();

describe('spec/rabbitmq-extensions.xml', () => {
  it('is well-formed XML with an AMQP 0-9-1 root', () => {
    expect(XMLValidator.validate(overlayText)).toBe(true);
    expect(overlay.amqp).toMatchObject({ major: '0', minor: '9', revision: '1' });
  });

  it('extends the connection class (index 10), amends basic.recover and adds the no-route reply code', () => {
    expect(classes).toHaveLength(2);
    expect(classes[0]).toMatchObject({ name: 'connection', index: '10' });
    expect(classes[1]).toMatchObject({ name: 'basic', index: '60' });
    expect(classes[1]['method']).toEqual([
      { name: 'recover', index: '110', synchronous: '1', amend: 'true', response: [{ name: 'recover-ok' }] },
    ]);
    expect(
      Object.keys(overlay.amqp).filter((k) => !['major', 'minor', 'revision', 'class', 'constant'].includes(k)),
    ).toEqual([]);
    expect([overlay.amqp.constant].flat()).toMatchObject([{ name: 'no-route', value: '312' }]);
  });

  it('adds exactly the four methods with the right ids, fields and direction', () => {
    const summary = methods.map((m) => ({
      name: m['name'],
      index: m['index'],
      synchronous: m['synchronous'] ?? '0',
      chassis: chassisOf(m),
      response: ((m['response'] ?? []) as XmlNode[]).map((r) => r['name']),
      fields: fieldsOf(m),
    }));
    expect(summary).toEqual([
      {
        name: 'blocked',
        index: '60',
        synchronous: '0',
        chassis: ['client'],
        response: [],
        fields: [{ name: 'reason', domain: 'shortstr' }],
      },
      { name: 'unblocked', index: '61', synchronous: '0', chassis: ['client'], response: [], fields: [] },
      {
        name: 'update-secret',
        index: '70',
        synchronous: '1',
        chassis: ['server'],
        response: ['update-secret-ok'],
        fields: [
          { name: 'new-secret', domain: 'longstr' },
          { name: 'reason', domain: 'shortstr' },
        ],
      },
      { name: 'update-secret-ok', index: '71', synchronous: '1', chassis: ['client'], response: [], fields: [] },
    ]);
  });

  it('gives every method and field a label and documentation', () => {
    for (const m of methods) {
      expect(m['label'], `label of ${String(m['name'])}`).toMatch(/\S/);
      expect(docText(m), `doc of ${String(m['name'])}`).toMatch(/\S/);
      for (const f of (m['field'] ?? []) as XmlNode[]) {
        expect(f['label'], `label of ${String(m['name'])}.${String(f['name'])}`).toMatch(/\S/);
        expect(docText(f), `doc of ${String(m['name'])}.${String(f['name'])}`).toMatch(/\S/);
      }
    }
  });

  it('does not clash with a method of the base connection class', () => {
    const base = parseSpec(readSpecSource(resolvePackagedSpec(BASE_SPEC)));
    const baseConnection = (base.amqp['class'] as XmlNode[]).find((c) => c['name'] === 'connection')!;
    expect(baseConnection['index']).toBe('10');
    const baseMethods = baseConnection['method'] as XmlNode[];
    expect(baseMethods.length).toBeGreaterThan(0);
    for (const m of methods) {
      expect(baseMethods.map((b) => b['name'])).not.toContain(m['name']);
      expect(baseMethods.map((b) => b['index'])).not.toContain(m['index']);
    }
  });
});
