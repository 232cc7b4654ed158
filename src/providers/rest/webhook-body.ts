/**
 * What every provider's webhook handler does before reading its own fields: the body must be a
 * JSON object, and a refused request is UNAUTHENTICATED for that provider.
 */
import { GatewayError } from '../../errors.js';

/**
 * The raw body as a JSON object; BAD_USER_INPUT ("the `noun` body is not JSON" / "not a JSON
 * object") otherwise.
 *
 * @param noun what the provider calls its notifications (`callback`, `webhook`).
 */
export function webhookBody(rawBody: Buffer, provider: string, noun: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new GatewayError('BAD_USER_INPUT', `the ${noun} body is not JSON`, { provider });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new GatewayError('BAD_USER_INPUT', `the ${noun} body is not a JSON object`, { provider });
  }
  return body as Record<string, unknown>;
}

/** The error of a webhook whose credentials are missing or wrong. */
export function unauthenticated(provider: string, message: string): GatewayError {
  return new GatewayError('UNAUTHENTICATED', message, { provider });
}
