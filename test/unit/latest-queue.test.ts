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

  it('should hand items to an offer while none is pending, and queue the one it refuses', async () => {
    const { q } = queue(10);
    const taken: number[] = [];
    let ended = 0;
    q.offer(
      (item) => {
        if (item.v > 2) return false;
        taken.push(item.v);
        return true;
      },
      () => ended++,
    );
    q.put('a', { v: 1, from: null });
    q.put('b', { v: 2, from: null });
    expect(taken).toEqual([1, 2]);
    expect(ended).toBe(0);
    // Refused: queued for next(), and the offer is over; what comes later queues behind it.
    q.put('a', { v: 3, from: 1 });
    q.put('c', { v: 1, from: null });
    expect(ended).toBe(1);
    expect(taken).toEqual([1, 2]);
    expect((await q.next()).value).toEqual({ v: 3, from: 1 });
    expect((await q.next()).value).toEqual({ v: 1, from: null });
  });

  it('should end an offer at once when items are pending, and when the queue closes or fails', async () => {
    const pendingFirst = queue(10);
    pendingFirst.q.put('a', { v: 1, from: null });
    let ended = 0;
    pendingFirst.q.offer(
      () => true,
      () => ended++,
    );
    expect(ended).toBe(1);
    expect((await pendingFirst.q.next()).value).toEqual({ v: 1, from: null });

    const closing = queue(10);
    closing.q.offer(
      () => true,
      () => ended++,
    );
    await closing.q.return();
    expect(ended).toBe(2);

    const failing = queue(10);
    failing.q.offer(
      () => true,
      () => ended++,
    );
    failing.q.fail(new Error('gone'));
    expect(ended).toBe(3);
    await expect(failing.q.next()).rejects.toThrow('gone');
  });

  it('should fail the reader, not the one who put, when an offer throws', async () => {
    const { q, closed } = queue(10);
    let ended = 0;
    q.offer(
      () => {
        throw new Error('cannot answer');
      },
      () => ended++,
    );
    expect(() => q.put('a', { v: 1, from: null })).not.toThrow();
    expect(ended).toBe(1);
    await expect(q.next()).rejects.toThrow('cannot answer');
    expect(closed()).toBe(1);
  });
});
