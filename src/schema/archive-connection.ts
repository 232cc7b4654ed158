import type { ArchiveInfo, VideoProvider } from '../providers/types.js';
import { builder } from './builder.js';
import { Archive } from './refs.js';
import { type OffsetPage, offsetPage } from './pagination.js';
import { archiveListings } from './batch-loads.js';
import type { Context } from './context.js';

const CURSOR_PREFIX = 'archive-offset:';

type ArchivePageShape = OffsetPage<ArchiveInfo>;

export const ArchiveConnection = builder.connectionObject(
  {
    type: Archive,
    name: 'ArchiveConnection',
    fields: (t) => ({
      totalCount: t.int({
        nullable: true,
        description: 'How many archives match, across all pages.',
        resolve: (c) => (c as unknown as ArchivePageShape).totalCount,
      }),
    }),
  },
  { name: 'ArchiveEdge' },
);

/**
 * One page of archives (newest first); `first` was checked by the field's argument rule. The cursor is the offset in the provider's list, which is
 * what the providers page by; an archive created between two pages shifts the list by one. The
 * listing goes through the request's loader, so the pages of many sessions share upstream calls.
 */
export async function resolveArchivePage(
  ctx: Context,
  provider: VideoProvider,
  filter: { sessionId?: string },
  args: { first?: number | null; after?: string | null },
): Promise<ArchivePageShape> {
  return offsetPage(args, CURSOR_PREFIX, (offset, count) => archiveListings(ctx).load({ provider, listing: { ...filter, offset, count } }));
}
