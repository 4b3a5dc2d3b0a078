import { describe, expect, it } from 'vitest';
import {
  AmqpError,
  COMMAND_INVALID,
  FRAME_ERROR,
  SYNTAX_ERROR,
  UNEXPECTED_FRAME,
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
