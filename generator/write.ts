import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { OutputFiles } from './emit/emit.js';

/**
 * The marker the generator leaves in every directory it writes: what it wrote (with hashes) and a
 * fingerprint of the inputs it wrote it from. A directory is only ever replaced when it is absent,
 * empty, or carries this file.
 */
export const MANIFEST_FILE = '.amqp-codegen-manifest.json';

export interface Manifest {
  readonly generator: 'amqp-codegen';
  /** sha256 over every input of the render (specs, templates, generator, tool versions, options). */
  readonly inputs: string;
  /** Output path → sha256 of its bytes, sorted by path. */
  readonly files: Readonly<Record<string, string>>;
}

/** The output directory holds something the generator did not write; nothing was touched. */
export class OutputRefusedError extends Error {
  override readonly name = 'OutputRefusedError';
  constructor(
    message: string,
    readonly outDir: string,
    readonly inTheWay: readonly string[],
  ) {
    super(message);
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The manifest text for `files` (which must not contain it already). */
export function manifestFor(files: OutputFiles, inputs: string): string {
  const hashes: Record<string, string> = {};
  for (const path of [...files.keys()].sort()) hashes[path] = sha256(files.get(path)!);
  return manifestText(inputs, hashes);
}

function manifestText(inputs: string, files: Readonly<Record<string, string>>): string {
  const manifest: Manifest = { generator: 'amqp-codegen', inputs, files };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The manifest in `outDir`, or undefined when there is none (or it is not ours). */
export function readManifest(outDir: string): Manifest | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
    if (parsed.generator !== 'amqp-codegen' || typeof parsed.files !== 'object' || parsed.files === null)
      return undefined;
    return parsed as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * Refuses to replace `outDir` unless it is absent, an empty directory, or a directory this generator
 * wrote (its manifest lists every file in it). Throws {@link OutputRefusedError} naming what is in the way.
 */
export function assertReplaceable(outDir: string): void {
  if (!existsSync(outDir) && !isDanglingLink(outDir)) return;
  const stat = lstatSync(outDir);
  if (!stat.isDirectory()) {
    throw new OutputRefusedError(
      `${outDir} is a ${stat.isSymbolicLink() ? 'symbolic link' : 'file'}, not a directory the generator wrote; ` +
        'choose another --out, or pass --force to replace it',
      outDir,
      [basename(outDir)],
    );
  }
  // node_modules counts here: replacing the directory would delete it.
  const onDisk = listFiles(outDir, true).map((f) => relative(outDir, f));
  if (onDisk.length === 0) return;
  const manifest = readManifest(outDir);
  const known = new Set(manifest ? [...Object.keys(manifest.files), MANIFEST_FILE] : []);
  const unknown = onDisk.filter((path) => !known.has(path)).sort();
  if (unknown.length === 0) return;
  const shown = unknown.slice(0, 10).join(', ') + (unknown.length > 10 ? `, … (${unknown.length} in all)` : '');
  throw new OutputRefusedError(
    manifest
      ? `${outDir} contains files the generator did not write: ${shown}; move them elsewhere, or pass --force to delete them`
      : `${outDir} is not empty and has no ${MANIFEST_FILE} (it was not written by amqp-codegen): ${shown}; ` +
          'choose an empty or new --out directory, or pass --force to replace it',
    outDir,
    unknown,
  );
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Writes the whole package (and its manifest) to a temporary sibling directory, then swaps it in,
 * so a failure at any point leaves the previous output untouched. Refuses (see
 * {@link assertReplaceable}) unless `force` is set.
 */
export function writeAtomically(
  outDir: string,
  files: OutputFiles,
  options: { inputs?: string; force?: boolean } = {},
): void {
  if (!options.force) assertReplaceable(outDir);
  const withManifest: OutputFiles = new Map(files);
  withManifest.set(MANIFEST_FILE, manifestFor(files, options.inputs ?? ''));
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of withManifest) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    if (existsSync(outDir) || isDanglingLink(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
    throw error;
  }
}

/**
 * Paths that differ between `outDir` and `files`: changed, missing, or not generated any more.
 * The manifest is compared too when `inputs` is given.
 */
export function staleFiles(outDir: string, files: OutputFiles, inputs?: string): string[] {
  const expected: OutputFiles = new Map(files);
  if (inputs !== undefined) expected.set(MANIFEST_FILE, manifestFor(files, inputs));
  const stale: string[] = [];
  const onDisk = new Set(existsSync(outDir) ? listFiles(outDir).map((f) => relative(outDir, f)) : []);
  if (inputs === undefined) onDisk.delete(MANIFEST_FILE);
  for (const [path, text] of expected) {
    if (!onDisk.has(path)) stale.push(`${path} (missing)`);
    else if (readFileSync(join(outDir, path), 'utf8') !== text) stale.push(`${path} (differs)`);
    onDisk.delete(path);
  }
  for (const path of onDisk) stale.push(`${path} (not generated)`);
  return stale.sort();
}

/**
 * Without rendering: when `outDir`'s manifest was made from the same inputs, the stale files are the
 * ones whose bytes no longer match the manifest (or that it does not list); undefined when the
 * inputs changed (or there is no manifest), so only a render can tell.
 */
export function staleAgainstManifest(outDir: string, inputs: string): string[] | undefined {
  const manifest = readManifest(outDir);
  if (manifest === undefined || manifest.inputs !== inputs) return undefined;
  const onDiskText = readFileSync(join(outDir, MANIFEST_FILE), 'utf8');
  const listed = new Map(Object.entries(manifest.files));
  const stale: string[] = [];
  for (const path of listFiles(outDir).map((f) => relative(outDir, f))) {
    if (path === MANIFEST_FILE) continue;
    const hash = listed.get(path);
    if (hash === undefined) stale.push(`${path} (not generated)`);
    else if (sha256(readFileSync(join(outDir, path), 'utf8')) !== hash) stale.push(`${path} (differs)`);
    listed.delete(path);
  }
  for (const path of listed.keys()) stale.push(`${path} (missing)`);
  // A manifest edited by hand (not in the form the generator writes) is itself stale.
  const sorted = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  if (manifestText(inputs, sorted) !== onDiskText) stale.push(`${MANIFEST_FILE} (differs)`);
  return stale.sort();
}

/** Files under `dir`; a node_modules directory is skipped, or listed as one entry with `withNodeModules`. */
function listFiles(dir: string, withNodeModules = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules') return withNodeModules ? [`${path}/`] : [];
    if (!entry.isDirectory()) return [path];
    const inside = listFiles(path, withNodeModules);
    // An empty directory is something too when deciding what replacing would delete.
    return inside.length === 0 && withNodeModules ? [`${path}/`] : inside;
  });
}
