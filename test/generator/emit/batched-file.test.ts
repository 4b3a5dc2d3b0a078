import { Project, VariableDeclarationKind, type SourceFile } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { batchedFile } from '../../../generator/emit/kit/batched-file.js';

/** The same emitter calls on a real SourceFile (one re-parse per call) and through the recorder. */
function both(emit: (file: SourceFile) => void): { oneByOne: string; batched: string } {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const direct = project.createSourceFile('direct.ts', '');
  emit(direct);
  const target = project.createSourceFile('batched.ts', '');
  const batch = batchedFile();
  emit(batch.file as SourceFile);
  batch.writeTo(target);
  return { oneByOne: direct.getFullText(), batched: target.getFullText() };
}

const constant = (name: string) => ({
  isExported: true,
  declarationKind: VariableDeclarationKind.Const,
  declarations: [{ name, initializer: '1' }],
});

describe('batchedFile', () => {
  it('writes what the same calls write one at a time, blank lines included', () => {
    const { oneByOne, batched } = both((file) => {
      file.addVariableStatement(constant('A'));
      file.addVariableStatements([constant('B'), constant('C')]);
      file.addTypeAlias({ name: 'T', type: 'number', isExported: true });
      file.addTypeAlias({ name: 'U', type: 'string' });
      file.addVariableStatement(constant('D'));
      file.addInterface({ name: 'I', properties: [{ name: 'x', type: 'T' }] });
      file.addInterface({ name: 'J', docs: ['Doc.'] });
      file.addFunction({ name: 'f', statements: ['return 1;'] });
      file.addFunction({ name: 'g', isExported: true });
      file.addClass({ name: 'K' });
      file.addExportDeclaration({ moduleSpecifier: './a.js' });
      file.addExportDeclaration({ moduleSpecifier: './b.js' });
      file.addTypeAlias({ name: 'V', type: 'U' });
      file.insertImportDeclarations(0, [{ moduleSpecifier: './m.js', namedImports: ['m'] }]);
      file.insertImportDeclarations(0, [{ moduleSpecifier: './n.js', namedImports: ['n'] }]);
    });
    expect(batched).toBe(oneByOne);
    // Not vacuous: both hold every statement, and runs of constants stay together.
    expect(batched).toMatch(/import \{ n \}[^]*import \{ m \}[^]*const A = 1;\nexport const B[^]*class K/);
  });

  it('names a SourceFile method it does not record instead of writing something else', () => {
    const { file } = batchedFile();
    expect(() => (file as SourceFile).addEnum({ name: 'E' })).toThrow(/SourceFile\.addEnum.*batched-file\.ts/);
  });
});
