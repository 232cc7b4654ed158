import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Caller } from '../schema/context.js';

/** What one subscriber's stream yields: an execution result, or a promise of one. */
type Result = ExecutionResult | Promise<ExecutionResult>;

/** What an operation's answer to an event may depend on, besides the event: who asks, as the schema sees it. */
function callerKey(caller: Caller | null | undefined): string {
  if (!caller) return '-';
  const scopes = [...caller.scopes].sort().join(' ');
  const sessions = caller.sessions ? [...caller.sessions].sort().join(' ') : '*';
  return `${scopes}|${sessions}`;
}

/**
 * Wraps `source` so each value it yields is mapped by `map`; `return()` and `throw()` reach the
 * source, so a subscriber that leaves frees what its stream holds.
 */
function mapEvents(source: AsyncIterator<unknown>, map: (value: unknown) => Result): AsyncIterableIterator<ExecutionResult> {
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await source.next();
      return step.done ? { done: true, value: undefined } : { done: false, value: await map(step.value) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      if (source.throw) await source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}

/**
 * Subscribers that run the same operation (same document, operation name and variables) for
 * callers with the same scopes and session limits get, for one event, the same answer: this
 * plugin executes it once for all of them, instead of once per subscriber
 * (docs/architecture.md#events-and-subscriptions). The event streams themselves stay per
 * subscriber (each has its snapshot, its filter, its own pace); only the execution of an event
 * object that several streams yield is shared, so this pays off when the streams hand out the same
 * object, as the archive stream does for a change heard on the bus.
 *
 * Sound because a subscription's fields depend on the event and, through the scope checks and the
 * `video_sessions` limit, on the caller: both are in the key. Register it before any plugin that
 * wraps the subscribe function, so they wrap this one.
 */
export function useSharedSubscriptionResults(): Plugin {
  /** By event object: the result of each distinct operation key, while the event is alive. */
  const results = new WeakMap<object, Map<string, Result>>();
  const documentIds = new WeakMap<DocumentNode, number>();
  let documents = 0;

  const keyOf = (args: ExecutionArgs): string => {
    let documentId = documentIds.get(args.document);
    if (documentId === undefined) {
      documentId = ++documents;
      documentIds.set(args.document, documentId);
    }
    const caller = (args.contextValue as { caller?: Caller | null } | undefined)?.caller;
    return `${documentId}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${callerKey(caller)}`;
  };

  const executeShared = (args: ExecutionArgs, key: string, event: unknown): Result => {
    if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
    let byKey = results.get(event);
    if (!byKey) {
      byKey = new Map();
      results.set(event, byKey);
    }
    let result = byKey.get(key);
    if (result === undefined) {
      result = execute({ ...args, rootValue: event });
      byKey.set(key, result);
    }
    return result;
  };

  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const source = await createSourceEventStream(args as ExecutionArgs);
        if (!(Symbol.asyncIterator in source)) return source;
        const key = keyOf(args as ExecutionArgs);
        return mapEvents(source[Symbol.asyncIterator](), (event) => executeShared(args as ExecutionArgs, key, event));
      });
    },
  };
}
