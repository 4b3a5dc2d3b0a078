import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SpecError } from '../errors.js';

/** A plain element tree: the only shape the spec reader looks at. */
export interface XmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text content directly inside this element. */
  readonly text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  commentPropName: false,
  processEntities: true,
});

/** Parses XML text into an element tree; malformed XML fails with file, line and column. */
export function parseXmlTree(xml: string, file: string): XmlElement {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    throw new SpecError(`malformed XML: ${msg}`, file, '', line, col);
  }
  const nodes = parser.parse(xml) as OrderedNode[];
  const roots = nodes.map(toElement).filter((e): e is XmlElement => e !== undefined && !e.tag.startsWith('?'));
  if (roots.length !== 1) throw new SpecError(`expected one root element, found ${roots.length}`, file, '');
  return roots[0];
}

function toElement(node: OrderedNode): XmlElement | undefined {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (tag === undefined || tag === '#text') return undefined;
  const rawChildren = (node[tag] as OrderedNode[] | undefined) ?? [];
  const children: XmlElement[] = [];
  let text = '';
  for (const child of rawChildren) {
    if ('#text' in child) text += String(child['#text']);
    else {
      const element = toElement(child);
      if (element) children.push(element);
    }
  }
  return { tag, attrs: node[':@'] ?? {}, children, text };
}
