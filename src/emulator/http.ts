/**
 * Tiny HTTP toolkit for the emulator: replies as values, errors as exceptions, route templates
 * compiled to regular expressions, and a capped body reader. No framework on purpose: the
 * emulator must stay small enough to read next to the protocol notes.
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

/** OpenTok-style error body: `{code, message, description}` (protocol notes §2). */
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

/**
 * Which face a route belongs to: the OpenTok REST face (`X-OPENTOK-AUTH`), the open control API,
 * the OpenVidu face (HTTP Basic) or its few public paths.
 */
export type RouteKind = 'rest' | 'control' | 'openvidu' | 'openvidu-public';

/** One route: a method, a compiled path template and a handler. */
export interface Route {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly kind: RouteKind;
  readonly handle: (ctx: RouteContext) => Reply | Promise<Reply>;
}

/**
 * Builds a route from a template such as `/v2/project/:apiKey/archive/:archiveId`.
 * A `:name` segment matches one path segment and is URL-decoded into `params.name`.
 */
export function route(kind: RouteKind, method: string, template: string, handle: (ctx: RouteContext) => Reply | Promise<Reply>): Route {
  const source = template
    .split('/')
    .map((segment) => (segment.startsWith(':') ? `(?<${segment.slice(1)}>[^/]+)` : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { method, template, pattern: new RegExp(`^${source}$`), kind, handle };
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

/**
 * Reads the whole request body, refusing more than `limit` bytes with a 413. Reading stops at the
 * limit; the server answers and closes the connection so the rest is never buffered.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, `Request body too large (limit ${limit} bytes)`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        reject(new HttpError(413, `Request body too large (limit ${limit} bytes)`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * Parses a JSON request body. An empty body counts as `{}` because several SDKs send no body
 * at all where opentok-node sends `{}` (archive stop, stream mute: protocol notes §2.2, §2.5).
 */
export function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Malformed JSON in request body');
  }
}

/** Parses a JSON body that must be an object. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  const value = parseJson(body);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpError(400, 'The request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}
