import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
import type { Protocol } from '../model/types.js';
import { docText } from './kit/tsdoc.js';
import { quote } from './kit/wire.js';

/** Spec constants, reply codes and their soft/hard classification. */
export function emitConstantsFile(file: SourceFile, protocol: Protocol): void {
  file.addVariableStatements([
    ...(
      [
        ['major', protocol.major],
        ['minor', protocol.minor],
        ['revision', protocol.revision],
      ] as const
    ).map(([part, value]) => ({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Protocol version ${part} number from the spec.`],
      declarations: [{ name: `PROTOCOL_${part.toUpperCase()}`, initializer: String(value) }],
    })),
    ...protocol.constants.map((c) => ({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [docText(c.docs, [`Spec: constant ${c.specName}${c.errorClass ? ` (${c.errorClass}-error)` : ''}`])],
      declarations: [{ name: c.name, initializer: String(c.value) }],
    })),
  ]);
  const codes = protocol.constants.filter((c) => c.isReplyCode);
  file.addTypeAlias({
    name: 'ReplyCodeKind',
    isExported: true,
    docs: [
      '`success` (200), `soft` (closes the channel: channel.close), `hard` (closes the connection: connection.close), or `unknown` for codes the spec does not define.',
    ],
    type: "'success' | 'soft' | 'hard' | 'unknown'",
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Every reply code the spec defines, with its spec name and kind.'],
    declarations: [
      {
        name: 'REPLY_CODES',
        type: "readonly { \n/** The code on the wire. */\nreadonly code: number; \n/** Spec name, e.g. `not-found`. */\nreadonly name: string; \n/** Who closes: a channel (soft) or the connection (hard). */\nreadonly kind: Exclude<ReplyCodeKind, 'unknown'> }[]",
        initializer: `[\n${codes
          .map((c) => `{ code: ${c.value}, name: ${quote(c.specName)}, kind: ${quote(c.errorClass ?? 'success')} },`)
          .join('\n')}\n]`,
      },
    ],
  });
  file.addFunction({
    name: 'replyCodeKind',
    isExported: true,
    docs: ['Classifies a reply code; codes the spec does not define are `unknown`, never an error.'],
    parameters: [{ name: 'code', type: 'number' }],
    returnType: 'ReplyCodeKind',
    statements: [
      'switch (code) {',
      ...codes.map((c) => `case ${c.value}: return ${quote(c.errorClass ?? 'success')};`),
      "default: return 'unknown';",
      '}',
    ],
  });
  file.addFunction({
    name: 'replyCodeName',
    isExported: true,
    docs: ['The spec name of a reply code (`not-found`), or undefined when the spec does not define it.'],
    parameters: [{ name: 'code', type: 'number' }],
    returnType: 'string | undefined',
    statements: ['return REPLY_CODES.find((entry) => entry.code === code)?.name;'],
  });
}
