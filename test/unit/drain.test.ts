import { describe, expect, it } from 'vitest';
import { useSubscriptionDrain } from '../../src/http/drain.js';

/** A subscription source that yields what is pushed and never ends by itself; `returned` says it was released. */
function endlessSource() {
  const values: number[] = [];
  let wake: (() => void) | null = null;
  const source = {
    returned: false,
    push(value: number) {
      values.push(value);
      wake?.();
    },
    [Symbol.asyncIterator]() {
      return {
        next: async (): Promise<IteratorResult<number>> => {
          while (values.length === 0) await new Promise<void>((resolve) => (wake = resolve));
          return { done: false, value: values.shift()! };
        },
        return: async (): Promise<IteratorResult<number>> => {
          source.returned = true;
          return { done: true, value: undefined };
        },
      };
    },
  };
  return source;
}

/** Runs the plugin's hook on `result` of an operation over SSE, and returns what it replaced it with. */
function drained(signal: AbortSignal, result: AsyncIterable<number>): AsyncIterator<number> {
  let replaced: unknown = result;
  const hooks = (useSubscriptionDrain(signal).onSubscribe as any)({ args: { contextValue: { request: {} } } });
  hooks.onSubscribeResult({ result, setResult: (r: unknown) => (replaced = r) });
  return (replaced as AsyncIterable<number>)[Symbol.asyncIterator]();
}

describe('subscriptions on a drain (src/http/drain.ts)', () => {
  it('should leave WebSocket operations alone: the drain closes their sockets', () => {
    const hooks = (useSubscriptionDrain(new AbortController().signal).onSubscribe as any)({ args: { contextValue: { socket: {} } } });
    expect(hooks).toBeUndefined();
  });

  it('should pass events through, then complete a waiting subscription and release its source when the drain begins', async () => {
    const controller = new AbortController();
    const source = endlessSource();
    const stream = drained(controller.signal, source);
    source.push(1);
    expect(await stream.next()).toEqual({ done: false, value: 1 });

    const waiting = stream.next();
    controller.abort();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(source.returned).toBe(true);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('should end at once, and release its source, a subscription that starts once the drain has begun', async () => {
    const controller = new AbortController();
    controller.abort();
    const source = endlessSource();
    const stream = drained(controller.signal, source);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
    expect(source.returned).toBe(true);
  });
});
