import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { UpstreamObserver } from '../providers/rest/observer.js';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.js';
import { createTracing, type Tracing } from './tracing.js';
import { createUpstreamObserver } from './upstream-observer.js';

/** Metrics, tracing and the upstream observer of one gateway (docs/operations.md#metrics). */
export interface Observability {
  readonly metrics: GatewayMetrics;
  /** Null unless `OTEL_EXPORTER_OTLP_ENDPOINT` is set. */
  readonly tracing: Tracing | null;
  /** Hand it to the providers: it times, traces and tags their REST calls. */
  readonly upstream: UpstreamObserver;
  /** Flushes the spans still buffered; call it last, once no upstream call can start. */
  close(): Promise<void>;
}

/** Creates the observability of one gateway from its configuration. */
export async function createObservability(config: Config, logger: Logger): Promise<Observability> {
  const metrics = createGatewayMetrics();
  const tracing = config.tracing ? await createTracing(config.tracing) : null;
  // The origin only: a collector URL may carry credentials.
  if (config.tracing)
    logger.info(
      { collector: new URL(config.tracing.endpoint).origin, service: config.tracing.serviceName },
      'tracing on: spans exported over OTLP/HTTP',
    );
  let closing: Promise<void> | null = null;
  return {
    metrics,
    tracing,
    upstream: createUpstreamObserver(metrics, tracing?.tracer ?? null),
    close() {
      closing ??= tracing?.close() ?? Promise.resolve();
      return closing;
    },
  };
}
