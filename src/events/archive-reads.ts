import type { ArchiveInfo, VideoProvider } from '../providers/types.js';
import type { EventBus } from './bus.js';
import { createReadCoalescer, type ReadCoalescerOptions } from './read-coalescer.js';

/** Reads of single archives shared across subscriptions and the poller, with `close()`. */
export interface ArchiveReads {
  /** The provider's archive (null when it is gone), shared with identical reads of about the same time. */
  read(provider: VideoProvider, archiveId: string): Promise<ArchiveInfo | null>;
  /**
   * What `load` reads of a session's archives (a subscription's snapshot), shared in the same way
   * between the subscribers of that session; treat the array as read-only.
   */
  readSession(provider: VideoProvider, sessionId: string, load: () => Promise<ArchiveInfo[]>): Promise<ArchiveInfo[]>;
  /** Archives with a read in flight or a result still reusable. */
  readonly size: number;
  close(): void;
}

/** What {@link createArchiveReads} needs. */
export interface ArchiveReadsOptions extends ReadCoalescerOptions {
  /** Any change of an archive heard here drops what was read of it. */
  bus: EventBus;
}

/**
 * Coalesces the reads that subscription snapshots and the poller make of one archive, and the
 * listings that `sessionId` subscriptions read of one session
 * (docs/architecture.md#events-and-subscriptions). Not for queries: each request has its own loaders.
 *
 * Sharing a result must not break the subscription's promise that it listens before it reads: a
 * subscriber that listens at time T and then gets a result read before T would miss a change made
 * in between. So every change the bus carries for an archive, and every resync (events may have
 * been lost), drops what was read of it: a result still shared after T was read with no change
 * heard since, and whatever is heard after T reaches that subscriber's own listener.
 */
export function createArchiveReads(options: ArchiveReadsOptions): ArchiveReads {
  const { bus } = options;
  const reads = createReadCoalescer<ArchiveInfo | null>(options);
  const sessions = createReadCoalescer<ArchiveInfo[]>(options);
  const keyOf = (provider: string, id: string) => `${provider}:${id}`;
  // Immediate: the bus delivers to subscribers in slices, after this; a subscriber that listens
  // while a change is still on its way must not be handed a result read before that change. A
  // change of an archive also changes what its session's listing says.
  const unlisten = bus.listen(
    ({ archive }) => {
      reads.forget(keyOf(archive.provider, archive.archiveId));
      sessions.forget(keyOf(archive.provider, archive.sessionId));
    },
    { immediate: true },
  );
  const unresync = bus.onResync(() => {
    reads.forgetAll();
    sessions.forgetAll();
  });

  return {
    read: (provider, archiveId) => reads.read(keyOf(provider.name, archiveId), () => provider.getArchive(archiveId)),
    readSession: (provider, sessionId, load) => sessions.read(keyOf(provider.name, sessionId), load),
    get size() {
      return reads.size + sessions.size;
    },
    close() {
      unlisten();
      unresync();
      reads.close();
      sessions.close();
    },
  };
}
