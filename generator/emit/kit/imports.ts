import type { SourceFile } from 'ts-morph';

/** Collects the named imports of one output file, emitted sorted so output is deterministic. */
export class ImportRegistry {
  private readonly byModule = new Map<string, { values: Set<string>; types: Set<string> }>();

  /** Registers a value import of `name` from `module` and returns the name to write where it is used. */
  value(module: string, name: string): string {
    this.entry(module).values.add(name);
    return name;
  }

  /** Registers a type-only import (unless the name is also imported as a value) and returns the name to use. */
  type(module: string, name: string): string {
    this.entry(module).types.add(name);
    return name;
  }

  /** Adds the import declarations at the top of the file. */
  applyTo(file: SourceFile): void {
    const modules = [...this.byModule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    file.insertImportDeclarations(
      0,
      modules.map(([moduleSpecifier, { values, types }]) => {
        const names = [...values].sort().map((name) => ({ name }));
        const typeNames = [...types].filter((t) => !values.has(t)).sort();
        return {
          moduleSpecifier,
          namedImports: [...names, ...typeNames.map((name) => ({ name, isTypeOnly: true }))].sort((a, b) =>
            a.name.localeCompare(b.name),
          ),
        };
      }),
    );
  }

  private entry(module: string): { values: Set<string>; types: Set<string> } {
    let entry = this.byModule.get(module);
    if (!entry) {
      entry = { values: new Set(), types: new Set() };
      this.byModule.set(module, entry);
    }
    return entry;
  }
}
