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
