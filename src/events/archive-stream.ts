import { Repeater } from 'graphql-yoga';
import type { ArchiveInfo, ArchiveStatus, ArchiveStatusChange, ProviderName } from '../providers/types.js';
import { advances, isFinal, type SeenStatus } from './archive-lifecycle.js';
import type { EventBus } from './bus.js';

/** One event of the `archiveStatusChanged` subscription. */
export interface ArchiveStatusEvent {
  archive: ArchiveInfo;
  status: ArchiveStatus;
  /** The status this subscriber saw before; null for the first event of an archive. */
  previousStatus: ArchiveStatus | null;
  occurredAt: Date;
}

/** Which archives a subscriber wants (native ids of one provider). */
export interface ArchiveFilter {
  provider?: ProviderName;
  sessionId?: string;
  archiveId?: string;
}

/** Keeps archives that have subscribers fresh when webhooks may not arrive. */
export interface ArchiveWatcher {
  /** Watches one archive until it is final; returns the function that stops watching. */
  watch(archive: ArchiveInfo): () => void;
}

export interface ArchiveStreamOptions {
  bus: EventBus;
  filter: ArchiveFilter;
  /** Reads the archive's current status, sent first (subscriptions to one archive only). */
  snapshot?: () => Promise<ArchiveInfo>;
  watcher?: ArchiveWatcher;
}

function matches(filter: ArchiveFilter, archive: ArchiveInfo): boolean {
  return (
    (!filter.provider || archive.provider === filter.provider) &&
    (!filter.sessionId || archive.sessionId === filter.sessionId) &&
    (!filter.archiveId || archive.archiveId === filter.archiveId)
  );
}

function seenAt(archive: ArchiveInfo): number {
  return (archive.updatedAt ?? archive.createdAt).getTime();
}

/**
 * The event stream behind `archiveStatusChanged`. It listens to the bus *before* reading the
 * snapshot and holds live events back until the snapshot is sent, so nothing that happens in
 * between is lost; then it passes on only the events that move an archive forward
 * (see `advances`), which drops duplicates and late, out-of-order deliveries.
 */
export function archiveStatusEvents(options: ArchiveStreamOptions): Repeater<ArchiveStatusEvent> {
  const { bus, filter, snapshot, watcher } = options;

  return new Repeater<ArchiveStatusEvent>(async (push, stop) => {
    const last = new Map<string, SeenStatus>();
    const unwatch = new Map<string, () => void>();
    let held: ArchiveStatusChange[] | null = snapshot ? [] : null;

    const follow = (archive: ArchiveInfo) => {
      if (!watcher) return;
      const id = archive.archiveId;
      if (isFinal(archive.status)) {
        unwatch.get(id)?.();
        unwatch.delete(id);
      } else if (!unwatch.has(id)) {
        unwatch.set(id, watcher.watch(archive));
      }
    };

    const deliver = (archive: ArchiveInfo, occurredAt: Date) => {
      const next: SeenStatus = { status: archive.status, at: occurredAt.getTime() };
      const previous = last.get(archive.archiveId);
      if (!advances(previous, next)) return;
      last.set(archive.archiveId, next);
      follow(archive);
      void push({ archive, status: archive.status, previousStatus: previous?.status ?? null, occurredAt });
    };

    const unlisten = bus.listen((change) => {
      if (!matches(filter, change.archive)) return;
      if (held) held.push(change);
      else deliver(change.archive, change.occurredAt);
    });

    try {
      if (snapshot) {
        const current = await snapshot();
        deliver(current, new Date(seenAt(current)));
        const pending = held ?? [];
        held = null;
        for (const change of pending) deliver(change.archive, change.occurredAt);
      }
    } catch (error) {
      stop(error);
    }

    await stop;
    unlisten();
    for (const done of unwatch.values()) done();
    unwatch.clear();
  });
}
