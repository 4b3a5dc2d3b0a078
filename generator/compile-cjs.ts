import { ts } from 'ts-morph';
import type { OutputFiles } from './emit/emit.js';
import type { Formatting } from './format.js';
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
 * Starts building the CommonJS copy from the formatted sources, each src/*.ts transpiled alone in
 * the helper thread: the files it formats as soon as they are formatted (no round trip through
 * this thread, which is type-checking meanwhile), the others (`emitted` that the formatting leaves
 * as they are) with them. `addTo` then adds the output and copies the ESM declarations, so
 * TypeScript sees CommonJS types for `require` (no TS1479 under node16/nodenext).
 */
export function startCommonJsBuild(emitted: OutputFiles, formatting: Formatting, helper: RenderHelper) {
  const task = formatting.helperTask;
  const formatted = new Set(task?.paths);
  const rest = [...emitted].filter(([path]) => isSource(path) && !formatted.has(path));
  const paths = [...(task?.paths ?? []), ...rest.map(([path]) => path)];
  const transpiled = helper.run('transpile', { files: rest, after: task, compilerOptions: CJS_OPTIONS });
  // A compile that fails first leaves this promise unobserved: not an unhandled rejection.
  transpiled.catch(() => undefined);
  const addTo = async (compiled: OutputFiles): Promise<OutputFiles> => {
    const js = new Map((await transpiled).map((text, i) => [paths[i]!, text]));
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
