// Worker thread of a render (generator/render-helper.ts): formats the generated sources while the
// main thread type-checks them, then transpiles the CommonJS copy. Plain JavaScript, so it runs
// without tsx's loader (the bin registers that loader in the main thread only). It loads prettier
// and the TypeScript that ts-morph bundles — the very tools the main thread uses — as soon as it
// starts, so those loads overlap the main thread's emit.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const fromGenerator = createRequire(import.meta.url);
const prettier = import('prettier');
const typescript = prettier.then(() =>
  createRequire(fromGenerator.resolve('ts-morph'))('@ts-morph/common/dist/typescript.js'),
);

/** Outputs of the tasks run so far, by task id: a later task may start from one. */
const outputs = new Map();

const tasks = {
  /** [path, text][] → formatted texts, in order. */
  async format({ files, options }) {
    const { format } = await prettier;
    const out = [];
    for (const [, text] of files) out.push(await format(text, { ...options, parser: 'typescript' }));
    return out;
  },
  /**
   * [path, text][] → CommonJS texts, each file transpiled alone, in order; with `after` (a format
   * task's id and its paths), that task's output first.
   */
  async transpile({ files, after, compilerOptions }) {
    const ts = await typescript;
    const earlier = after === undefined ? [] : (await outputs.get(after.id)).map((text, i) => [after.paths[i], text]);
    return [...earlier, ...files].map(
      ([fileName, text]) => ts.transpileModule(text, { compilerOptions, fileName }).outputText,
    );
  },
};

parentPort.on('message', async ({ id, task, input }) => {
  const output = tasks[task](input);
  outputs.set(id, output);
  try {
    parentPort.postMessage({ id, output: await output });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
