import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCommonJsBuild } from './compile-cjs.js';
import { compilePackage } from './compile.js';
import { emitPackage, type OutputFiles } from './emit/emit.js';
import { formatFiles } from './format.js';
import { buildProtocol } from './model/build.js';
import { mergeSpecs } from './model/merge.js';
import type { Protocol } from './model/types.js';
import { readSpec } from './parse/read-spec.js';
import { readSpecSource, type SpecSource } from './spec-sources.js';
import { staleFiles, writeAtomically } from './write.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface GenerateOptions {
  readonly specs: readonly SpecSource[];
  readonly outDir: string;
  readonly templatesDir?: string;
  readonly prettierConfig?: string;
}

/** Spec files → validated model. */
export function loadProtocol(specs: readonly SpecSource[]): Protocol {
  const raw = specs.map((src) => readSpec(readSpecSource(src), src.displayName));
  return buildProtocol(mergeSpecs(raw));
}

/** Spec files → every output file, formatted and compiled, in memory. */
export async function renderPackage(options: GenerateOptions): Promise<OutputFiles> {
  const protocol = loadProtocol(options.specs);
  const emitted = emitPackage(protocol, { templatesDir: options.templatesDir ?? join(REPO_ROOT, 'templates') });
  const formatted = await formatFiles(emitted, options.prettierConfig ?? join(REPO_ROOT, '.prettierrc.json'));
  return addCommonJsBuild(compilePackage(formatted));
}

/** Regenerates `outDir` atomically; returns the number of files written. */
export async function generate(options: GenerateOptions): Promise<number> {
  const files = await renderPackage(options);
  writeAtomically(options.outDir, files);
  return files.size;
}

/** Lists the files in `outDir` that differ from what generate would write. */
export async function check(options: GenerateOptions): Promise<string[]> {
  return staleFiles(options.outDir, await renderPackage(options));
}
