import { readFileSync } from 'node:fs';
import { format, type Options } from 'prettier';
import type { OutputFiles } from './emit/emit.js';

/** Formats TypeScript sources with the repo's pinned prettier and settings; other files pass through. */
export async function formatFiles(files: OutputFiles, prettierConfigPath: string): Promise<OutputFiles> {
  const options = JSON.parse(readFileSync(prettierConfigPath, 'utf8')) as Options;
  const out: OutputFiles = new Map();
  for (const [path, text] of files) {
    out.set(
      path,
      path.endsWith('.ts') && !path.endsWith('.d.ts') ? await format(text, { ...options, parser: 'typescript' }) : text,
    );
  }
  return out;
}
