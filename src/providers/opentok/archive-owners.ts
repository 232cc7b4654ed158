/**
 * Which provider of the OpenTok REST surface (an OpenTok project, a Vonage application) each
 * archive or broadcast id seen by a gateway belongs to. Both issue UUIDs, so the format alone cannot route a
 * native archive id when both are configured (docs/providers/vonage.md#ids): a provider that
 * started, read or listed an archive records it in the record it shares with its siblings (the
 * catalog gives one record to the providers it builds together), is certain of it afterwards, and
 * the other disclaims it. Bounded, in memory and lost on restart; an id nobody recorded falls back
 * to each surface's claim for an unknown UUID.
 */
import type { ProviderName } from '../types.js';

/** Archive ids remembered before the oldest are forgotten. */
const CAPACITY = 50_000;

/** A bounded map of archive id -> the provider that reported it (insertion order is recency). */
export class ArchiveOwners {
  readonly #owners = new Map<string, ProviderName>();

  /** Records that `provider` reported `archiveId`. */
  record(archiveId: string, provider: ProviderName): void {
    this.#owners.delete(archiveId);
    this.#owners.set(archiveId, provider);
    if (this.#owners.size > CAPACITY) {
      const oldest = this.#owners.keys().next();
      if (!oldest.done) this.#owners.delete(oldest.value);
    }
  }

  /** The provider that reported `archiveId`, if any did in this process. */
  ownerOf(archiveId: string): ProviderName | undefined {
    return this.#owners.get(archiveId);
  }
}
