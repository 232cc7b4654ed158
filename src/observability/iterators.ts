import { type RequestScope, runInScope } from './request-scope.js';

/** `source`, with each step run in `scope`, so what a stream does later (upstream reads) carries it too. */
export function iterateInScope<T>(source: AsyncIterable<T>, scope: RequestScope): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => runInScope(scope, () => iterator.next()),
    return: (value?: unknown) =>
      iterator.return ? runInScope(scope, () => iterator.return!(value)) : Promise.resolve({ done: true as const, value: value as T }),
    throw: (error?: unknown) => (iterator.throw ? iterator.throw(error) : Promise.reject(error)),
  };
}

/**
 * `source`, calling `finished` once when it ends in any way: its last value, an error, or the
 * consumer returning early (a client that unsubscribes or goes away).
 */
export function iterateUntilFinished<T>(source: AsyncIterable<T>, finished: () => void): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let open = true;
  const end = () => {
    if (!open) return;
    open = false;
    finished();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () =>
      iterator.next().then(
        (step) => {
          if (step.done) end();
          return step;
        },
        (error: unknown) => {
          end();
          throw error;
        },
      ),
    return: (value?: unknown) => {
      end();
      return iterator.return ? iterator.return(value) : Promise.resolve({ done: true as const, value: value as T });
    },
    throw: (error?: unknown) => {
      end();
      return iterator.throw ? iterator.throw(error) : Promise.reject(error);
    },
  };
}
