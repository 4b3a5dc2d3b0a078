import type { Docs } from '../../model/types.js';

/** A doc comment body from the spec's label, docs and rules, plus extra tag lines. */
export function docText(docs: Docs, extra: readonly string[] = []): string {
  const blocks: string[] = [];
  if (docs.label) blocks.push(sentence(docs.label));
  blocks.push(...docs.paragraphs.map((p) => wrap(p)));
  if (docs.rules.length > 0) {
    blocks.push(
      ['Rules:', ...docs.rules.map((r) => wrap(`- ${r.name ? `${r.name}: ` : ''}${r.text}`, '  '))].join('\n'),
    );
  }
  if (extra.length > 0) blocks.push(extra.join('\n'));
  return escapeComment(blocks.join('\n\n'));
}

/** Comment lines of at most WIDTH characters (a longer single word stays whole). */
const WIDTH = 96;

function wrap(text: string, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

function sentence(label: string): string {
  const text = label.charAt(0).toUpperCase() + label.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Text inside `/** … *\/` must not close the comment or start a TSDoc tag by accident. */
function escapeComment(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/(^|\s)@(?!(deprecated|see|remarks)\b)/g, '$1\\@');
}
