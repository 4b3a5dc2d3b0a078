// Worker thread of a render (generator/render-helper.ts): formats and transpiles its share of the
// generated sources while the main thread does the rest. Plain JavaScript, so it runs without tsx's
// loader (the bin registers that loader in the main thread only). It loads prettier and the
// TypeScript that ts-morph bundles — the very tools the main thread uses — as soon as it starts,
// so those loads overlap the main thread's emit.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const fromGenerator = createRequire(import.meta.url);
const ts = createRequire(fromGenerator.resolve('ts-morph'))('@ts-morph/common/dist/typescript.js');
const prettier = import('prettier');

const tasks = {
  /** [path, text][] → formatted texts, in order. */
  async format({ files, options }) {
    const { format } = await prettier;
    const out = [];
    for (const [, text] of files) out.push(await format(text, { ...options, parser: 'typescript' }));
    return out;
  },
  /** [path, text][] → CommonJS texts, each file transpiled alone, in order. */
  async transpile({ files, compilerOptions }) {
    return files.map(([fileName, text]) => ts.transpileModule(text, { compilerOptions, fileName }).outputText);
  },
};

parentPort.on('message', async ({ id, task, input }) => {
  try {
    parentPort.postMessage({ id, output: await tasks[task](input) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
