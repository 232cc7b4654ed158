/**
 * A bounded, in-process memory of the sessions this adapter created. OpenTok never reports a
 * session's media or archive mode back (docs/providers/opentok.md#session-creation: the SDKs keep them
 * only locally), so this is the only place those facts live. It is per process and lost on
 * restart: getSession falls back to the platform defaults for sessions it does not remember.
 */
import type { ArchiveMode, MediaMode } from '../types.js';

/** What we remember about a session we created. */
interface RememberedSession {
  mediaMode: MediaMode;
  archiveMode: ArchiveMode;
  createdAt: Date;
}

/** A least-recently-used map (Map insertion order is the recency order). */
export class SessionCache {
  readonly #entries = new Map<string, RememberedSession>();
  readonly #capacity: number;

  /** @param capacity entries kept before the least recently used is evicted. @default 10000 */
  constructor(capacity = 10_000) {
    this.#capacity = Math.max(1, capacity);
  }

  get size(): number {
    return this.#entries.size;
  }

  get(sessionId: string): RememberedSession | undefined {
    const entry = this.#entries.get(sessionId);
    if (entry !== undefined) {
      this.#entries.delete(sessionId);
      this.#entries.set(sessionId, entry);
    }
    return entry;
  }

  set(sessionId: string, entry: RememberedSession): void {
    this.#entries.delete(sessionId);
    this.#entries.set(sessionId, entry);
    if (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }
}
