import { badInput } from '../errors.js';
import { PAGE_SIZE } from './limits.js';

/**
 * Offset cursors: the providers page by offset, so a cursor is the item's offset in the provider's
 * newest-first list, tagged with what is being listed. An item created between two pages shifts
 * the list by one.
 */

/** Cursor of the item at `offset`. */
export function offsetCursor(offset: number, prefix: string): string {
  return Buffer.from(`${prefix}${offset}`).toString('base64');
}

/** The offset a cursor of {@link offsetCursor} stands for. @throws GatewayError naming `field` */
export function cursorOffset(cursor: string, field: string, prefix: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = text.startsWith(prefix) ? Number(text.slice(prefix.length)) : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0) throw badInput(field, 'is not a cursor returned by this field');
  return offset;
}

/** A page of a connection: edges with offset cursors, page info and the provider's total. */
export interface OffsetPage<T, Total extends number | null = number | null> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: Total;
}

/**
 * One page of a newest-first list paged by offset: `first` (checked by the field's argument rule)
 * items after the cursor `after`, read with `load(offset, count)`. One item more than the page is
 * asked for, which tells whether a next page exists without trusting the total.
 */
export async function offsetPage<T, Total extends number | null>(
  args: { first?: number | null; after?: string | null },
  prefix: string,
  load: (offset: number, count: number) => Promise<{ items: T[]; totalCount: Total }>,
): Promise<OffsetPage<T, Total>> {
  const count = args.first ?? PAGE_SIZE.default;
  const offset = args.after ? cursorOffset(args.after, 'after', prefix) + 1 : 0;
  const page = await load(offset, count + 1);
  const edges = page.items.slice(0, count).map((node, i) => ({ cursor: offsetCursor(offset + i, prefix), node }));
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
