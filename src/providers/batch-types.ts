/**
 * Reads of many objects in one go, which a provider offers when its platform has listing calls
 * that answer for many objects at once. Every method is optional: the GraphQL layer's per-request
 * loaders call one when the provider has it, and otherwise read each object on its own
 * (docs/architecture.md#batching). Nothing here is cached: a batch lives for one call.
 *
 * Ids are provider-native, as in ./types.ts; each answer lists its items in the order of the ids
 * or listings it was asked for.
 */
import type { ArchiveInfo, ArchivePage, ListArchivesOptions, SessionInfo } from './types.js';

/** The optional batch reads of a `VideoProvider`. */
export interface BatchReadProvider {
  /** Like `getSession` for each id (null where the provider does not know it), in fewer calls. */
  getSessions?(sessionIds: readonly string[]): Promise<(SessionInfo | null)[]>;
  /** Like `getArchive` for each id (null where the provider does not know it), in fewer calls. */
  getArchives?(archiveIds: readonly string[]): Promise<(ArchiveInfo | null)[]>;
  /**
   * Like `listArchives` for each listing, in fewer calls. A listing that fails on its own (bad
   * paging, an id the platform refuses) answers with its error; the others still answer.
   */
  listArchivesBatch?(listings: readonly ListArchivesOptions[]): Promise<(ArchivePage | Error)[]>;
}
