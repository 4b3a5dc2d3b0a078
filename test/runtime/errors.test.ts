import { describe, expect, it } from 'vitest';
import {
  AmqpError,
  COMMAND_INVALID,
  FRAME_ERROR,
  SYNTAX_ERROR,
  UNEXPECTED_FRAME,
  describeValue,
  isAmqpError,
} from '../../templates/runtime/errors.js';

describe('AmqpError', () => {
  it('puts context and offset in front of the message', () => {
    const e = new AmqpError("unknown field type 'Z' (0x5a)", {
      kind: 'decode',
      replyCode: SYNTAX_ERROR,
      offset: 17,
      context: 'connection.start.server-properties',
    });
    expect(e.message).toBe("connection.start.server-properties at offset 17: unknown field type 'Z' (0x5a)");
    expect(e.name).toBe('AmqpError');
    expect(e.kind).toBe('decode');
    expect(e.replyCode).toBe(502);
    expect(e.offset).toBe(17);
    expect(e.context).toBe('connection.start.server-properties');
    expect(e).toBeInstanceOf(Error);
    expect(String(e)).toBe(`AmqpError: ${e.message}`);
  });

  it('formats each combination of context and offset', () => {
    expect(new AmqpError('m', { kind: 'encode', context: 'basic.publish.exchange' }).message).toBe(
      'basic.publish.exchange: m',
    );
    expect(new AmqpError('m', { kind: 'frame', offset: 0 }).message).toBe('at offset 0: m');
    expect(new AmqpError('m', { kind: 'frame' }).message).toBe('m');
    const e = new AmqpError('m', { kind: 'encode' });
    expect(e.replyCode).toBeUndefined();
    expect(e.offset).toBeUndefined();
    expect(e.context).toBeUndefined();
  });

  it('isAmqpError checks the name, so errors from another copy of the package count', () => {
    expect(isAmqpError(new AmqpError('m', { kind: 'encode' }))).toBe(true);
    const foreign = Object.assign(new Error('x'), { name: 'AmqpError', kind: 'decode' });
    expect(isAmqpError(foreign)).toBe(true);
    expect(isAmqpError(new Error('x'))).toBe(false);
    expect(isAmqpError(null)).toBe(false);
    expect(isAmqpError('AmqpError')).toBe(false);
  });

  it('reply codes', () => {
    expect([FRAME_ERROR, SYNTAX_ERROR, COMMAND_INVALID, UNEXPECTED_FRAME]).toEqual([501, 502, 503, 505]);
  });
});

describe('describeValue', () => {
  it('prints primitives as themselves, strings quoted and cut at 40 characters', () => {
    expect([1.5, -0, 0, Number.NaN, 12n, true, undefined, null].map(describeValue)).toEqual([
      '1.5',
      '-0',
      '0',
      'NaN',
      '12n',
      'true',
      'undefined',
      'null',
    ]);
    expect(describeValue('a"b')).toBe('"a\\"b"');
    expect(describeValue('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(describeValue('x'.repeat(41))).toBe(`"${'x'.repeat(40)}"…`);
  });

  it('names symbols, functions, arrays and the class of other objects', () => {
    expect(describeValue(Symbol('s'))).toBe('a symbol (Symbol(s))');
    expect(describeValue(() => 0)).toBe('a function');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue({})).toBe('a Object instance');
    expect(describeValue(Object.create(null))).toBe('a Object instance');
    expect(describeValue(new Map())).toBe('a Map instance');
    expect(describeValue(new (class {})())).toBe('a Object instance');
  });

  it('never throws: a value it cannot inspect is "a value"', () => {
    const nullCtor = Object.create({ constructor: null }) as object;
    const throwing = Object.create({
      get constructor(): never {
        throw new Error('no');
      },
    }) as object;
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect([nullCtor, throwing, revoked.proxy].map(describeValue)).toEqual(['a value', 'a value', 'a value']);
  });
});
