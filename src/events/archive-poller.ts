import type { ArchiveInfo, ProviderName } from '../providers/types.js';
import type { Logger } from '../logger.js';
import type { EventBus } from './bus.js';
import { isFinal } from './archive-lifecycle.js';
import type { ArchiveWatcher } from './archive-stream.js';

export interface ArchivePollerOptions {
  bus: EventBus;
  /** Reads one archive from its provider (null when it is gone). */
  fetchArchive: (provider: ProviderName, archiveId: string) => Promise<ArchiveInfo | null>;
  /** Milliseconds between two reads of one archive; 0 turns polling off. */
  intervalMs: number;
  logger?: Logger;
}

interface Watched {
  archive: ArchiveInfo;
  refs: number;
  timer: NodeJS.Timeout;
  inFlight: boolean;
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
 * published again, and the subscription streams drop anything that does not move forward.
 */
export function createArchivePoller(options: ArchivePollerOptions): ArchivePoller {
  const { bus, fetchArchive, intervalMs, logger } = options;
  const watched = new Map<string, Watched>();
  const keyOf = (a: ArchiveInfo) => `${a.provider}:${a.archiveId}`;

  const release = (key: string) => {
    const entry = watched.get(key);
    if (!entry) return;
    clearInterval(entry.timer);
    watched.delete(key);
  };

  const poll = async (key: string) => {
    const entry = watched.get(key);
    if (!entry || entry.inFlight) return;
    entry.inFlight = true;
    try {
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
        entry = { archive, refs: 1, timer, inFlight: false };
        watched.set(key, entry);
      }
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const current = watched.get(key);
        if (current && --current.refs <= 0) release(key);
      };
    },
    get size() {
      return watched.size;
    },
    close() {
      for (const key of [...watched.keys()]) release(key);
    },
  };
}
