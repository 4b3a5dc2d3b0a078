import { Node, type Project, type SourceFile } from 'ts-morph';
import type { Protocol } from '../model/types.js';

/**
 * src/index.ts: the runtime's public exports (looked up in `project`, where the runtime files are
 * loaded), then constants, class files, methods and dispatch.
 */
export function emitIndexFile(file: SourceFile, project: Project, protocol: Protocol): void {
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
