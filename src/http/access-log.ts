import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import { HEALTH_PATH, READY_PATH } from './health.js';
import { METRICS_PATH } from './metrics.js';

/** Probes and scrapes come every few seconds: their lines go to debug so they do not drown the rest. */
const QUIET_PATHS: ReadonlySet<string> = new Set([HEALTH_PATH, READY_PATH, METRICS_PATH]);

/** Longest route written; a longer one is cut (a path is the caller's text). */
const MAX_ROUTE_CHARS = 200;

/**
 * Writes one access-log line when `res` closes (docs/operations.md#logs): method, route (the path
 * without its query string, which may hold GraphQL variables), status, duration and request id;
 * `aborted` when the client left before the answer was complete. Never a header or a body.
 */
export function logAccess(logger: Logger, req: IncomingMessage, res: ServerResponse, pathname: string, requestId: string): void {
  const started = performance.now();
  res.once('close', () => {
    const line = {
      requestId,
      method: req.method,
      route: pathname.length > MAX_ROUTE_CHARS ? `${pathname.slice(0, MAX_ROUTE_CHARS)}...` : pathname,
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (QUIET_PATHS.has(pathname)) logger.debug(line, 'request');
    else logger.info(line, 'request');
  });
}
