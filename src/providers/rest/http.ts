/**
 * The HTTP transport of every provider adapter: one undici `Pool` per upstream origin with
 * explicit timeouts (undici's defaults are 300 s idle timers), bounded connections and
 * keep-alive; a retry interceptor for idempotent methods only; a hard per-request deadline; and
 * transport failures turned into `GatewayError`s by ./errors.ts (docs/operations.md#upstream-timeouts-and-retries has the
 * figures behind the defaults).
 *
 * It never interprets HTTP statuses beyond retrying a few transient ones: ./client.ts does.
 */
import { createRequire } from 'node:module';
import type { IncomingHttpHeaders } from 'node:http';
import { Pool, interceptors, type Dispatcher } from 'undici';
import { GatewayError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { CONNECTION_FAILURES, errorCode, parseRetryAfterMs, transportError, type Upstream } from './errors.js';
import type { UpstreamObserver } from './observer.js';

/** Per-request time limits, in milliseconds. */
interface HttpTimeouts {
  /** TCP (+TLS) connect. @default 3000 */
  connectMs: number;
  /** From sending the request to the response headers (undici `headersTimeout`). @default 5000 */
  headersMs: number;
  /** Idle time between body chunks (undici `bodyTimeout`). @default 5000 */
  bodyMs: number;
  /** Hard deadline for the whole call, retries and body included (`AbortSignal.timeout`). @default 8000 */
  requestMs: number;
}

const DEFAULT_TIMEOUTS: Readonly<HttpTimeouts> = Object.freeze({
  connectMs: 3000,
  headersMs: 5000,
  bodyMs: 5000,
  requestMs: 8000,
});

/** Backoff before a retry: the base doubles each time, then is jittered; `Retry-After` is capped. */
interface RetryDelays {
  /** Base delay before the first retry. @default 200 */
  minDelayMs: number;
  /** Upper bound of one delay, `Retry-After` included. @default 2000 */
  maxDelayMs: number;
}

/** Retries after the first attempt. */
const MAX_RETRIES = 2;
/** Only idempotent methods: a POST that timed out may have been applied. */
const RETRY_METHODS: ReadonlySet<string> = new Set(['GET', 'DELETE']);
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
/** Connection failures, and a connect that timed out (nothing was sent). */
const RETRY_ERROR_CODES: ReadonlySet<string> = new Set([...CONNECTION_FAILURES, 'UND_ERR_CONNECT_TIMEOUT']);
/** Responses larger than this fail with UPSTREAM_ERROR. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** Options of {@link createHttpClient}. */
interface HttpClientOptions extends Upstream {
  /** Base URL; a path prefix (`https://host/openvidu/api`) is kept in front of every path. */
  baseUrl: string;
  timeouts?: Partial<HttpTimeouts>;
  /** Connections per origin. @default 16 */
  connections?: number;
  /** Retry delays for idempotent requests, or `false` for no retries. */
  retry?: Partial<RetryDelays> | false;
  logger?: Logger;
  /** Times, traces and tags every call (./observer.ts). */
  observer?: UpstreamObserver | undefined;
}

/** The methods the adapters send. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One upstream call. */
export interface HttpRequest {
  method: HttpMethod;
  /** The fixed name of the call (`getArchive`) the observer reports it under. @default 'unnamed' */
  operation?: string;
  /** Path below the base URL, starting with `/`; encode dynamic segments yourself. */
  path: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** Already serialised (JSON or form); strings keep retries replayable. */
  body?: string;
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

/** The gateway's version, from package.json. */
export const GATEWAY_VERSION = readVersion();

/** `video-graphql-gateway/<version> (undici)`, sent on every request. */
export const GATEWAY_USER_AGENT = `video-graphql-gateway/${GATEWAY_VERSION} (undici)`;

/** The gateway's version from package.json (falls back when bundled without it). */
function readVersion(): string {
  try {
    const pkg = createRequire(import.meta.url)('../../../package.json') as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Creates an {@link HttpClient} for one upstream origin.
 *
 * - Pool: `connections` (default 16), keep-alive, `connect.timeout`, `headersTimeout`,
 *   `bodyTimeout`, a response size limit.
 * - Retries: GET/DELETE only, at most 2, on 429/502/503/504 and connection errors, with
 *   exponential backoff and equal jitter (undici's default has none), `Retry-After` honoured up to
 *   `maxDelayMs`; a retry never outlives the request deadline.
 * - Deadline: `AbortSignal.timeout(requestMs)` over the whole call, body included.
 * - Failures without a response become `GatewayError` UPSTREAM_UNAVAILABLE / UPSTREAM_TIMEOUT /
 *   UPSTREAM_ERROR.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeouts: HttpTimeouts = { ...DEFAULT_TIMEOUTS, ...stripUndefined(options.timeouts ?? {}) };
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const upstream: Upstream = { provider: options.provider, displayName: options.displayName };

  const pool = new Pool(base.origin, {
    connections: options.connections ?? 16,
    pipelining: 1,
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
    keepAliveTimeout: 4_000,
    maxResponseSize: MAX_RESPONSE_BYTES,
  });
  const dispatcher: Dispatcher =
    options.retry === false
      ? pool
      : pool.compose(
          interceptors.retry({
            // Status retries must hand the final response (and its body) downstream so the
            // client can map it; with `throwOnError` undici would throw a bodiless error instead.
            throwOnError: false,
            retry: retryDecider({ minDelayMs: 200, maxDelayMs: 2000, ...stripUndefined(options.retry ?? {}) }),
          }),
        );
  let closed = false;

  return {
    async request(request: HttpRequest): Promise<HttpResponse> {
      if (closed) {
        throw new GatewayError('UPSTREAM_UNAVAILABLE', `the ${upstream.displayName} client is closed`, { provider: upstream.provider });
      }
      const signal = AbortSignal.timeout(timeouts.requestMs);
      const started = performance.now();
      const observation = options.observer?.start({
        provider: upstream.provider,
        operation: request.operation ?? 'unnamed',
        method: request.method,
      });
      try {
        const response = await dispatcher.request({
          origin: base.origin,
          path: prefix + request.path + queryString(request.query),
          method: request.method,
          headers: { 'user-agent': GATEWAY_USER_AGENT, ...observation?.headers, ...request.headers },
          body: request.body,
          signal,
        });
        const text = await response.body.text();
        observation?.end(String(response.statusCode));
        options.logger?.debug(
          {
            provider: upstream.provider,
            method: request.method,
            path: request.path,
            status: response.statusCode,
            ms: Math.round(performance.now() - started),
          },
          'upstream response',
        );
        return { status: response.statusCode, headers: response.headers, text };
      } catch (error) {
        const mapped = transportError(error, upstream, timeouts, signal.aborted);
        observation?.end(mapped.code);
        options.logger?.warn(
          {
            provider: upstream.provider,
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
      await pool.close();
    },
  };
}

type RetryOptions = NonNullable<Parameters<typeof interceptors.retry>[0]>;

/** The `retry` function of undici's RetryHandler: decides whether and when to try again. */
function retryDecider(delays: RetryDelays): NonNullable<RetryOptions['retry']> {
  return (error, { state, opts }, callback) => {
    // `request()` leaves its `signal` in the dispatch options the interceptors see.
    const signal = (opts as { signal?: AbortSignal }).signal;
    const err = error as Error & { statusCode?: number; code?: string; headers?: IncomingHttpHeaders };
    const statusCode = typeof err.statusCode === 'number' ? err.statusCode : undefined;

    const retriable =
      RETRY_METHODS.has(opts.method) &&
      !signal?.aborted &&
      state.counter <= MAX_RETRIES &&
      (statusCode !== undefined ? RETRY_STATUSES.has(statusCode) : err.code !== undefined && RETRY_ERROR_CODES.has(err.code));
    if (!retriable) {
      callback(error);
      return;
    }

    const backoff = Math.min(delays.minDelayMs * 2 ** Math.max(0, state.counter - 1), delays.maxDelayMs);
    const retryAfter = parseRetryAfterMs(err.headers?.['retry-after']);
    // Equal jitter: half fixed, half random, so synchronized clients spread out but still back off.
    const delay = retryAfter !== undefined ? Math.min(retryAfter, delays.maxDelayMs) : backoff / 2 + Math.random() * (backoff / 2);

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
