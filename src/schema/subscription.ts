import { z } from 'zod';
import { badInput, GatewayError } from '../errors.js';
import { archiveStatusEvents, type ArchiveFilter } from '../events/archive-stream.js';
import type { ArchiveInfo } from '../providers/types.js';
import { builder } from './builder.js';
import { ArchiveStatusEnum } from './enums.js';
import { archiveArg, assertArchiveAllowed, sessionArg } from './ids.js';
import { Archive, ArchiveStatusEventRef } from './refs.js';

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
      "Archive status changes, live. With `archiveId`, the archive's current status comes first (previousStatus: null), then every change, so a late or reconnecting client never misses the final status. With `sessionId`, changes of every archive of that session. Events of one archive never go backwards and duplicates are dropped.",
    args: { sessionId: t.arg.id(), archiveId: t.arg.id() },
    validate: z
      .custom<{ sessionId?: unknown; archiveId?: unknown }>()
      .refine((args) => args.sessionId || args.archiveId, { path: ['sessionId'], message: 'give sessionId, archiveId or both' }),
    subscribe: async (_root, args, ctx) => {
      const filter: ArchiveFilter = {};
      let snapshot: (() => Promise<ArchiveInfo>) | undefined;
      if (args.sessionId) {
        const ref = sessionArg(ctx, String(args.sessionId), 'sessionId');
        filter.provider = ref.provider.name;
        filter.sessionId = ref.sessionId;
      }
      if (args.archiveId) {
        const ref = archiveArg(ctx, String(args.archiveId), 'archiveId');
        if (filter.provider && filter.provider !== ref.provider.name) {
          throw badInput('archiveId', 'belongs to another provider than sessionId');
        }
        filter.provider = ref.provider.name;
        filter.archiveId = ref.archiveId;
        snapshot = async () => {
          const archive = await ref.provider.getArchive(ref.archiveId);
          if (!archive) {
            throw new GatewayError('NOT_FOUND', `archiveId: archive ${ref.archiveId} was not found`, { field: 'archiveId' });
          }
          await assertArchiveAllowed(ctx, ref, 'archiveId', archive);
          if (filter.sessionId && archive.sessionId !== filter.sessionId) {
            throw badInput('archiveId', 'this archive does not belong to the session given as sessionId');
          }
          return archive;
        };
        // Fail the subscription itself, not its first event, when the archive does not exist. The
        // stream reads it again once it listens, so a change in between is not lost.
        await snapshot();
      }
      return archiveStatusEvents({ bus: ctx.bus, filter, snapshot, watcher: ctx.poller });
    },
    resolve: (event) => event,
  }),
}));
