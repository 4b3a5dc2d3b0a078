import { readFileSync } from 'node:fs';
import { format, type Options } from 'prettier';
import type { OutputFiles } from './emit/emit.js';

/**
 * Formats TypeScript sources with the repo's pinned prettier and settings; other files pass through,
 * and so do those `keepAsIs` names (copies of templates that are formatted where they live, as
 * test/generator/templates-formatted.test.ts checks: formatting them again is half the time of this step).
 */
export async function formatFiles(
  files: OutputFiles,
  prettierConfigPath: string,
  keepAsIs: (path: string) => boolean = () => false,
): Promise<OutputFiles> {
  const options = JSON.parse(readFileSync(prettierConfigPath, 'utf8')) as Options;
  const out: OutputFiles = new Map();
  for (const [path, text] of files) {
    const formatted = path.endsWith('.ts') && !path.endsWith('.d.ts') && !keepAsIs(path);
    out.set(path, formatted ? await format(text, { ...options, parser: 'typescript' }) : text);
  }
  return out;
}
