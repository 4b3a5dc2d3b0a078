/**
 * A JSON parser that remembers where each object starts, so errors and conflict messages about a
 * JSON spec can give line:column like those about XML. JSON.parse reports no positions.
 */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

export interface ParsedJson {
  readonly value: unknown;
  /** Start of every object and array in the document. */
  readonly positions: WeakMap<object, Position>;
}

export function parseJsonWithPositions(text: string): ParsedJson {
  const positions = new WeakMap<object, Position>();
  let at = 0;

  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const positionOf = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
  const fail = (message: string): never => {
    throw new JsonSyntaxError(
      at >= text.length ? `${message}: unexpected end of input` : `${message}: unexpected ${JSON.stringify(text[at])}`,
      positionOf(at),
    );
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\r\n'.includes(text[at])) at++;
  };
  const expect = (char: string, what: string) => {
    skipSpace();
    if (text[at] !== char) fail(`expected ${what}`);
    at++;
  };

  const parseString = (): string => {
    const start = at;
    expect('"', 'a string');
    for (let escaped = false; at < text.length; at++) {
      const c = text[at];
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') {
        at++;
        return JSON.parse(text.slice(start, at)) as string;
      } else if (c < ' ') fail('control character in a string');
    }
    return fail('unterminated string');
  };

  /** Reads the items of an object or array up to `close`; `at` is on the opening bracket. */
  const parseItems = <T extends object>(container: T, close: '}' | ']', readItem: () => void): T => {
    positions.set(container, positionOf(at));
    at++;
    skipSpace();
    if (text[at] === close) {
      at++;
      return container;
    }
    for (;;) {
      readItem();
      skipSpace();
      if (text[at] === ',') at++;
      else if (text[at] === close) {
        at++;
        return container;
      } else fail(`expected "," or "${close}"`);
    }
  };

  const parseValue = (): unknown => {
    skipSpace();
    const c = text[at];
    if (c === '{') {
      const object: Record<string, unknown> = {};
      return parseItems(object, '}', () => {
        skipSpace();
        const key = parseString();
        expect(':', '":"');
        Object.defineProperty(object, key, {
          value: parseValue(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      });
    }
    if (c === '[') {
      const array: unknown[] = [];
      return parseItems(array, ']', () => array.push(parseValue()));
    }
    if (c === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 64));
    if (literal === null) return fail('expected a value');
    at += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };

  const value = parseValue();
  skipSpace();
  if (at < text.length) fail('expected the end of the document');
  return { value, positions };
}
