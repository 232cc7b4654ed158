import { z } from 'zod';
import { badInput, GatewayError } from '../errors.js';
import { isFinal } from '../events/archive-lifecycle.js';
import { archiveStatusEvents, type ArchiveFilter } from '../events/archive-stream.js';
import type { ArchiveInfo } from '../providers/types.js';
import { builder } from './builder.js';
import { ArchiveStatusEnum } from './enums.js';
import { archiveArg, assertArchiveAllowed, sessionArg } from './ids.js';
import { Archive, ArchiveStatusEventRef } from './refs.js';

/** Most archives of a session read for the first events of a `sessionId` subscription (one page). */
const SNAPSHOT_ARCHIVES_MAX = 100;

ArchiveStatusEventRef.implement({
  description: 'An archive moved to a new status.',
  fields: (t) => ({
    archive: t.field({ type: Archive, resolve: (e) => e.archive }),
    status: t.field({ type: ArchiveStatusEnum, resolve: (e) => e.status }),
    previousStatus: t.field({
      type: ArchiveStatusEnum,
      nullable: true,
      description: 'The status this subscription reported before; null on the first event of an archive (the snapshot).',
      resolve: (e) => e.previousStatus,
    }),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
  }),
});

builder.subscriptionFields((t) => ({
  archiveStatusChanged: t.field({
    authScopes: { scope: 'video:archives:read' },
    type: ArchiveStatusEventRef,
    description:
      "Archive status changes, live. With `archiveId`, the archive's current status comes first (previousStatus: null), then every change, so a late or reconnecting client never misses the final status. With `sessionId`, the current status of each of the session's live (not yet final) archives first, then changes of every archive of that session. Events of one archive never go backwards and duplicates are dropped.",
    args: { sessionId: t.arg.id(), archiveId: t.arg.id() },
    validate: z
      .custom<{ sessionId?: unknown; archiveId?: unknown }>()
      .refine((args) => args.sessionId || args.archiveId, { path: ['sessionId'], message: 'give sessionId, archiveId or both' }),
    subscribe: async (_root, args, ctx) => {
      const filter: ArchiveFilter = {};
      let snapshot: (() => Promise<ArchiveInfo[]>) | undefined;
      if (args.sessionId) {
        const ref = sessionArg(ctx, String(args.sessionId), 'sessionId');
        filter.provider = ref.provider.name;
        filter.sessionId = ref.sessionId;
        // A (re)connecting subscriber learns where the session's recordings stand now, as an
        // archiveId subscriber does, instead of waiting for their next change.
        if (ref.provider.capabilities.archives) {
          const { provider, sessionId } = ref;
          // Shared with the other subscribers of the session that read at about the same time
          // (src/events/archive-reads.ts): a thousand subscribers connecting together cost one listing.
          snapshot = () =>
            ctx.archiveReads.readSession(provider, sessionId, async () => {
              const page = await provider.listArchives({ sessionId, offset: 0, count: SNAPSHOT_ARCHIVES_MAX });
              return page.items.filter((archive) => archive.sessionId === sessionId && !isFinal(archive.status));
            });
        }
      }
      if (args.archiveId) {
        const ref = archiveArg(ctx, String(args.archiveId), 'archiveId');
        if (filter.provider && filter.provider !== ref.provider.name) {
          throw badInput('archiveId', 'belongs to another provider than sessionId');
        }
        filter.provider = ref.provider.name;
        filter.archiveId = ref.archiveId;
        const read = async () => {
          const archive = await ctx.archiveReads.read(ref.provider, ref.archiveId);
          if (!archive) {
            throw new GatewayError('NOT_FOUND', `archiveId: archive ${ref.archiveId} was not found`, { field: 'archiveId' });
          }
          await assertArchiveAllowed(ctx, ref, 'archiveId', archive);
          if (filter.sessionId && archive.sessionId !== filter.sessionId) {
            throw badInput('archiveId', 'this archive does not belong to the session given as sessionId');
          }
          return archive;
        };
        // Two reads, one upstream call. This one, before the subscription is accepted, fails the
        // subscription itself (not its first event) when the archive is unknown or not the
        // caller's. The snapshot reads again once the stream listens, so a change in between is
        // not lost. Both go through ctx.archiveReads, which hands the snapshot this read's result
        // unless a change of the archive was heard in between, and shares both with the other
        // subscribers of the archive (src/events/archive-reads.ts).
        await read();
        snapshot = async () => [await read()];
      }
      return archiveStatusEvents({ bus: ctx.bus, filter, snapshot, watcher: ctx.poller });
    },
    resolve: (event) => event,
  }),
}));
