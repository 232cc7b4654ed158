/**
 * Upstream failures -> `GatewayError`s, in one place for every provider: the status meanings all
 * providers share (401/403 credentials, 429 RATE_LIMITED, 5xx UPSTREAM_UNAVAILABLE, anything else
 * UPSTREAM_ERROR), transport failures (timeouts, refused or reset connections) and answers we
 * cannot use. A provider adds only its own status meanings, as a {@link StatusTable}.
 *
 * Messages name the provider and what to do; they never carry raw upstream bodies, URLs or
 * headers (docs/architecture.md#errors).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError, type ErrorCode } from '../../errors.js';

/** Who answered: `GatewayError.details.provider` and the name used in messages. */
export interface Upstream {
  /** Provider code, e.g. `OPENTOK`. */
  provider: string;
  /** Human name, e.g. `OpenTok`. */
  displayName: string;
}

/** What one error status means for the caller. */
export interface StatusMeaning {
  code: ErrorCode;
  message: string;
  /** The input field to blame, when the status is about one. */
  field?: string;
}

/** One error answer of one operation, as a status table sees it. */
export interface ErrorAnswer<Operation extends string, Context> {
  operation: Operation;
  status: number;
  /** The raw body: read what you need, never show it as is. */
  text: string;
  /** Facts the client learned that refine the meaning. */
  context: Context;
}

/**
 * A provider's own meanings of error statuses, by status. An entry that returns undefined (and a
 * status without an entry) falls back to the shared meaning.
 */
export type StatusTable<Operation extends string, Context> = Readonly<
  Record<number, (answer: ErrorAnswer<Operation, Context>) => StatusMeaning | undefined>
>;

/** Everything the kit needs to map one provider's failures. */
export interface ProviderErrors<Operation extends string, Context> extends Upstream {
  /** The message of a 401 or 403 the table does not claim: which settings to check. */
  credentials: string;
  statuses: StatusTable<Operation, Context>;
}

/**
 * Maps an error answer (status >= 400): the provider's table first, then the shared meanings.
 * Details are `{provider, upstreamStatus}` (plus `field` or `retryAfter`).
 */
export function statusError<Operation extends string, Context>(
  errors: ProviderErrors<Operation, Context>,
  answer: ErrorAnswer<Operation, Context>,
  headers: IncomingHttpHeaders = {},
): GatewayError {
  const { provider } = errors;
  const { status } = answer;
  const own = errors.statuses[status]?.(answer);
  if (own !== undefined) {
    return new GatewayError(own.code, own.message, {
      provider,
      upstreamStatus: status,
      ...(own.field === undefined ? {} : { field: own.field }),
    });
  }
  if (status === 401 || status === 403) return new GatewayError('UPSTREAM_ERROR', errors.credentials, { provider, upstreamStatus: status });
  return sharedStatusError(errors, status, headers['retry-after']);
}

/** The meanings of 429, 5xx and any other status, shared by answers and by undici's retry errors. */
function sharedStatusError(
  { provider, displayName }: Upstream,
  status: number,
  retryAfterHeader: string | string[] | undefined,
): GatewayError {
  if (status === 429) {
    // Whole seconds from `Retry-After`, at least 1, so clients always back off.
    const retryAfterMs = parseRetryAfterMs(retryAfterHeader);
    const retryAfter = retryAfterMs === undefined ? 1 : Math.max(1, Math.ceil(retryAfterMs / 1000));
    return new GatewayError('RATE_LIMITED', `${displayName} is rate limiting the gateway; retry in ${retryAfter} s`, {
      provider,
      upstreamStatus: status,
      retryAfter,
    });
  }
  if (status >= 500) {
    return new GatewayError('UPSTREAM_UNAVAILABLE', `${displayName} is unavailable (HTTP ${status}); try again later`, {
      provider,
      upstreamStatus: status,
    });
  }
  return new GatewayError('UPSTREAM_ERROR', `${displayName} answered HTTP ${status} unexpectedly`, { provider, upstreamStatus: status });
}

/** The UPSTREAM_ERROR of an answer the gateway cannot use (a redirect, a body of the wrong shape). */
export function unexpected({ provider, displayName }: Upstream, operation: string, status: number): GatewayError {
  return new GatewayError('UPSTREAM_ERROR', `${displayName} sent an unexpected response to ${operation}`, {
    provider,
    upstreamStatus: status,
  });
}

/** The time limits a transport error message quotes, in milliseconds. */
interface DeadlineLimits {
  connectMs: number;
  requestMs: number;
}

/** Connection-level failures: the request did not (fully) reach the upstream (an idempotent one may be retried). */
export const CONNECTION_FAILURES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
]);
const TIMEOUT_CODES: ReadonlySet<string> = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
/** Also unavailable: the pool closed or destroyed the connection under the request. */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([...CONNECTION_FAILURES, 'UND_ERR_CLOSED', 'UND_ERR_DESTROYED']);

/**
 * Turns a failure without a usable response into a `GatewayError`. The message names the
 * provider and what to do; it never includes the underlying error text (which may carry URLs,
 * headers or bodies).
 *
 * @param deadlineExpired whether the request's own deadline signal fired.
 */
export function transportError(error: unknown, upstream: Upstream, limits: DeadlineLimits, deadlineExpired: boolean): GatewayError {
  const { provider, displayName } = upstream;
  if (error instanceof GatewayError) return error;
  const code = errorCode(error);
  const name = (error as { name?: unknown } | null)?.name;

  if (deadlineExpired || name === 'TimeoutError') {
    return new GatewayError('UPSTREAM_TIMEOUT', `${displayName} did not answer within ${limits.requestMs} ms; try again later`, {
      provider,
    });
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new GatewayError(
      'UPSTREAM_TIMEOUT',
      `could not connect to ${displayName} within ${limits.connectMs} ms; check the network path to it and try again`,
      { provider },
    );
  }
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return new GatewayError('UPSTREAM_TIMEOUT', `${displayName} stopped answering mid-request; try again later`, {
      provider,
    });
  }
  if (code !== undefined && UNAVAILABLE_CODES.has(code)) {
    return new GatewayError('UPSTREAM_UNAVAILABLE', `${displayName} could not be reached (${code}); check its URL and try again later`, {
      provider,
    });
  }
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return new GatewayError('UPSTREAM_ERROR', `${displayName} sent a response larger than the gateway accepts`, {
      provider,
    });
  }
  if (code === 'UND_ERR_REQ_RETRY') {
    // undici's retry handler raises this instead of handing back a response when a GET was
    // resumed after a broken body and the new attempt failed: a status error all the same.
    const { statusCode, headers } = error as { statusCode?: unknown; headers?: IncomingHttpHeaders };
    if (typeof statusCode === 'number' && (statusCode === 429 || statusCode >= 500)) {
      return sharedStatusError(upstream, statusCode, headers?.['retry-after']);
    }
  }
  if (name === 'AbortError') {
    return new GatewayError('UPSTREAM_TIMEOUT', `the request to ${displayName} was cancelled`, { provider });
  }
  return new GatewayError('UPSTREAM_ERROR', `the request to ${displayName} failed unexpectedly`, { provider });
}

/** The first error code found on an error, its `cause` chain or an AggregateError's members. */
export function errorCode(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== 'object' || depth > 4) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const nested = (error as { errors?: unknown }).errors;
  if (Array.isArray(nested)) {
    for (const inner of nested) {
      const found = errorCode(inner, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return errorCode((error as { cause?: unknown }).cause, depth + 1);
}

/** `Retry-After` as milliseconds (delta-seconds or an HTTP date), undefined when absent/invalid. */
export function parseRetryAfterMs(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
