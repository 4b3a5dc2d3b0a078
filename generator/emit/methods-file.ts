import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
import type { FieldModel, MethodModel, Protocol } from '../model/types.js';
import { DEPRECATED } from './class-file.js';
import { ImportRegistry } from './kit/imports.js';
import { quote, RUNTIME_MODULE } from './kit/wire.js';

/** Method names, the args map, the discriminated unions and the metadata table. */
export function emitMethodsFile(file: SourceFile, protocol: Protocol): void {
  const imports = new ImportRegistry();
  for (const m of protocol.methods) {
    imports.type(`./${m.names.file}.js`, m.names.argsType);
    imports.type(`./${m.names.file}.js`, m.names.decodedType);
  }
  file.addInterface({
    name: 'MethodArgs',
    isExported: true,
    docs: ['Arguments of every method, keyed by spec name (`connection.tune-ok`).'],
    properties: protocol.methods.map((m) => ({
      name: quote(m.fullName),
      type: m.names.argsType,
      docs: [entryDoc(m)],
    })),
  });
  file.addInterface({
    name: 'DecodedMethodArgs',
    isExported: true,
    docs: ['Arguments of every method as decoders return them (longstr values are always bytes).'],
    properties: protocol.methods.map((m) => ({
      name: quote(m.fullName),
      type: m.names.decodedType,
      docs: [entryDoc(m)],
    })),
  });
  file.addTypeAlias({
    name: 'MethodName',
    isExported: true,
    docs: ['Spec name of a method: `class.method`.'],
    type: 'keyof MethodArgs',
  });
  file.addTypeAlias({
    name: 'Method',
    isExported: true,
    typeParameters: [{ name: 'N', constraint: 'MethodName', default: 'MethodName' }],
    docs: ['A decoded method; checking `name` narrows `args`.'],
    type: 'N extends MethodName ? { \n/** Spec name, `class.method`. */\nreadonly name: N; \n/** Class id on the wire. */\nreadonly classId: number; \n/** Method id on the wire. */\nreadonly methodId: number; \n/** Decoded arguments (reserved fields left out). */\nreadonly args: DecodedMethodArgs[N] } : never',
  });
  file.addTypeAlias({
    name: 'MethodInput',
    isExported: true,
    typeParameters: [{ name: 'N', constraint: 'MethodName', default: 'MethodName' }],
    docs: ['A method to encode: its name and arguments (`args` may be left out when the method has none).'],
    type: 'N extends MethodName ? ({} extends MethodArgs[N] ? { \n/** Spec name, `class.method`. */\nreadonly name: N; \n/** Arguments; the method has none to give. */\nreadonly args?: MethodArgs[N] } : { \n/** Spec name, `class.method`. */\nreadonly name: N; \n/** Arguments (reserved fields left out). */\nreadonly args: MethodArgs[N] }) : never',
  });
  file.addTypeAlias({
    name: 'Peer',
    isExported: true,
    docs: ["A side of the connection, as the spec's `<chassis>` names it."],
    type: "'client' | 'server'",
  });
  file.addTypeAlias({
    name: 'WireType',
    isExported: true,
    docs: ['The primitive AMQP types a field is written as.'],
    type: "'bit' | 'octet' | 'short' | 'long' | 'longlong' | 'shortstr' | 'longstr' | 'timestamp' | 'table'",
  });
  file.addInterface({
    name: 'FieldInfo',
    isExported: true,
    docs: ['What the spec says about one method argument or content property, in wire order.'],
    properties: [
      { name: 'specName', type: 'string', isReadonly: true, docs: ['As in the spec: `routing-key`.'] },
      {
        name: 'name',
        type: 'string',
        isReadonly: true,
        docs: ['The key in args and property objects: `routingKey`.'],
      },
      { name: 'type', type: 'WireType', isReadonly: true, docs: ['How it is written on the wire.'] },
      { name: 'domain', type: 'string', isReadonly: true, docs: ['The spec domain (its type when it names none).'] },
      {
        name: 'reserved',
        type: 'boolean',
        isReadonly: true,
        docs: ['Written as zero, skipped on read, not part of the args types.'],
      },
    ],
  });
  file.addInterface({
    name: 'MethodInfo',
    isExported: true,
    docs: ['What the spec says about a method.'],
    properties: [
      { name: 'name', type: 'N', isReadonly: true, docs: ['Spec name, `class.method`.'] },
      { name: 'classId', type: 'C', isReadonly: true, docs: ['Class id on the wire.'] },
      { name: 'methodId', type: 'M', isReadonly: true, docs: ['Method id on the wire (within its class).'] },
      { name: 'synchronous', type: 'boolean', isReadonly: true, docs: ['The sender waits for one of `responses`.'] },
      {
        name: 'responses',
        type: 'R',
        isReadonly: true,
        docs: ['Methods that answer it (from `<response>`; basic.get has two); empty for asynchronous methods.'],
      },
      { name: 'content', type: 'Content', isReadonly: true, docs: ['Followed by a content header and body frames.'] },
      { name: 'sentBy', type: 'readonly Peer[]', isReadonly: true, docs: ['Who may send it (from `<chassis>`).'] },
      {
        name: 'channelZeroOnly',
        type: 'boolean',
        isReadonly: true,
        docs: ['Travels on channel 0 only (connection class).'],
      },
      { name: 'deprecated', type: 'boolean', isReadonly: true, docs: ['The spec marks the method deprecated.'] },
      { name: 'fields', type: 'readonly FieldInfo[]', isReadonly: true, docs: ['Arguments in wire order.'] },
    ],
    typeParameters: [
      { name: 'N', constraint: 'MethodName', default: 'MethodName' },
      { name: 'C', constraint: 'number', default: 'number' },
      { name: 'M', constraint: 'number', default: 'number' },
      { name: 'R', constraint: 'readonly MethodName[]', default: 'readonly MethodName[]' },
      { name: 'Content', constraint: 'boolean', default: 'boolean' },
    ],
  });
  file.addInterface({
    name: 'MethodTable',
    isExported: true,
    docs: ['The type of `METHODS`: ids, responses and the content flag of each method as literal types.'],
    properties: protocol.methods.map((m) => ({
      name: quote(m.fullName),
      isReadonly: true,
      type: `MethodInfo<${quote(m.fullName)}, ${m.classId}, ${m.methodId}, readonly [${m.responses.map(quote).join(', ')}], ${m.content}>`,
      docs: [entryDoc(m)],
    })),
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Metadata of every method, keyed by spec name.'],
    declarations: [
      {
        name: 'METHODS',
        type: 'MethodTable',
        // Built from the layouts encodeMethod/decodeMethod use, plus one line per method of what they do not say.
        initializer: `/* @__PURE__ */ ${imports.value(RUNTIME_MODULE, 'methodInfoTable')}<MethodTable>(\n${imports.value('./layouts.js', 'METHOD_LAYOUTS')},\n[\n${protocol.methods.map((m) => `${quote(methodFacts(m))},`).join('\n')}\n],\n${imports.value('./layouts.js', 'CHANNEL_ZERO_CLASSES')},\n)`,
      },
    ],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Content properties of every class that carries content, keyed by class spec name, in flag order.'],
    declarations: [
      {
        name: 'CONTENT_PROPERTIES',
        type: '{ readonly [className: string]: readonly FieldInfo[] }',
        initializer: `{\n${protocol.classes
          .filter((c) => c.properties.length > 0)
          .map((c) => `${quote(c.specName)}: [${c.properties.map((p) => fieldInfo(p.field)).join(', ')}],`)
          .join('\n')}\n}`,
      },
    ],
  });
  file.addFunction({
    name: 'methodInfo',
    isExported: true,
    docs: ['Metadata by wire ids, or undefined for ids the spec does not define.'],
    parameters: [
      { name: 'classId', type: 'number' },
      { name: 'methodId', type: 'number' },
    ],
    returnType: 'MethodInfo | undefined',
    // Not a hot path: a scan of METHODS costs far fewer bytes than a switch of its own.
    statements: ['return Object.values(METHODS).find((m) => m.classId === classId && m.methodId === methodId);'],
  });
  imports.applyTo(file);
}

function fieldInfo(f: FieldModel): string {
  return `{ specName: ${quote(f.specName)}, name: ${quote(f.name)}, type: ${quote(f.type)}, domain: ${quote(f.domain)}, reserved: ${f.reserved} }`;
}

/**
 * What METHODS says beyond a method's layout, as runtime/method-info.ts reads it:
 * `<flags> <sent by> <responses> [<domains>]` — flags `s` synchronous, `c` content, `d` deprecated
 * (`-` for none); who sends it and its responses comma-separated (`-` for none); each field's domain
 * comma-separated, empty where it is the field's type, the list left out when all are.
 */
function methodFacts(m: MethodModel): string {
  const flags = `${m.synchronous ? 's' : ''}${m.content ? 'c' : ''}${m.deprecated ? 'd' : ''}` || '-';
  const facts = [flags, m.sentBy.join(',') || '-', m.responses.join(',') || '-'];
  const domains = m.fields.map((f) => (f.domain === f.type ? '' : f.domain));
  if (domains.some((d) => d !== '')) facts.push(domains.join(','));
  return facts.join(' ');
}

/** One line per method in the keyed tables: its provenance, and the deprecation where the spec has one. */
function entryDoc(m: Protocol['methods'][number]): string {
  return `${m.fullName} (${m.classId}.${m.methodId})${m.deprecated ? `\n\n${DEPRECATED}` : ''}`;
}
