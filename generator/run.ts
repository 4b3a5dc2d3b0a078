import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputFiles } from './emit/emit.js';
import { fingerprint } from './fingerprint.js';
import { buildProtocol } from './model/build.js';
import { mergeSpecs } from './model/merge.js';
import { selectClasses } from './model/select.js';
import type { Protocol } from './model/types.js';
import { applyIdentity, checkIdentity, type PackageIdentity } from './package-identity.js';
import { readSpecDocument } from './parse/read-document.js';
import { readSpecSource, type SpecSource } from './spec-sources.js';
import { assertReplaceable, staleAgainstManifest, staleFiles, writeAtomically } from './write.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface GenerateOptions extends PackageIdentity {
  readonly specs: readonly SpecSource[];
  readonly outDir: string;
  readonly templatesDir?: string;
  readonly prettierConfig?: string;
  /** Emit only these classes (spec names); undefined for all. */
  readonly classes?: readonly string[];
  /** Replace `outDir` even when it holds files the generator did not write. */
  readonly force?: boolean;
  /** Render even when `outDir`'s manifest says it was made from the same inputs. */
  readonly noCache?: boolean;
}

interface LoadedSpec {
  readonly displayName: string;
  readonly text: string;
}

/** Spec texts (XML or JSON, told apart by content) → validated model, cut to `classes` when given. */
export function loadProtocol(specs: readonly (SpecSource | LoadedSpec)[], classes?: readonly string[]): Protocol {
  const raw = specs.map((src) => readSpecDocument('text' in src ? src.text : readSpecSource(src), src.displayName));
  const protocol = buildProtocol(mergeSpecs(raw));
  return classes === undefined ? protocol : selectClasses(protocol, classes);
}

/** Spec files → every output file, formatted and compiled, in memory. */
export async function renderPackage(options: GenerateOptions): Promise<OutputFiles> {
  return (await prepare(options)).render();
}

/** What a render needs, read once: the spec texts and the fingerprint of all inputs. */
async function prepare(options: GenerateOptions) {
  checkIdentity(options);
  const templatesDir = options.templatesDir ?? join(REPO_ROOT, 'templates');
  const prettierConfig = options.prettierConfig ?? join(REPO_ROOT, '.prettierrc.json');
  const specs = options.specs.map((src) => ({ displayName: src.displayName, text: readSpecSource(src) }));
  const inputs = fingerprint({
    specs,
    templatesDir,
    generatorDir: join(REPO_ROOT, 'generator'),
    prettierConfig,
    options: { name: options.name, version: options.version, classes: options.classes },
  });
  const render = () => rememberRender(inputs, () => renderFresh(specs, options, templatesDir, prettierConfig));
  return { inputs, render };
}

/**
 * Renders of this process by fingerprint. Equal fingerprints mean equal output, so a process that
 * generates the same inputs again (a test suite driving the CLI in-process, a watcher) renders once.
 * A few entries only: a render holds the whole package in memory. Failed renders are not kept.
 */
const RENDERS_KEPT = 4;
const renders = new Map<string, Promise<OutputFiles>>();

async function rememberRender(inputs: string, render: () => Promise<OutputFiles>): Promise<OutputFiles> {
  let pending = renders.get(inputs);
  if (pending === undefined) {
    pending = render();
    keepRender(inputs, pending);
  }
  // A copy, so a caller that changes its map cannot change what later callers get.
  return new Map(await pending);
}

function keepRender(inputs: string, pending: Promise<OutputFiles>): void {
  renders.set(inputs, pending);
  if (renders.size > RENDERS_KEPT) renders.delete(renders.keys().next().value!);
  pending.catch(() => {
    if (renders.get(inputs) === pending) renders.delete(inputs);
  });
}

async function renderFresh(
  specs: readonly LoadedSpec[],
  options: GenerateOptions,
  templatesDir: string,
  prettierConfig: string,
): Promise<OutputFiles> {
  const protocol = loadProtocol(specs, options.classes);
  // Started first, so it loads its tools while this thread loads and runs the emitters.
  const { startRenderHelper } = await import('./render-helper.js');
  const helper = startRenderHelper();
  try {
    // The printing and compiling tools load only when a render is needed (they take most of a second).
    const [{ emitPackage }, { formatFiles }, { PackageCompiler }, { startCommonJsBuild }] = await Promise.all([
      import('./emit/emit.js'),
      import('./format.js'),
      import('./compile.js'),
      import('./compile-cjs.js'),
    ]);
    const emitted = emitPackage(protocol, { templatesDir });
    applyIdentity(emitted, options);
    // The helper formats, then transpiles the CommonJS copy, while this thread type-checks the
    // sources as emitted (formatting changes no type), then emits dist/ from the formatted ones.
    // Runtime files are verbatim copies of templates/runtime, which is kept formatted.
    const formatting = formatFiles(emitted, prettierConfig, (path) => path.startsWith('src/runtime/'), helper);
    const commonJs = startCommonJsBuild(emitted, formatting, helper);
    // A check that throws first leaves this promise unobserved: not an unhandled rejection.
    formatting.files.catch(() => undefined);
    const compiler = new PackageCompiler();
    compiler.check(emitted);
    return await commonJs.addTo(compiler.emit(await formatting.files));
  } finally {
    helper.close();
  }
}

/**
 * Regenerates `outDir` atomically; returns the number of files written (0 when the directory was
 * already generated from the same inputs and is intact).
 */
export async function generate(options: GenerateOptions): Promise<number> {
  // Refuse before any work, so a refusal is quick and touches nothing.
  if (!options.force) assertReplaceable(options.outDir);
  const { inputs, render } = await prepare(options);
  if (!options.force && !options.noCache && staleAgainstManifest(options.outDir, inputs)?.length === 0) return 0;
  const files = await render();
  writeAtomically(options.outDir, files, { inputs, force: options.force });
  return files.size;
}

/** Lists the files in `outDir` that differ from what generate would write (the manifest included). */
export async function check(options: GenerateOptions): Promise<string[]> {
  const { inputs, render } = await prepare(options);
  const known = options.noCache ? undefined : staleAgainstManifest(options.outDir, inputs);
  return known ?? staleFiles(options.outDir, await render(), inputs);
}
