/**
 * OpenVidu's batch reads (docs/architecture.md#batching). `GET /sessions` lists every session and
 * `GET /recordings` every recording, neither with a filter or paging: one listing answers for any
 * number of sessions, recordings or per-session listings asked for at once. For a single id, its
 * own `GET /sessions/{id}` or `GET /recordings/{id}` is cheaper than a listing and is used instead.
 */
import type { Logger } from '../../logger.js';
import { checkPaging } from '../rest/paging.js';
import type { ArchiveInfo, ArchivePage, BatchReadProvider, ListArchivesOptions, SessionInfo } from '../types.js';
import type { OpenViduRestClient } from './client.js';
import { claimRecordingId, claimSessionId } from './ids.js';
import { toArchiveInfo, toSessionInfo } from './mapping.js';
import { checkSessionId } from './validation.js';

/** What {@link createOpenViduBatchReads} reads with. */
export interface OpenViduBatchReadsOptions {
  rest: OpenViduRestClient;
  /** The adapter's single reads, for a batch of one. */
  getSession(sessionId: string): Promise<SessionInfo | null>;
  getArchive(archiveId: string): Promise<ArchiveInfo | null>;
  logger?: Logger | undefined;
}

/** The OpenVidu adapter's {@link BatchReadProvider} methods, all of them. */
export function createOpenViduBatchReads(options: OpenViduBatchReadsOptions): Required<BatchReadProvider> {
  const { rest, logger } = options;

  /** Every recording OpenVidu holds, newest first (ties by id, so pages are stable). */
  const allArchives = async (): Promise<ArchiveInfo[]> => {
    const all: ArchiveInfo[] = [];
    let skipped = 0;
    for (const item of await rest.listRecordings()) {
      const archive = toArchiveInfo(item);
      if (archive === null) skipped += 1;
      else all.push(archive);
    }
    if (skipped > 0) {
      // One recording in a shape we do not understand must not hide the others.
      logger?.warn({ provider: 'OPENVIDU', skipped }, 'skipped recording list items that are not recognisable recordings');
    }
    return all.sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.archiveId < b.archiveId ? 1 : a.archiveId > b.archiveId ? -1 : 0),
    );
  };

  return {
    async getSessions(sessionIds) {
      const known = new Set(sessionIds.filter((id) => claimSessionId(id) !== 'no'));
      if (known.size <= 1) return Promise.all(sessionIds.map((id) => options.getSession(id)));
      const byId = new Map<string, SessionInfo>();
      for (const dto of await rest.listSessions()) {
        const info = toSessionInfo(dto);
        if (info !== null) byId.set(info.sessionId, info);
      }
      return sessionIds.map((id) => (known.has(id) ? (byId.get(id) ?? null) : null));
    },

    async getArchives(archiveIds) {
      const known = new Set(archiveIds.filter((id) => claimRecordingId(id) !== 'no'));
      if (known.size <= 1) return Promise.all(archiveIds.map((id) => options.getArchive(id)));
      const byId = new Map((await allArchives()).map((archive) => [archive.archiveId, archive]));
      return archiveIds.map((id) => (known.has(id) ? (byId.get(id) ?? null) : null));
    },

    async listArchivesBatch(listings) {
      const refusals = listings.map((listing) => refusalOf(listing));
      if (refusals.every((refusal) => refusal !== null)) return refusals as Error[];
      const all = await allArchives();
      return listings.map((listing, i) => refusals[i] ?? pageOf(all, listing));
    },
  };
}

/** Why a listing cannot be asked for at all, before any upstream call; null when it can. */
function refusalOf(listing: ListArchivesOptions): Error | null {
  try {
    checkPaging(listing);
    if (listing.sessionId != null) checkSessionId('sessionId', listing.sessionId);
    return null;
  } catch (error) {
    return error as Error;
  }
}

/** One listing's page of `all` (newest first): the filter and the page are ours. */
function pageOf(all: readonly ArchiveInfo[], listing: ListArchivesOptions): ArchivePage {
  const sessionId = listing.sessionId ?? undefined;
  const matching = sessionId === undefined ? all : all.filter((archive) => archive.sessionId === sessionId);
  return { items: matching.slice(listing.offset, listing.offset + listing.count), totalCount: matching.length };
}
