/**
 * Given a two-method model (demo.put 10.20 with arguments, demo.ping 10.30 with none), want these
 * dispatch lines: the key is classId * 0x10000 + methodId, so 10.20 → 655380 and 10.30 → 655390.
 */
import type { SourceFile } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { emitDispatchFile } from '../../../generator/emit/dispatch-file.js';
import type { Protocol } from '../../../generator/model/types.js';
import { emitLayoutsFile } from '../../../generator/emit/layouts-file.js';
import { emitMethodsFile } from '../../../generator/emit/methods-file.js';
import { model, specXml } from '../../helpers/spec.js';
import { demoClass, emptyFile, linesOf, methodXml, PUT_FIELDS } from './given.js';

const protocol = () => demoClass(methodXml('put', 20, PUT_FIELDS) + methodXml('ping', 30, ''));

/** The lines an emitter writes for a protocol. */
function emitted(emit: (file: SourceFile, protocol: Protocol) => void, p: Protocol): string[] {
  const file = emptyFile();
  emit(file, p);
  return linesOf(file);
}

/** `count` lines from the line `first` on. */
function linesFrom(lines: string[], first: string, count: number): string[] {
  const from = lines.indexOf(first);
  expect(from, `line not found: ${first}`).toBeGreaterThanOrEqual(0);
  return lines.slice(from, from + count);
}

/** The lines after `first` up to (not including) the line `end`. */
function block(lines: string[], first: string, end: string): string[] {
  const from = lines.indexOf(first);
  expect(from, `line not found: ${first}`).toBeGreaterThanOrEqual(0);
  return lines.slice(from + 1, lines.indexOf(end, from));
}

describe('emitDispatchFile', () => {
  const lines = () => {
    const file = emptyFile();
    emitDispatchFile(file, protocol());
    return linesOf(file);
  };

  it('decodeFrame decodes methods by a switch on the dispatch key, one case per method, to its arguments decoder', () => {
    expect(block(lines(), 'switch (classId * 0x10000 + methodId) {', 'default:')).toEqual([
      "case 655380: method = { name: 'demo.put', classId, methodId, args: decodeDemoPutArgs(reader) }; break;",
      "case 655390: method = { name: 'demo.ping', classId, methodId, args: decodeDemoPingArgs(reader) }; break;",
    ]);
    // Unknown ids: the runtime's error, the one the layout table throws too.
    expect(block(lines(), 'default:', '}')).toEqual(['throw unknownMethod(classId, methodId);']);
  });

  it('the switch decoders read ids on one ReadCursor with the free reads, and check the end', () => {
    const all = lines();
    expect(linesFrom(all, 'function decodeMethodBySwitch(payload: Uint8Array | ArrayBuffer): Method {', 4)).toEqual([
      'function decodeMethodBySwitch(payload: Uint8Array | ArrayBuffer): Method {',
      'const reader = new ReadCursor(payload);',
      "const classId = readU16(reader, 'method.class-id');",
      "const methodId = readU16(reader, 'method.method-id');",
    ]);
    expect(all).toContain('expectEnd(reader, method.name);');
    expect(
      linesFrom(all, 'export function decodeContentHeader(payload: Uint8Array | ArrayBuffer): ContentHeader {', 4),
    ).toEqual([
      'export function decodeContentHeader(payload: Uint8Array | ArrayBuffer): ContentHeader {',
      'const reader = new ReadCursor(payload);',
      "const classId = readU16(reader, 'header.class-id');",
      "readU16(reader, 'header.weight');",
    ]);
  });

  it('encodeMethod and decodeMethod run on the layout table of layouts.ts (no per-method code)', () => {
    const all = lines();
    expect(all).toContain('import { CHANNEL_ZERO_CLASSES, METHOD_LAYOUTS } from "./layouts.js";');
    const from = all.indexOf(
      'const layoutCodec = /* @__PURE__ */ methodCodec<Method, MethodInput>(METHOD_LAYOUTS, CHANNEL_ZERO_CLASSES);',
    );
    expect(from).toBeGreaterThanOrEqual(0);
    expect(block(all, 'export function decodeMethod(payload: Uint8Array | ArrayBuffer): Method {', '}')).toEqual([
      'return layoutCodec.decode(payload);',
    ]);
    expect(
      block(
        all,
        'export function encodeMethod(channel: number, method: MethodInput, frameMax?: number): Uint8Array {',
        '}',
      ),
    ).toEqual(['return layoutCodec.encode(channel, method, frameMax);']);
  });

  it('decodeFrame only hands the decoders and the channel-0 classes (handler "connection") to the runtime', () => {
    const decodeFrameLines = (handler: string): string[] => {
      const file = emptyFile();
      emitDispatchFile(file, demoClass(methodXml('ping', 30, ''), `name="demo" index="10" handler="${handler}"`));
      const all = linesOf(file);
      return all.slice(
        all.indexOf('const decodeProtocolFrame = /* @__PURE__ */ frameDecoder<Method, ContentHeader>({'),
      );
    };
    const want = (): string[] => [
      'const decodeProtocolFrame = /* @__PURE__ */ frameDecoder<Method, ContentHeader>({',
      'decodeMethod: decodeMethodBySwitch,',
      'decodeContentHeader,',
      'channelZeroClasses: CHANNEL_ZERO_CLASSES,',
      '});',
      '/** Decodes a frame from FrameParser. Connection-class methods on a channel other than 0 fail with 503; other methods, content headers and bodies on channel 0 with 504 CHANNEL_ERROR. Body payloads are views of the frame payload (no copy). */',
      'export function decodeFrame(frame: Frame): DecodedFrame {',
      'return decodeProtocolFrame(frame);',
      '}',
    ];
    expect(decodeFrameLines('connection')).toEqual(want());
    expect(decodeFrameLines('channel')).toEqual(want());
  });

  it('imports each decoder it names from the class file the model names, and no encoder (encodeMethod needs none)', () => {
    const imports = lines().filter((l) => l.startsWith('import'));
    expect(imports).toContain('import { decodeDemoPingArgs, decodeDemoPutArgs } from "./demo.js";');
  });
});

describe('emitMethodsFile', () => {
  it('METHODS is built from the layouts plus what they do not say: flags, who sends it, responses, domains', () => {
    // ask: synchronous (s), answered by ask-ok, sent by the client (the server implements it); its
    // queue field names the domain queue-name, its long field none of its own (left empty). ask-ok:
    // synchronous, sent by the server, no responses, no fields.
    const ask = model([
      'demo.xml',
      specXml(
        '<domain name="queue-name" type="shortstr"/><class name="demo" index="10" handler="channel"><chassis name="client" implement="MUST"/><chassis name="server" implement="MUST"/>' +
          '<method name="ask" index="40" synchronous="1"><chassis name="server" implement="MUST"/><response name="ask-ok"/><field name="queue" domain="queue-name"/><field name="n" domain="long"/></method>' +
          '<method name="ask-ok" index="41" synchronous="1"><chassis name="client" implement="MUST"/></method></class>',
      ),
    ]);
    const first = 'export const METHODS: MethodTable = /* @__PURE__ */ methodInfoTable<MethodTable>(';
    expect(linesFrom(emitted(emitMethodsFile, ask), first, 8)).toEqual([
      'export const METHODS: MethodTable = /* @__PURE__ */ methodInfoTable<MethodTable>(',
      'METHOD_LAYOUTS,',
      '[',
      "'s client demo.ask-ok queue-name,',",
      "'s server -',",
      '],',
      'CHANNEL_ZERO_CLASSES,',
      ');',
    ]);
    // Every field's domain is its type: no domain list.
    expect(emitted(emitMethodsFile, protocol())).toContain("'- client -',");
  });

  it('methodInfo looks the ids up in METHODS (not hot: no switch of its own)', () => {
    const file = emptyFile();
    emitMethodsFile(file, protocol());
    expect(
      block(
        linesOf(file),
        'export function methodInfo(classId: number, methodId: number): MethodInfo | undefined {',
        '}',
      ),
    ).toEqual(['return Object.values(METHODS).find((m) => m.classId === classId && m.methodId === methodId);']);
  });
});

describe('emitLayoutsFile', () => {
  const layoutLines = (p: Protocol) => emitted(emitLayoutsFile, p);

  it('prints a line per class (id, name), then each method as id, name, fields as code[bit][!]spec-name in wire order', () => {
    // short 2, shortstr s, longstr S, long 4, bits b<position>, table F; a reserved field (!) named
    // reserved-<its number among the method's reserved fields> gives no name. The name follows the
    // code directly (a name starts with a letter, so it cannot be read as a bit position or a `!`).
    expect(linesFrom(layoutLines(protocol()), 'export const METHOD_LAYOUTS = [', 3)).toEqual([
      'export const METHOD_LAYOUTS = [',
      "'10 demo|20 put 2! squeue Spayload 4count b0no-wait b1! b2if-unused Farguments|30 ping',",
      '];',
    ]);
  });

  it('names a reserved field only when its name is not reserved-<its number>', () => {
    const fields =
      '<field name="reserved-2" domain="short" reserved="1"/><field name="reserved-x" domain="octet" reserved="1"/>';
    expect(layoutLines(demoClass(methodXml('m', 1, fields)))).toContain("'10 demo|1 m 2!reserved-2 1!reserved-x',");
  });

  it('puts a colon before a name that does not start with a letter, so it is not read as a bit or a `!`', () => {
    const fields = '<field name="9" domain="bit" reserved="1"/><field name=":x" domain="short" reserved="1"/>';
    expect(layoutLines(demoClass(methodXml('m', 1, fields)))).toContain("'10 demo|1 m b0!:9 2!::x',");
  });

  it('gives a property name after = where it is not the spec name in camelCase', () => {
    expect(layoutLines(demoClass(methodXml('m', 1, '<field name="no_wait" domain="bit"/>')))).toContain(
      "'10 demo|1 m b0no_wait=noWait',",
    );
  });

  it('lists the classes that travel on channel 0 only (handler "connection")', () => {
    const classes = (handler: string) =>
      layoutLines(demoClass(methodXml('ping', 30, ''), `name="demo" index="10" handler="${handler}"`)).find((l) =>
        l.startsWith('export const CHANNEL_ZERO_CLASSES'),
      );
    expect(classes('connection')).toBe('export const CHANNEL_ZERO_CLASSES = [10];');
    expect(classes('channel')).toBe('export const CHANNEL_ZERO_CLASSES: number[] = [];');
  });
});
