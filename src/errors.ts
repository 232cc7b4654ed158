/**
 * Expected failures, shared by every layer. Nothing here imports GraphQL: the server turns a
 * {@link GatewayError} into a GraphQL error carrying `extensions.code` (see `src/schema/errors.ts`),
 * and the webhook routes turn it into an HTTP status.
 */

/** The fixed list of `extensions.code` values of the API (docs/architecture.md#errors). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'UNSUPPORTED_BY_PROVIDER',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  // Trusted documents (docs/operations.md#trusted-documents): the operation is not in the manifest.
  // The name APQ clients already know, so an outdated client build tells itself apart from bad input.
  'PERSISTED_QUERY_NOT_FOUND',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Extra, non-secret facts attached to an error (they reach `extensions`). */
export interface GatewayErrorDetails {
  /** The input field the error is about, as a dotted path (`input.expiresAt`). */
  field?: string;
  /** The provider that answered (`OPENTOK`, ...). */
  provider?: string;
  /** The upstream HTTP status, when there was one. */
  upstreamStatus?: number;
  /** Seconds the caller should wait before retrying (RATE_LIMITED). */
  retryAfter?: number;
}

/**
 * An expected failure: its message says what happened and what to do, and is shown to the caller
 * as is. Never put a secret, a token or a raw upstream body in it.
 */
export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly details: GatewayErrorDetails;

  constructor(code: ErrorCode, message: string, details: GatewayErrorDetails = {}) {
    super(message);
    this.name = 'GatewayError';
    this.code = code;
    this.details = details;
  }
}

/** Shorthand for a BAD_USER_INPUT error about one input field. */
export function badInput(field: string, message: string): GatewayError {
  return new GatewayError('BAD_USER_INPUT', `${field}: ${message}`, { field });
}

/** True when `error` is a {@link GatewayError} (also across module copies). */
export function isGatewayError(error: unknown): error is GatewayError {
  return (
    error instanceof GatewayError ||
    (error instanceof Error && error.name === 'GatewayError' && typeof (error as GatewayError).code === 'string')
  );
}
