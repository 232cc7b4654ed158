import { describe, expect, it } from 'vitest';
import { createArchiveRereads } from '../../src/http/archive-rereads.js';
import type { ArchiveInfo, VideoProvider } from '../../src/providers/types.js';
import { until } from '../helpers/until.js';

/** A provider whose reads stay pending until `settle` answers them; it owns every id but `not-mine`. */
function slowProvider() {
  const calls: string[] = [];
  const waiting: Array<(archive: ArchiveInfo | null) => void> = [];
  const provider = {
    name: 'OPENTOK',
    ownsArchiveId: (id: string) => (id === 'not-mine' ? 'no' : 'certain'),
    getArchive(id: string) {
      calls.push(id);
      return new Promise<ArchiveInfo | null>((resolve) => waiting.push(resolve));
    },
  } as unknown as VideoProvider;
  const settle = (archive: ArchiveInfo | null) => {
    for (const resolve of waiting.splice(0)) resolve(archive);
  };
  return { provider, calls, settle };
}

describe('re-reads of unverified webhooks', () => {
  it('should join a read already in flight for the same archive, and read again once it has settled', async () => {
    const { provider, calls, settle } = slowProvider();
    const rereads = createArchiveRereads();
    const reads = [
      rereads.read(provider, 'a', 'AVAILABLE'),
      rereads.read(provider, 'a', 'AVAILABLE'),
      rereads.read(provider, 'a', 'AVAILABLE'),
    ];
    expect(calls).toEqual(['a']);
    expect(rereads.inFlight).toBe(1);
    settle(null);
    expect(await Promise.all(reads)).toEqual([null, null, null]);
    expect(rereads.inFlight).toBe(0);
    const again = rereads.read(provider, 'a', 'AVAILABLE');
    expect(calls).toEqual(['a', 'a']);
    settle(null);
    await again;
  });

  it('should queue one more read, shared, behind the read in flight for hints with another claim', async () => {
    const { provider, calls, settle } = slowProvider();
    const rereads = createArchiveRereads();
    const first = rereads.read(provider, 'a', 'STOPPED');
    const later = [rereads.read(provider, 'a', 'AVAILABLE'), rereads.read(provider, 'a', 'FAILED')];
    expect(calls).toEqual(['a']);
    settle(null);
    await first;
    await until('the queued read to start', () => calls.length === 2);
    expect(rereads.inFlight).toBe(1);
    settle(null);
    expect(await Promise.all(later)).toEqual([null, null]);
    expect(calls).toEqual(['a', 'a']);
    expect(rereads.inFlight).toBe(0);
  });

  it('should drop a hint as busy when the cap of reads in flight is reached, and never read an id the provider cannot own', async () => {
    const { provider, calls, settle } = slowProvider();
    const rereads = createArchiveRereads(2);
    const first = [rereads.read(provider, 'a', 'AVAILABLE'), rereads.read(provider, 'b', 'AVAILABLE')];
    expect(await rereads.read(provider, 'c', 'AVAILABLE')).toBe('busy');
    expect(await rereads.read(provider, 'not-mine', 'AVAILABLE')).toBeNull();
    expect(calls).toEqual(['a', 'b']);
    settle(null);
    await Promise.all(first);
  });
});
