import type { ArchiveInfo, ProviderName } from '../providers/types.js';
import type { Logger } from '../logger.js';
import type { EventBus } from './bus.js';
import { isFinal } from './archive-lifecycle.js';
import type { ArchiveWatcher } from './archive-stream.js';
import { localPollLeases, type PollLeases, pollLeaseKey, pollLeaseTtlMs } from './poll-leases.js';

export interface ArchivePollerOptions {
  bus: EventBus;
  /** Reads one archive from its provider (null when it is gone). */
  fetchArchive: (provider: ProviderName, archiveId: string) => Promise<ArchiveInfo | null>;
  /** Milliseconds between two reads of one archive; 0 turns polling off. */
  intervalMs: number;
  /** Which instance polls each archive. @default localPollLeases (this one) */
  leases?: PollLeases;
  logger?: Logger;
}

interface Watched {
  archive: ArchiveInfo;
  refs: number;
  timer: NodeJS.Timeout;
  inFlight: boolean;
  /** This instance held the lease at its last claim. */
  leased: boolean;
  /** Drops one watch of this archive: the same function for every watcher of it. */
  unwatch: () => void;
}

/** The poller, with `close()` for shutdown. */
export interface ArchivePoller extends ArchiveWatcher {
  /** Archives being polled now. */
  readonly size: number;
  close(): void;
}

/**
 * Polls archives that have subscribers until they reach a final status, and publishes what it
 * finds on the bus. This is the fallback for webhooks that never arrive (no public URL, a lost
 * delivery). Subscribers of the same archive share one timer; a status already seen is not
 * published again, and the subscription streams drop anything that does not move forward. With
 * several instances only the holder of an archive's lease reads it; the others' subscribers get
 * what it publishes.
 */
export function createArchivePoller(options: ArchivePollerOptions): ArchivePoller {
  const { bus, fetchArchive, intervalMs, logger } = options;
  const leases = options.leases ?? localPollLeases;
  const leaseMs = pollLeaseTtlMs(intervalMs);
  const watched = new Map<string, Watched>();
  const keyOf = (a: ArchiveInfo) => pollLeaseKey(a.provider, a.archiveId);

  const giveUp = (key: string, entry: Watched) => {
    entry.leased = false;
    leases.release(key).catch((error: unknown) => {
      logger?.debug({ err: error, archiveId: entry.archive.archiveId }, 'poll lease release failed; it lapses');
    });
  };

  const release = (key: string) => {
    const entry = watched.get(key);
    if (!entry) return;
    clearInterval(entry.timer);
    watched.delete(key);
    if (entry.leased) giveUp(key, entry);
  };

  const poll = async (key: string) => {
    const entry = watched.get(key);
    if (!entry || entry.inFlight) return;
    entry.inFlight = true;
    try {
      entry.leased = await leases.claim(key, leaseMs);
      // Released while claiming: hand the lease straight back.
      if (!watched.has(key)) {
        if (entry.leased) giveUp(key, entry);
        return;
      }
      // Another instance polls it and publishes what it finds; this one only listens.
      if (!entry.leased) return;
      const current = await fetchArchive(entry.archive.provider, entry.archive.archiveId);
      if (!current || !watched.has(key)) return;
      if (current.status !== entry.archive.status) {
        entry.archive = current;
        bus.publish({ archive: current, occurredAt: current.updatedAt ?? new Date(), source: 'poll' });
      }
      if (isFinal(current.status)) release(key);
    } catch (error) {
      logger?.debug({ err: error, archiveId: entry.archive.archiveId }, 'archive poll failed; will retry');
    } finally {
      entry.inFlight = false;
    }
  };

  return {
    watch(archive) {
      if (intervalMs <= 0 || isFinal(archive.status)) return () => {};
      const key = keyOf(archive);
      let entry = watched.get(key);
      if (entry) entry.refs += 1;
      else {
        const timer = setInterval(() => void poll(key), intervalMs);
        timer.unref();
        // One function per archive, not per watch: thousands of subscribers of a session each
        // watch each of its archives (docs/performance.md#fan-out).
        const unwatch = () => {
          const current = watched.get(key);
          if (current && --current.refs <= 0) release(key);
        };
        entry = { archive, refs: 1, timer, inFlight: false, leased: false, unwatch };
        watched.set(key, entry);
      }
      return entry.unwatch;
    },
    read(archive) {
      return fetchArchive(archive.provider, archive.archiveId);
    },
    get size() {
      return watched.size;
    },
    close() {
      for (const key of [...watched.keys()]) release(key);
    },
  };
}
