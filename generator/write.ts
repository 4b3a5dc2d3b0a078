import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { OutputFiles } from './emit/emit.js';

/**
 * Writes the whole package to a temporary sibling directory, then swaps it in, so a
 * failure at any point leaves the previous output untouched.
 */
export function writeAtomically(outDir: string, files: OutputFiles): void {
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
    throw error;
  }
}

/** Paths that differ between `outDir` and `files`: changed, missing, or not generated any more. */
export function staleFiles(outDir: string, files: OutputFiles): string[] {
  const stale: string[] = [];
  const onDisk = new Set(existsSync(outDir) ? listFiles(outDir).map((f) => relative(outDir, f)) : []);
  for (const [path, text] of files) {
    if (!onDisk.has(path)) stale.push(`${path} (missing)`);
    else if (readFileSync(join(outDir, path), 'utf8') !== text) stale.push(`${path} (differs)`);
    onDisk.delete(path);
  }
  for (const path of onDisk) stale.push(`${path} (not generated)`);
  return stale.sort();
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}
