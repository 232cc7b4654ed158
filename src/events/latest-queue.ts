/**
 * A bounded queue between one event source and one slow reader: it holds at most one pending
 * item per key, and a newer item for a key that is still pending replaces it (merged by the
 * caller's rule). A reader that falls behind therefore skips to the latest state of each key
 * instead of piling up events; memory is bounded by the number of distinct keys, and past
 * `maxKeys` the queue fails (the reader is dropped) rather than grow.
 */
export interface LatestQueue<T> extends AsyncIterableIterator<T> {
  /** Adds an item, or merges it into the pending item of the same key. */
  put(key: string, item: T): void;
  /** Ends the queue with an error, after the items already pending. */
  fail(error: Error): void;
  /** Stops reading: frees what is pending and calls `onClose`. */
  return(value?: unknown): Promise<IteratorResult<T>>;
  /**
   * Hands the items put from now on straight to `take`, while none is pending: for a reader that
   * handles most items at once (a WebSocket writing a shared frame), so that waiting for the next
   * one costs it no pending read per item. An item `take` refuses (returns false) is queued for
   * `next()`, and that ends the offer, as does the queue closing or failing, or an item already
   * pending when it is made; `ended` is then called, once. A `take` that throws fails the queue
   * with its error (the reader's `next()` rejects). The reader does not call `next()` while it
   * offers.
   */
  offer(take: (item: T) => boolean, ended: () => void): void;
}

/** What {@link createLatestQueue} needs. */
export interface LatestQueueOptions<T> {
  /** Most keys pending at once; one more fails the queue with `overflow()`. */
  maxKeys: number;
  /** Combines the pending item with a newer one of the same key; null drops both (no net change). */
  merge(pending: T, next: T): T | null;
  /** The error the reader gets when it fell `maxKeys` keys behind. */
  overflow(): Error;
  /** Called once when the reader stops (return, or the queue ended). */
  onClose(): void;
  /**
   * Called once, at the first read of an open queue: a stream starts listening there, as a
   * generator would, so a stream nobody reads holds nothing.
   */
  onFirstRead?(): void;
}

/** Creates a {@link LatestQueue}. */
export function createLatestQueue<T>(options: LatestQueueOptions<T>): LatestQueue<T> {
  const pending = new Map<string, T>();
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let failWaiting: ((error: Error) => void) | null = null;
  let failure: Error | null = null;
  let closed = false;
  let started = false;
  let offered: { take: (item: T) => boolean; ended: () => void } | null = null;

  const endOffer = () => {
    const ending = offered;
    offered = null;
    ending?.ended();
  };

  const close = () => {
    if (closed) return;
    closed = true;
    pending.clear();
    options.onClose();
    endOffer();
  };

  const wake = () => {
    if (!waiting || (pending.size === 0 && !failure)) return;
    const resolve = waiting;
    const reject = failWaiting;
    waiting = null;
    failWaiting = null;
    const first = pending.entries().next();
    if (!first.done) {
      pending.delete(first.value[0]);
      resolve({ value: first.value[1], done: false });
    } else if (failure) {
      close();
      reject?.(failure);
    }
  };

  const queue: LatestQueue<T> = {
    put(key, item) {
      if (closed || failure) return;
      if (offered && pending.size === 0) {
        let taken: boolean;
        try {
          taken = offered.take(item);
        } catch (error) {
          // The reader's failure, not the source's: it ends this reader's stream, nothing else.
          queue.fail(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (taken) return;
        pending.set(key, item);
        endOffer();
        return;
      }
      const before = pending.get(key);
      if (before !== undefined) {
        const merged = options.merge(before, item);
        if (merged === null) pending.delete(key);
        else pending.set(key, merged);
      } else if (pending.size >= options.maxKeys) {
        // Dropping the reader frees everything it held; skipping keys would lose their states.
        pending.clear();
        failure = options.overflow();
      } else {
        pending.set(key, item);
      }
      wake();
    },
    fail(error) {
      if (closed || failure) return;
      failure = error;
      endOffer();
      wake();
    },
    next() {
      if (closed) return Promise.resolve({ value: undefined, done: true });
      if (!started) {
        started = true;
        options.onFirstRead?.();
      }
      return new Promise<IteratorResult<T>>((resolve, reject) => {
        waiting = resolve;
        failWaiting = reject;
        wake();
      });
    },
    return() {
      const resolve = waiting;
      waiting = null;
      failWaiting = null;
      close();
      resolve?.({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    offer(take, ended) {
      offered = { take, ended };
      if (closed || failure || pending.size > 0) endOffer();
    },
    [Symbol.asyncIterator]() {
      return queue;
    },
  };
  return queue;
}
