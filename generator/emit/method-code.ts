import type { FieldModel, MethodModel } from '../model/types.js';
import type { ImportRegistry } from './kit/imports.js';
import { localName } from './kit/locals.js';
import { hex, INT_WRITER, quote, readCall, RUNTIME_MODULE, variablePart } from './kit/wire.js';

/** Statements of a method's encoder: validate and measure variable parts, allocate once, write in order. */
export function encoderStatements(method: MethodModel, imports: ImportRegistry): string[] {
  const out: string[] = [];
  // The wording of both channel rules lives in the runtime (wrongChannel), shared with the decoders.
  const wrongChannel = imports.value(RUNTIME_MODULE, 'wrongChannel');
  out.push(
    method.channelZeroOnly
      ? `if (channel !== 0) throw ${wrongChannel}(channel, ${quote(method.fullName)});`
      : `if (channel === 0) throw ${wrongChannel}(0, ${quote(method.fullName)});`,
  );
  if (method.fields.some((f) => !f.reserved)) {
    out.push(`${imports.value(RUNTIME_MODULE, 'expectObject')}(args, ${quote(method.fullName)});`);
  }
  const sizeTerms: string[] = [];
  let fixed = method.fixedSize;
  for (const field of method.fields) {
    const part = field.reserved ? undefined : variablePart(field, `args.${field.name}`, field.name);
    if (part === undefined) continue;
    out.push(`const ${part.local} = ${part.call(imports.value(RUNTIME_MODULE, part.measure))};`);
    sizeTerms.push(part.sizeWithoutPrefix);
    fixed += part.prefix;
  }
  const methodFrame = imports.value(RUNTIME_MODULE, 'methodFrame');
  let size = String(fixed);
  if (sizeTerms.length > 0) {
    out.push(`const argsSize = ${[size, ...sizeTerms].join(' + ')};`);
    size = 'argsSize';
  }
  // methodFrame checks the whole frame against frameMax (when given) before it allocates.
  out.push(
    `const w = ${methodFrame}(channel, ${method.classId}, ${method.methodId}, ${size}, frameMax, ${quote(method.fullName)});`,
  );
  for (const item of method.layout) {
    if (item.kind === 'bits') out.push(bitsWrite(item.fields, item.masks, imports));
    else out.push(fieldWrite(item.field, imports));
  }
  out.push(`return ${imports.value(RUNTIME_MODULE, 'finishFrame')}(w);`);
  return out;
}

function fieldWrite(field: FieldModel, imports: ImportRegistry): string {
  if (field.reserved) {
    return `w.pos += ${field.wire.zeroSize}; // ${field.specName}: reserved, left zero`;
  }
  const int = INT_WRITER[field.type];
  if (int) return `${imports.value(RUNTIME_MODULE, int)}(w, args.${field.name}, ${quote(field.context)});`;
  const part = variablePart(field, `args.${field.name}`, field.name);
  if (part === undefined) throw new Error(`${field.context}: no writer for wire type ${field.type}`);
  return part.write;
}

/** One octet for a run of bits: each at its mask's position; reserved bits stay zero. */
function bitsWrite(fields: readonly FieldModel[], masks: readonly number[], imports: ImportRegistry): string {
  const terms = fields.flatMap((field, i) => {
    if (field.reserved) return [];
    const bool = imports.value(RUNTIME_MODULE, 'bool');
    const value = `${bool}(args.${field.name}, ${quote(field.context)})`;
    // bool() gives 0 or 1, so shifting it by the mask's bit position sets exactly that bit.
    const shift = Math.log2(masks[i]);
    return [shift === 0 ? value : `(${value} << ${shift})`];
  });
  if (terms.length === 0) return `w.pos += 1; // ${fields.map((f) => f.specName).join(', ')}: reserved bits, left zero`;
  return `${imports.value(RUNTIME_MODULE, 'writeU8')}(w, ${terms.join(' | ')}, ${quote(fields[0].context)});`;
}

/** Statements of a method's argument decoder: read in wire order into locals, return one object literal. */
export function decoderStatements(method: MethodModel, imports: ImportRegistry): string[] {
  const out: string[] = [];
  const values: string[] = [];
  let bitsIndex = 0;
  for (const item of method.layout) {
    if (item.kind === 'bits') {
      const octet = `bits${bitsIndex++}`;
      const publicBits = item.fields.map((f, i) => ({ f, mask: item.masks[i] })).filter(({ f }) => !f.reserved);
      const read = readCall(item.fields[0], imports);
      if (publicBits.length === 0) {
        out.push(`${read}; // reserved bits`);
        continue;
      }
      out.push(`const ${octet} = ${read};`);
      for (const { f, mask } of publicBits) values.push(`${f.name}: (${octet} & ${hex(mask, 2)}) !== 0`);
      continue;
    }
    const field = item.field;
    const read = readCall(field, imports);
    if (field.reserved) out.push(`${read}; // ${field.specName}: reserved, skipped`);
    else {
      out.push(`const ${localName(field.name)} = ${read};`);
      values.push(localName(field.name) === field.name ? field.name : `${field.name}: ${localName(field.name)}`);
    }
  }
  out.push(values.length === 0 ? 'return {};' : `return { ${values.join(', ')} };`);
  return out;
}
