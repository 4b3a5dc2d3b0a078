import { SpecError } from '../errors.js';
import type { Origin } from '../parse/raw.js';

/** Identifier spelling, computed once here so every emitter agrees. */

const words = (specName: string): string[] => specName.split(/[-_\s.]+/).filter((w) => w.length > 0);

/** `server-properties` → `serverProperties` */
export function camelCase(specName: string): string {
  const [first = '', ...rest] = words(specName);
  return first.toLowerCase() + rest.map(capitalize).join('');
}

/** `start-ok` → `StartOk` */
export function pascalCase(specName: string): string {
  return words(specName).map(capitalize).join('');
}

/** `frame-method` → `FRAME_METHOD` */
export function constantCase(specName: string): string {
  return words(specName)
    .map((w) => w.toUpperCase())
    .join('_');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Names the package exports itself (dispatch, METHODS, the runtime): no spec element may take one. */
export const PACKAGE_IDENTIFIERS: ReadonlySet<string> = new Set([
  // dispatch.ts and methods.ts
  ...['decodeMethod', 'encodeMethod', 'ContentHeader', 'decodeContentHeader', 'DecodedFrame', 'decodeFrame'],
  ...['ContentMethodInput', 'encodeMessage', 'encodeMessageInto'],
  ...['MethodArgs', 'DecodedMethodArgs', 'MethodName', 'Method', 'MethodInput', 'Peer', 'WireType', 'FieldInfo'],
  ...['MethodInfo', 'MethodTable', 'METHODS', 'CONTENT_PROPERTIES', 'methodInfo'],
  // constants.ts
  ...['PROTOCOL_MAJOR', 'PROTOCOL_MINOR', 'PROTOCOL_REVISION', 'ReplyCodeKind', 'REPLY_CODES', 'replyCodeKind'],
  'replyCodeName',
  // runtime/index.ts
  ...['AmqpError', 'AmqpErrorKind', 'AmqpErrorOptions', 'DEFAULT_FRAME_HARD_CAP', 'DEFAULT_FRAME_MAX', 'Decimal'],
  ...['FRAME_OVERHEAD', 'FieldArray', 'FieldTable', 'FieldType', 'FieldValue', 'Frame', 'FrameParser'],
  ...['FrameParserOptions', 'FrameType', 'HEARTBEAT_FRAME', 'MAX_CHANNEL_MAX', 'MAX_FIELD_NESTING', 'PROTOCOL_HEADER'],
  ...['Reader', 'TuneValues', 'TypedValue', 'decodeArray', 'decodeTable', 'encodeArray', 'encodeBodyFrames'],
  ...['encodeFrame', 'encodeLongstr', 'encodeShortstr', 'encodeTable', 'field', 'fieldTypeAt', 'fieldTypeOf'],
  ...['isAmqpError', 'isDecimal', 'isFrameType', 'isTypedValue', 'negotiateChannelMax', 'negotiateFrameMax'],
  ...['negotiateHeartbeat', 'negotiateTune', 'utf8Decode', 'utf8DecodeStrict', 'utf8Encode', 'utf8Length'],
  ...['utf8Write', 'checkFrameSize', 'DecodedFrameOf', 'ReadCursor'],
]);

/** File stems the package uses itself; a class may not take one. */
export const PACKAGE_STEMS: ReadonlySet<string> = new Set([
  'index',
  'methods',
  'layouts',
  'dispatch',
  'constants',
  'runtime',
  'engine',
]);

/** `Basic Stuff!` → `basic-stuff-` trimmed: lowercase letters, digits and dashes. */
export function fileStem(specName: string): string {
  return specName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function specError(message: string, owner: Origin): SpecError {
  return new SpecError(message, owner.file, owner.path, owner.line, owner.column);
}

/**
 * Fails when a spec name does not make a valid identifier, or two spec names map onto one
 * identifier (or onto one the package uses itself), naming the elements.
 */
export class NameRegistry {
  private readonly seen = new Map<string, Origin>();
  constructor(
    private readonly what: string,
    private readonly taken: ReadonlySet<string> = new Set(),
  ) {}

  claim(identifier: string, owner: Origin): string {
    if (!IDENTIFIER.test(identifier)) {
      throw specError(
        `the name gives ${this.what} "${identifier}", which is not a valid identifier; ` +
          'use letters, digits and dashes, starting with a letter',
        owner,
      );
    }
    if (this.taken.has(identifier))
      throw specError(`${this.what} "${identifier}" is a name the package exports itself; rename the element`, owner);
    const previous = this.seen.get(identifier);
    if (previous !== undefined) {
      const at = previous.line === undefined ? previous.file : `${previous.file}:${previous.line}:${previous.column}`;
      throw specError(`${this.what} "${identifier}" clashes with ${previous.path} (${at}); rename one of them`, owner);
    }
    this.seen.set(identifier, owner);
    return identifier;
  }
}

/** Fails when two classes map onto one file, or onto a file the package uses itself. */
export class StemRegistry {
  private readonly seen = new Map<string, Origin>();

  claim(specName: string, owner: Origin): string {
    const stem = fileStem(specName);
    if (stem === '') throw specError(`the name "${specName}" gives an empty file name`, owner);
    if (PACKAGE_STEMS.has(stem))
      throw specError(`file name ${stem}.ts is taken by the package; rename the class`, owner);
    const previous = this.seen.get(stem);
    if (previous !== undefined)
      throw specError(
        `file name ${stem}.ts clashes with ${previous.path} (${previous.file}); rename one of them`,
        owner,
      );
    this.seen.set(stem, owner);
    return stem;
  }
}
