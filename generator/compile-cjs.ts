import { ts } from 'ts-morph';
import type { OutputFiles } from './emit/emit.js';
import type { RenderHelper } from './render-helper.js';

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

const isSource = (path: string): boolean => path.startsWith('src/') && path.endsWith('.ts');

/**
 * Starts building the CommonJS copy beside the ESM one, from the same (formatted) sources: each
 * src/*.ts is transpiled alone, in the helper thread while the caller type-checks them for the ESM
 * build. `addTo` then adds the output and copies the ESM declarations, so TypeScript sees CommonJS
 * types for `require` (no TS1479 under node16/nodenext).
 */
export function startCommonJsBuild(sources: OutputFiles, helper: RenderHelper) {
  const files = [...sources].filter(([path]) => isSource(path));
  const transpiled = helper.run('transpile', { files, compilerOptions: CJS_OPTIONS });
  // A compile that fails first leaves this promise unobserved: not an unhandled rejection.
  transpiled.catch(() => undefined);
  const addTo = async (compiled: OutputFiles): Promise<OutputFiles> => {
    const js = new Map((await transpiled).map((text, i) => [files[i]![0], text]));
    const out: OutputFiles = new Map(compiled);
    for (const [path, text] of compiled) {
      if (isSource(path)) {
        const output = js.get(path);
        if (output === undefined) throw new Error(`the CommonJS transpile has no output for ${path}`);
        out.set(`${CJS_DIR}/${path.slice('src/'.length, -'.ts'.length)}.js`, output);
      } else if (path.startsWith('dist/') && path.endsWith('.d.ts')) {
        out.set(`${CJS_DIR}/${path.slice('dist/'.length)}`, text);
      }
    }
    out.set(`${CJS_DIR}/package.json`, `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
    return out;
  };
  return { addTo };
}
