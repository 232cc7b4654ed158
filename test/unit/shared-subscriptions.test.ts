/**
 * Shared execution of subscription events (src/http/shared-subscriptions.ts), on a small schema
 * whose resolvers count their calls: subscribers that run the same operation for callers with the
 * same scopes get one execution per event object; anything that may change the answer (variables,
 * scopes, session limits, the event itself) gets its own.
 */
import { type DocumentNode, type ExecutionResult, parse } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createLatestQueue } from '../../src/events/latest-queue.js';
import { useSharedSubscriptionResults } from '../../src/http/shared-subscriptions.js';
import type { Caller } from '../../src/schema/context.js';

interface Tick {
  n: number;
}

/** A schema whose subscription streams come from `streams`, counting executions of `Tick.n`. */
function setup() {
  let executions = 0;
  let closed = 0;
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
            streams.push(queue);
            return queue;
          },
          resolve: (tick: Tick) => tick,
        },
      },
      Tick: {
        n: (tick: Tick) => {
          executions++;
          return tick.n;
        },
        label: (_tick: Tick, _args: unknown, _ctx: unknown, info: { variableValues: Record<string, unknown> }) =>
          info.variableValues.label ?? null,
      },
    },
  });
  const yoga = createYoga({ schema, plugins: [useSharedSubscriptionResults()] });
  const document: DocumentNode = parse('subscription($label: String) { ticks(label: $label) { n label } }');
  const subscribe = async (caller: Caller | null, variables: Record<string, unknown> = {}) => {
    const { subscribe, contextFactory } = yoga.getEnveloped({});
    const result = await subscribe({
      schema: yoga.getEnveloped({}).schema,
      document,
      variableValues: variables,
      contextValue: { ...(await contextFactory()), caller },
    });
    return result as AsyncIterableIterator<ExecutionResult>;
  };
  /** Puts the same event object on every stream: what the bus does for one change. */
  const publish = (tick: Tick) => {
    for (const stream of streams) stream.put('tick', tick);
  };
  return { subscribe, publish, executions: () => executions, closed: () => closed };
}

const caller = (scopes: string[], sessions: string[] | null = null): Caller => ({
  subject: 'someone',
  scopes: new Set(scopes),
  sessions: sessions ? new Set(sessions) : null,
});

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
});
