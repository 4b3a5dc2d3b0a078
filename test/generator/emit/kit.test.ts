/** The emit kit: the import registry, local names and doc text, each given an input, wanting exact output. */
import { describe, expect, it } from 'vitest';
import { ImportRegistry } from '../../../generator/emit/kit/imports.js';
import { localName } from '../../../generator/emit/kit/locals.js';
import { docText } from '../../../generator/emit/kit/tsdoc.js';
import { emptyFile, linesOf } from './given.js';

describe('ImportRegistry', () => {
  it('returns the name to use, and prints one sorted declaration per module, modules sorted', () => {
    const imports = new ImportRegistry();
    expect(imports.value('./b.js', 'zeta')).toBe('zeta');
    expect(imports.type('./b.js', 'Alpha')).toBe('Alpha');
    expect(imports.value('./a.js', 'one')).toBe('one');
    imports.value('./b.js', 'zeta');
    const file = emptyFile();
    imports.applyTo(file);
    expect(linesOf(file)).toEqual(['import { one } from "./a.js";', 'import { type Alpha, zeta } from "./b.js";']);
  });

  it('imports a name used as a type and a value once, as a value', () => {
    const imports = new ImportRegistry();
    imports.type('./r.js', 'Reader');
    imports.value('./r.js', 'Reader');
    const file = emptyFile();
    imports.applyTo(file);
    expect(linesOf(file)).toEqual(['import { Reader } from "./r.js";']);
  });
});

describe('localName', () => {
  it.each([
    ['queue', 'queue'],
    ['arguments', 'argumentsValue'],
    ['reader', 'readerValue'],
    ['class', 'classValue'],
    // a runtime read the decoders call: a local of that name would shadow its import
    ['readShortstr', 'readShortstrValue'],
  ])('%s → %s', (field, local) => expect(localName(field)).toBe(local));
});

describe('docText', () => {
  it('makes the label a sentence, keeps paragraphs, lists rules, appends extra lines', () => {
    const docs = { label: 'open a channel', paragraphs: ['First.', 'Second.'], rules: [{ name: 'r1', text: 'Must.' }] };
    expect(docText(docs, ['Spec: demo.open (10.1)'])).toBe(
      'Open a channel.\n\nFirst.\n\nSecond.\n\nRules:\n- r1: Must.\n\nSpec: demo.open (10.1)',
    );
  });

  it('cannot close the comment or start a tag by accident', () => {
    const docs = { label: undefined, paragraphs: ['a */ b @param c'], rules: [] };
    expect(docText(docs)).toBe('a *\\/ b \\@param c');
  });

  it('wraps at 96 characters', () => {
    const words = Array.from({ length: 30 }, () => 'word').join(' ');
    const [first, second] = docText({ label: undefined, paragraphs: [words], rules: [] }).split('\n');
    expect(first.length).toBeLessThanOrEqual(96);
    expect(`${first} ${second}`).toBe(words);
  });
});
