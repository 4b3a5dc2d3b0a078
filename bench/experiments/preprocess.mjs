// Turns a template with `// #if FLAG`, `// #if !FLAG`, `// #else`, `// #endif` line markers (not
// nested) into a module for one set of flags, written next to the template as .variants/<name>.mjs
// (git-ignored by bench/.gitignore) so that its relative imports still resolve.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function preprocess(source, flags) {
  const out = [];
  let active = true;
  let inBlock = false;
  let cond = false;
  for (const line of source.split('\n')) {
    const m = /^\s*\/\/ #(if|else|endif)\b\s*(!?)(\w*)/.exec(line);
    if (m) {
      if (m[1] === 'if') {
        if (inBlock) throw new Error('nested #if is not supported');
        inBlock = true;
        cond = flags.has(m[3]) !== (m[2] === '!');
        active = cond;
      } else if (m[1] === 'else') {
        active = !cond;
      } else {
        inBlock = false;
        active = true;
      }
      continue;
    }
    if (active) out.push(line);
  }
  if (inBlock) throw new Error('unterminated #if');
  return out.join('\n');
}

/** Writes and imports the variant of `templatePath` for `flags` (an array of flag names). */
export async function loadVariant(templatePath, flags) {
  const name = flags.length ? flags.join('+') : 'baseline';
  const dir = path.join(path.dirname(templatePath), '.variants');
  fs.mkdirSync(dir, { recursive: true });
  const base = path.basename(templatePath).replace(/\.template\.mjs$/, '');
  const file = path.join(dir, `${base}.${name}.mjs`);
  // The template's imports are relative to its own directory; the variant sits one level deeper.
  const code = preprocess(fs.readFileSync(templatePath, 'utf8'), new Set(flags))
    .replaceAll("from '../../", "from '../../../")
    .replaceAll("from './.variants/", "from './");
  fs.writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}
