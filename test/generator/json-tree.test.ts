import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJsonWithPositions } from '../../generator/parse/json-tree.js';

describe('JSON with positions', () => {
  it('parses like JSON.parse and records where each object and array starts', () => {
    const text = '{\n  "a": [1, -2.5e3, "x\\"y", true, null],\n  "b": {"c": {}}\n}\n';
    const { value, positions } = parseJsonWithPositions(text);
    expect(value).toEqual(JSON.parse(text));
    const v = value as { a: unknown[]; b: { c: object } };
    expect(positions.get(v as object)).toEqual({ line: 1, column: 1 });
    expect(positions.get(v.a)).toEqual({ line: 2, column: 8 });
    expect(positions.get(v.b)).toEqual({ line: 3, column: 8 });
    expect(positions.get(v.b.c)).toEqual({ line: 3, column: 14 });
  });

  it('a "__proto__" key is data, not a prototype', () => {
    const { value } = parseJsonWithPositions('{"__proto__": {"polluted": 1}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__']);
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'expected a string: unexpected "}"'],
    ['[1 2]', 1, 4, 'expected "," or "]": unexpected "2"'],
    ['{"a": 1} x', 1, 10, 'expected the end of the document: unexpected "x"'],
    ['{\n"a": "open', 2, 11, 'unterminated string: unexpected end of input'],
    ['{"a": tru}', 1, 7, 'expected a value: unexpected "t"'],
  ])('%j fails at %i:%i: %s', (text, line, column, message) => {
    try {
      parseJsonWithPositions(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JsonSyntaxError);
      expect([(error as JsonSyntaxError).position, (error as Error).message]).toEqual([{ line, column }, message]);
    }
  });
});
