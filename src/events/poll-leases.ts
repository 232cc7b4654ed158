/**
 * Who polls an archive. With several instances, each archive is polled by one of them: the one
 * holding its lease, which renews it on every poll and releases it when it stops; if that
 * instance dies, the lease lapses and another one takes over
 * (docs/operations.md#several-instances-with-redis). In process there is no one to share with.
 */
export interface PollLeases {
  /**
   * Takes or renews the lease of `key` for `ttlMs`; resolves true when this instance holds it
   * now, false when another one does. Rejects when the store is unreachable.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease of `key` up, if this instance holds it. */
  release(key: string): Promise<void>;
}

/** The in-process {@link PollLeases}: this instance always polls. */
export const localPollLeases: PollLeases = {
  claim: async () => true,
  release: async () => {},
};

/** The lease key of one archive (providers name their archives independently). */
export function pollLeaseKey(provider: string, archiveId: string): string {
  return `${provider}:${archiveId}`;
}

/**
 * How long a lease lasts without renewal: a few poll intervals, so a slow poll does not hand the
 * archive to another instance, and at least 10 s, the longest a dead instance's archives wait.
 */
export function pollLeaseTtlMs(intervalMs: number): number {
  return Math.max(3 * intervalMs, 10_000);
}
