import { Project, ts } from 'ts-morph';
import type { OutputFiles } from './emit/emit.js';

/** Compiler settings of the generated package: strict, ESM, no Node types (it must run in browsers). */
export const PACKAGE_COMPILER_OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
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
  rootDir: 'src',
  outDir: 'dist',
};

export class CompileError extends Error {
  override readonly name = 'CompileError';
}

/**
 * Type-checks the generated sources under strict mode and adds dist/ (JavaScript and
 * declarations) so the package works when installed by path, without a build step.
 */
export function compilePackage(files: OutputFiles): OutputFiles {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: PACKAGE_COMPILER_OPTIONS });
  for (const [path, text] of files)
    if (path.startsWith('src/') && path.endsWith('.ts')) project.createSourceFile(`/pkg/${path}`, text);
  project.compilerOptions.set({ rootDir: '/pkg/src', outDir: '/pkg/dist' });
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    throw new CompileError(
      `generated code does not type-check:\n${project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20))}`,
    );
  }
  const result = project.emitToMemory();
  const out: OutputFiles = new Map(files);
  for (const file of result.getFiles()) out.set(file.filePath.replace(/^\/pkg\//, ''), file.text);
  return out;
}
