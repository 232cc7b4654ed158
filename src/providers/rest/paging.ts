/**
 * Offset paging of provider lists, checked before any upstream call. The same rule for every
 * provider, whether it pages itself (OpenTok) or the gateway pages a whole list (OpenVidu).
 */
import { badInput } from '../../errors.js';

/** Largest page a caller may ask for. */
const MAX_PAGE_SIZE = 1000;

/** Validates list paging: offset >= 0, count 1..1000 (BAD_USER_INPUT naming `offset` or `count`). */
export function checkPaging(options: { offset: number; count: number }): void {
  if (!Number.isInteger(options.offset) || options.offset < 0) throw badInput('offset', 'must be an integer >= 0');
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > MAX_PAGE_SIZE) {
    throw badInput('count', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
}
