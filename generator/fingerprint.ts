import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

/**
 * A sha256 over everything a render depends on: the spec bytes, the templates, the generator's own
 * sources, the prettier settings, the versions of the tools that print and compile (ts-morph pins its
 * own TypeScript), and the options.
 * Equal fingerprints mean equal output (the render is deterministic), so a directory whose manifest
 * carries the same fingerprint need not be rendered again to be checked.
 */
export function fingerprint(parts: {
  readonly specs: readonly { readonly displayName: string; readonly text: string }[];
  readonly templatesDir: string;
  readonly generatorDir: string;
  readonly prettierConfig: string;
  readonly options: unknown;
}): string {
  const hash = createHash('sha256');
  const add = (label: string, value: string | Buffer) => hash.update(`${label}\0${value.length}\0`).update(value);
  for (const spec of parts.specs) add(`spec ${spec.displayName}`, spec.text);
  for (const dir of [parts.templatesDir, parts.generatorDir])
    for (const file of filesUnder(dir)) add(`file ${relative(dir, file)}`, readFileSync(file));
  add('prettier config', readFileSync(parts.prettierConfig));
  const require = createRequire(import.meta.url);
  for (const tool of ['prettier', 'ts-morph']) {
    const version = (JSON.parse(readFileSync(require.resolve(`${tool}/package.json`), 'utf8')) as { version: string })
      .version;
    add(`tool ${tool}`, version);
  }
  add('options', JSON.stringify(parts.options));
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}
