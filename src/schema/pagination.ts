import { badInput } from '../errors.js';

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
