/**
 * Shared execution of subscription events (src/http/shared-subscriptions.ts), on a small schema
 * whose resolvers count their calls: subscribers that run the same operation for callers with the
 * same scopes get one execution per event object; anything that may change the answer (variables,
 * scopes, session limits, the event itself) gets its own.
 */
import { type DocumentNode, type ExecutionResult, parse } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { createLatestQueue } from '../../src/events/latest-queue.js';
import { currentScope, runInScope } from '../../src/observability/request-scope.js';
import { DIRECT_ANSWERS, type DirectAnswers, useSharedSubscriptionResults } from '../../src/http/shared-subscriptions.js';
import { until } from '../helpers/until.js';
import type { Caller } from '../../src/schema/context.js';

interface Tick {
  n: number;
}

/** A schema whose subscription streams come from `streams`, counting executions of `Tick.n`. */
function setup() {
  let executions = 0;
  let closed = 0;
  /** Reads of the streams' `next()`. */
  let reads = 0;
  /** The request id each execution of `Tick.n` ran under. */
  const scopes: (string | undefined)[] = [];
  const streams: ReturnType<typeof createLatestQueue<Tick>>[] = [];
  const schema = createSchema({
    typeDefs: 'type Query { ok: Boolean } type Tick { n: Int, label: String } type Subscription { ticks(label: String): Tick }',
    resolvers: {
      Subscription: {
        ticks: {
          subscribe: () => {
            const queue = createLatestQueue<Tick>({
              maxKeys: 100,
              merge: (_, next) => next,
              overflow: () => new Error('full'),
              onClose: () => closed++,
            });
            const next = queue.next.bind(queue);
            queue.next = () => {
              reads++;
              return next();
            };
            streams.push(queue);
            return queue;
          },
          resolve: (tick: Tick) => tick,
        },
      },
      Tick: {
        n: (tick: Tick) => {
          executions++;
          scopes.push(currentScope()?.requestId);
          if (tick.n < 0) throw new Error('negative tick');
          return tick.n;
        },
        label: (_tick: Tick, _args: unknown, _ctx: unknown, info: { variableValues: Record<string, unknown> }) =>
          info.variableValues.label ?? null,
      },
    },
  });
  const yoga = createYoga({ schema, logging: false, plugins: [useSharedSubscriptionResults()] });
  const document: DocumentNode = parse('subscription($label: String) { ticks(label: $label) { n label } }');
  const subscribe = async (caller: Caller | null, variables: Record<string, unknown> = {}, answers?: DirectAnswers) => {
    const { subscribe, contextFactory } = yoga.getEnveloped({});
    const result = await subscribe({
      schema: yoga.getEnveloped({}).schema,
      document,
      variableValues: variables,
      contextValue: { ...(await contextFactory()), caller, ...(answers ? { [DIRECT_ANSWERS]: answers } : {}) },
    });
    return result as AsyncIterableIterator<ExecutionResult>;
  };
  /** Puts the same event object on every stream: what the bus does for one change. */
  const publish = (tick: Tick) => {
    for (const stream of streams) stream.put('tick', tick);
  };
  return { subscribe, publish, executions: () => executions, closed: () => closed, reads: () => reads, scopes };
}

const caller = (scopes: string[], sessions: string[] | null = null): Caller => ({
  subject: 'someone',
  scopes: new Set(scopes),
  sessions: sessions ? new Set(sessions) : null,
});

/** A direct transport that records the `n` of each answer it is sent; `full` makes it answer "wait". */
function recordingAnswers(full?: () => Promise<void>) {
  const ticks: number[] = [];
  const answers: DirectAnswers = {
    send: (json) => {
      ticks.push((JSON.parse(String(json)) as { data: { ticks: { n: number } } }).data.ticks.n);
      return full?.();
    },
  };
  return { ticks, answers };
}

describe('shared execution of subscription events', () => {
  it('should execute an event once for subscribers of the same operation, variables and scopes', async () => {
    const t = setup();
    const subscribers = await Promise.all([1, 2, 3].map(() => t.subscribe(caller(['b', 'a']))));
    // The same scopes in another order are the same caller, as the schema sees it.
    subscribers.push(await t.subscribe(caller(['a', 'b'])));
    const next = subscribers.map((s) => s.next());
    t.publish({ n: 7 });
    const results = await Promise.all(next);
    expect(results.map((r) => r.value)).toEqual(Array(4).fill({ data: { ticks: { n: 7, label: null } } }));
    expect(t.executions()).toBe(1);
    // Another event object is another execution.
    const again = subscribers.map((s) => s.next());
    t.publish({ n: 8 });
    await Promise.all(again);
    expect(t.executions()).toBe(2);
  });

  it('should execute apart for other variables, other scopes and other session limits', async () => {
    const t = setup();
    const subscribers = [
      await t.subscribe(caller(['a'])),
      await t.subscribe(caller(['a']), { label: 'x' }),
      await t.subscribe(caller(['a', 'b'])),
      await t.subscribe(caller(['a'], ['s1'])),
      await t.subscribe(null),
    ];
    const next = subscribers.map((s) => s.next());
    t.publish({ n: 1 });
    const results = await Promise.all(next);
    expect(t.executions()).toBe(5);
    expect(results[1]!.value).toEqual({ data: { ticks: { n: 1, label: 'x' } } });
  });

  it('should close the source stream when a subscriber leaves', async () => {
    const t = setup();
    const subscriber = await t.subscribe(caller(['a']));
    const pending = subscriber.next();
    await subscriber.return?.();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(t.closed()).toBe(1);
  });

  it('should write answers without errors straight to a direct transport, serialised once for all who share them', async () => {
    const t = setup();
    const sent: Buffer[][] = [[], []];
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const subscribers = await Promise.all(
        sent.map((into) =>
          t.subscribe(
            caller(['a']),
            {},
            {
              send: (json) => {
                into.push(json);
                return undefined;
              },
            },
          ),
        ),
      );
      // Each subscriber's iterator stays pending: it only ever yields answers with errors.
      for (const s of subscribers) void s.next();
      t.publish({ n: 7 });
      await until('both answers', () => sent.every((into) => into.length === 1));
      expect(sent.map((into) => JSON.parse(String(into[0])))).toEqual(Array(2).fill({ data: { ticks: { n: 7, label: null } } }));
      // The same bytes, not two copies of them.
      expect(sent[0]![0]).toBe(sent[1]![0]);
      expect(t.executions()).toBe(1);
      expect(stringify.mock.calls.filter(([value]) => (value as ExecutionResult)?.data !== undefined)).toHaveLength(1);
    } finally {
      stringify.mockRestore();
    }
  });

  it('should hand answers with errors to the plugins, in order with the direct ones', async () => {
    const t = setup();
    const { ticks, answers } = recordingAnswers();
    const subscriber = await t.subscribe(caller(['a']), {}, answers);
    const first = subscriber.next();
    t.publish({ n: 1 });
    await until('the first answer', () => ticks.length === 1);
    t.publish({ n: -1 });
    const failed = (await first).value as ExecutionResult;
    // Masked, as the plugins mask it: it went their way.
    expect(failed.errors?.[0]?.message).toBe('Unexpected error.');
    // Not read until the plugins asked for the next answer: the order holds.
    t.publish({ n: 2 });
    expect(ticks).toEqual([1]);
    void subscriber.next();
    await until('the second answer', () => ticks.length === 2);
    expect(ticks).toEqual([1, 2]);
  });

  it('should stop reading its stream while the direct transport is full', async () => {
    const t = setup();
    let drained: () => void = () => {};
    const { ticks: sent, answers } = recordingAnswers(
      () =>
        new Promise<void>((resolve) => {
          drained = resolve;
        }),
    );
    const subscriber = await t.subscribe(caller(['a']), {}, answers);
    const pending = subscriber.next();
    t.publish({ n: 1 });
    await until('the first answer', () => sent.length === 1);
    // Two more while full: the stream's own queue keeps only the latest.
    t.publish({ n: 2 });
    t.publish({ n: 3 });
    expect(sent).toEqual([1]);
    drained();
    await until('the second answer', () => sent.length === 2);
    expect(sent).toEqual([1, 3]);
    drained();
    await subscriber.return?.();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(t.closed()).toBe(1);
  });

  it('should answer events as its stream hands them over, without a read per event, once it waits', async () => {
    const t = setup();
    const { ticks: sent, answers } = recordingAnswers();
    const subscriber = await t.subscribe(caller(['a']), {}, answers);
    // Pending until an answer goes the plugins' way: the others go straight to the transport.
    const failed = subscriber.next();
    for (let n = 1; n <= 5; n++) {
      t.publish({ n });
      await until(`answer ${n}`, () => sent.length === n);
    }
    expect(sent).toEqual([1, 2, 3, 4, 5]);
    // The first event was read; the others were handed over as they came.
    expect(t.reads()).toBe(1);
    // An answer with errors is refused, read, and goes to the plugins, which mask it.
    t.publish({ n: -1 });
    expect(((await failed).value as ExecutionResult).errors?.[0]?.message).toBe('Unexpected error.');
    expect(t.reads()).toBe(2);
    // Once the plugins ask for more, the next event is read, and the hand-over resumes after it.
    void subscriber.next();
    t.publish({ n: 6 });
    await until('answer 6', () => sent.length === 6);
    t.publish({ n: 7 });
    await until('answer 7', () => sent.length === 7);
    expect(sent).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(t.reads()).toBe(3);
  });

  it("should answer handed-over events in the subscriber's request scope, not the publisher's", async () => {
    const t = setup();
    const { ticks: sent, answers } = recordingAnswers();
    const subscriber = await t.subscribe(caller(['a']), {}, answers);
    // As the operation-scope plugin runs a subscription's reads (src/observability/iterators.ts).
    void runInScope({ requestId: 'subscriber' }, () => subscriber.next());
    for (let n = 1; n <= 3; n++) {
      runInScope({ requestId: 'webhook' }, () => t.publish({ n }));
      await until(`answer ${n}`, () => sent.length === n);
    }
    expect(t.reads()).toBe(1);
    expect(t.scopes).toEqual(['subscriber', 'subscriber', 'subscriber']);
  });
});
