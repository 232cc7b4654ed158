/**
 * Errors of the OpenVidu face. The real server answers many errors with an empty body (404 on a
 * session, 409 on a duplicate custom id, 406/409/501 on recording start) and the others with the
 * body `generateErrorResponse` builds (docs/providers/openvidu.md#errors):
 * `{"timestamp", "status", "error", "message", "path"}`.
 */
import { STATUS_CODES } from 'node:http';
import { HttpError, json } from '../http.js';
import type { Reply } from '../http.js';

/** Options of {@link OpenViduError}. */
export interface OpenViduErrorOptions {
  /** Answer with the status alone, as the real server does for most lookups. */
  empty?: boolean;
  /** The `path` reported in the body when it is not the request path (a quirk of /recordings/start). */
  path?: string;
  headers?: Record<string, string>;
}

/** An expected failure of the OpenVidu face. */
export class OpenViduError extends HttpError {
  readonly empty: boolean;
  readonly path: string | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(status: number, message = '', options: OpenViduErrorOptions = {}) {
    super(status, message || (STATUS_CODES[status] ?? 'Error'));
    this.name = 'OpenViduError';
    this.empty = options.empty ?? false;
    this.path = options.path;
    this.headers = options.headers;
  }
}

/** A status-only error (`new ResponseEntity<>(HttpStatus.X)` in the server). */
export function emptyError(status: number): OpenViduError {
  return new OpenViduError(status, '', { empty: true });
}

/** The Spring-style error body for a status. */
export function errorBody(status: number, message: string, path: string, now: number): Record<string, unknown> {
  return { timestamp: now, status, error: STATUS_CODES[status] ?? 'Error', message, path };
}

/** Renders any error raised while serving an OpenVidu path. */
export function openviduErrorReply(error: unknown, pathname: string, now: number): Reply {
  if (error instanceof OpenViduError) {
    const reply: Reply = error.empty
      ? { status: error.status }
      : json(error.status, errorBody(error.status, error.message, error.path ?? pathname, now));
    return error.headers ? { ...reply, headers: error.headers } : reply;
  }
  if (error instanceof HttpError) return json(error.status, errorBody(error.status, error.message, pathname, now));
  return json(500, errorBody(500, 'Internal emulator error; see the emulator log', pathname, now));
}
