import { AsyncLocalStorage } from 'node:async_hooks';
import type { Span } from '@opentelemetry/api';

/**
 * What the work of one request carries down to its upstream calls without passing it through every
 * layer: the request id (sent upstream as a header) and the span of the GraphQL operation (the
 * parent of the upstream calls' spans).
 */
export interface RequestScope {
  readonly requestId: string;
  /** The operation's span, when tracing is on. */
  readonly span?: Span;
}

// Async context is per process by nature; what it holds is per request, so gateways sharing a
// process do not see each other's scopes.
const storage = new AsyncLocalStorage<RequestScope>();

/** The scope of the running request, if the code runs on behalf of one. */
export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Runs `fn` (and everything it starts) in `scope`. */
export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}
