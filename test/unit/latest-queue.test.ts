import { describe, expect, it } from 'vitest';
import { createLatestQueue } from '../../src/events/latest-queue.js';

function queue(maxKeys: number) {
  let closed = 0;
  const q = createLatestQueue<{ v: number; from: number | null }>({
    maxKeys,
    merge: (pending, next) => (next.v === pending.from ? null : { ...next, from: pending.from }),
    overflow: () => new Error('fell behind'),
    onClose: () => closed++,
  });
  return { q, closed: () => closed };
}

describe('latest queue', () => {
  it('should keep one pending item per key, the latest, merged with the one before', async () => {
    const { q } = queue(10);
    q.put('a', { v: 1, from: null });
    q.put('b', { v: 1, from: null });
    q.put('a', { v: 2, from: 1 });
    q.put('a', { v: 3, from: 2 });
    expect((await q.next()).value).toEqual({ v: 3, from: null });
    expect((await q.next()).value).toEqual({ v: 1, from: null });
    // Back to where the reader was: nothing to send.
    q.put('a', { v: 4, from: 3 });
    q.put('a', { v: 3, from: 4 });
    q.put('b', { v: 2, from: 1 });
    expect((await q.next()).value).toEqual({ v: 2, from: 1 });
  });

  it('should drop a reader that falls more than maxKeys keys behind, and free what it held', async () => {
    const { q, closed } = queue(2);
    q.put('a', { v: 1, from: null });
    q.put('b', { v: 1, from: null });
    q.put('c', { v: 1, from: null });
    await expect(q.next()).rejects.toThrow('fell behind');
    expect(closed()).toBe(1);
    expect((await q.next()).done).toBe(true);
  });

  it('should wake a waiting reader and end it on return', async () => {
    const { q, closed } = queue(2);
    const waiting = q.next();
    q.put('a', { v: 1, from: null });
    expect((await waiting).value).toEqual({ v: 1, from: null });
    const pending = q.next();
    await q.return();
    expect((await pending).done).toBe(true);
    expect(closed()).toBe(1);
  });
});
