import type { ArchiveInfo, ArchiveStatus, VideoProvider } from '../providers/types.js';

/**
 * Most re-reads of unverified webhooks in flight at once, over all providers. Past it a hint is
 * dropped: anyone may post hints, and each new archive id would otherwise cost one upstream GET.
 * An archive with subscribers is still read by the poller (docs/operations.md, Webhooks).
 */
export const MAX_REREADS_IN_FLIGHT = 16;

/** What {@link ArchiveRereads.read} found: the provider's archive, `null` when it does not know it, `'busy'` when dropped. */
export type RereadOutcome = ArchiveInfo | null | 'busy';

/** Reads archives back from their provider for unverified webhooks, at most one read per archive at a time. */
export interface ArchiveRereads {
  /**
   * The provider's current view of `archiveId`, for a hint claiming status `claimed`. A hint with
   * the same claim as the read in flight for that archive joins it, so a burst of identical hints
   * costs one upstream GET. A hint with another claim may describe a change made after that read
   * started, so one more read follows it, shared by every such hint.
   */
  read(provider: VideoProvider, archiveId: string, claimed: ArchiveStatus): Promise<RereadOutcome>;
  /** Archives with a read in flight (for tests and metrics). */
  readonly inFlight: number;
}

interface PendingRead {
  claimed: ArchiveStatus;
  read: Promise<ArchiveInfo | null>;
  /** The one read queued behind this one for hints with another claim. */
  next?: Promise<ArchiveInfo | null>;
}

const ignore = () => {};

/** Creates the re-reader the webhook receiver uses for every unverified webhook. */
export function createArchiveRereads(maxInFlight = MAX_REREADS_IN_FLIGHT): ArchiveRereads {
  const pending = new Map<string, PendingRead>();

  const start = (provider: VideoProvider, archiveId: string, key: string, claimed: ArchiveStatus): Promise<ArchiveInfo | null> => {
    const entry: PendingRead = { claimed, read: provider.getArchive(archiveId) };
    entry.read = entry.read.finally(() => {
      if (pending.get(key) === entry) pending.delete(key);
    });
    pending.set(key, entry);
    return entry.read;
  };

  return {
    read(provider, archiveId, claimed) {
      // An id the provider can never own costs no upstream call.
      if (provider.ownsArchiveId(archiveId) === 'no') return Promise.resolve(null);
      const key = `${provider.name}:${archiveId}`;
      const entry = pending.get(key);
      if (entry?.claimed === claimed) return entry.read;
      if (entry) {
        entry.next ??= entry.read.then(ignore, ignore).then(() => start(provider, archiveId, key, claimed));
        return entry.next;
      }
      if (pending.size >= maxInFlight) return Promise.resolve('busy');
      return start(provider, archiveId, key, claimed);
    },
    get inFlight() {
      return pending.size;
    },
  };
}
