/**
 * Tiny HTTP toolkit for the emulator: replies as values, errors as exceptions, and route templates
 * compiled to regular expressions. No framework on purpose: the emulator must stay small enough
 * to read next to the provider docs (docs/providers/).
 */
import type { IncomingMessage } from 'node:http';

/** What a route handler answers. Written to the socket by the server in one go. */
export interface Reply {
  status: number;
  /** Raw body; omitted for empty replies (204, or 200 with nothing to say). */
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

/** The error body of the OpenTok REST API and of the control API: `{code, message, description}`. */
export interface ErrorBody {
  code: number;
  message: string;
  description: string;
}

/**
 * An expected failure. The server renders it as a JSON error body with the given status;
 * `code` defaults to the HTTP status (the real API puts specific numbers there only for a
 * few errors, e.g. 15008 for archiving a relayed session, or -1 for authentication).
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: number;
  readonly description: string;

  constructor(status: number, message: string, options: { code?: number; description?: string } = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = options.code ?? status;
    this.description = options.description ?? message;
  }

  /** The JSON body the real API sends with such an error. */
  toBody(): ErrorBody {
    return { code: this.code, message: this.message, description: this.description };
  }
}

/** A JSON reply with exactly `application/json` (opentok-node keys its parser on that string). */
export function json(status: number, value: unknown): Reply {
  return { status, body: JSON.stringify(value), contentType: 'application/json' };
}

/** A reply without a body. */
export function empty(status: number): Reply {
  return { status };
}

/** The request facts a handler may look at. The body has already been read (and capped). */
export interface RouteContext {
  readonly req: IncomingMessage;
  readonly method: string;
  readonly pathname: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: Buffer;
}

/** A route handler. */
export type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

/** One route: a method, a compiled path template and a handler. */
export interface Route {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  /** Served without the credentials the rest of its mount requires (an OpenVidu liveness probe). */
  readonly public: boolean;
  readonly handle: Handler;
}

/**
 * Builds a route from a template such as `/v2/project/:apiKey/archive/:archiveId`.
 * A `:name` segment matches one path segment and is URL-decoded into `params.name`.
 */
export function route(method: string, template: string, handle: Handler, options: { public?: boolean } = {}): Route {
  const source = template
    .split('/')
    .map((segment) => (segment.startsWith(':') ? `(?<${segment.slice(1)}>[^/]+)` : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { method, template, pattern: new RegExp(`^${source}$`), public: options.public ?? false, handle };
}

/** Result of matching a path against a route table. */
export type RouteMatch = { found: true; route: Route; params: Record<string, string> } | { found: false; allowed: string[] };

/** Finds the route for a method and path; reports the allowed methods when only the path matches. */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  const allowed: string[] = [];
  for (const candidate of routes) {
    const m = candidate.pattern.exec(pathname);
    if (!m) continue;
    if (candidate.method !== method) {
      allowed.push(candidate.method);
      continue;
    }
    const params: Record<string, string> = {};
    for (const [name, raw] of Object.entries(m.groups ?? {})) {
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        throw new HttpError(400, `Malformed path segment for ${name}`);
      }
    }
    return { found: true, route: candidate, params };
  }
  return { found: false, allowed };
}

/** The 405 (the path exists with other methods) or 404 for a request no route serves. */
export function routeNotFound(method: string, pathname: string, allowed: readonly string[]): HttpError {
  if (allowed.length > 0) {
    return new HttpError(405, `Method ${method} not allowed on ${pathname}`, { description: `Allowed: ${allowed.join(', ')}.` });
  }
  return new HttpError(404, 'Resource not found', { description: `No route for ${method} ${pathname}.` });
}

/**
 * Renders an error as `{code, message, description}`: an {@link HttpError} as itself, anything
 * else as a 500 that sends the reader to the emulator log.
 */
export function jsonErrorReply(error: unknown): Reply {
  if (error instanceof HttpError) return json(error.status, error.toBody());
  return json(500, { code: 500, message: 'Internal emulator error', description: 'See the emulator log.' });
}

/** Turns the first zod issue into a 400 naming the field. */
export function badRequest(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): HttpError {
  const issue = issues[0];
  const field = issue?.path.map(String).join('.') || 'body';
  return new HttpError(400, `Invalid ${field}: ${issue?.message ?? 'bad value'}`);
}
