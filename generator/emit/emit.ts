import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node, Project, type SourceFile } from 'ts-morph';
import type { Protocol } from '../model/types.js';
import { emitClassFile } from './class-file.js';
import { emitConstantsFile } from './constants-file.js';
import { emitDispatchFile } from './dispatch-file.js';
import { emitEngineCallsFile } from './engine-calls-file.js';
import { emitMethodsFile } from './methods-file.js';

/** Output files by path relative to the package root; contents unformatted. */
export type OutputFiles = Map<string, string>;

export interface EmitOptions {
  /** templates/ directory: runtime/ and package/ are carried over verbatim. */
  readonly templatesDir: string;
}

/**
 * The engine is written against AMQP 0-9-1 with RabbitMQ's extensions: a protocol without these
 * methods (the fixture spec, the plain amqp.org XML) gets no engine.
 */
const ENGINE_USES = [
  'connection.start',
  'connection.tune',
  'connection.open',
  'connection.blocked',
  'connection.unblocked',
  'connection.update-secret',
  'channel.open',
  'basic.publish',
  'basic.nack',
  'confirm.select',
];

/** File stems the package uses itself; a class may not take one. */
const RESERVED_STEMS = new Set(['index', 'methods', 'dispatch', 'constants', 'runtime', 'engine']);

export function emitPackage(protocol: Protocol, options: EmitOptions): OutputFiles {
  const files: OutputFiles = new Map();
  const header = generatedHeader(protocol);
  const project = new Project({ useInMemoryFileSystem: true });
  const add = (path: string, build: (file: SourceFile) => void): void => {
    const file = project.createSourceFile(path, '');
    build(file);
    files.set(path, `${header}\n${file.getFullText()}`);
  };

  const runtimeDir = join(options.templatesDir, 'runtime');
  const runtimeFiles = readdirSync(runtimeDir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const name of runtimeFiles) {
    const text = readFileSync(join(runtimeDir, name), 'utf8');
    files.set(
      `src/runtime/${name}`,
      `${header.replace('DO NOT EDIT', `copied from templates/runtime/${name}. DO NOT EDIT`)}\n${text}`,
    );
    project.createSourceFile(`src/runtime/${name}`, text);
  }
  // The protocol engine: hand-written on top of the generated codec, its own entry point (./engine).
  const engineDir = join(options.templatesDir, 'engine');
  const speaksEngine = ENGINE_USES.every((name) => protocol.methods.some((m) => m.fullName === name));
  const engineFiles =
    speaksEngine && existsSync(engineDir) ? readdirSync(engineDir).filter((f) => f.endsWith('.ts')) : [];
  for (const name of engineFiles.sort()) {
    const text = readFileSync(join(engineDir, name), 'utf8');
    files.set(
      `src/engine/${name}`,
      `${header.replace('DO NOT EDIT', `copied from templates/engine/${name}. DO NOT EDIT`)}\n${text}`,
    );
  }
  for (const name of readdirSync(join(options.templatesDir, 'package')).sort()) {
    files.set(name, readFileSync(join(options.templatesDir, 'package', name), 'utf8'));
  }

  for (const cls of protocol.classes) {
    if (RESERVED_STEMS.has(cls.names.file))
      throw new Error(`class ${cls.specName}: file name ${cls.names.file}.ts is taken by the package`);
    add(`src/${cls.names.file}.ts`, (file) => emitClassFile(file, cls));
  }
  add('src/constants.ts', (file) => emitConstantsFile(file, protocol));
  add('src/methods.ts', (file) => emitMethodsFile(file, protocol));
  add('src/dispatch.ts', (file) => emitDispatchFile(file, protocol));
  add('src/index.ts', (file) => emitIndexFile(file, project, protocol));
  if (engineFiles.length > 0) add('src/engine/calls.ts', (file) => emitEngineCallsFile(file, protocol));
  return files;
}

function emitIndexFile(file: SourceFile, project: Project, protocol: Protocol): void {
  const constants = new Set(protocol.constants.map((c) => c.name));
  // Spec constants win over the runtime's copies of the same wire facts (FRAME_END, FRAME_ERROR …).
  const exported = project.getSourceFileOrThrow('src/runtime/index.ts').getExportedDeclarations();
  // Type-only names are marked so per-file transpilers (esbuild, Node's type stripping) can drop them.
  const runtimeNames = [...exported]
    .filter(([name]) => !constants.has(name))
    .map(([name, declarations]) => ({ name, isTypeOnly: declarations.every(isTypeDeclaration) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  file.addExportDeclaration({ moduleSpecifier: './runtime/index.js', namedExports: runtimeNames });
  file.addExportDeclaration({ moduleSpecifier: './constants.js' });
  for (const cls of protocol.classes) file.addExportDeclaration({ moduleSpecifier: `./${cls.names.file}.js` });
  file.addExportDeclaration({ moduleSpecifier: './methods.js' });
  file.addExportDeclaration({ moduleSpecifier: './dispatch.js' });
}

function isTypeDeclaration(node: Node): boolean {
  return Node.isInterfaceDeclaration(node) || Node.isTypeAliasDeclaration(node);
}

function generatedHeader(protocol: Protocol): string {
  return `// @generated by amqp-codegen from ${protocol.sources.join(', ')}. DO NOT EDIT.\n`;
}
