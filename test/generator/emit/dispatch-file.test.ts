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

  it('decodeMethod switches on the dispatch key, one case per method, to its arguments decoder', () => {
    expect(block(lines(), 'switch (classId * 0x10000 + methodId) {', 'default:')).toEqual([
      "case 655380: method = { name: 'demo.put', classId, methodId, args: decodeDemoPutArgs(reader) }; break;",
      "case 655390: method = { name: 'demo.ping', classId, methodId, args: decodeDemoPingArgs(reader) }; break;",
    ]);
  });

  it('encodeMethod switches on the name; a method without arguments gets {} (its args may be absent)', () => {
    expect(block(lines(), 'switch (method.name) {', 'default:')).toEqual([
      "case 'demo.put': return encodeDemoPut(channel, method.args, frameMax);",
      "case 'demo.ping': return encodeDemoPing(channel, {}, frameMax);",
    ]);
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
    const want = (classes: string): string[] => [
      'const decodeProtocolFrame = /* @__PURE__ */ frameDecoder<Method, ContentHeader>({',
      'decodeMethod,',
      'decodeContentHeader,',
      `channelZeroClasses: [${classes}],`,
      '});',
      '/** Decodes a frame from FrameParser. Connection-class methods on a channel other than 0 fail with 503; other methods, content headers and bodies on channel 0 with 504 CHANNEL_ERROR. Body payloads are views of the frame payload (no copy). */',
      'export function decodeFrame(frame: Frame): DecodedFrame {',
      'return decodeProtocolFrame(frame);',
      '}',
    ];
    expect(decodeFrameLines('connection')).toEqual(want('10'));
    expect(decodeFrameLines('channel')).toEqual(want(''));
  });

  it('imports each encoder and decoder it names from the class file the model names', () => {
    const imports = lines().filter((l) => l.startsWith('import'));
    expect(imports).toContain(
      'import { decodeDemoPingArgs, decodeDemoPutArgs, encodeDemoPing, encodeDemoPut } from "./demo.js";',
    );
  });
});

describe('emitMethodsFile', () => {
  it('methodInfo switches on the same dispatch key', () => {
    const file = emptyFile();
    emitMethodsFile(file, protocol());
    expect(block(linesOf(file), 'switch (classId * 0x10000 + methodId) {', '}')).toEqual([
      "case 655380: return METHODS['demo.put'];",
      "case 655390: return METHODS['demo.ping'];",
      'default: return undefined;',
    ]);
  });
});
