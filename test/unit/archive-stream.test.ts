import { describe, expect, it } from 'vitest';
import { archiveStatusEvents } from '../../src/events/archive-stream.js';
import { createEventBus } from '../../src/events/bus.js';
import { createArchivePoller } from '../../src/events/archive-poller.js';
import type { ArchiveStatus } from '../../src/providers/types.js';
import { archiveInfo } from '../helpers/archive-info.js';
import { until } from '../helpers/until.js';

const archive = archiveInfo;

describe('archive status stream', () => {
  it('should send the snapshot first, then hold back and replay what happened while it was read', async () => {
    const bus = createEventBus();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const stream = archiveStatusEvents({
      bus,
      filter: { provider: 'OPENTOK', archiveId: 'a1' },
      snapshot: async () => {
        // A webhook lands while the provider is being read.
        bus.publish({ archive: archive('STOPPED', { updatedAt: new Date(3_000) }), occurredAt: new Date(3_000), source: 'webhook' });
        await gate;
        return [archive('STARTED')];
      },
    });
    const first = stream.next();
    release();
    expect((await first).value).toMatchObject({ status: 'STARTED', previousStatus: null });
    expect((await stream.next()).value).toMatchObject({ status: 'STOPPED', previousStatus: 'STARTED' });
    await stream.return(undefined);
    expect(bus.listenerCount).toBe(0);
  });

  it('should drop duplicates, backward moves and other archives', async () => {
    const bus = createEventBus();
    const stream = archiveStatusEvents({ bus, filter: { provider: 'OPENTOK', sessionId: 's1' } });
    const got: string[] = [];
    const reading = (async () => {
      for await (const event of stream) {
        got.push(`${event.archive.archiveId}:${event.status}:${event.previousStatus}`);
        if (got.length === 3) break;
      }
    })();
    // The stream listens once reading starts: publish only then.
    await until('the stream to listen', () => bus.listenerCount === 1);
    const at = (ms: number) => ({ occurredAt: new Date(ms), source: 'webhook' as const });
    bus.publish({ archive: archive('STARTED'), ...at(1) });
    bus.publish({ archive: archive('STARTED'), ...at(2) }); // duplicate
    bus.publish({ archive: archive('STARTED', { sessionId: 'other' }), ...at(2) }); // other session
    bus.publish({ archive: archive('STARTED', { provider: 'OPENVIDU' }), ...at(2) }); // other provider
    bus.publish({ archive: archive('AVAILABLE'), ...at(4) });
    bus.publish({ archive: archive('STOPPED'), ...at(3) }); // late, backwards
    bus.publish({ archive: archive('STARTED', { archiveId: 'a2' }), ...at(5) });
    await reading;
    expect(got).toEqual(['a1:STARTED:null', 'a1:AVAILABLE:STARTED', 'a2:STARTED:null']);
    expect(bus.listenerCount).toBe(0);
  });

  it('should poll an archive with subscribers until it is final, then stop polling', async () => {
    const bus = createEventBus();
    const statuses: ArchiveStatus[] = ['STARTED', 'STOPPED', 'AVAILABLE'];
    let reads = 0;
    const poller = createArchivePoller({
      bus,
      intervalMs: 20,
      fetchArchive: async () => archive(statuses[Math.min(reads++, statuses.length - 1)]!, { updatedAt: new Date(10_000 + reads) }),
    });
    const stream = archiveStatusEvents({
      bus,
      filter: { provider: 'OPENTOK', archiveId: 'a1' },
      snapshot: async () => [archive('STARTED')],
      watcher: poller,
    });
    const got: string[] = [];
    for await (const event of stream) {
      got.push(event.status);
      if (event.status === 'AVAILABLE') break;
    }
    expect(got).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    expect(poller.size).toBe(0);
    poller.close();
  });
});
