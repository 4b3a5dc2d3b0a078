import { readFileSync } from 'node:fs';
import type { Options } from 'prettier';
import type { OutputFiles } from './emit/emit.js';
import type { RenderHelper } from './render-helper.js';

/** A formatting under way; `helperTask` names the helper's task so a later helper task can start from its output. */
export interface Formatting {
  readonly files: Promise<OutputFiles>;
  readonly helperTask?: { readonly id: number; readonly paths: readonly string[] };
}

/**
 * Formats TypeScript sources with the repo's pinned prettier and settings; other files pass through,
 * and so do those `keepAsIs` names (copies of templates that are formatted where they live, as
 * test/generator/templates-formatted.test.ts checks: formatting them again is half the time of this step).
 * With a `helper`, all of it runs there (same prettier, same options), so this thread is free to
 * type-check meanwhile.
 */
export function formatFiles(
  files: OutputFiles,
  prettierConfigPath: string,
  keepAsIs: (path: string) => boolean = () => false,
  helper?: RenderHelper,
): Formatting {
  const options = JSON.parse(readFileSync(prettierConfigPath, 'utf8')) as Options;
  const toFormat = [...files].filter(([path]) => path.endsWith('.ts') && !path.endsWith('.d.ts') && !keepAsIs(path));
  const paths = toFormat.map(([path]) => path);
  const run = helper?.run('format', { files: toFormat, options });
  const texts = run ?? formatHere(toFormat, options);
  const formatted = texts.then((out) => {
    const byPath = new Map(out.map((text, i) => [paths[i]!, text]));
    return new Map([...files].map(([path, text]) => [path, byPath.get(path) ?? text]));
  });
  return { files: formatted, helperTask: run === undefined ? undefined : { id: run.id, paths } };
}

async function formatHere(files: [string, string][], options: Options): Promise<string[]> {
  // Loaded here only: with a helper, this thread never needs prettier.
  const { format } = await import('prettier');
  const out: string[] = [];
  for (const [, text] of files) out.push(await format(text, { ...options, parser: 'typescript' }));
  return out;
}
