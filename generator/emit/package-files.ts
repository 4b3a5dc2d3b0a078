import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { OutputFiles } from './emit.js';

/** The engine's entry point in the package template: its export key, its folder (for node10 resolution). */
const ENGINE_EXPORT = './engine';
const ENGINE_DIR = 'engine';

/**
 * The package skeleton from templates/package (package.json, README, LICENSE, engine/package.json …),
 * copied as it is. Without an engine (a protocol it does not fit), the template's engine entry point
 * is left out: no `./engine` export, no `engine/` folder, so nothing points at files that do not exist.
 */
export function packageFiles(packageDir: string, withEngine: boolean): OutputFiles {
  const files: OutputFiles = new Map();
  for (const name of readdirSync(packageDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(packageDir, name);
    const outPath = name.split(sep).join('/');
    if (!withEngine && outPath.startsWith(`${ENGINE_DIR}/`)) continue;
    if (statSync(path).isFile()) files.set(outPath, readFileSync(path, 'utf8'));
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
