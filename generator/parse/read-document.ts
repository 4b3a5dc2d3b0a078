import { SpecError } from '../errors.js';
import { readJsonSpec } from './read-json.js';
import { readSpec } from './read-spec.js';
import type { RawSpec } from './raw.js';

/**
 * Reads one spec document, XML or rabbitmq-codegen JSON, told apart by its first character
 * (after a BOM and whitespace): `<` is XML, `{` is JSON. Anything else is refused up front.
 */
export function readSpecDocument(text: string, file: string): RawSpec {
  const first = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .charAt(0);
  if (first === '<') return readSpec(text, file);
  if (first === '{') return readJsonSpec(text, file);
  throw new SpecError(
    `neither an AMQP spec XML document (starting with "<") nor a rabbitmq-codegen JSON document (starting with "{"): ` +
      (first === '' ? 'the file is empty' : `it starts with ${JSON.stringify(text.trimStart().slice(0, 20))}`),
    file,
    '',
    1,
    1,
  );
}
