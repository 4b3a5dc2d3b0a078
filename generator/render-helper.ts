import { Worker } from 'node:worker_threads';

/** A task the render worker (generator/render-worker.mjs) runs: files in, one text per file out. */
export type HelperTask = 'format' | 'transpile';

/**
 * A second thread for a render: formatting and the CommonJS transpile are file by file, so part of
 * them runs there while the main thread emits, formats and type-checks (the machine's second core).
 */
export interface RenderHelper {
  readonly run: (task: HelperTask, input: { files: [string, string][] } & Record<string, unknown>) => Promise<string[]>;
  /** Ends the worker; pending tasks fail. */
  readonly close: () => void;
}

export class RenderHelperError extends Error {
  override readonly name = 'RenderHelperError';
}

/** Starts the worker now, so its tool loading overlaps whatever the main thread does next. */
export function startRenderHelper(): RenderHelper {
  const worker = new Worker(new URL('./render-worker.mjs', import.meta.url));
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
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, task, input });
      });
    },
    close() {
      void worker.terminate();
    },
  };
}
