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

/**
 * Remembers which webhooks were taken, so a redelivery (or the same webhook posted to two
 * instances) is published once. In process it is {@link RecentKeys}; with Redis the keys are
 * shared by every instance (docs/operations.md#several-instances-with-redis).
 */
export interface WebhookDedupe {
  /** Records `key`; resolves false when it was already taken. Rejects when the store is unreachable. */
  add(key: string): Promise<boolean>;
  /** Forgets `key` (publishing failed, so the provider's retry must not count as a duplicate). */
  delete(key: string): Promise<void>;
}

/** How long a webhook key is remembered: providers redeliver within hours, not days. */
export const WEBHOOK_DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

/** The in-process {@link WebhookDedupe}, over a bounded {@link RecentKeys}. */
export function memoryDedupe(recent = new RecentKeys(50_000, WEBHOOK_DEDUPE_TTL_MS)): WebhookDedupe {
  return {
    add: async (key) => recent.add(key),
    delete: async (key) => recent.delete(key),
  };
}
