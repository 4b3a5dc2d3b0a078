import { FLAG_CONTINUATION_BIT, PROPERTY_FLAG_WORD_SIZE, type ClassModel, type PropertyModel } from '../model/types.js';
import type { ImportRegistry } from './kit/imports.js';
import { localName } from './kit/locals.js';
import { hex, INT_WRITER, quote, readCall, RUNTIME_MODULE, variablePart } from './kit/wire.js';

/**
 * Header frame encoder: class-id, weight 0, body-size, flag words, present properties.
 * A property is absent when undefined or null; falsy values such as `priority: 0` are present.
 */
export function headerEncoderStatements(cls: ClassModel, imports: ImportRegistry): string[] {
  const words = cls.flagWords.length;
  const continuation = FLAG_CONTINUATION_BIT;
  const out: string[] = [
    `if (channel === 0) throw ${imports.value(RUNTIME_MODULE, 'wrongChannel')}(0, ${quote(`${cls.specName}.header`)});`,
    `${imports.value(RUNTIME_MODULE, 'expectObject')}(properties, ${quote(`${cls.specName}.properties`)});`,
  ];
  for (let i = 0; i < words; i++) out.push(`let flags${i} = 0;`);
  out.push('// the first flag word (class-id, weight and body-size are counted by headerFrame)');
  out.push(`let size = ${PROPERTY_FLAG_WORD_SIZE};`);
  for (const p of cls.properties) out.push(...presenceCheck(p, imports));
  // A word is written when it or a later word is non-zero; bit 0 says another word follows.
  for (let i = words - 1; i >= 1; i--) {
    out.push(`if (flags${i} !== 0) {`, `flags${i - 1} |= ${continuation};`, `size += ${PROPERTY_FLAG_WORD_SIZE};`, '}');
  }
  // headerFrame checks the whole frame against frameMax (when given) before it allocates.
  out.push(
    `const w = ${imports.value(RUNTIME_MODULE, 'headerFrame')}(channel, ${cls.classId}, bodySize, ${quote(`${cls.specName}.header.body-size`)}, size, frameMax, ${quote(`${cls.specName}.header`)});`,
    `${imports.value(RUNTIME_MODULE, 'writeU16')}(w, flags0, 'property-flags');`,
  );
  for (let i = 1; i < words; i++) {
    out.push(
      `if ((flags${i - 1} & ${continuation}) !== 0) ${imports.value(RUNTIME_MODULE, 'writeU16')}(w, flags${i}, 'property-flags');`,
    );
  }
  for (const p of cls.properties) out.push(propertyWrite(p, imports));
  out.push(`return ${imports.value(RUNTIME_MODULE, 'finishFrame')}(w);`);
  return out;
}

function valueLocal(p: PropertyModel): string {
  return localName(p.field.name);
}

function presenceCheck(p: PropertyModel, imports: ImportRegistry): string[] {
  const local = valueLocal(p);
  const flag = `flags${p.flagWord} |= ${hex(p.flagMask)};`;
  const read = `const ${local} = properties.${p.field.name};`;
  const part = variablePart(p.field, local, local);
  if (part === undefined) {
    return [read, `if (${local} != null) {`, flag, `size += ${p.field.wire.fixedSize};`, '}'];
  }
  const declare = part.local.endsWith('Length')
    ? `let ${part.local} = 0;`
    : `let ${part.local}: Uint8Array | undefined;`;
  return [
    read,
    declare,
    `if (${local} != null) {`,
    `${part.local} = ${part.call(imports.value(RUNTIME_MODULE, part.measure))};`,
    flag,
    `size += ${part.size};`,
    '}',
  ];
}

function propertyWrite(p: PropertyModel, imports: ImportRegistry): string {
  const local = valueLocal(p);
  const part = variablePart(p.field, local, local);
  if (part === undefined) {
    const write = imports.value(RUNTIME_MODULE, INT_WRITER[p.field.type]!);
    return `if (${local} != null) ${write}(w, ${local}, ${quote(p.field.context)});`;
  }
  // Bytes locals are narrowed by their own check; a measured length goes with its value.
  return `if (${part.local.endsWith('Length') ? `${local} != null` : `${part.local} !== undefined`}) ${part.write}`;
}

/** Property decoder: flag words (continuation words beyond the known ones must be empty), then present properties. */
export function headerDecoderStatements(cls: ClassModel, imports: ImportRegistry): string[] {
  const words = cls.flagWords.length;
  const continuation = FLAG_CONTINUATION_BIT;
  const ctx = quote(`${cls.specName}.header.property-flags`);
  const readFlags = `${imports.value(RUNTIME_MODULE, 'readU16')}(reader, ${ctx})`;
  const out: string[] = [`const flags0 = ${readFlags};`];
  for (let i = 1; i < words; i++) {
    out.push(`const flags${i} = (flags${i - 1} & ${continuation}) !== 0 ? ${readFlags} : 0;`);
  }
  for (const [i, { unknownMask: unknown }] of cls.flagWords.entries()) {
    if (unknown !== 0) {
      const fn = imports.value(RUNTIME_MODULE, 'unknownPropertyFlags');
      out.push(
        `if ((flags${i} & ${hex(unknown)}) !== 0) throw ${fn}(reader, ${ctx}, ${i}, flags${i} & ${hex(unknown)});`,
      );
    }
  }
  out.push(
    `if ((flags${words - 1} & ${continuation}) !== 0) ${imports.value(RUNTIME_MODULE, 'skipEmptyFlagWords')}(reader, ${ctx});`,
  );
  const values: string[] = [];
  for (const p of cls.properties) {
    const local = valueLocal(p);
    out.push(
      `const ${local} = (flags${p.flagWord} & ${hex(p.flagMask)}) !== 0 ? ${readCall(p.field, imports)} : undefined;`,
    );
    values.push(local === p.field.name ? local : `${p.field.name}: ${local}`);
  }
  out.push(`return { ${values.join(', ')} };`);
  return out;
}
