import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { OutputFiles } from './emit.js';

/** The engine's entry point in the package template: its export key, its folder (for node10 resolution). */
const ENGINE_EXPORT = './engine';
const ENGINE_DIR = 'engine';
/** The README's engine section stands between these two lines in the template; neither is output. */
const ENGINE_SECTION_START = '<!-- engine -->';
const ENGINE_SECTION_END = '<!-- /engine -->';

/**
 * The package skeleton from templates/package (package.json, README, LICENSE, engine/package.json …),
 * copied as it is. Without an engine (a protocol it does not fit), the template's engine entry point
 * is left out: no `./engine` export, no `engine/` folder, no engine section in the README, so nothing
 * points at files that do not exist.
 */
export function packageFiles(packageDir: string, withEngine: boolean): OutputFiles {
  const files: OutputFiles = new Map();
  for (const name of readdirSync(packageDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(packageDir, name);
    const outPath = name.split(sep).join('/');
    if (!withEngine && outPath.startsWith(`${ENGINE_DIR}/`)) continue;
    if (!statSync(path).isFile()) continue;
    const text = readFileSync(path, 'utf8');
    files.set(outPath, outPath === 'README.md' ? readmeFor(text, withEngine, path) : text);
  }
  const manifest = files.get('package.json');
  if (!withEngine && manifest !== undefined) {
    const pkg = JSON.parse(manifest) as { exports?: Record<string, unknown>; files?: string[] };
    if (pkg.exports) delete pkg.exports[ENGINE_EXPORT];
    if (pkg.files) pkg.files = pkg.files.filter((f) => f !== ENGINE_DIR);
    files.set('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  }
  return files;
}

/**
 * The README with its engine section kept (markers dropped) or cut together with the blank lines
 * that led up to it. A template without the markers is copied as it is.
 */
function readmeFor(text: string, withEngine: boolean, path: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(ENGINE_SECTION_START);
  if (start === -1) return text;
  const end = lines.indexOf(ENGINE_SECTION_END, start);
  if (end === -1) {
    throw new Error(
      `${path}: an engine section opened by "${ENGINE_SECTION_START}" needs a "${ENGINE_SECTION_END}" line`,
    );
  }
  const before = lines.slice(0, start);
  const after = lines.slice(end + 1);
  if (withEngine) return [...before, ...lines.slice(start + 1, end), ...after].join('\n');
  while (before.length > 0 && before[before.length - 1] === '') before.pop();
  return [...before, ...after].join('\n');
}
