import type { Plugin } from 'graphql-yoga';

/** Liveness: answers 200 while the process serves requests. */
export const HEALTH_PATH = '/healthz';
/** Readiness: 503 once shutdown has begun, so a load balancer stops sending new work. */
export const READY_PATH = '/readyz';

/**
 * The yoga plugin answering {@link HEALTH_PATH} and {@link READY_PATH} before any GraphQL
 * handling; `isReady` is false once the server is shutting down.
 */
export function useHealthChecks(isReady: () => boolean): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      const json = (status: number, body: Record<string, string>) =>
        new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (url.pathname === HEALTH_PATH) {
        endResponse(json(200, { status: 'ok' }));
      } else if (url.pathname === READY_PATH) {
        const ready = isReady();
        endResponse(json(ready ? 200 : 503, { status: ready ? 'ready' : 'shutting down' }));
      }
    },
  };
}
