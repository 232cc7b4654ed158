/**
 * A bounded set of recently seen keys with a time-to-live, for dropping redelivered webhooks.
 * Insertion order doubles as age order, so eviction is O(1).
 */
export class RecentKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly maxEntries = 50_000,
    private readonly ttlMs = 24 * 60 * 60 * 1000,
  ) {}

  /** Records `key`; returns false when it was already seen within the TTL. */
  add(key: string, now = Date.now()): boolean {
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, now);
    this.evict(now);
    return true;
  }

  /** Forgets `key` (used when publishing failed, so a retry is not taken for a duplicate). */
  delete(key: string): void {
    this.seen.delete(key);
  }

  get size(): number {
    return this.seen.size;
  }

  private evict(now: number): void {
    for (const [key, at] of this.seen) {
      if (this.seen.size <= this.maxEntries && now - at < this.ttlMs) break;
      this.seen.delete(key);
    }
  }
}
