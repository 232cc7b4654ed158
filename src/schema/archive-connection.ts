import type { ArchiveInfo, VideoProvider } from '../providers/types.js';
import { builder } from './builder.js';
import { Archive } from './refs.js';
import { cursorOffset, offsetCursor } from './pagination.js';
import { PAGE_SIZE } from './limits.js';
import { archiveListings } from './batch-loads.js';
import type { Context } from './context.js';

const CURSOR_PREFIX = 'archive-offset:';

interface ArchivePageShape {
  edges: { cursor: string; node: ArchiveInfo }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

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
  const count = args.first ?? PAGE_SIZE.default;
  const offset = args.after ? cursorOffset(args.after, 'after', CURSOR_PREFIX) + 1 : 0;
  // One extra item tells whether a next page exists without trusting totalCount.
  const page = await archiveListings(ctx).load({ provider, listing: { ...filter, offset, count: count + 1 } });
  const items = page.items.slice(0, count);
  const edges = items.map((node, i) => ({ cursor: offsetCursor(offset + i, CURSOR_PREFIX), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.items.length > count,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
