import { readFileSync } from 'node:fs';
import { format, type Options } from 'prettier';
import type { OutputFiles } from './emit/emit.js';
import type { RenderHelper } from './render-helper.js';

/** The share of the text to format that goes to the helper thread, when there is one. */
const HELPER_SHARE = 0.5;

/**
 * Formats TypeScript sources with the repo's pinned prettier and settings; other files pass through,
 * and so do those `keepAsIs` names (copies of templates that are formatted where they live, as
 * test/generator/templates-formatted.test.ts checks: formatting them again is half the time of this step).
 * With a `helper`, about half of the text is formatted there, at the same time (same prettier, same options).
 */
export async function formatFiles(
  files: OutputFiles,
  prettierConfigPath: string,
  keepAsIs: (path: string) => boolean = () => false,
  helper?: RenderHelper,
): Promise<OutputFiles> {
  const options = JSON.parse(readFileSync(prettierConfigPath, 'utf8')) as Options;
  const toFormat = [...files].filter(([path]) => path.endsWith('.ts') && !path.endsWith('.d.ts') && !keepAsIs(path));
  const [mine, theirs] = helper === undefined ? [toFormat, []] : split(toFormat, HELPER_SHARE);
  const helped = theirs.length > 0 ? helper!.run('format', { files: theirs, options }) : Promise.resolve([]);
  const formatted = new Map<string, string>();
  for (const [path, text] of mine) formatted.set(path, await format(text, { ...options, parser: 'typescript' }));
  (await helped).forEach((text, i) => formatted.set(theirs[i]![0], text));
  const out: OutputFiles = new Map();
  for (const [path, text] of files) out.set(path, formatted.get(path) ?? text);
  return out;
}

/** `files` in two lists, the second holding about `share` of the characters. */
function split(files: [string, string][], share: number): [[string, string][], [string, string][]] {
  const total = files.reduce((sum, [, text]) => sum + text.length, 0);
  const mine: [string, string][] = [];
  const theirs: [string, string][] = [];
  let given = 0;
  for (const file of files) {
    if (given < total * share) {
      theirs.push(file);
      given += file[1].length;
    } else mine.push(file);
  }
  return [mine, theirs];
}
