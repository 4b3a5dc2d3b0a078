import { StructureKind, type SourceFile, type StatementStructures, type WriterFunction } from 'ts-morph';

/**
 * The part of ts-morph's SourceFile the emitters call. Each call on a real SourceFile re-prints and
 * re-parses the whole file (quadratic in its length: most of an emit's time), so the emitters write
 * to this recorder instead and {@link writeBatched} hands everything to ts-morph in one insertion.
 */
export type EmitterFile = Pick<
  SourceFile,
  | 'addFunction'
  | 'addInterface'
  | 'addTypeAlias'
  | 'addClass'
  | 'addVariableStatement'
  | 'addVariableStatements'
  | 'addExportDeclaration'
  | 'insertImportDeclarations'
>;

type Structure = StatementStructures;

/** Records the statements an emitter adds (`file`, given to the emitter) and writes them in one go. */
export function batchedFile(): { file: EmitterFile; writeTo: (target: SourceFile) => void } {
  const imports: Structure[] = [];
  const body: Structure[] = [];
  const push =
    (kind: StructureKind) =>
    (structure: object): never => {
      body.push({ ...structure, kind } as Structure);
      // Emitters never use what an add returns (that would need the real file).
      return undefined as never;
    };
  const recorder = {
    addFunction: push(StructureKind.Function),
    addInterface: push(StructureKind.Interface),
    addTypeAlias: push(StructureKind.TypeAlias),
    addClass: push(StructureKind.Class),
    addVariableStatement: push(StructureKind.VariableStatement),
    addVariableStatements: (structures: readonly object[]): never => {
      for (const s of structures) body.push({ ...s, kind: StructureKind.VariableStatement } as Structure);
      return undefined as never;
    },
    addExportDeclaration: push(StructureKind.ExportDeclaration),
    insertImportDeclarations: (index: number, structures: readonly object[]): never => {
      if (index !== 0) throw new Error('imports are only inserted at the top');
      imports.unshift(...structures.map((s) => ({ ...s, kind: StructureKind.ImportDeclaration }) as Structure));
      return undefined as never;
    },
  };
  // Emitters are typed against the whole SourceFile: a call this recorder does not know is named.
  const file = new Proxy(recorder, {
    get(target, key) {
      if (typeof key === 'string' && key in target) return target[key as keyof typeof target];
      throw new Error(
        `emitter used SourceFile.${String(key)}, which generator/emit/kit/batched-file.ts does not record: add it there`,
      );
    },
  }) as unknown as EmitterFile;
  return {
    file,
    writeTo: (target) => void target.addStatements(withBlankLines([...imports, ...body])),
  };
}

/** Kinds that ts-morph, adding them one by one, keeps together without a blank line between. */
const RUNS = new Set([
  StructureKind.ImportDeclaration,
  StructureKind.ExportDeclaration,
  StructureKind.VariableStatement,
  StructureKind.TypeAlias,
]);

/**
 * The blank lines the same statements get when added one call at a time (one insertion does not
 * separate statements of different kinds): a blank line between any two, except within a run of
 * imports, exports, variable statements or type aliases. Prettier keeps them as they are.
 */
function withBlankLines(structures: readonly Structure[]): (Structure | WriterFunction)[] {
  const out: (Structure | WriterFunction)[] = [];
  structures.forEach((structure, i) => {
    const previous = structures[i - 1];
    if (previous !== undefined && !(previous.kind === structure.kind && RUNS.has(structure.kind)))
      out.push((writer) => writer.blankLineIfLastNot());
    out.push(structure);
  });
  return out;
}
