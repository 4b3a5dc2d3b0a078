import { ts } from 'ts-morph';
import type { OutputFiles } from './emit/emit.js';

/** Where the CommonJS copy of the package lives; its package.json makes Node read it as CommonJS. */
export const CJS_DIR = 'dist/cjs';

const CJS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  // Type-only exports are already marked in the sources, so each file transpiles on its own.
  isolatedModules: true,
  esModuleInterop: false,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * Adds a CommonJS build beside the ESM one, from the same sources: each src/*.ts is transpiled
 * alone (the ESM compile has already type-checked them), and the ESM declarations are copied so
 * TypeScript sees CommonJS types for `require` (no TS1479 under node16/nodenext).
 */
export function addCommonJsBuild(files: OutputFiles): OutputFiles {
  const out: OutputFiles = new Map(files);
  for (const [path, text] of files) {
    if (path.startsWith('src/') && path.endsWith('.ts')) {
      const { outputText } = ts.transpileModule(text, { compilerOptions: CJS_OPTIONS, fileName: path });
      out.set(`${CJS_DIR}/${path.slice('src/'.length, -'.ts'.length)}.js`, outputText);
    } else if (path.startsWith('dist/') && path.endsWith('.d.ts')) {
      out.set(`${CJS_DIR}/${path.slice('dist/'.length)}`, text);
    }
  }
  out.set(`${CJS_DIR}/package.json`, `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  return out;
}
