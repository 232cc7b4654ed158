import { expect } from 'vitest';
import { GatewayError } from '../../src/errors.js';

/** Awaits a promise that must reject with a GatewayError, and returns that error. */
export async function failure(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}
