import { Worker } from 'node:worker_threads';
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

/** A CommonJS build in a worker thread: `transpile` hands it the sources, `addTo` collects. */
export interface CommonJsBuild {
  /** Starts transpiling every src/*.ts of `files` (formatted sources) in the worker. */
  readonly transpile: (files: OutputFiles) => void;
  /** `files` (the ESM compile's output) plus dist/cjs: the transpiled sources and the declarations. */
  readonly addTo: (files: OutputFiles) => Promise<OutputFiles>;
}

const isSource = (path: string): boolean => path.startsWith('src/') && path.endsWith('.ts');

/**
 * Starts the worker that builds the CommonJS copy beside the ESM one, from the same sources: each
 * src/*.ts is transpiled alone (the ESM compile type-checks them), and the ESM declarations are
 * copied so TypeScript sees CommonJS types for `require` (no TS1479 under node16/nodenext).
 * Started before the sources exist, so its TypeScript load and then its transpiling run beside the
 * main thread's emit and type-check (on a second core), not after them.
 */
export function startCommonJsBuild(): CommonJsBuild {
  const worker = new Worker(new URL('./transpile-worker.mjs', import.meta.url));
  // Until it is handed work, an idle worker must not keep alive a process whose render failed.
  worker.unref();
  const outputs = new Promise<Map<string, string>>((resolve, reject) => {
    worker.once('message', (reply: { paths: string[]; outputs?: string[]; error?: string }) => {
      void worker.terminate();
      if (reply.outputs === undefined) reject(new Error(`CommonJS transpile failed: ${reply.error}`));
      else resolve(new Map(reply.paths.map((path, i) => [path, reply.outputs![i]!])));
    });
    worker.once('error', reject);
  });
  // A render that fails before addTo leaves this rejection unobserved: not an unhandled one.
  outputs.catch(() => undefined);

  const transpile = (files: OutputFiles): void => {
    worker.ref();
    worker.postMessage({ sources: [...files].filter(([path]) => isSource(path)), compilerOptions: CJS_OPTIONS });
  };
  const addTo = async (files: OutputFiles): Promise<OutputFiles> => {
    const transpiled = await outputs;
    const out: OutputFiles = new Map(files);
    for (const [path, text] of files) {
      if (isSource(path)) {
        const js = transpiled.get(path);
        if (js === undefined) throw new Error(`CommonJS transpile has no output for ${path}`);
        out.set(`${CJS_DIR}/${path.slice('src/'.length, -'.ts'.length)}.js`, js);
      } else if (path.startsWith('dist/') && path.endsWith('.d.ts')) {
        out.set(`${CJS_DIR}/${path.slice('dist/'.length)}`, text);
      }
    }
    out.set(`${CJS_DIR}/package.json`, `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
    return out;
  };
  return { transpile, addTo };
}
