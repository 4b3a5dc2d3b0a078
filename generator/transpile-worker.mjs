// Worker thread of generator/compile-cjs.ts: transpiles sources to CommonJS while the main thread
// type-checks them. Plain JavaScript, so it runs without tsx's loader (the bin registers that loader
// in the main thread only). It loads the TypeScript that ts-morph bundles — the compiler the main
// thread uses — as soon as it starts, so that load overlaps the main thread's emit.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const fromGenerator = createRequire(import.meta.url);
const ts = createRequire(fromGenerator.resolve('ts-morph'))('@ts-morph/common/dist/typescript.js');

parentPort.once('message', ({ sources, compilerOptions }) => {
  try {
    const outputs = sources.map(
      ([fileName, text]) => ts.transpileModule(text, { compilerOptions, fileName }).outputText,
    );
    parentPort.postMessage({ paths: sources.map(([path]) => path), outputs });
  } catch (error) {
    parentPort.postMessage({
      paths: [],
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
