import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from './config.js';

/**
 * CORS for the routes yoga does not serve (the OpenVidu app-server endpoints). The policy matches
 * yoga's: `CORS_ORIGINS` when set (`*` only outside production); any origin in development when it
 * is not set; none in production.
 */
export function allowedOrigin(config: Config, origin: string | undefined): string | null {
  if (!origin) return null;
  if (config.corsOrigins.length === 0) return config.env === 'production' ? null : '*';
  if (config.corsOrigins.includes('*')) return '*';
  return config.corsOrigins.includes(origin) ? origin : null;
}

/**
 * Adds the CORS headers of `req`'s origin to `res`. Returns true when the request was a preflight
 * and has been answered.
 */
export function applyCors(config: Config, req: IncomingMessage, res: ServerResponse, methods: string): boolean {
  const origin = allowedOrigin(config, req.headers.origin);
  if (origin) {
    res.setHeader('access-control-allow-origin', origin);
    if (origin !== '*') res.setHeader('vary', 'Origin');
  }
  if (req.method !== 'OPTIONS') return false;
  if (origin) {
    res.setHeader('access-control-allow-methods', methods);
    res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? 'content-type');
    res.setHeader('access-control-max-age', '600');
  }
  res.writeHead(204).end();
  return true;
}
