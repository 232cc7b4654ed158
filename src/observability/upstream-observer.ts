import { context, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import type { UpstreamObserver } from '../providers/rest/observer.js';
import type { GatewayMetrics } from './metrics.js';
import { REQUEST_ID_HEADER } from './request-id.js';
import { currentScope } from './request-scope.js';

/**
 * The observer the REST kit reports every upstream call to: it sends the request id of the
 * running request as `x-request-id`, times the call into `video_upstream_request_duration_seconds`
 * and, with tracing on, records a client span under the operation's span. The span says which
 * provider, which operation and which status; never the URL (it holds ids) nor a header.
 */
export function createUpstreamObserver(metrics: GatewayMetrics, tracer: Tracer | null): UpstreamObserver {
  return {
    start(call) {
      const scope = currentScope();
      const started = performance.now();
      const parent = scope?.span ? trace.setSpan(context.active(), scope.span) : context.active();
      const span = tracer?.startSpan(
        `${call.provider} ${call.operation}`,
        {
          kind: SpanKind.CLIENT,
          attributes: { 'video.provider': call.provider, 'video.operation': call.operation, 'http.request.method': call.method },
        },
        parent,
      );
      return {
        headers: scope ? ({ [REQUEST_ID_HEADER]: scope.requestId } as Record<string, string>) : {},
        end(status) {
          metrics.upstreamCall(call, status, (performance.now() - started) / 1000);
          if (!span) return;
          const code = Number(status);
          if (Number.isInteger(code)) span.setAttribute('http.response.status_code', code);
          else span.setAttribute('error.type', status);
          // OTel's rule for client spans: a 4xx is the caller's answer, only 5xx and no answer are errors.
          if (!Number.isInteger(code) || code >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: status });
          span.end();
        },
      };
    },
  };
}
