/**
 * Small models for the emitters' given/want tests: one class, one method (or a few properties),
 * built from XML through the real parser and model, and an in-memory ts-morph file to emit into.
 */
import { Project, type SourceFile } from 'ts-morph';
import type { Protocol } from '../../../generator/model/types.js';
import { model, specXml } from '../../helpers/spec.js';

/** A class `demo` (index 10, channel handler) around `inner` (properties and methods). */
export function demoClass(inner: string, attrs = 'name="demo" index="10" handler="channel"'): Protocol {
  return model([
    'demo.xml',
    specXml(
      `<class ${attrs}><chassis name="client" implement="MUST"/><chassis name="server" implement="MUST"/>${inner}</class>`,
    ),
  ]);
}

/** A method element sent by the client (the server implements it). */
export const methodXml = (name: string, index: number, fields: string): string =>
  `<method name="${name}" index="${index}"><chassis name="server" implement="MUST"/>${fields}</method>`;

/** demo.put (10.20): every kind of field the method emitters handle, in one layout. */
export const PUT_FIELDS = [
  '<field name="reserved-1" type="short" reserved="1"/>',
  '<field name="queue" domain="shortstr"/>',
  '<field name="payload" domain="longstr"/>',
  '<field name="count" domain="long"/>',
  '<field name="no-wait" domain="bit"/>',
  '<field name="reserved-2" type="bit" reserved="1"/>',
  '<field name="if-unused" domain="bit"/>',
  '<field name="arguments" domain="table"/>',
].join('');

/** An empty in-memory TypeScript file. */
export function emptyFile(): SourceFile {
  return new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true }).createSourceFile('out.ts', '');
}

/** The file's text as trimmed, non-empty lines. */
export const linesOf = (file: SourceFile): string[] =>
  file
    .getFullText()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
