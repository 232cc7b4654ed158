import type { IncomingMessage, ServerResponse } from 'node:http';
import type { YogaServerOptions } from 'graphql-yoga';
import type { Config } from '../config.js';

/** yoga's `cors` option. */
type YogaCors = YogaServerOptions<Record<string, unknown>, unknown>['cors'];

/**
 * Which browser origins may call the gateway, decided once from the configuration and applied to
 * every surface: GraphQL over HTTP and SSE (yoga's CORS), the WebSocket upgrade, and the node:http
 * routes beside yoga (the OpenVidu app-server endpoints). The rule:
 *
 * - `CORS_ORIGINS` set: those origins (`*`: any; config refuses `*` in production);
 * - unset: any origin outside production, no cross-origin browser request in production;
 * - a request without an Origin header is not a browser's cross-origin request: it always passes.
 */
export interface OriginPolicy {
  /** Whether a request from `origin` may proceed (the WebSocket upgrade's check). */
  allows(origin: string | undefined): boolean;
  /** yoga's `cors` option: yoga writes the headers, this policy decides who gets them. */
  readonly yogaCors: YogaCors;
  /**
   * Adds the CORS headers for `req`'s origin to a node:http response. Returns true when the request
   * was a preflight and has been answered.
   */
  applyCors(req: IncomingMessage, res: ServerResponse, methods: string): boolean;
}

/** Builds the policy from `CORS_ORIGINS` and `NODE_ENV`. */
export function createOriginPolicy(config: Pick<Config, 'env' | 'corsOrigins'>): OriginPolicy {
  const listed = config.corsOrigins;
  const anyOrigin = listed.includes('*') || (listed.length === 0 && config.env !== 'production');
  const allows = (origin: string | undefined): boolean => !origin || anyOrigin || listed.includes(origin);

  // For an allowed origin yoga echoes it and allows credentials, except for an explicit `*`; a
  // refused origin gets no CORS header. When no origin can be allowed, yoga's CORS is off.
  const yogaOptions = listed.length === 0 ? {} : { origin: listed.includes('*') ? '*' : listed, credentials: !listed.includes('*') };
  const noneAllowed = !anyOrigin && listed.length === 0;
  const yogaCors: YogaCors = noneAllowed ? false : (request) => (allows(request.headers.get('origin') ?? undefined) ? yogaOptions : false);

  return {
    allows,
    yogaCors,
    applyCors(req, res, methods) {
      const origin = req.headers.origin;
      const allowOrigin = origin && allows(origin) ? (anyOrigin ? '*' : origin) : null;
      if (allowOrigin) {
        res.setHeader('access-control-allow-origin', allowOrigin);
        if (allowOrigin !== '*') res.setHeader('vary', 'Origin');
      }
      if (req.method !== 'OPTIONS') return false;
      if (allowOrigin) {
        res.setHeader('access-control-allow-methods', methods);
        res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? 'content-type');
        res.setHeader('access-control-max-age', '600');
      }
      res.writeHead(204).end();
      return true;
    },
  };
}
