import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { UpstreamCall } from '../providers/rest/observer.js';

/**
 * What became of one webhook (docs/operations.md#metrics): `accepted` verified and published,
 * `hint` unverified and re-read from the provider, `duplicate` dropped as already seen,
 * `rejected` refused (bad signature, token or body: 4xx), `failed` our own failure (5xx).
 */
export type WebhookOutcome = 'accepted' | 'hint' | 'duplicate' | 'rejected' | 'failed';

/** How a subscription reaches its client. */
export type SubscriptionTransport = 'ws' | 'sse';

/** Upstream calls run from milliseconds (a session) to tens of seconds (an OpenVidu recording stop). */
const UPSTREAM_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The gateway's Prometheus metrics, in a registry of its own (never prom-client's global one, so
 * gateways sharing a process keep their figures apart). Label values are fixed names, codes and
 * statuses: never an id, a token or a secret.
 */
export interface GatewayMetrics {
  /** Everything `GET /metrics` serves: these, yoga's request metrics and the process metrics. */
  readonly registry: Registry;
  /** One upstream call ended after `seconds` with `status` (./upstream-observer.ts). */
  upstreamCall(call: UpstreamCall, status: string, seconds: number): void;
  /** One webhook ended with `outcome`. */
  webhook(provider: string, outcome: WebhookOutcome): void;
  /** A subscription stream opened; call the returned function once when it ends. */
  subscriptionOpened(transport: SubscriptionTransport): () => void;
}

/** Creates the metrics of one gateway. */
export function createGatewayMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstream = new Histogram({
    name: 'video_upstream_request_duration_seconds',
    help: 'Upstream REST calls to the video providers, by provider, operation and HTTP status (or error code when no answer came)',
    labelNames: ['provider', 'operation', 'status'] as const,
    buckets: UPSTREAM_BUCKETS,
    registers: [registry],
  });
  const webhooks = new Counter({
    name: 'video_webhooks_total',
    help: 'Provider webhooks received, by provider and outcome (accepted, hint, duplicate, rejected, failed)',
    labelNames: ['provider', 'outcome'] as const,
    registers: [registry],
  });
  const subscriptions = new Gauge({
    name: 'video_subscriptions_active',
    help: 'GraphQL subscriptions open now, by transport (ws, sse)',
    labelNames: ['transport'] as const,
    registers: [registry],
  });
  // Both series exist from the start: a dashboard reads 0, not "no data".
  for (const transport of ['ws', 'sse'] as const) subscriptions.set({ transport }, 0);

  return {
    registry,
    upstreamCall(call, status, seconds) {
      upstream.observe({ provider: call.provider, operation: call.operation, status }, seconds);
    },
    webhook(provider, outcome) {
      webhooks.inc({ provider, outcome });
    },
    subscriptionOpened(transport) {
      subscriptions.inc({ transport });
      let open = true;
      return () => {
        if (!open) return;
        open = false;
        subscriptions.dec({ transport });
      };
    },
  };
}
