import type { ArchiveInfo, VideoProvider } from '../providers/types.js';

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
   * The provider's current view of `archiveId`. A read already in flight for the same archive is
   * joined rather than repeated, so a burst of identical hints costs one upstream GET.
   */
  read(provider: VideoProvider, archiveId: string): Promise<RereadOutcome>;
  /** Reads in flight (for tests and metrics). */
  readonly inFlight: number;
}

/** Creates the re-reader the webhook receiver uses for every unverified webhook. */
export function createArchiveRereads(maxInFlight = MAX_REREADS_IN_FLIGHT): ArchiveRereads {
  const pending = new Map<string, Promise<ArchiveInfo | null>>();
  return {
    read(provider, archiveId) {
      // An id the provider can never own costs no upstream call.
      if (provider.ownsArchiveId(archiveId) === 'no') return Promise.resolve(null);
      const key = `${provider.name}:${archiveId}`;
      const joined = pending.get(key);
      if (joined) return joined;
      if (pending.size >= maxInFlight) return Promise.resolve('busy');
      const read = provider.getArchive(archiveId).finally(() => pending.delete(key));
      pending.set(key, read);
      return read;
    },
    get inFlight() {
      return pending.size;
    },
  };
}
