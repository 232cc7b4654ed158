import { describe, expect, it } from 'vitest';
import { iterateInScope, iterateUntilFinished } from '../../src/observability/iterators.js';
import { currentScope } from '../../src/observability/request-scope.js';

async function* values(...items: (number | Error)[]): AsyncGenerator<number> {
  for (const item of items) {
    if (item instanceof Error) throw item;
    yield item;
  }
}

describe('iterateUntilFinished', () => {
  it('should call back once when the stream ends, fails or is returned early', async () => {
    let ends = 0;
    const done = iterateUntilFinished(values(1, 2), () => (ends += 1));
    const seen: number[] = [];
    for await (const value of done) seen.push(value);
    expect([seen, ends]).toEqual([[1, 2], 1]);

    ends = 0;
    const failing = iterateUntilFinished(values(1, new Error('boom')), () => (ends += 1));
    await expect(
      (async () => {
        for await (const _ of failing);
      })(),
    ).rejects.toThrow('boom');
    expect(ends).toBe(1);

    ends = 0;
    const left = iterateUntilFinished(values(1, 2, 3), () => (ends += 1));
    for await (const _ of left) break;
    await left.return?.();
    expect(ends).toBe(1);
  });
});

describe('iterateInScope', () => {
  it('should run every step of the stream in the scope it was given', async () => {
    async function* scopes(): AsyncGenerator<string | undefined> {
      yield currentScope()?.requestId;
      await new Promise((resolve) => setImmediate(resolve));
      yield currentScope()?.requestId;
    }
    const seen: (string | undefined)[] = [];
    for await (const id of iterateInScope(scopes(), { requestId: 'req-9' })) seen.push(id);
    expect(seen).toEqual(['req-9', 'req-9']);
    expect(currentScope()).toBeUndefined();
  });
});
