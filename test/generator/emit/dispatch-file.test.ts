/**
 * Given a two-method model (demo.put 10.20 with arguments, demo.ping 10.30 with none), want these
 * dispatch lines: the key is classId * 0x10000 + methodId, so 10.20 → 655380 and 10.30 → 655390.
 */
import { describe, expect, it } from 'vitest';
import { emitDispatchFile } from '../../../generator/emit/dispatch-file.js';
import { emitMethodsFile } from '../../../generator/emit/methods-file.js';
import { demoClass, emptyFile, linesOf, methodXml, PUT_FIELDS } from './given.js';

const protocol = () => demoClass(methodXml('put', 20, PUT_FIELDS) + methodXml('ping', 30, ''));

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

  it('encodeMethod and decodeMethod run on a layout table (no per-method code): ids, name, then each field as code[bit][!]:spec-name', () => {
    // short 2, shortstr s, longstr S, long 4, bits b<position> (reserved !), table F; demo is not a channel-0 class.
    const all = lines();
    const from = all.indexOf('const methodLayouts = /* @__PURE__ */ methodTable<Method, MethodInput>(');
    expect(all.slice(from, from + 7)).toEqual([
      'const methodLayouts = /* @__PURE__ */ methodTable<Method, MethodInput>(',
      '[',
      "'10 20 demo.put 2!:reserved-1 s:queue S:payload 4:count b0:no-wait b1!:reserved-2 b2:if-unused F:arguments',",
      "'10 30 demo.ping',",
      '],',
      'channelZeroClasses,',
      ');',
    ]);
    expect(block(all, 'export function decodeMethod(payload: Uint8Array | ArrayBuffer): Method {', '}')).toEqual([
      'return methodLayouts.decode(payload);',
    ]);
    expect(
      block(
        all,
        'export function encodeMethod(channel: number, method: MethodInput, frameMax?: number): Uint8Array {',
        '}',
      ),
    ).toEqual(['return methodLayouts.encode(channel, method, frameMax);']);
  });

  it('a field whose property name is not its spec name in camelCase carries it after =', () => {
    const file = emptyFile();
    emitDispatchFile(file, demoClass(methodXml('m', 1, '<field name="no_wait" domain="bit"/>')));
    expect(linesOf(file)).toContain("'10 1 demo.m b0:no_wait=noWait',");
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
      'channelZeroClasses,',
      '});',
      '/** Decodes a frame from FrameParser. Connection-class methods on a channel other than 0 fail with 503; other methods, content headers and bodies on channel 0 with 504 CHANNEL_ERROR. Body payloads are views of the frame payload (no copy). */',
      'export function decodeFrame(frame: Frame): DecodedFrame {',
      'return decodeProtocolFrame(frame);',
      '}',
    ];
    expect(decodeFrameLines('connection')).toEqual(want());
    expect(decodeFrameLines('channel')).toEqual(want());
    const classesLine = (handler: string): string | undefined => {
      const file = emptyFile();
      emitDispatchFile(file, demoClass(methodXml('ping', 30, ''), `name="demo" index="10" handler="${handler}"`));
      return linesOf(file).find((l) => l.startsWith('const channelZeroClasses'));
    };
    expect(classesLine('connection')).toBe('const channelZeroClasses = [10];');
    expect(classesLine('channel')).toBe('const channelZeroClasses: number[] = [];');
  });

  it('imports each decoder it names from the class file the model names, and no encoder (encodeMethod needs none)', () => {
    const imports = lines().filter((l) => l.startsWith('import'));
    expect(imports).toContain('import { decodeDemoPingArgs, decodeDemoPutArgs } from "./demo.js";');
  });
});

describe('emitMethodsFile', () => {
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
