/**
 * How long a read's result may answer identical reads after it arrived. Long enough to cover a
 * burst (subscribers of one archive connecting together, a subscription's check and its snapshot
 * a few milliseconds apart, a poll landing beside them), short enough that it never stands in for
 * a poll: the shortest poll interval anyone runs is longer, and a change the gateway hears of
 * drops the result at once anyway (./archive-reads.ts).
 */
export const READ_REUSE_MS = 50;

/** Shares reads of one object between callers that ask for it at about the same time. */
export interface ReadCoalescer<T> {
  /**
   * The result of `load` for `key`: a read already in flight for `key`, or one that answered less
   * than the reuse window ago, is shared instead of calling `load` again. A failed read is shared
   * only while it is in flight: the next caller reads again.
   */
  read(key: string, load: () => Promise<T>): Promise<T>;
  /** Drops what is known of `key` (its object changed): the next read of it calls `load`. */
  forget(key: string): void;
  /** Drops everything (events about the objects may have been lost). */
  forgetAll(): void;
  /** Keys with a read in flight or a result still reusable (for tests and leak checks). */
  readonly size: number;
  /** Forgets everything; later reads are not shared. */
  close(): void;
}

interface Entry<T> {
  result: Promise<T>;
  /** Ends the reuse window once the read has answered. */
  timer: NodeJS.Timeout | null;
}

/** What {@link createReadCoalescer} may be given. */
export interface ReadCoalescerOptions {
  /** @default READ_REUSE_MS; 0 shares only reads in flight */
  reuseMs?: number;
}

/**
 * Creates a {@link ReadCoalescer}: one in-flight promise per key, kept for `reuseMs` after it
 * resolves and dropped as soon as it rejects.
 */
export function createReadCoalescer<T>(options: ReadCoalescerOptions = {}): ReadCoalescer<T> {
  const reuseMs = options.reuseMs ?? READ_REUSE_MS;
  const entries = new Map<string, Entry<T>>();
  let closed = false;

  const drop = (key: string, entry: Entry<T>) => {
    if (entries.get(key) !== entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entries.delete(key);
  };

  const forget = (key: string) => {
    const entry = entries.get(key);
    if (entry) drop(key, entry);
  };

  const forgetAll = () => {
    for (const key of [...entries.keys()]) forget(key);
  };

  return {
    read(key, load) {
      if (closed) return load();
      const known = entries.get(key);
      if (known) return known.result;
      const entry: Entry<T> = { result: load(), timer: null };
      entries.set(key, entry);
      entry.result.then(
        () => {
          if (entries.get(key) !== entry) return;
          if (reuseMs <= 0) return drop(key, entry);
          entry.timer = setTimeout(() => drop(key, entry), reuseMs);
          entry.timer.unref();
        },
        () => drop(key, entry),
      );
      return entry.result;
    },
    forget,
    forgetAll,
    get size() {
      return entries.size;
    },
    close() {
      closed = true;
      forgetAll();
    },
  };
}
