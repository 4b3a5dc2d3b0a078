import { createRequire } from 'node:module';
import { ts } from 'ts-morph';
import type { OutputFiles } from './emit/emit.js';
import { WEB_GLOBALS, WEB_GLOBALS_FILE } from './web-globals.js';

/** Compiler settings of the generated package: strict, ESM, no Node types (it must run in browsers). */
export const PACKAGE_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // ES2022 and the few web globals in web-globals.ts (not all of lib.dom: see there).
  lib: ['lib.es2022.d.ts'],
  strict: true,
  // Every file must compile on its own (esbuild, tsx, Node's type stripping): type-only exports say so.
  verbatimModuleSyntax: true,
  noImplicitOverride: true,
  noUnusedLocals: true,
  // The standard library is not ours to check; checking it is most of a compile.
  skipLibCheck: true,
  declaration: true,
  sourceMap: false,
  newLine: ts.NewLineKind.LineFeed,
  rootDir: '/pkg/src',
  outDir: '/pkg/dist',
};

/** Where the package's files sit in the compiler's view; diagnostics name them relative to it. */
const PACKAGE_ROOT = '/pkg';
const LIB_DIR = '/lib';
const TS_DIRECTIVE = /@ts-(?:ignore|expect-error|nocheck)/;
/** "Cannot find name" (2304, and 2584 where TypeScript suggests lib.dom). */
const MISSING_NAME_CODES = new Set([2304, 2584]);
const MISSING_GLOBAL_HINT =
  '\nThe package is checked against ES2022 and the web globals in generator/web-globals.ts only (it runs in ' +
  'browsers and Node): declare a global both provide there, rather than adding lib.dom.\n';

export class CompileError extends Error {
  override readonly name = 'CompileError';
}

/**
 * Compiles the generated package in two steps so the type-check need not wait for the formatter:
 * `check` type-checks the emitters' output (formatting changes no type), `emit` then writes dist/
 * (JavaScript and declarations) from the formatted sources with TypeScript's `noCheck`, reusing the
 * parsed standard library and every file the formatter left as it was. When the check finds
 * errors, `emit` checks the formatted sources again, so the message names the lines of the files
 * as written.
 */
export class PackageCompiler {
  private readonly parsed = new Map<string, ts.SourceFile>();
  /** The sources the last check found clean, by path. */
  private checked: OutputFiles | undefined;

  /** Strict type-check of the sources in `files` (unformatted is fine); true when there is no error. */
  check(files: OutputFiles): boolean {
    const program = this.program(files, PACKAGE_COMPILER_OPTIONS);
    const clean = ts.getPreEmitDiagnostics(program).length === 0;
    this.checked = clean ? files : undefined;
    return clean;
  }

  /**
   * `files` (formatted) plus dist/. Throws a CompileError naming file, line and column when the
   * sources do not type-check.
   */
  emit(files: OutputFiles): OutputFiles {
    if (!this.checkedAsWritten(files)) this.throwDiagnostics(files);
    const program = this.program(files, { ...PACKAGE_COMPILER_OPTIONS, noCheck: true });
    const out: OutputFiles = new Map(files);
    const result = program.emit(undefined, (fileName, text) => out.set(fileName.slice(PACKAGE_ROOT.length + 1), text));
    // Declaration emit reports what it cannot write; the full check below names it.
    if (result.diagnostics.length > 0 || result.emitSkipped) this.throwDiagnostics(files);
    return out;
  }

  /**
   * Whether the last check holds for `files`: it was clean, and no file it checked in another
   * layout carries a directive comment (`// @ts-expect-error` applies to the next line, and
   * formatting can move code across lines). Otherwise `files` are checked as they are.
   */
  private checkedAsWritten(files: OutputFiles): boolean {
    const checked = this.checked;
    if (checked === undefined) return false;
    for (const [path, text] of files) {
      if (path.endsWith('.ts') && checked.get(path) !== text && TS_DIRECTIVE.test(text)) return this.check(files);
    }
    return true;
  }

  private throwDiagnostics(files: OutputFiles): never {
    const program = this.program(files, PACKAGE_COMPILER_OPTIONS);
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const host = {
      getCurrentDirectory: () => PACKAGE_ROOT,
      getCanonicalFileName: (f: string) => f,
      getNewLine: () => '\n',
    };
    const missingGlobal = diagnostics.some((d) => MISSING_NAME_CODES.has(d.code));
    throw new CompileError(
      diagnostics.length === 0
        ? 'generated code could not be emitted'
        : `generated code does not type-check:\n${ts.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20), host)}` +
            (missingGlobal ? MISSING_GLOBAL_HINT : ''),
    );
  }

  private program(files: OutputFiles, options: ts.CompilerOptions): ts.Program {
    const sources = new Map<string, string>();
    for (const [path, text] of files)
      if (path.startsWith('src/') && path.endsWith('.ts')) sources.set(`${PACKAGE_ROOT}/${path}`, text);
    const globals = `${LIB_DIR}/${WEB_GLOBALS_FILE}`;
    const host = compilerHost(new Map([...sources, [globals, WEB_GLOBALS]]), this.parsed);
    return ts.createProgram({ rootNames: [...sources.keys(), globals], options, host });
  }
}

/**
 * An in-memory compiler host over the package's sources and ts-morph's copy of the standard
 * library. Parsed files are kept in `parsed` by name and reused while their text is the same.
 */
function compilerHost(sources: ReadonlyMap<string, string>, parsed: Map<string, ts.SourceFile>): ts.CompilerHost {
  const readFile = (fileName: string): string | undefined => sources.get(fileName) ?? libraryFiles().get(fileName);
  return {
    // As tsc does: JSDoc is parsed only where it can matter to a diagnostic (@see, @link).
    jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors,
    getSourceFile(fileName, languageVersion) {
      const text = readFile(fileName);
      if (text === undefined) return undefined;
      // The standard library never changes: parsed once per process, for every compiler.
      const cache = fileName.startsWith(`${LIB_DIR}/`) ? parsedLibraries : parsed;
      const known = cache.get(fileName);
      if (known !== undefined && known.text === text) return known;
      const file = ts.createSourceFile(fileName, text, languageVersion);
      cache.set(fileName, file);
      return file;
    },
    getDefaultLibFileName: (options) => `${LIB_DIR}/${ts.getDefaultLibFileName(options)}`,
    getDefaultLibLocation: () => LIB_DIR,
    writeFile: () => undefined,
    getCurrentDirectory: () => PACKAGE_ROOT,
    getCanonicalFileName: (fileName) => fileName,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (fileName) => readFile(fileName) !== undefined,
    readFile,
    directoryExists: (dir) => [...sources.keys()].some((name) => name.startsWith(`${dir}/`)) || dir === LIB_DIR,
    getDirectories: () => [],
  };
}

let libraries: Map<string, string> | undefined;
const parsedLibraries = new Map<string, ts.SourceFile>();

/** The standard library of the TypeScript that ts-morph bundles, by path under LIB_DIR. */
function libraryFiles(): Map<string, string> {
  if (libraries === undefined) {
    const fromTsMorph = createRequire(createRequire(import.meta.url).resolve('ts-morph'));
    const common = fromTsMorph('@ts-morph/common') as { getLibFiles(): { fileName: string; text: string }[] };
    libraries = new Map(common.getLibFiles().map((lib) => [`${LIB_DIR}/${lib.fileName}`, lib.text]));
  }
  return libraries;
}
