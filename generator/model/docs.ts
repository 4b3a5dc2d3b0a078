import type { RawDoc, RawRule } from '../parse/raw.js';
import type { Docs } from './types.js';

/** Turns raw `<doc>` text into paragraphs: dedented, lines joined, blank lines as breaks. */
export function cleanText(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [];
    } else current.push(trimmed.replace(/\s+/g, ' '));
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

/** API docs only: `type="grammar"` and `type="scenario"` describe tests and syntax, not the API. */
const isApiDoc = (doc: RawDoc): boolean => doc.type === undefined;

export function buildDocs(label: string | undefined, docs: readonly RawDoc[], rules: readonly RawRule[] = []): Docs {
  return {
    label: label?.trim() || undefined,
    paragraphs: docs.filter(isApiDoc).flatMap((d) => cleanText(d.text)),
    rules: rules
      .map((rule) => ({
        name: rule.name,
        text: rule.docs
          .filter(isApiDoc)
          .flatMap((d) => cleanText(d.text))
          .join(' '),
      }))
      .filter((rule) => rule.text !== ''),
  };
}
