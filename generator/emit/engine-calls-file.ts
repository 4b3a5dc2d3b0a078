import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
import type { MethodModel, Protocol } from '../model/types.js';
import { ImportRegistry } from './kit/imports.js';
import { quote } from './kit/wire.js';

const union = (names: readonly string[]): string => (names.length ? names.map(quote).join(' | ') : 'never');

/** Synchronous methods a client sends on a channel: each gets a typed call (spec `<response>`). */
export function channelCalls(protocol: Protocol): MethodModel[] {
  return protocol.methods.filter(
    (m) => m.synchronous && m.responses.length > 0 && m.sentBy.includes('client') && !m.channelZeroOnly,
  );
}

/**
 * What `send()` takes: asynchronous methods a client sends on a channel (ack, reject, nack …, not
 * content methods and not the answers the engine sends itself), and the calls with a no-wait bit.
 */
export function channelSends(protocol: Protocol): MethodModel[] {
  const responses = new Set(protocol.methods.flatMap((m) => m.responses));
  return protocol.methods.filter(
    (m) =>
      m.sentBy.includes('client') &&
      !m.channelZeroOnly &&
      !m.content &&
      (m.synchronous ? m.responses.length > 0 && m.noWait !== undefined : !responses.has(m.fullName)),
  );
}

/**
 * Methods a server sends on a channel without being asked (deliver, return, cancel, ack/nack,
 * flow, close): sent by the server (`<chassis>`) and the response of no method (`<response>`).
 */
export function channelEvents(protocol: Protocol): MethodModel[] {
  const responses = new Set(protocol.methods.flatMap((m) => m.responses));
  return protocol.methods.filter(
    (m) => m.sentBy.includes('server') && !responses.has(m.fullName) && !m.channelZeroOnly,
  );
}

/** src/engine/calls.ts: response tables, typed calls and the event union, for the engine. */
export function emitEngineCallsFile(file: SourceFile, protocol: Protocol): void {
  const imports = new ImportRegistry();
  for (const name of ['Method', 'MethodInput', 'MethodName']) imports.type('../methods.js', name);
  imports.type('./content.js', 'Content');
  const calls = channelCalls(protocol);

  file.addInterface({
    name: 'CallResponses',
    isExported: true,
    docs: ['For each synchronous method a client sends on a channel: the methods that answer it (spec `<response>`).'],
    properties: calls.map((m) => ({
      name: quote(m.fullName),
      type: union(m.responses),
      docs: [`${m.fullName} (${m.classId}.${m.methodId}) is answered by ${m.responses.join(' or ')}.`],
    })),
  });
  file.addTypeAlias({
    name: 'CallName',
    isExported: true,
    docs: ['A method `call()` accepts: synchronous, sent by the client, on a channel other than 0.'],
    type: 'keyof CallResponses',
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['The same table at run time: what the engine waits for after sending each call.'],
    declarations: [
      {
        name: 'CALL_RESPONSES',
        type: '{ readonly [N in CallName]: readonly CallResponses[N][] }',
        initializer: `{ ${calls.map((m) => `${quote(m.fullName)}: [${m.responses.map(quote).join(', ')}]`).join(', ')} }`,
      },
    ],
  });
  file.addTypeAlias({
    name: 'ContentMethodName',
    isExported: true,
    docs: ['Methods followed by a content header and body frames.'],
    type: union(protocol.methods.filter((m) => m.content).map((m) => m.fullName)),
  });
  const replyMembers = (content: string, contentDoc: string) => [
    { name: 'name', type: 'N', isReadonly: true, docs: ['The method name; narrows a union of replies.'] },
    { name: 'method', type: 'Method<N>', isReadonly: true, docs: ['The decoded method: ids and arguments.'] },
    { name: 'content', type: content, isReadonly: true, docs: [contentDoc] },
  ];
  file.addInterface({
    name: 'ContentReply',
    isExported: true,
    typeParameters: [{ name: 'N', constraint: 'ContentMethodName' }],
    docs: ['A received content method (deliver, return, get-ok) with its header and whole body.'],
    properties: replyMembers('Content', 'The content header (properties, body-size) and the body.'),
  });
  file.addInterface({
    name: 'MethodReply',
    isExported: true,
    typeParameters: [{ name: 'N', constraint: 'MethodName' }],
    docs: ['A received method that carries no content.'],
    properties: replyMembers('undefined', 'Always undefined: this method carries no content.'),
  });
  file.addTypeAlias({
    name: 'Reply',
    isExported: true,
    typeParameters: [{ name: 'N', constraint: 'MethodName', default: 'MethodName' }],
    docs: [
      'A received method, with its content (header and body) when it carries one. `name` (the method name) narrows the union, e.g. get-ok (with content) from get-empty.',
    ],
    type: 'N extends MethodName ? (N extends ContentMethodName ? ContentReply<N> : MethodReply<N>) : never',
  });
  file.addTypeAlias({
    name: 'CallResult',
    isExported: true,
    typeParameters: [{ name: 'N', constraint: 'CallName' }],
    docs: ['What a call resolves with: one of its responses (`basic.get` → get-ok with its message | get-empty).'],
    type: 'Reply<CallResponses[N]>',
  });
  const events = channelEvents(protocol);
  file.addTypeAlias({
    name: 'ChannelEventName',
    isExported: true,
    docs: ['Methods the server sends on a channel without being asked (spec `<chassis>` and `<response>`).'],
    type: union(events.map((m) => m.fullName)),
  });
  file.addTypeAlias({
    name: 'ChannelEvent',
    isExported: true,
    docs: ["A method the server sent on a channel unasked, as the engine's `channel` event carries it."],
    type: 'Reply<ChannelEventName>',
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['The same list at run time: which incoming channel methods the engine emits as events.'],
    declarations: [
      {
        name: 'CHANNEL_EVENT_NAMES',
        type: 'readonly ChannelEventName[]',
        initializer: `[${events.map((m) => quote(m.fullName)).join(', ')}]`,
      },
    ],
  });

  const sends = channelSends(protocol);
  const asyncSends = sends.filter((m) => m.noWait === undefined);
  file.addTypeAlias({
    name: 'SendInput',
    isExported: true,
    docs: [
      'What `send()` takes: an asynchronous client method (basic.ack …), or a call with its no-wait bit set (then no response comes).',
    ],
    type: [
      `MethodInput<${union(asyncSends.map((m) => m.fullName))}>`,
      ...sends
        .filter((m) => m.noWait !== undefined)
        .map((m) => {
          imports.type(`../${m.names.file}.js`, m.names.argsType);
          return [
            `{\n/** The call, sent without waiting. */\nreadonly name: ${quote(m.fullName)};`,
            `/** Its arguments, no-wait set. */\nreadonly args: ${m.names.argsType} &`,
            `{\n/** True: the server sends no response. */\nreadonly ${m.noWait}: true } }`,
          ].join('\n');
        }),
    ].join(' | '),
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      'The same set at run time: each method `send()` takes, with the name of its no-wait bit (undefined for asynchronous methods).',
    ],
    declarations: [
      {
        name: 'SEND_METHODS',
        type: `{ readonly [N in SendInput['name']]: string | undefined }`,
        initializer: `{ ${sends.map((m) => `${quote(m.fullName)}: ${m.noWait === undefined ? 'undefined' : quote(m.noWait)}`).join(', ')} }`,
      },
    ],
  });

  file.addClass({
    name: 'ChannelCalls',
    isExported: true,
    isAbstract: true,
    docs: [
      'One typed call per synchronous client method, each resolving with the union of its responses. Subclasses send the method and wait (see ProtocolEngine).',
    ],
    methods: [
      {
        name: 'call',
        isAbstract: true,
        typeParameters: [{ name: 'N', constraint: 'CallName' }],
        docs: ['Sends `method` on `channel` and resolves with its response.'],
        parameters: [
          { name: 'channel', type: 'number' },
          { name: 'method', type: 'MethodInput<N>' },
        ],
        returnType: 'Promise<CallResult<N>>',
      },
      ...calls.map((m) => {
        const hasArgs = m.fields.some((f) => !f.reserved);
        if (hasArgs) imports.type(`../${m.names.file}.js`, m.names.argsType);
        const camel = m.names.pascal[0].toLowerCase() + m.names.pascal.slice(1);
        return {
          name: camel,
          docs: [`${m.fullName} → ${m.responses.join(' | ')}${m.docs.label ? `: ${m.docs.label}` : ''}.`],
          parameters: [
            { name: 'channel', type: 'number' },
            ...(hasArgs ? [{ name: 'args', type: m.names.argsType }] : []),
          ],
          returnType: `Promise<CallResult<${quote(m.fullName)}>>`,
          statements: [`return this.call(channel, { name: ${quote(m.fullName)}${hasArgs ? ', args' : ''} });`],
        };
      }),
    ],
  });
  imports.applyTo(file);
}
