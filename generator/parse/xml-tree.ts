import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SpecError } from '../errors.js';

/** A plain element tree: the only shape the spec reader looks at. */
export interface XmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text content directly inside this element. */
  readonly text: string;
  /** 1-based position of the start tag's `<`. */
  readonly line: number;
  readonly column: number;
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
  const positions = startTags(xml);
  const roots = nodes
    .map((node) => toElement(node, positions))
    .filter((e): e is XmlElement => e !== undefined && !e.tag.startsWith('?'));
  if (roots.length !== 1) throw new SpecError(`expected one root element, found ${roots.length}`, file, '');
  return roots[0];
}

/**
 * Start tags in document order with their line and column. The parser does not report positions,
 * but its elements come in the same (pre-)order, so they are matched up one by one.
 */
function startTags(xml: string): { tag: string; line: number; column: number }[] {
  const tags: { tag: string; line: number; column: number }[] = [];
  // Comments, CDATA, processing instructions and declarations contain no elements.
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<([A-Za-z_][\w:.-]*)/g;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let match = token.exec(xml); match !== null; match = token.exec(xml)) {
    for (let i = xml.indexOf('\n', scanned); i !== -1 && i < match.index; i = xml.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = match.index;
    if (match[1] !== undefined) tags.push({ tag: match[1], line, column: match.index - lineStart + 1 });
  }
  return tags.reverse();
}

function toElement(
  node: OrderedNode,
  positions: { tag: string; line: number; column: number }[],
): XmlElement | undefined {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (tag === undefined || tag === '#text') return undefined;
  // `?xml` declarations are not in `positions`; every real element takes the next start tag.
  const at = tag.startsWith('?') ? undefined : positions.pop();
  const rawChildren = (node[tag] as OrderedNode[] | undefined) ?? [];
  const children: XmlElement[] = [];
  let text = '';
  for (const child of rawChildren) {
    if ('#text' in child) text += String(child['#text']);
    else {
      const element = toElement(child, positions);
      if (element) children.push(element);
    }
  }
  return { tag, attrs: node[':@'] ?? {}, children, text, line: at?.line ?? 0, column: at?.column ?? 0 };
}
