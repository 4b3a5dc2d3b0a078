import { type SourceFile, VariableDeclarationKind } from 'ts-morph';
import type { Protocol } from '../model/types.js';
import { ImportRegistry } from './kit/imports.js';
import { DISPATCH_KEY, quote, RUNTIME_MODULE } from './kit/wire.js';

/** encodeMethod / decodeMethod (a layout table), content headers and whole frames (a switch each). */
export function emitDispatchFile(file: SourceFile, protocol: Protocol): void {
  const imports = new ImportRegistry();
  const ReadCursor = imports.value(RUNTIME_MODULE, 'ReadCursor');
  const readU16 = imports.value(RUNTIME_MODULE, 'readU16');
  const readU64 = imports.value(RUNTIME_MODULE, 'readU64');
  const expectEnd = imports.value(RUNTIME_MODULE, 'expectEnd');
  const AmqpError = imports.value(RUNTIME_MODULE, 'AmqpError');
  for (const name of ['Method', 'MethodInput']) imports.type('./methods.js', name);
  const contentClasses = protocol.classes.filter((c) => c.properties.length > 0);
  // Both payload decoders start alike: a cursor over the payload, then the class id.
  const payloadParameters = [{ name: 'payload', type: 'Uint8Array | ArrayBuffer' }];
  const readClassId = (context: string): string[] => [
    `const reader = new ${ReadCursor}(payload);`,
    `const classId = ${readU16}(reader, ${quote(context)});`,
  ];

  const layouts = imports.value('./layouts.js', 'METHOD_LAYOUTS');
  const channelZeroClasses = imports.value('./layouts.js', 'CHANNEL_ZERO_CLASSES');
  // encodeMethod/decodeMethod run on layouts rather than a switch over the per-method functions: a
  // bundle that uses only them stays small; the per-method functions remain the fast path.
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    docs: ['encodeMethod and decodeMethod: the runtime reading the layouts.'],
    declarations: [
      {
        name: 'layoutCodec',
        // Marked pure so bundlers drop it when neither encodeMethod nor decodeMethod is imported.
        initializer: `/* @__PURE__ */ ${imports.value(RUNTIME_MODULE, 'methodCodec')}<Method, MethodInput>(${layouts}, ${channelZeroClasses})`,
      },
    ],
  });
  file.addFunction({
    name: 'decodeMethod',
    isExported: true,
    docs: [
      'Decodes a method frame payload (class id, method id, arguments). Fails with an AmqpError on unknown ids (503), truncated arguments or trailing bytes (501). Runs on a table of layouts, so a bundle that uses it carries no per-method code; the per-method decoders (decodeBasicDeliver, …) are faster.',
    ],
    parameters: payloadParameters,
    returnType: 'Method',
    statements: ['return layoutCodec.decode(payload);'],
  });
  file.addFunction({
    name: 'decodeMethodBySwitch',
    docs: [
      'decodeMethod for decodeFrame: the same checks and results through a switch to the per-method decoders, which is faster than the layout table (a whole delivery decodes through here).',
    ],
    parameters: payloadParameters,
    returnType: 'Method',
    statements: [
      ...readClassId('method.class-id'),
      `const methodId = ${readU16}(reader, 'method.method-id');`,
      'let method: Method;',
      `switch (${DISPATCH_KEY}) {`,
      ...protocol.methods.map((m) => {
        const decoder = imports.value(`./${m.names.file}.js`, m.names.argsDecoder);
        return `case ${m.dispatchKey}: method = { name: ${quote(m.fullName)}, classId, methodId, args: ${decoder}(reader) }; break;`;
      }),
      'default:',
      `throw ${imports.value(RUNTIME_MODULE, 'unknownMethod')}(classId, methodId);`,
      '}',
      `${expectEnd}(reader, method.name);`,
      'return method;',
    ],
  });

  file.addFunction({
    name: 'encodeMethod',
    isExported: true,
    docs: [
      'Encodes a complete method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written. Runs on a table of layouts, so a bundle that uses it carries no per-method code; the per-method encoders (encodeBasicPublish, …) are faster.',
    ],
    parameters: [
      { name: 'channel', type: 'number' },
      { name: 'method', type: 'MethodInput' },
      { name: 'frameMax', type: 'number', hasQuestionToken: true },
    ],
    returnType: 'Uint8Array',
    statements: ['return layoutCodec.encode(channel, method, frameMax);'],
  });

  emitMessageEncoders(file, protocol, imports);

  const headerTypes = contentClasses.map((c) => {
    const props = imports.type(`./${c.names.file}.js`, c.names.decodedPropertiesType);
    return `{ \n/** Class of the content (${c.specName}). */\nreadonly classId: ${c.classId}; \n/** Always 0 in 0-9-1. */\nreadonly weight: number; \n/** Total body bytes in the body frames that follow. */\nreadonly bodySize: number | bigint; \n/** Present properties; absent ones are undefined. */\nreadonly properties: ${props} }`;
  });
  file.addTypeAlias({
    name: 'ContentHeader',
    isExported: true,
    docs: ['A decoded content header; checking `classId` narrows `properties`.'],
    type: headerTypes.length ? headerTypes.join(' | ') : 'never',
  });
  file.addFunction({
    name: 'decodeContentHeader',
    isExported: true,
    docs: [
      'Decodes a content header frame payload: class-id, weight, body-size, property flags and properties. A class that carries no content fails with 505 UNEXPECTED_FRAME (it cannot match the method it follows).',
    ],
    parameters: payloadParameters,
    returnType: 'ContentHeader',
    statements: [
      ...readClassId('header.class-id'),
      // With no content class (a --classes subset) nothing uses them, but they are still read.
      ...(contentClasses.length
        ? [
            `const weight = ${readU16}(reader, 'header.weight');`,
            `const bodySize = ${readU64}(reader, 'header.body-size');`,
          ]
        : [`${readU16}(reader, 'header.weight');`, `${readU64}(reader, 'header.body-size');`]),
      'switch (classId) {',
      ...contentClasses.map((c) => {
        const decoder = imports.value(`./${c.names.file}.js`, c.names.headerDecoder);
        return `case ${c.classId}: { const properties = ${decoder}(reader); ${expectEnd}(reader, ${quote(`${c.specName}.header`)}); return { classId, weight, bodySize, properties }; }`;
      }),
      'default:',
      // No content method is of this class, so the header cannot match the method it follows: 505, as RabbitMQ answers.
      `throw new ${AmqpError}(\`content header for class \${classId}, which carries no content\`, { kind: 'decode', replyCode: ${imports.value(RUNTIME_MODULE, 'UNEXPECTED_FRAME')}, offset: 0, context: 'header.class-id', classId });`,
      '}',
    ],
  });

  // Frame rules live in the runtime (frameDecoder); only the decoders and the channel-0 classes are the spec's.
  const Frame = imports.type(RUNTIME_MODULE, 'Frame');
  file.addTypeAlias({
    name: 'DecodedFrame',
    isExported: true,
    docs: ['A frame with its payload decoded.'],
    type: `${imports.type(RUNTIME_MODULE, 'DecodedFrameOf')}<Method, ContentHeader>`,
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The spec's part of frame decoding: the payload decoders and the classes that travel on channel 0."],
    declarations: [
      {
        name: 'decodeProtocolFrame',
        // Marked pure so bundlers drop it (and every header decoder) when decodeFrame is not imported.
        initializer: `/* @__PURE__ */ ${imports.value(RUNTIME_MODULE, 'frameDecoder')}<Method, ContentHeader>({\ndecodeMethod: decodeMethodBySwitch,\ndecodeContentHeader,\nchannelZeroClasses: ${channelZeroClasses},\n})`,
      },
    ],
  });
  file.addFunction({
    name: 'decodeFrame',
    isExported: true,
    docs: [
      'Decodes a frame from FrameParser. Connection-class methods on a channel other than 0 fail with 503; other methods, content headers and bodies on channel 0 with 504 CHANNEL_ERROR. Body payloads are views of the frame payload (no copy).',
    ],
    parameters: [{ name: 'frame', type: Frame }],
    returnType: 'DecodedFrame',
    statements: ['return decodeProtocolFrame(frame);'],
  });
  imports.applyTo(file);
}

/**
 * encodeMessage / encodeMessageInto: a content method, its header and body frames in one buffer.
 * The runtime (message.ts) lays the frames out; here only the switch from method to encoders.
 */
function emitMessageEncoders(file: SourceFile, protocol: Protocol, imports: ImportRegistry): void {
  const contentMethods = protocol.methods.filter((m) => m.content);
  if (contentMethods.length === 0) return;
  const AmqpError = imports.value(RUNTIME_MODULE, 'AmqpError');
  const classById = new Map(protocol.classes.map((c) => [c.classId, c]));
  const propertyTypes = [
    ...new Set(
      contentMethods.map((m) => {
        const c = classById.get(m.classId)!;
        return imports.type(`./${c.names.file}.js`, c.names.propertiesType);
      }),
    ),
  ];
  file.addTypeAlias({
    name: 'ContentMethodInput',
    isExported: true,
    docs: ['A method that is followed by a content header and body (what encodeMessage takes).'],
    type: `MethodInput<${contentMethods.map((m) => quote(m.fullName)).join(' | ')}>`,
  });
  const parameters = [
    { name: 'channel', type: 'number' },
    { name: 'method', type: 'ContentMethodInput' },
    { name: 'properties', type: propertyTypes.join(' | ') },
    { name: 'body', type: 'Uint8Array' },
    { name: 'frameMax', type: 'number' },
  ];
  const cases = (place: string, extra: string): string[] => [
    `${imports.value(RUNTIME_MODULE, 'expectObject')}(method, 'method');`,
    `const bodySize = ${imports.value(RUNTIME_MODULE, 'bodyLength')}(body);`,
    'switch (method.name) {',
    ...contentMethods.map((m) => {
      const c = classById.get(m.classId)!;
      const encoder = imports.value(`./${m.names.file}.js`, m.names.encoder);
      const header = imports.value(`./${c.names.file}.js`, c.names.headerEncoder);
      const args = m.fields.some((f) => !f.reserved) ? 'method.args' : '{}';
      const props =
        propertyTypes.length > 1
          ? `properties as ${imports.type(`./${c.names.file}.js`, c.names.propertiesType)}`
          : 'properties';
      return `case ${quote(m.fullName)}: return ${place}(${extra}channel, ${encoder}(channel, ${args}), ${header}(channel, bodySize, ${props}), body, frameMax);`;
    }),
    'default:',
    `throw new ${AmqpError}(\`\${(method as { name: unknown }).name} is not a method that carries content\`, { kind: 'encode', context: 'method.name' });`,
    '}',
  ];
  file.addFunction({
    name: 'encodeMessage',
    isExported: true,
    docs: [
      'Encodes a whole message (the method frame, the content header frame and the body frames, the body split at frameMax − 8 bytes) into one new buffer of exactly its size, ready for a single socket write. With frameMax ≠ 0, a method or header frame larger than frameMax is an encode error.',
    ],
    parameters,
    returnType: 'Uint8Array',
    statements: cases(imports.value(RUNTIME_MODULE, 'assembleMessage'), ''),
  });
  file.addFunction({
    name: 'encodeMessageInto',
    isExported: true,
    docs: [
      'Like encodeMessage, but writes into `target` from `offset` (e.g. a reused buffer) and returns the end offset. If the message does not fit, throws an encode error and writes nothing.',
    ],
    parameters: [{ name: 'target', type: 'Uint8Array' }, { name: 'offset', type: 'number' }, ...parameters],
    returnType: 'number',
    statements: cases(imports.value(RUNTIME_MODULE, 'placeMessage'), 'target, offset, '),
  });
}
