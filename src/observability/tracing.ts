import type { Tracer } from '@opentelemetry/api';
import type { TracingConfig } from '../config.js';
import { GATEWAY_VERSION } from '../providers/rest/http.js';

/** The gateway's tracer and the provider behind it. */
export interface Tracing {
  readonly tracer: Tracer;
  /** Exports the spans still buffered, then stops (the last step of a gateway's close). */
  close(): Promise<void>;
}

/**
 * Tracing to an OTLP/HTTP collector (docs/operations.md#tracing): spans are batched and sent as
 * OTLP JSON to `<endpoint>/v1/traces`. The tracer provider is this gateway's own and is never
 * registered globally, so several gateways can share a process; spans find their parent through
 * the request scope (./request-scope.ts), not through a global context manager. The SDK is loaded
 * only then: a gateway without tracing does not pay for importing it at start.
 */
export async function createTracing(config: TracingConfig): Promise<Tracing> {
  const [{ OTLPTraceExporter }, { resourceFromAttributes }, { BatchSpanProcessor, NodeTracerProvider }] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-node'),
  ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName, 'service.version': GATEWAY_VERSION }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${config.endpoint}/v1/traces` }))],
  });
  return {
    tracer: provider.getTracer('video-graphql-gateway', GATEWAY_VERSION),
    close: () => provider.shutdown(),
  };
}
