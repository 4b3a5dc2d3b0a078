import { Worker } from 'node:worker_threads';

/** A task the render worker (generator/render-worker.mjs) runs: files in, one text per file out. */
export type HelperTask = 'format' | 'transpile';

/**
 * A second thread for a render: formatting and the CommonJS transpile are file by file and need no
 * type information, so they run there while the main thread type-checks and emits the ESM build
 * (the machine's second core).
 */
export interface RenderHelper {
  /** Queues a task; its `id` lets a later task start from its output without a round trip. */
  readonly run: (task: HelperTask, input: { files: [string, string][] } & Record<string, unknown>) => HelperRun;
  /** Ends the worker; pending tasks fail. */
  readonly close: () => void;
}

export type HelperRun = Promise<string[]> & { readonly id: number };

export class RenderHelperError extends Error {
  override readonly name = 'RenderHelperError';
}

/** Starts the worker now, so its tool loading overlaps whatever the main thread does next. */
export function startRenderHelper(): RenderHelper {
  // Plain JavaScript: no loader flags (tsx's hooks would cost the worker a start-up and a scan of
  // every module it loads, ~0.2 s for the TypeScript compiler alone).
  const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), { execArgv: [] });
  const pending = new Map<number, { resolve: (out: string[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  // Only pending tasks keep the process alive: an idle helper never holds up an exit.
  worker.unref();
  worker.on('message', (reply: { id: number; output?: string[]; error?: string }) => {
    const task = pending.get(reply.id);
    if (task === undefined) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.output !== undefined) task.resolve(reply.output);
    else task.reject(new RenderHelperError(reply.error ?? 'render worker failed'));
  });
  const failAll = (error: Error): void => {
    for (const task of pending.values()) task.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new RenderHelperError(`render worker exited (${code})`)));

  return {
    run(task, input) {
      const id = nextId++;
      worker.ref();
      const output = new Promise<string[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, task, input });
      });
      return Object.assign(output, { id });
    },
    close() {
      void worker.terminate();
    },
  };
}
