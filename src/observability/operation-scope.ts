import { context, type Span, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { type ExecutionArgs, type ExecutionResult, type GraphQLError, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { isGatewayError } from '../errors.js';
import { newRequestId } from './request-id.js';
import { iterateInScope } from './iterators.js';
import { currentScope, type RequestScope, runInScope as runIn } from './request-scope.js';

/** The code of an error as execution left it (masking, which adds `extensions.code`, comes later). */
function codeOf(error: GraphQLError): string {
  if (isGatewayError(error.originalError)) return error.originalError.code;
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** Ends a span once, marking it failed with the error codes of `errors` (never their messages: they may name ids). */
function finish(span: Span | undefined, errors: readonly GraphQLError[] | undefined): void {
  if (!span?.isRecording()) return;
  if (errors && errors.length > 0) {
    const codes = [...new Set(errors.map(codeOf))];
    span.setAttribute('graphql.error.codes', codes);
    span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
  }
  span.end();
}

/**
 * Gives every GraphQL operation a request scope (./request-scope.ts): the request id of the HTTP
 * request it came in (a new one for an operation over WebSocket) and, with a tracer, a span named
 * after the operation (`mutation StartArchive`) whose attributes are the operation's type and name
 * only: no document, no variables, no result (docs/operations.md#tracing). Upstream calls made
 * while it runs get the id as a header and the span as their parent.
 */
export function useOperationScope(tracer: Tracer | null): Plugin {
  const open = (args: ExecutionArgs): RequestScope => {
    const outer = currentScope();
    const operation = getOperationAST(args.document, args.operationName);
    const type = operation?.operation ?? 'query';
    const name = operation?.name?.value;
    const span = tracer?.startSpan(
      name ? `${type} ${name}` : type,
      {
        kind: SpanKind.SERVER,
        attributes: { 'graphql.operation.type': type, ...(name ? { 'graphql.operation.name': name } : {}) },
      },
      outer?.span ? trace.setSpan(context.active(), outer.span) : context.active(),
    );
    return { requestId: outer?.requestId ?? newRequestId(), ...(span ? { span } : {}) };
  };

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const scope = open(args);
      setExecuteFn((execArgs) => runIn(scope, () => executeFn(execArgs)));
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) return finish(scope.span, result.errors);
          // Incremental delivery: the operation lasts until its last payload.
          return { onEnd: () => finish(scope.span, undefined) };
        },
      };
    },
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const scope = open(args);
      setSubscribeFn((subscribeArgs) => runIn(scope, () => subscribeFn(subscribeArgs)));
      return {
        // The span covers setting the subscription up, not its hours of life; later upstream calls
        // still carry its request id and point at it as their parent.
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) {
            setResult(iterateInScope(result, scope) as AsyncIterableIterator<ExecutionResult>);
            return finish(scope.span, undefined);
          }
          return finish(scope.span, result.errors);
        },
        onSubscribeError() {
          scope.span?.setStatus({ code: SpanStatusCode.ERROR, message: 'subscribe failed' });
          finish(scope.span, undefined);
        },
      };
    },
  };
}
