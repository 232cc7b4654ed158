import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArchiveReads } from '../../src/events/archive-reads.js';
import { createEventBus } from '../../src/events/bus.js';
import { createReadCoalescer, READ_REUSE_MS } from '../../src/events/read-coalescer.js';
import type { ArchiveInfo, ArchiveStatus, VideoProvider } from '../../src/providers/types.js';
import { archiveInfo } from '../helpers/archive-info.js';

/** A load whose calls stay pending until `answer` or `fail` settles the oldest one. */
function pendingLoads<T>() {
  const calls: Array<{ resolve: (value: T) => void; reject: (error: Error) => void }> = [];
  const load = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return {
    load,
    calls,
    answer: (value: T) => calls.shift()!.resolve(value),
    fail: (error: Error) => calls.shift()!.reject(error),
  };
}

/** Lets the coalescer see a settled promise (its then-callbacks run on the microtask queue). */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('read coalescer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should share one read in flight between callers of the same key, and not with another key', async () => {
    const reads = createReadCoalescer<string>();
    const { load, calls, answer } = pendingLoads<string>();
    const same = [reads.read('a', load), reads.read('a', load), reads.read('a', load)];
    const other = reads.read('b', load);
    expect(calls).toHaveLength(2);
    answer('A');
    answer('B');
    expect(await Promise.all(same)).toEqual(['A', 'A', 'A']);
    expect(await other).toBe('B');
    reads.close();
  });

  it('should reuse a result for the reuse window only, then read again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const reads = createReadCoalescer<string>();
    const { load, calls, answer } = pendingLoads<string>();
    const first = reads.read('a', load);
    answer('old');
    await first;
    await settled();
    vi.advanceTimersByTime(READ_REUSE_MS - 1);
    expect(await reads.read('a', load)).toBe('old');
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(reads.size).toBe(0);
    const again = reads.read('a', load);
    expect(calls).toHaveLength(1);
    answer('new');
    expect(await again).toBe('new');
    reads.close();
  });

  it('should share a failed read only while it is in flight: the next caller reads again', async () => {
    const reads = createReadCoalescer<string>();
    const { load, calls, fail, answer } = pendingLoads<string>();
    const both = [reads.read('a', load), reads.read('a', load)];
    fail(new Error('upstream down'));
    for (const read of both) await expect(read).rejects.toThrow('upstream down');
    await settled();
    expect(reads.size).toBe(0);
    const retry = reads.read('a', load);
    expect(calls).toHaveLength(1);
    answer('back');
    expect(await retry).toBe('back');
    reads.close();
  });

  it('should read again after forget, and share nothing once closed', async () => {
    const reads = createReadCoalescer<string>();
    const { load, calls, answer } = pendingLoads<string>();
    const first = reads.read('a', load);
    reads.forget('a');
    const second = reads.read('a', load);
    expect(calls).toHaveLength(2);
    answer('1');
    answer('2');
    // The forgotten read still answers its own callers, and does not come back once it settles.
    expect([await first, await second]).toEqual(['1', '2']);
    await settled();
    expect(reads.size).toBe(1);
    reads.close();
    expect(reads.size).toBe(0);
    void reads.read('a', load);
    void reads.read('a', load);
    expect(calls).toHaveLength(2);
    expect(reads.size).toBe(0);
  });
});

function archive(status: ArchiveStatus, archiveId = 'a1'): ArchiveInfo {
  return archiveInfo(status, { archiveId });
}

/** A provider answering each read with the archive's status at the time of the read. */
function countingProvider(statuses: Map<string, ArchiveStatus>) {
  const calls: string[] = [];
  const provider = {
    name: 'OPENTOK',
    async getArchive(id: string) {
      calls.push(id);
      const status = statuses.get(id);
      return status ? archive(status, id) : null;
    },
  } as unknown as VideoProvider;
  return { provider, calls };
}

describe('archive reads', () => {
  it('should hand a reader that comes after a change the new status, not the result read before it', async () => {
    const bus = createEventBus();
    const reads = createArchiveReads({ bus });
    const statuses = new Map<string, ArchiveStatus>([
      ['a1', 'STARTED'],
      ['a2', 'STARTED'],
    ]);
    const { provider, calls } = countingProvider(statuses);
    expect((await reads.read(provider, 'a1'))?.status).toBe('STARTED');
    expect((await reads.read(provider, 'a2'))?.status).toBe('STARTED');
    expect((await reads.read(provider, 'a1'))?.status).toBe('STARTED');
    expect(calls).toEqual(['a1', 'a2']);

    // The archive stops, and the gateway hears of it, within the reuse window.
    statuses.set('a1', 'STOPPED');
    bus.publish({ archive: archive('STOPPED'), occurredAt: new Date(3_000), source: 'webhook' });
    expect((await reads.read(provider, 'a1'))?.status).toBe('STOPPED');
    // The other archive's result is still shared.
    expect((await reads.read(provider, 'a2'))?.status).toBe('STARTED');
    expect(calls).toEqual(['a1', 'a2', 'a1']);
    reads.close();
  });

  it('should forget every result when the bus says it may have lost events, and leave the bus on close', async () => {
    let resync!: () => void;
    const bus = createEventBus(new EventTarget(), {
      resyncs: (handler) => {
        resync = handler;
        return () => {};
      },
    });
    const reads = createArchiveReads({ bus });
    const { provider, calls } = countingProvider(new Map([['a1', 'STARTED']]));
    await reads.read(provider, 'a1');
    await reads.read(provider, 'a1');
    expect(calls).toHaveLength(1);
    resync();
    expect(reads.size).toBe(0);
    await reads.read(provider, 'a1');
    expect(calls).toHaveLength(2);
    expect(bus.listenerCount).toBe(1);
    reads.close();
    expect(bus.listenerCount).toBe(0);
  });
});
