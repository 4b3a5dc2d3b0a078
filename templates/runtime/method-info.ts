/**
 * METHODS, built on first import from the method layouts (which encodeMethod and decodeMethod run on)
 * and one line per method of what a layout does not say: flags (`s` synchronous, `c` content, `d`
 * deprecated, `-` none), who sends it, its responses (comma-separated, `-` none), and, when any field
 * names a domain other than its type, each field's domain (comma-separated, empty for the type).
 * Printing the metadata this way keeps the package far smaller than an object literal per method.
 */
import { parseLayouts } from './method-codec.js';

/** Wire type of each layout code (see method-codec.ts). */
const WIRE_TYPE: Readonly<Record<string, string>> = {
  b: 'bit',
  '1': 'octet',
  '2': 'short',
  '4': 'long',
  '8': 'longlong',
  T: 'timestamp',
  s: 'shortstr',
  S: 'longstr',
  F: 'table',
};

const list = (text: string): string[] => (text === '-' ? [] : text.split(','));

/** The generated METHODS table (of type `T`) from the layouts and the per-method facts, in the same order. */
export function methodInfoTable<T>(
  layouts: readonly string[],
  facts: readonly string[],
  channelZeroClasses: readonly number[],
): T {
  const table: Record<string, unknown> = {};
  parseLayouts(layouts, channelZeroClasses).forEach((m, i) => {
    const [flags, sentBy, responses, domains = ''] = facts[i].split(' ');
    const domainOf = domains.split(',');
    table[m.name] = {
      name: m.name,
      classId: m.classId,
      methodId: m.methodId,
      synchronous: flags.includes('s'),
      responses: list(responses),
      content: flags.includes('c'),
      sentBy: list(sentBy),
      channelZeroOnly: m.channelZero,
      deprecated: flags.includes('d'),
      fields: m.fields.map((f, j) => {
        const type = WIRE_TYPE[f.code];
        return { specName: f.specName, name: f.name, type, domain: domainOf[j] || type, reserved: f.reserved };
      }),
    };
  });
  return table as T;
}
