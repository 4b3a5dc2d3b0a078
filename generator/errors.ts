/** An error in a spec input: names the file and the element path so the author can find it. */
export class SpecError extends Error {
  override readonly name = 'SpecError';
  constructor(
    message: string,
    readonly file: string,
    readonly elementPath: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    const where = line === undefined ? file : `${file}:${line}:${column ?? 0}`;
    super(elementPath ? `${where}: ${elementPath}: ${message}` : `${where}: ${message}`);
  }
}

/** A SpecError at a raw element's origin (file, element path, and line:column when known). */
export function errorAt(
  message: string,
  origin: { readonly file: string; readonly path: string; readonly line?: number; readonly column?: number },
): SpecError {
  return new SpecError(message, origin.file, origin.path, origin.line, origin.column);
}
