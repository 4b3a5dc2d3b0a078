import { buildProtocol } from '../../generator/model/build.js';
import { mergeSpecs } from '../../generator/model/merge.js';
import type { Protocol } from '../../generator/model/types.js';
import { readSpec } from '../../generator/parse/read-spec.js';

/** Wraps class/domain XML in an <amqp> root with the primitive domains most tests need. */
export function specXml(body: string, withDomains = true): string {
  const domains = withDomains
    ? ['bit', 'octet', 'short', 'long', 'longlong', 'shortstr', 'longstr', 'timestamp', 'table']
        .map((t) => `<domain name="${t}" type="${t}"/>`)
        .join('\n')
    : '';
  return `<?xml version="1.0"?>\n<amqp major="0" minor="9" revision="1" port="5672">\n${domains}\n${body}\n</amqp>\n`;
}

/** Builds a protocol model from in-memory XML files, in order. */
export function model(...files: [name: string, xml: string][]): Protocol {
  return buildProtocol(mergeSpecs(files.map(([name, xml]) => readSpec(xml, name))));
}

/** The error a builder throws, for asserting on its message. */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, but none was thrown');
}
