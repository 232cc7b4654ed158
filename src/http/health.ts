import type { Plugin } from 'graphql-yoga';

/** Liveness: answers 200 while the process serves requests. */
export const HEALTH_PATH = '/healthz';
/** Readiness: 503 once shutdown has begun, or while a shared store is unreachable, so a load balancer sends work elsewhere. */
export const READY_PATH = '/readyz';

/** One condition of readiness, and the status `/readyz` reports while it fails. */
export interface ReadinessCheck {
  ready(): boolean;
  status: string;
}

/**
 * Whether the gateway is ready; `status`, when present, says why not (the first failing check).
 * A plain `() => boolean` is a readiness too: false reads as shutting down.
 */
export interface Readiness {
  (): boolean;
  status?(): string | null;
}

/** The readiness of all `checks`, in order: the first that fails is the one reported. */
export function readiness(checks: readonly ReadinessCheck[]): Readiness {
  const failing = () => checks.find((check) => !check.ready())?.status ?? null;
  return Object.assign(() => failing() === null, { status: failing });
}

/**
 * The yoga plugin answering {@link HEALTH_PATH} and {@link READY_PATH} before any GraphQL
 * handling; `isReady` is false once the server is shutting down or a store it needs is
 * unreachable (docs/operations.md#several-instances-with-redis).
 */
export function useHealthChecks(isReady: Readiness): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      const json = (status: number, body: Record<string, string>) =>
        new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (url.pathname === HEALTH_PATH) {
        endResponse(json(200, { status: 'ok' }));
      } else if (url.pathname === READY_PATH) {
        const notReady = isReady.status ? isReady.status() : isReady() ? null : 'shutting down';
        endResponse(json(notReady === null ? 200 : 503, { status: notReady ?? 'ready' }));
      }
    },
  };
}
