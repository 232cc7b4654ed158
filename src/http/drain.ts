import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';

/** What a drain had to cut once its grace ran out; all zero for a clean drain. */
export interface DrainReport {
  /** HTTP requests (SSE streams included) still running when the grace ran out. */
  cutRequests: number;
  /** WebSockets that had not closed when the grace ran out. */
  cutSockets: number;
}

/** The HTTP requests being answered, so a drain can wait for them (docs/operations.md, Shutdown). */
export interface InFlight {
  /** Counts `res` until it closes; once draining, its connection closes after the response. */
  track(req: IncomingMessage, res: ServerResponse): void;
  /** Begins the drain: every response from now on closes its connection, idle ones close at once. */
  drain(): void;
  readonly size: number;
}

/**
 * Tracks the in-flight requests of `httpServer`. Once draining, a keep-alive connection must not
 * outlive its last response: `Connection: close` where the headers are not sent yet, and idle
 * connections closed each time a response ends.
 */
export function trackInFlight(httpServer: Server): InFlight {
  const responses = new Set<ServerResponse>();
  let draining = false;
  return {
    track(_req, res) {
      responses.add(res);
      if (draining) res.setHeader('connection', 'close');
      res.once('close', () => {
        responses.delete(res);
        // Let the socket become idle first, then close it.
        if (draining) setImmediate(() => httpServer.closeIdleConnections());
      });
    },
    drain() {
      draining = true;
      for (const res of responses) if (!res.headersSent) res.setHeader('connection', 'close');
      httpServer.closeIdleConnections();
    },
    get size() {
      return responses.size;
    },
  };
}

/**
 * Ends `source` (as if it had completed) once `signal` aborts, and releases it. Each `next()` waits on
 * the source and on the abort without `Promise.race` on a long-lived promise, which would keep
 * one reaction per event of a long subscription.
 */
function endOnAbort<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const done: IteratorReturnResult<undefined> = { done: true, value: undefined };
  let pending: ((result: IteratorResult<T>) => void) | null = null;
  const onAbort = () => {
    pending?.(done);
    pending = null;
    void iterator.return?.();
  };
  // A subscription that starts once the drain has begun ends at once, and releases what it holds.
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  const release = () => signal.removeEventListener('abort', onAbort);
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (signal.aborted) return Promise.resolve(done);
      return new Promise<IteratorResult<T>>((resolve, reject) => {
        pending = resolve;
        iterator.next().then((result) => {
          if (result.done) release();
          resolve(result);
        }, reject);
      });
    },
    async return() {
      release();
      await iterator.return?.();
      return done;
    },
    async throw(error: unknown) {
      release();
      if (iterator.throw) return iterator.throw(error);
      throw error;
    },
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * The yoga plugin that completes every SSE subscription once `signal` aborts, so the stream ends
 * with its `complete` event and a clean end of the response, not a cut connection. WebSocket
 * operations (their context holds the socket) are left alone: the drain closes their sockets with
 * 1001, which ends their operations, and a wrapper on each of thousands of subscriptions would
 * cost every event they deliver (docs/performance.md#fan-out).
 */
export function useSubscriptionDrain(signal: AbortSignal): Plugin {
  return {
    onSubscribe: ({ args }) => {
      if (typeof args.contextValue === 'object' && args.contextValue !== null && 'socket' in args.contextValue) return;
      return {
        onSubscribeResult: ({ result, setResult }) => {
          if (isAsyncIterable(result)) setResult(endOnAbort(result, signal));
        },
      };
    },
  };
}
