import { expect } from 'vitest';
import { isAmqpError, type AmqpError } from '../../templates/runtime/errors.js';

/**
 * Runs f and returns the AmqpError it throws; fails the test when f returns or throws anything else.
 * Recognised by `isAmqpError` (by name), so errors from the generated package's copy of the runtime count too.
 */
export function amqpError(f: () => unknown): AmqpError {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    expect(isAmqpError(e), `expected an AmqpError, got ${String(e)}`).toBe(true);
    return e as AmqpError;
  }
  throw new Error(`expected an AmqpError, got a result: ${String(result)}`);
}
