/**
 * The package skeleton: given a template folder, want these exact files. The README's engine section
 * (between `<!-- engine -->` and `<!-- /engine -->` lines) documents an entry point that exists only
 * when the engine is emitted: kept without its markers then, cut with the blank line before it otherwise.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageFiles } from '../../../generator/emit/package-files.js';

const CODEC = ['# pkg', '', '## Codec', '', 'Encoders and decoders.'];
const ENGINE = ['## The engine', '', 'A client core.'];
const LICENSE = ['', '## License', '', 'MIT', ''];
const README = [...CODEC, '', '<!-- engine -->', ...ENGINE, '<!-- /engine -->', ...LICENSE].join('\n');

describe('packageFiles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'amqp-codegen-package-'));
    writeFileSync(join(dir, 'README.md'), README);
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'pkg',
        exports: { '.': './dist/index.js', './engine': './dist/engine/index.js' },
        files: ['dist', 'engine'],
      }),
    );
    mkdirSync(join(dir, 'engine'));
    writeFileSync(join(dir, 'engine', 'package.json'), '{}\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** Runs `check` with the template's README replaced by `text`. */
  const withReadme = (text: string, check: () => void) => {
    writeFileSync(join(dir, 'README.md'), text);
    try {
      check();
    } finally {
      writeFileSync(join(dir, 'README.md'), README);
    }
  };

  it('with the engine: the README keeps its engine section, without the marker lines; the engine folder stays', () => {
    const files = packageFiles(dir, true);
    expect(files.get('README.md')).toBe([...CODEC, '', ...ENGINE, ...LICENSE].join('\n'));
    expect([...files.keys()]).toEqual(['README.md', 'engine/package.json', 'package.json']);
  });

  it('without the engine: no engine section in the README, no ./engine export, no engine folder', () => {
    const files = packageFiles(dir, false);
    expect(files.get('README.md')).toBe([...CODEC, ...LICENSE].join('\n'));
    expect([...files.keys()]).toEqual(['README.md', 'package.json']);
    expect(JSON.parse(files.get('package.json')!)).toEqual({
      name: 'pkg',
      exports: { '.': './dist/index.js' },
      files: ['dist'],
    });
  });

  it('an engine section at the end of the README leaves the text before it ending in one newline', () => {
    withReadme('Codec.\n\n<!-- engine -->\n## The engine\n<!-- /engine -->\n', () => {
      expect(packageFiles(dir, false).get('README.md')).toBe('Codec.\n');
      expect(packageFiles(dir, true).get('README.md')).toBe('Codec.\n\n## The engine\n');
    });
  });

  it('an unclosed engine section is an error naming the file', () => {
    withReadme('Codec.\n\n<!-- engine -->\n## The engine\n', () => {
      expect(() => packageFiles(dir, false)).toThrowError(`${join(dir, 'README.md')}: an engine section opened by`);
    });
  });
});

describe('the package template (templates/package)', () => {
  const templateDir = join(import.meta.dirname, '..', '..', '..', 'templates', 'package');
  const template = readFileSync(join(templateDir, 'README.md'), 'utf8');

  it('with the engine, the README is the template without the two marker lines', () => {
    expect(template.split('\n').filter((l) => l === '<!-- engine -->' || l === '<!-- /engine -->')).toHaveLength(2);
    expect(packageFiles(templateDir, true).get('README.md')).toBe(
      template.replace('<!-- engine -->\n', '').replace('<!-- /engine -->\n', ''),
    );
  });

  it('without the engine, the README names no engine entry point', () => {
    const readme = packageFiles(templateDir, false).get('README.md')!;
    expect(readme).not.toContain('## The protocol engine');
    expect(readme).not.toContain('/engine');
    expect(readme).not.toContain('<!--');
    expect(readme.endsWith('\n') && !readme.endsWith('\n\n')).toBe(true);
  });
});
