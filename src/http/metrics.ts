import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { iterateUntilFinished } from '../observability/iterators.js';
import type { GatewayMetrics, SubscriptionTransport } from '../observability/metrics.js';

/** Where Prometheus scrapes the gateway (docs/operations.md#metrics). */
export const METRICS_PATH = '/metrics';

/** What {@link createMetricsRoute} needs. */
export interface MetricsRouteOptions {
  metrics: GatewayMetrics;
  /** `METRICS_TOKEN`: when set, a scrape must send `Authorization: Bearer <token>`. */
  token: string | null;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * `GET /metrics` in the Prometheus text format, served beside GraphQL (no body read, no GraphQL
 * auth, no yoga): a scrape costs one pass over the registry. With a token configured, the bearer
 * token is compared in constant time and a scrape without it gets 401.
 */
export function createMetricsRoute(options: MetricsRouteOptions) {
  const { metrics, token } = options;
  const expected = token === null ? null : sha256(`Bearer ${token}`);

  const serve = async (res: ServerResponse): Promise<void> => {
    try {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('metrics unavailable\n');
    }
  };

  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    if (pathname !== METRICS_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' });
      res.end('use GET\n');
      return true;
    }
    // Hashing first gives equal lengths, which timingSafeEqual needs, whatever was sent.
    if (expected && !timingSafeEqual(sha256(req.headers.authorization ?? ''), expected)) {
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"', 'content-type': 'text/plain' });
      res.end('send Authorization: Bearer <METRICS_TOKEN>\n');
      return true;
    }
    void serve(res);
    return true;
  };
}

/**
 * yoga's request metrics (parse, validate, execute and request durations, errors, HTTP duration)
 * into the gateway's registry. Labels that could carry what a caller sent are off: the URL (a GET
 * query string holds variables) and the error path (aliases are the caller's words). Operation
 * names and types stay: they come from the client's code, not from its data.
 */
export function useRequestMetrics(metrics: GatewayMetrics): Plugin {
  return usePrometheus({
    registry: metrics.registry,
    endpoint: false,
    labels: { url: false, path: false },
    // Off, as they cost every request and tell nothing the rest does not (measured on the token
    // path, docs/operations.md#metrics): deprecated fields walk each document again, and the
    // schema deprecates none yet; the request-time summary repeats the request-duration histogram
    // in a form that cannot be summed across instances and costs the most to keep; parse and
    // validate are cache hits after a document's first request.
    metrics: {
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
    },
  });
}

/** The transport of a subscription: graphql-ws operations carry their socket in the context. */
function transportOf(context: object): SubscriptionTransport {
  return 'socket' in context ? 'ws' : 'sse';
}

/** Counts the subscriptions open now (`video_subscriptions_active{transport}`), whichever way they end. */
export function useSubscriptionGauge(metrics: GatewayMetrics): Plugin {
  return {
    onSubscribe({ context }) {
      return {
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(iterateUntilFinished(result, metrics.subscriptionOpened(transportOf(context))));
        },
      };
    },
  };
}
