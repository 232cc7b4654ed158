import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { currentScope, runInScope } from '../observability/request-scope.js';
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
 * Where a subscriber's answers go when its transport takes them straight from the execution (a
 * WebSocket, src/http/websocket.ts), set in the operation's context under {@link DIRECT_ANSWERS}.
 */
export interface DirectAnswers {
  /**
   * Sends one answer, given as the UTF-8 JSON of its execution result (serialised once for every
   * subscriber that shares it). Returns a promise when the transport is full: the stream waits
   * for it before reading its next event, so a slow reader falls behind in its own bounded
   * queue (src/events/latest-queue.ts), never in the transport's buffers.
   */
  send(resultJson: Buffer): Promise<void> | undefined;
}

/** The context key of a subscriber's {@link DirectAnswers}. */
export const DIRECT_ANSWERS = Symbol('direct answers');

/** The JSON of each shared result, made once whatever the number of subscribers it goes to. */
const serialised = new WeakMap<ExecutionResult, Buffer>();

/** The answer's JSON as bytes: encoded once, copied into each socket's frame. */
function jsonOf(result: ExecutionResult): Buffer {
  let json = serialised.get(result);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(result));
    serialised.set(result, json);
  }
  return json;
}

/** The iterator part shared by both wrappers below: `return()` and `throw()` reach the source. */
function endsWith(
  source: AsyncIterator<unknown>,
  next: () => Promise<IteratorResult<ExecutionResult>>,
): AsyncIterableIterator<ExecutionResult> {
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next,
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      if (source.throw) await source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/**
 * Wraps `source` so each value it yields is mapped by `map`; `return()` and `throw()` reach the
 * source, so a subscriber that leaves frees what its stream holds.
 */
function mapEvents(source: AsyncIterator<unknown>, map: (value: unknown) => Result): AsyncIterableIterator<ExecutionResult> {
  return endsWith(source, async () => {
    const step = await source.next();
    return step.done ? { done: true, value: undefined } : { done: false, value: await map(step.value) };
  });
}

/** A stream that can hand its events over as they come (src/events/latest-queue.ts, `offer`). */
interface Offering {
  offer(take: (event: unknown) => boolean, ended: () => void): void;
}

function canOffer(source: AsyncIterator<unknown>): source is AsyncIterator<unknown> & Offering {
  return typeof (source as Partial<Offering>).offer === 'function';
}

/**
 * Like {@link mapEvents}, but each answer without errors goes straight to `answers`, past the
 * plugins that wrap this stream: they only see the answers with errors (which they mask and
 * count) and the stream's end or failure, so per event a subscriber costs one step of its own
 * stream and one write (docs/performance.md#fan-out). What they would do to an answer without
 * errors is nothing, so the client receives the same.
 *
 * Between events, a stream that can offer them (the bounded queues of src/events) hands each one
 * over as it comes, answered on the spot, instead of this reader keeping a pending read per event;
 * what cannot be answered on the spot (an execution still running, an answer with errors, a
 * socket that is full) is refused, queued, and read here in order.
 */
function answerDirectly(
  source: AsyncIterator<unknown>,
  map: (value: unknown) => Result,
  answers: DirectAnswers,
): AsyncIterableIterator<ExecutionResult> {
  /** The socket's buffers are full until this settles. */
  let full: Promise<void> | undefined;
  const take = (event: unknown): boolean => {
    if (full) return false;
    const result = map(event);
    if (result instanceof Promise || result.errors?.length) return false;
    full = answers.send(jsonOf(result));
    return true;
  };
  /** `take`, run in this operation's scope (its request id) wherever the event came from; made at the first offer. */
  let takeInScope: ((event: unknown) => boolean) | undefined;
  return endsWith(source, async () => {
    for (;;) {
      if (full) {
        await full;
        full = undefined;
      }
      const step = await source.next();
      if (step.done) return { done: true, value: undefined };
      const mapped = map(step.value);
      const result = mapped instanceof Promise ? await mapped : mapped;
      if (result.errors?.length) return { done: false, value: result };
      full = answers.send(jsonOf(result));
      if (full || !canOffer(source)) continue;
      if (!takeInScope) {
        const scope = currentScope();
        takeInScope = scope ? (event) => runInScope(scope, () => take(event)) : take;
      }
      const taker = takeInScope;
      await new Promise<void>((ended) => source.offer(taker, ended));
    }
  });
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
 *
 * A subscriber whose context carries {@link DIRECT_ANSWERS} (a WebSocket) gets each answer
 * without errors written straight to it, in the JSON serialised once for everyone sharing it.
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
        const map = (event: unknown) => executeShared(args as ExecutionArgs, key, event);
        const answers = (args.contextValue as { [DIRECT_ANSWERS]?: DirectAnswers } | undefined)?.[DIRECT_ANSWERS];
        const events = source[Symbol.asyncIterator]();
        return answers ? answerDirectly(events, map, answers) : mapEvents(events, map);
      });
    },
  };
}
