/** The one way the conformance cases check a failure. */
import { expect } from 'vitest';
import { ERROR_CODES, type GatewayError, isGatewayError } from '../../src/errors.js';

/**
 * Awaits a call that must fail and returns its error, after checking what the `VideoProvider`
 * contract promises of every failure: a `GatewayError` whose code is one of the fixed list.
 */
export async function rejection(promise: Promise<unknown>): Promise<GatewayError> {
  const outcome = await promise.then(
    (value: unknown) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) throw new Error(`expected a GatewayError, but the call resolved with ${JSON.stringify(outcome.value)}`);
  expect(isGatewayError(outcome.error), String(outcome.error)).toBe(true);
  const error = outcome.error as GatewayError;
  expect(ERROR_CODES).toContain(error.code);
  return error;
}

/** Runs a check that must throw synchronously and returns its error, checked like {@link rejection}. */
export function refusal(check: () => void): GatewayError {
  try {
    check();
  } catch (error) {
    expect(isGatewayError(error), String(error)).toBe(true);
    expect(ERROR_CODES).toContain((error as GatewayError).code);
    return error as GatewayError;
  }
  throw new Error('expected a GatewayError, but the check passed');
}
