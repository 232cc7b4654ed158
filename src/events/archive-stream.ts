import { SubscriberTooSlowError } from './subscriber-too-slow.js';
import type { ArchiveInfo, ArchiveStatus, ArchiveStatusChange, ProviderName } from '../providers/types.js';
import { advances, isFinal, type SeenStatus } from './archive-lifecycle.js';
import type { EventBus } from './bus.js';
import { createLatestQueue, type LatestQueue } from './latest-queue.js';

/**
 * Most archives one subscriber may have pending (not yet sent) at once. A reader that falls
 * behind gets only the latest status of each archive, so this bounds its memory; past it the
 * subscription ends with an error rather than grow (docs/operations.md, Limits).
 */
export const MAX_PENDING_ARCHIVES = 1000;

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
  /**
   * Watches one archive until it is final; returns the function that stops watching, to be
   * called once (it may be the same function for every watcher of the archive).
   */
  watch(archive: ArchiveInfo): () => void;
  /** Reads one archive from its provider now (null when it is gone); used to resync. */
  read?(archive: ArchiveInfo): Promise<ArchiveInfo | null>;
}

export interface ArchiveStreamOptions {
  bus: EventBus;
  filter: ArchiveFilter;
  /**
   * Reads the current status of the archives the subscriber wants (one archive, or a session's
   * live archives), sent first, each with `previousStatus: null`.
   */
  snapshot?: () => Promise<ArchiveInfo[]>;
  watcher?: ArchiveWatcher;
}

function matches(filter: ArchiveFilter, archive: ArchiveInfo): boolean {
  return (
    (!filter.provider || archive.provider === filter.provider) &&
    (!filter.sessionId || archive.sessionId === filter.sessionId) &&
    (!filter.archiveId || archive.archiveId === filter.archiveId)
  );
}

/**
 * The events made of one change, by the status the subscriber saw before and the time: subscribers
 * that saw the same status get the same object, so the work of answering it can be shared
 * (src/http/shared-subscriptions.ts). A memo, not state: keyed by the bus's decoded archive
 * object, each entry is a pure function of its keys and goes with that object.
 */
const eventsOf = new WeakMap<ArchiveInfo, Map<string, ArchiveStatusEvent>>();

function eventFor(archive: ArchiveInfo, previousStatus: ArchiveStatus | null, occurredAt: Date): ArchiveStatusEvent {
  let events = eventsOf.get(archive);
  if (!events) {
    events = new Map();
    eventsOf.set(archive, events);
  }
  const key = `${previousStatus}|${occurredAt.getTime()}`;
  let event = events.get(key);
  if (!event) {
    event = { archive, status: archive.status, previousStatus, occurredAt };
    events.set(key, event);
  }
  return event;
}

function seenOf(event: ArchiveStatusEvent): SeenStatus {
  return { status: event.status, at: event.occurredAt.getTime() };
}

function seenAt(archive: ArchiveInfo): number {
  return (archive.updatedAt ?? archive.createdAt).getTime();
}

/** The events of one subscriber; `return()` stops it and frees what it held. */
export type ArchiveStatusStream = Omit<LatestQueue<ArchiveStatusEvent>, 'put' | 'fail'>;

/**
 * The event stream behind `archiveStatusChanged`. It listens to the bus *before* reading the
 * snapshot and holds live events back until the snapshot is sent, so nothing that happens in
 * between is lost; then it passes on only the events that move an archive forward
 * (see `advances`), which drops duplicates and late, out-of-order deliveries. A reader that
 * falls behind skips to the latest status of each archive (never a crash, never an unbounded
 * queue). When the bus says it may have lost events (Redis came back), the stream reads the
 * snapshot again, and each archive it saw that was not final yet, and passes on what moved
 * forward: a final status published while the bus was down still arrives
 * (docs/operations.md#several-instances-with-redis).
 */
export function archiveStatusEvents(options: ArchiveStreamOptions): ArchiveStatusStream {
  const { bus, filter, snapshot, watcher } = options;
  /**
   * The last event this subscriber got of each archive: the objects `eventFor` shares between
   * subscribers, so following an archive costs a subscriber a map entry, not an object of its own.
   */
  const last = new Map<string, ArchiveStatusEvent>();
  const unwatch = new Map<string, () => void>();
  let held: ArchiveStatusChange[] | null = snapshot ? [] : null;
  let unlisten: (() => void) | null = null;
  let unresync: (() => void) | null = null;
  /** A resync asked for while the first snapshot was still being read: run it once that is sent. */
  let resyncAfterSnapshot = false;
  let closed = false;

  const queue = createLatestQueue<ArchiveStatusEvent>({
    onFirstRead: () => start(),
    maxKeys: MAX_PENDING_ARCHIVES,
    // The lifecycle never goes backwards, so the latest status of an archive is all a reader
    // that fell behind needs; it keeps the status this reader saw last as `previousStatus`.
    merge: (pending, next) => (next.status === pending.previousStatus ? null : { ...next, previousStatus: pending.previousStatus }),
    overflow: () => new SubscriberTooSlowError(MAX_PENDING_ARCHIVES, 'archives'),
    onClose: () => {
      closed = true;
      unlisten?.();
      unresync?.();
      for (const done of unwatch.values()) done();
      unwatch.clear();
    },
  });

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
    // A read that ends after the reader left must not start watching again.
    if (closed) return;
    const previous = last.get(archive.archiveId);
    if (!advances(previous && seenOf(previous), { status: archive.status, at: occurredAt.getTime() })) return;
    const event = eventFor(archive, previous?.status ?? null, occurredAt);
    last.set(archive.archiveId, event);
    follow(archive);
    queue.put(archive.archiveId, event);
  };

  /**
   * Reads again what this subscriber follows: the snapshot, plus each archive it saw that was not
   * final and the snapshot no longer lists (a session's snapshot lists live archives only, so one
   * that became final meanwhile is read by itself). `deliver` drops what does not move forward.
   */
  const resync = async () => {
    if (held) {
      resyncAfterSnapshot = true;
      return;
    }
    const current = snapshot ? await snapshot().catch(() => []) : [];
    const listed = new Set(current.map((archive) => archive.archiveId));
    const unlisted = [...last.values()].filter((seen) => !isFinal(seen.status) && !listed.has(seen.archive.archiveId));
    const reread = watcher?.read ? await Promise.all(unlisted.map((seen) => watcher.read!(seen.archive).catch(() => null))) : [];
    for (const archive of [...current, ...reread]) {
      if (archive && matches(filter, archive)) deliver(archive, new Date(seenAt(archive)));
    }
  };

  // Listens on the first read, as a generator would: a stream nobody reads holds nothing.
  const start = () => {
    unlisten = bus.listen((change) => {
      if (!matches(filter, change.archive)) return;
      if (held) held.push(change);
      else deliver(change.archive, change.occurredAt);
    });
    // A failed re-read is not the subscriber's error: the poller and the next resync cover it.
    unresync = bus.onResync(() => void resync());
    if (!snapshot) return;
    snapshot().then(
      (current) => {
        for (const archive of current) deliver(archive, new Date(seenAt(archive)));
        const pending = held ?? [];
        held = null;
        for (const change of pending) deliver(change.archive, change.occurredAt);
        if (resyncAfterSnapshot) void resync();
      },
      (error: unknown) => queue.fail(error instanceof Error ? error : new Error(String(error))),
    );
  };

  return queue;
}
