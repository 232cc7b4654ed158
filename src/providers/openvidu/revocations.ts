/**
 * Token expiry for OpenVidu, which has none: a token is a pending connection that lives until a
 * client uses it or the session closes (docs/providers/openvidu.md#token-expiry). To honour
 * `expiresAt`, the adapter deletes the still-pending connection at that time.
 *
 * This is in-process and best effort: revocations are lost when the gateway restarts, are not
 * shared between gateway instances, and one that fails (OpenVidu unreachable at that moment) is
 * logged and not retried. Treat `expiresAt` as "no later than, while this gateway runs".
 *
 * One timer (unref'd, so it never keeps the process alive) is armed for the earliest due
 * revocation, over a binary heap; the set is bounded and, when full, the oldest scheduled entries
 * are dropped with a warning. `close()` clears everything. The clock is the global one
 * (`Date.now`, `setTimeout`), read at each use, so tests drive it with fake timers.
 */
import type { Logger } from '../../logger.js';

/** Options of {@link RevocationScheduler}. */
export interface RevocationSchedulerOptions {
  /** Revokes one connection if it is still pending; errors are logged. */
  revoke(sessionId: string, connectionId: string): Promise<void>;
  /** Most revocations held at once; beyond it the oldest are dropped. @default 100000 */
  maxPending?: number;
  /** Revocations run at once when many fall due together. @default 4 */
  concurrency?: number;
  logger?: Logger;
}

interface Entry {
  key: string;
  sessionId: string;
  connectionId: string;
  dueMs: number;
}

/** setTimeout's longest delay (about 24.8 days); longer waits re-arm. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Schedules "delete this connection at that time if still pending" jobs. */
export class RevocationScheduler {
  readonly #revoke: RevocationSchedulerOptions['revoke'];
  readonly #maxPending: number;
  readonly #concurrency: number;
  readonly #logger: Logger | undefined;
  /** Live entries by key, in scheduling order (the first is the oldest). */
  readonly #entries = new Map<string, Entry>();
  /** Min-heap on `dueMs`; may hold cancelled entries, skipped when popped. */
  #heap: Entry[] = [];
  #timer: NodeJS.Timeout | undefined;
  #timerDueMs = Infinity;
  readonly #queue: Entry[] = [];
  readonly #running = new Set<Promise<void>>();
  #dropped = 0;
  #closed = false;

  constructor(options: RevocationSchedulerOptions) {
    this.#revoke = options.revoke;
    this.#maxPending = Math.max(1, options.maxPending ?? 100_000);
    this.#concurrency = Math.max(1, options.concurrency ?? 4);
    this.#logger = options.logger;
  }

  /** Revocations waiting for their time. */
  get size(): number {
    return this.#entries.size;
  }

  /** Revokes `connectionId` of `sessionId` at `at` (replacing an earlier schedule for it). */
  schedule(sessionId: string, connectionId: string, at: Date): void {
    if (this.#closed) return;
    const key = keyOf(sessionId, connectionId);
    this.#entries.delete(key);
    while (this.#entries.size >= this.#maxPending) this.#dropOldest();
    const entry: Entry = { key, sessionId, connectionId, dueMs: at.getTime() };
    this.#entries.set(key, entry);
    this.#push(entry);
    if (this.#heap.length > 2 * this.#entries.size + 1024) this.#compact();
    this.#arm();
  }

  /** Forgets the revocation of one connection (it was deleted another way). */
  cancel(sessionId: string, connectionId: string): void {
    this.#entries.delete(keyOf(sessionId, connectionId));
  }

  /** Forgets every revocation of a session (it was closed: its pending connections died with it). */
  cancelSession(sessionId: string): void {
    const prefix = keyOf(sessionId, '');
    for (const key of this.#entries.keys()) {
      if (key.startsWith(prefix)) this.#entries.delete(key);
    }
  }

  /** Clears the timer and every scheduled revocation; waits for the ones running. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#entries.clear();
    this.#heap = [];
    this.#queue.length = 0;
    await Promise.allSettled([...this.#running]);
  }

  #dropOldest(): void {
    const oldest = this.#entries.keys().next();
    if (oldest.done === true) return;
    this.#entries.delete(oldest.value);
    this.#dropped += 1;
    // One line for the first drop and then one per thousand, not one per token.
    if (this.#dropped === 1 || this.#dropped % 1000 === 0) {
      this.#logger?.warn(
        { provider: 'OPENVIDU', dropped: this.#dropped, maxPending: this.#maxPending },
        'too many pending OpenVidu token revocations: the oldest were dropped and those tokens will not expire',
      );
    }
  }

  /** Arms the timer for the earliest live entry, if it is not armed for it already. */
  #arm(): void {
    const next = this.#peekLive();
    if (next === undefined) {
      if (this.#timer !== undefined) clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#timerDueMs = Infinity;
      return;
    }
    if (this.#timer !== undefined && this.#timerDueMs <= next.dueMs) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    const delay = Math.min(Math.max(0, next.dueMs - Date.now()), MAX_TIMER_MS);
    this.#timerDueMs = next.dueMs;
    this.#timer = setTimeout(() => this.#fire(), delay);
    this.#timer.unref();
  }

  #fire(): void {
    this.#timer = undefined;
    this.#timerDueMs = Infinity;
    if (this.#closed) return;
    const now = Date.now();
    for (let next = this.#peekLive(); next !== undefined && next.dueMs <= now; next = this.#peekLive()) {
      this.#pop();
      this.#entries.delete(next.key);
      this.#queue.push(next);
    }
    this.#drain();
    this.#arm();
  }

  #drain(): void {
    while (!this.#closed && this.#running.size < this.#concurrency && this.#queue.length > 0) {
      const entry = this.#queue.shift() as Entry;
      const job: Promise<void> = this.#revoke(entry.sessionId, entry.connectionId)
        .catch((error: unknown) => {
          if (this.#closed) return;
          this.#logger?.warn(
            {
              provider: 'OPENVIDU',
              sessionId: entry.sessionId,
              connectionId: entry.connectionId,
              code: (error as { code?: unknown } | null)?.code,
            },
            'could not revoke an expired OpenVidu token; it stays usable until its session closes',
          );
        })
        .finally(() => {
          this.#running.delete(job);
          this.#drain();
        });
      this.#running.add(job);
    }
  }

  /** The earliest entry still scheduled, discarding cancelled ones from the heap top. */
  #peekLive(): Entry | undefined {
    while (this.#heap.length > 0) {
      const top = this.#heap[0] as Entry;
      if (this.#entries.get(top.key) === top) return top;
      this.#pop();
    }
    return undefined;
  }

  #compact(): void {
    this.#heap = [];
    for (const entry of this.#entries.values()) this.#push(entry);
  }

  #push(entry: Entry): void {
    const heap = this.#heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as Entry).dueMs <= entry.dueMs) break;
      heap[i] = heap[parent] as Entry;
      i = parent;
    }
    heap[i] = entry;
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && (heap[right] as Entry).dueMs < (heap[left] as Entry).dueMs ? right : left;
      if ((heap[child] as Entry).dueMs >= last.dueMs) break;
      heap[i] = heap[child] as Entry;
      i = child;
    }
    heap[i] = last;
  }
}

function keyOf(sessionId: string, connectionId: string): string {
  // Ids are `[A-Za-z0-9_-]`, so a space cannot occur inside either.
  return `${sessionId} ${connectionId}`;
}
