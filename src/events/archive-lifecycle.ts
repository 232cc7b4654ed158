import type { ArchiveStatus } from '../providers/types.js';

/**
 * Where each status sits in an archive's life. Providers deliver callbacks late, twice or out of
 * order (OpenTok may even send `uploaded` before `stopped`), so an event is only passed on when it
 * moves the archive forward. STARTED and PAUSED share a rank: an archive toggles between them
 * while it records.
 */
const RANK: Record<ArchiveStatus, number> = {
  STARTING: 0,
  STARTED: 1,
  PAUSED: 1,
  STOPPED: 2,
  UPLOADED: 3,
  AVAILABLE: 3,
  EXPIRED: 4,
  FAILED: 4,
  DELETED: 5,
};

/** Statuses after which nothing but expiry or deletion happens. */
export const FINAL_STATUSES: ReadonlySet<ArchiveStatus> = new Set(['UPLOADED', 'AVAILABLE', 'EXPIRED', 'FAILED', 'DELETED']);

/** The last status seen of one archive, and when it happened. */
export interface SeenStatus {
  status: ArchiveStatus;
  at: number;
}

/**
 * True when `next` is news after `last`: a higher rank, or the STARTED/PAUSED toggle that is not
 * older than what was already seen. The same status twice is a duplicate.
 */
export function advances(last: SeenStatus | undefined, next: SeenStatus): boolean {
  if (!last) return true;
  if (next.status === last.status) return false;
  const from = RANK[last.status];
  const to = RANK[next.status];
  if (to !== from) return to > from;
  // Same rank, different status: only the recording toggle, and only forward in time.
  return next.at >= last.at && from === RANK.STARTED;
}

/** True when nothing but expiry or deletion can follow. */
export function isFinal(status: ArchiveStatus): boolean {
  return FINAL_STATUSES.has(status);
}
