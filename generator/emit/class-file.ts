import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
import type { ClassModel, FieldModel, MethodModel } from '../model/types.js';
import { ImportRegistry } from './kit/imports.js';
import { encoderStatements, decoderStatements } from './method-code.js';
import { headerDecoderStatements, headerEncoderStatements } from './properties-code.js';
import { docText } from './kit/tsdoc.js';
import { quote, RUNTIME_MODULE, TS_TYPE } from './kit/wire.js';

/** One file per class: argument types, encoders and decoders, and content properties. */
export function emitClassFile(file: SourceFile, cls: ClassModel): void {
  const imports = new ImportRegistry();
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [docText(cls.docs, [`Class id of ${cls.specName} (${cls.classId}).`])],
    declarations: [{ name: cls.names.classIdConstant, initializer: String(cls.classId) }],
  });
  if (cls.properties.length > 0) emitProperties(file, cls, imports);
  for (const method of cls.methods) emitMethod(file, method, imports);
  imports.applyTo(file);
}

function provenance(method: MethodModel): string {
  return `${method.fullName} (${method.classId}.${method.methodId})`;
}

function methodDoc(method: MethodModel): string {
  const facts = [sentByLine(method), `Spec: ${provenance(method)}`];
  if (method.deprecated) facts.push(DEPRECATED);
  return docText(method.docs, facts);
}

/** "Sent by: client. Synchronous; answered by x-ok; carries content." with only the parts that apply. */
function sentByLine(method: MethodModel): string {
  const traits = [
    ...(method.synchronous ? ['Synchronous'] : []),
    ...(method.responses.length ? [`answered by ${method.responses.join(' or ')}`] : []),
    ...(method.content ? ['carries content'] : []),
  ];
  const rest = traits.join('; ');
  return `Sent by: ${method.sentBy.join(' and ')}.${rest ? ` ${rest.charAt(0).toUpperCase()}${rest.slice(1)}.` : ''}`;
}

export const DEPRECATED = '@deprecated The spec marks this method deprecated.';

/** Spec line of every declaration that belongs to `method`, and its deprecation tag where the spec has one. */
function tail(method: MethodModel): string {
  return `Spec: ${provenance(method)}${method.deprecated ? `\n\n${DEPRECATED}` : ''}`;
}

function fieldTypeName(field: FieldModel, imports: ImportRegistry): string {
  if (field.type === 'table') imports.type(RUNTIME_MODULE, 'FieldTable');
  return TS_TYPE[field.type];
}

function fieldDoc(field: FieldModel): string {
  return docText(field.docs, [
    `Wire type: ${field.type}${field.domain !== field.type ? ` (domain ${field.domain})` : ''}.`,
  ]);
}

function emitMethod(file: SourceFile, method: MethodModel, imports: ImportRegistry): void {
  const publicFields = method.fields.filter((f) => !f.reserved);
  file.addInterface({
    name: method.names.argsType,
    isExported: true,
    docs: [methodDoc(method)],
    properties: publicFields.map((field) => ({
      name: field.name,
      type: fieldTypeName(field, imports),
      docs: [fieldDoc(field)],
    })),
  });
  if (method.names.decodedType !== method.names.argsType) {
    file.addInterface({
      name: method.names.decodedType,
      isExported: true,
      docs: [`${method.fullName} arguments as decoded: longstr values are always bytes.\n\n${tail(method)}`],
      extends: [method.names.argsType],
      properties: publicFields.filter((f) => f.type === 'longstr').map((f) => ({ name: f.name, type: 'Uint8Array' })),
    });
  }
  file.addFunction({
    name: method.names.encoder,
    isExported: true,
    docs: [
      `Encodes a complete ${method.fullName} method frame on \`channel\`. With \`frameMax\` (the negotiated frame-max), a larger frame is an encode error and nothing is written.\n\n${tail(method)}`,
    ],
    parameters: [
      { name: 'channel', type: 'number' },
      { name: publicFields.length ? 'args' : '_args', type: method.names.argsType },
      { name: 'frameMax', type: 'number', hasQuestionToken: true },
    ],
    returnType: 'Uint8Array',
    statements: encoderStatements(method, imports),
  });
  file.addFunction({
    name: method.names.argsDecoder,
    isExported: true,
    docs: [`Reads the arguments of ${method.fullName} (after class and method id).\n\n${tail(method)}`],
    parameters: [
      {
        name: publicFields.length || method.fields.length ? 'reader' : '_reader',
        type: imports.type(RUNTIME_MODULE, 'ReadCursor'),
      },
    ],
    returnType: method.names.decodedType,
    statements: decoderStatements(method, imports),
  });
  file.addFunction({
    name: method.names.decoder,
    isExported: true,
    docs: [
      `Decodes a ${method.fullName} method payload (class id, method id, arguments).\n\nOther ids are an error (503), as are truncated arguments and trailing bytes (501).\n\n${tail(method)}`,
    ],
    parameters: [{ name: 'payload', type: 'Uint8Array | ArrayBuffer' }],
    returnType: method.names.decodedType,
    statements: [
      `const reader = ${imports.value(RUNTIME_MODULE, 'methodReader')}(payload, ${method.classId}, ${method.methodId}, ${quote(method.fullName)});`,
      `const args = ${method.names.argsDecoder}(reader);`,
      `${imports.value(RUNTIME_MODULE, 'expectEnd')}(reader, ${quote(method.fullName)});`,
      'return args;',
    ],
  });
}

function emitProperties(file: SourceFile, cls: ClassModel, imports: ImportRegistry): void {
  const propertyDocs = (p: ClassModel['properties'][number]): string[] => [
    docText(p.field.docs, [
      `Flag word ${p.flagWord}, mask 0x${p.flagMask.toString(16).padStart(4, '0')}; wire type ${p.field.type}.`,
    ]),
  ];
  file.addInterface({
    name: cls.names.propertiesType,
    isExported: true,
    docs: [
      `Content properties of ${cls.specName} (the header frame's property list). A property is absent when undefined or null.`,
    ],
    properties: cls.properties.map((p) => ({
      name: p.field.name,
      // A Date is written as whole seconds (rounded down), as other clients accept one.
      type: `${fieldTypeName(p.field, imports)}${p.field.type === 'timestamp' ? ' | Date' : ''} | null | undefined`,
      hasQuestionToken: true,
      docs: propertyDocs(p),
    })),
  });
  file.addInterface({
    name: cls.names.decodedPropertiesType,
    isExported: true,
    docs: [
      `${cls.specName} properties as decoded: absent ones are undefined (never null), longstr values are always bytes.`,
    ],
    properties: cls.properties.map((p) => ({
      name: p.field.name,
      type: `${p.field.type === 'longstr' ? 'Uint8Array' : fieldTypeName(p.field, imports)} | undefined`,
      hasQuestionToken: true,
      docs: propertyDocs(p),
    })),
  });
  file.addFunction({
    name: cls.names.headerEncoder,
    isExported: true,
    docs: [
      `Encodes a complete ${cls.specName} content header frame (never on channel 0). Properties that are undefined or null are not written; all others are. With \`frameMax\` (the negotiated frame-max), a larger frame is an encode error and nothing is written.`,
    ],
    parameters: [
      { name: 'channel', type: 'number' },
      { name: 'bodySize', type: 'number | bigint' },
      { name: 'properties', type: cls.names.propertiesType },
      { name: 'frameMax', type: 'number', hasQuestionToken: true },
    ],
    returnType: 'Uint8Array',
    statements: headerEncoderStatements(cls, imports),
  });
  file.addFunction({
    name: cls.names.headerDecoder,
    isExported: true,
    docs: [`Reads ${cls.specName} property flags and properties (after class-id, weight and body-size).`],
    parameters: [{ name: 'reader', type: imports.type(RUNTIME_MODULE, 'ReadCursor') }],
    returnType: cls.names.decodedPropertiesType,
    statements: headerDecoderStatements(cls, imports),
  });
}
