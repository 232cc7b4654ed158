/**
 * The shared HTTP layer of the provider adapters (OpenTok today; OpenVidu and Vonage reuse it).
 *
 * One undici `Pool` per upstream origin with explicit timeouts (undici's defaults are 300 s idle
 * timers), bounded connections and keep-alive; a retry interceptor for idempotent methods only; a
 * hard per-request deadline; and one place that turns transport failures into `GatewayError`s.
 * See hardening.md section 2 for the figures behind the defaults.
 *
 * The helper never interprets HTTP statuses beyond retrying a few transient ones: each adapter maps
 * its provider's statuses and bodies itself.
 */
import { createRequire } from 'node:module';
import type { IncomingHttpHeaders } from 'node:http';
import { Pool, interceptors, type Dispatcher } from 'undici';
import { GatewayError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Per-request time limits, in milliseconds. */
export interface HttpTimeouts {
  /** TCP (+TLS) connect. @default 3000 */
  connectMs: number;
  /** From sending the request to the response headers (undici `headersTimeout`). @default 5000 */
  headersMs: number;
  /** Idle time between body chunks (undici `bodyTimeout`). @default 5000 */
  bodyMs: number;
  /** Hard deadline for the whole call, retries and body included (`AbortSignal.timeout`). @default 8000 */
  requestMs: number;
}

export const DEFAULT_TIMEOUTS: Readonly<HttpTimeouts> = Object.freeze({
  connectMs: 3000,
  headersMs: 5000,
  bodyMs: 5000,
  requestMs: 8000,
});

/** When and how a failed request is tried again. */
export interface RetryPolicy {
  /** Retries after the first attempt. @default 2 */
  maxRetries: number;
  /** Base delay before the first retry; doubled each time, then jittered. @default 200 */
  minDelayMs: number;
  /** Upper bound of one delay, `Retry-After` included. @default 2000 */
  maxDelayMs: number;
  /** Only idempotent methods: a POST that timed out may have been applied. @default GET, DELETE */
  methods: Dispatcher.HttpMethod[];
  /** @default 429, 502, 503, 504 */
  statusCodes: number[];
  /** Connection-level failures where the request did not (fully) reach the server. */
  errorCodes: string[];
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 2,
  minDelayMs: 200,
  maxDelayMs: 2000,
  methods: ['GET', 'DELETE'],
  statusCodes: [429, 502, 503, 504],
  errorCodes: [
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
    'UND_ERR_CONNECT_TIMEOUT',
  ],
});

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Provider code for `GatewayError.details.provider` (`OPENTOK`, ...). */
  provider: string;
  /** Human name used in error messages (`OpenTok`). @default provider */
  displayName?: string;
  /** Base URL; a path prefix (`https://host/openvidu/api`) is kept in front of every path. */
  baseUrl: string;
  timeouts?: Partial<HttpTimeouts>;
  /** Connections per origin. @default 16 */
  connections?: number;
  /** Retry policy for idempotent requests, or `false` for none. */
  retry?: Partial<RetryPolicy> | false;
  /** Responses larger than this fail with UPSTREAM_ERROR. @default 8 MiB */
  maxResponseBytes?: number;
  /** `User-Agent` sent on every request. @default {@link GATEWAY_USER_AGENT} */
  userAgent?: string;
  /**
   * A dispatcher to use instead of creating a pool (tests inject a `MockAgent`). The client does
   * not close an injected dispatcher; retries are still layered on top of it.
   */
  dispatcher?: Dispatcher;
  logger?: Logger;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One upstream call. */
export interface HttpRequest {
  method: HttpMethod;
  /** Path below the base URL, starting with `/`; encode dynamic segments yourself. */
  path: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** Already serialised (JSON or form); strings keep retries replayable. */
  body?: string;
  /** Overrides the client's hard deadline for this call. */
  requestMs?: number;
}

/** A complete upstream response, whatever its status. */
export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as text (`''` when empty). Never put it in an error message as is. */
  text: string;
}

/** Sends requests to one upstream. */
export interface HttpClient {
  request(request: HttpRequest): Promise<HttpResponse>;
  /** Closes the pool (waits for in-flight requests). */
  close(): Promise<void>;
}

/** The gateway's version, read once from package.json (falls back when bundled without it). */
export const GATEWAY_VERSION: string = readVersion();

/** `video-graphql-gateway/<version> (undici)`. */
export const GATEWAY_USER_AGENT = `video-graphql-gateway/${GATEWAY_VERSION} (undici)`;

function readVersion(): string {
  try {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Creates an {@link HttpClient} for one upstream origin.
 *
 * - Pool: `connections` (default 16), keep-alive, `connect.timeout`, `headersTimeout`,
 *   `bodyTimeout`, `maxResponseSize`.
 * - Retries: GET/DELETE only, at most 2, on 429/502/503/504 and connection errors, with
 *   exponential backoff and equal jitter (undici's default has none), `Retry-After` honoured up to
 *   `maxDelayMs`; a retry never outlives the request deadline.
 * - Deadline: `AbortSignal.timeout(requestMs)` over the whole call, body included.
 * - Failures without a response become `GatewayError` UPSTREAM_UNAVAILABLE / UPSTREAM_TIMEOUT /
 *   UPSTREAM_ERROR via {@link mapTransportError}.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeouts: HttpTimeouts = { ...DEFAULT_TIMEOUTS, ...stripUndefined(options.timeouts ?? {}) };
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const displayName = options.displayName ?? options.provider;
  const userAgent = options.userAgent ?? GATEWAY_USER_AGENT;
  const context: TransportErrorContext = { provider: options.provider, displayName, timeouts };

  const owned =
    options.dispatcher === undefined
      ? new Pool(base.origin, {
          connections: options.connections ?? 16,
          pipelining: 1,
          connect: { timeout: timeouts.connectMs },
          headersTimeout: timeouts.headersMs,
          bodyTimeout: timeouts.bodyMs,
          keepAliveTimeout: 4_000,
          maxResponseSize: options.maxResponseBytes ?? 8 * 1024 * 1024,
        })
      : undefined;
  const root: Dispatcher = owned ?? (options.dispatcher as Dispatcher);
  const dispatcher: Dispatcher =
    options.retry === false
      ? root
      : root.compose(
          interceptors.retry({
            // Status retries must hand the final response (and its body) downstream so the
            // adapter can map it; with `throwOnError` undici would throw a bodiless error instead.
            throwOnError: false,
            retry: createRetryDecider({ ...DEFAULT_RETRY_POLICY, ...stripUndefined(options.retry ?? {}) }),
          }),
        );
  let closed = false;

  return {
    async request(request: HttpRequest): Promise<HttpResponse> {
      if (closed) {
        throw new GatewayError('UPSTREAM_UNAVAILABLE', `the ${displayName} client is closed`, {
          provider: options.provider,
        });
      }
      const path = prefix + request.path + queryString(request.query);
      const requestMs = request.requestMs ?? timeouts.requestMs;
      const signal = AbortSignal.timeout(requestMs);
      const started = performance.now();
      try {
        const response = await dispatcher.request({
          origin: base.origin,
          path,
          method: request.method,
          headers: { 'user-agent': userAgent, ...request.headers },
          body: request.body,
          signal,
        });
        const text = await response.body.text();
        options.logger?.debug(
          {
            provider: options.provider,
            method: request.method,
            path: request.path,
            status: response.statusCode,
            ms: Math.round(performance.now() - started),
          },
          'upstream response',
        );
        return { status: response.statusCode, headers: response.headers, text };
      } catch (error) {
        const mapped = mapTransportError(error, { ...context, timeouts: { ...timeouts, requestMs } }, signal.aborted);
        options.logger?.warn(
          {
            provider: options.provider,
            method: request.method,
            path: request.path,
            code: mapped.code,
            cause: errorCode(error) ?? (error as Error | undefined)?.name,
            ms: Math.round(performance.now() - started),
          },
          'upstream request failed',
        );
        throw mapped;
      }
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await owned?.close();
    },
  };
}

/** What {@link mapTransportError} needs to write a useful message. */
export interface TransportErrorContext {
  provider: string;
  displayName: string;
  timeouts: HttpTimeouts;
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
]);

/**
 * Turns a failure without a usable response into a `GatewayError`. The message names the
 * provider and what to do; it never includes the underlying error text (which may carry URLs,
 * headers or bodies).
 *
 * @param deadlineExpired whether the request's own deadline signal fired.
 */
export function mapTransportError(error: unknown, context: TransportErrorContext, deadlineExpired = false): GatewayError {
  const { provider, displayName, timeouts } = context;
  if (error instanceof GatewayError) return error;
  const code = errorCode(error);
  const name = (error as { name?: unknown } | null)?.name;

  if (deadlineExpired || name === 'TimeoutError') {
    return new GatewayError('UPSTREAM_TIMEOUT', `${displayName} did not answer within ${timeouts.requestMs} ms; try again later`, {
      provider,
    });
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new GatewayError(
      'UPSTREAM_TIMEOUT',
      `could not connect to ${displayName} within ${timeouts.connectMs} ms; check the network path to it and try again`,
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
    // Only with `throwOnError: true`; kept so a changed interceptor setup still maps sensibly.
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status === 429) {
      return new GatewayError('RATE_LIMITED', `${displayName} is rate limiting the gateway; retry later`, {
        provider,
        upstreamStatus: status,
      });
    }
    if (typeof status === 'number' && status >= 500) {
      return new GatewayError('UPSTREAM_UNAVAILABLE', `${displayName} is unavailable (HTTP ${status}); try again later`, {
        provider,
        upstreamStatus: status,
      });
    }
  }
  if (name === 'AbortError') {
    return new GatewayError('UPSTREAM_TIMEOUT', `the request to ${displayName} was cancelled`, { provider });
  }
  return new GatewayError('UPSTREAM_ERROR', `the request to ${displayName} failed unexpectedly`, { provider });
}

/** The first error code found on an error, its `cause` chain or an AggregateError's members. */
function errorCode(error: unknown, depth = 0): string | undefined {
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

/**
 * The `retry` function of undici's RetryHandler: decides whether and when to try again.
 * Exported for tests.
 */
export function createRetryDecider(policy: RetryPolicy): NonNullable<RetryOptions['retry']> {
  return (error, { state, opts }, callback) => {
    // `request()` leaves its `signal` in the dispatch options the interceptors see.
    const signal = (opts as { signal?: AbortSignal }).signal;
    const err = error as Error & { statusCode?: number; code?: string; headers?: IncomingHttpHeaders };
    const method = opts.method;
    const statusCode = typeof err.statusCode === 'number' ? err.statusCode : undefined;

    const retriable =
      policy.methods.includes(method) &&
      !signal?.aborted &&
      state.counter <= policy.maxRetries &&
      (statusCode !== undefined ? policy.statusCodes.includes(statusCode) : err.code !== undefined && policy.errorCodes.includes(err.code));
    if (!retriable) {
      callback(error);
      return;
    }

    const backoff = Math.min(policy.minDelayMs * 2 ** Math.max(0, state.counter - 1), policy.maxDelayMs);
    const retryAfter = parseRetryAfterMs(err.headers?.['retry-after']);
    // Equal jitter: half fixed, half random, so synchronized clients spread out but still back off.
    const delay = retryAfter !== undefined ? Math.min(retryAfter, policy.maxDelayMs) : backoff / 2 + Math.random() * (backoff / 2);

    const onAbort = (): void => {
      clearTimeout(timer);
      callback(error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      callback(null);
    }, delay);
    signal?.addEventListener('abort', onAbort, { once: true });
  };
}

type RetryOptions = NonNullable<Parameters<typeof interceptors.retry>[0]>;

/**
 * The RATE_LIMITED error of an upstream 429, telling the caller when to retry (whole seconds,
 * from `Retry-After`, at least 1).
 */
export function rateLimited(
  provider: string,
  displayName: string,
  status: number,
  retryAfterHeader: string | string[] | undefined,
): GatewayError {
  const retryAfterMs = parseRetryAfterMs(retryAfterHeader);
  const retryAfter = retryAfterMs === undefined ? 1 : Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GatewayError('RATE_LIMITED', `${displayName} is rate limiting the gateway; retry in ${retryAfter} s`, {
    provider,
    upstreamStatus: status,
    retryAfter,
  });
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

function queryString(query: HttpRequest['query']): string {
  if (query === undefined) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.append(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
