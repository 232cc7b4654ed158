/**
 * Every timer the emulator arms goes through one {@link Timers} instance, so `close()` can cancel
 * them all and an embedded emulator never keeps the process alive.
 */

/** Handle returned by {@link Timers.after}. */
export type TimerHandle = ReturnType<typeof setTimeout>;

/** A registry of pending timeouts. */
export class Timers {
  private readonly pending = new Set<TimerHandle>();
  private closed = false;

  /** Runs `fn` after `ms` milliseconds, unless cancelled or closed first. */
  after(ms: number, fn: () => void): TimerHandle {
    const handle = setTimeout(
      () => {
        this.pending.delete(handle);
        if (!this.closed) fn();
      },
      Math.max(0, ms),
    );
    // Unreferenced: pending emulator work alone must not hold the process open.
    handle.unref();
    if (this.closed) clearTimeout(handle);
    else this.pending.add(handle);
    return handle;
  }

  /** Resolves after `ms`; never resolves once closed (callers are being torn down). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.after(ms, resolve);
    });
  }

  /** Cancels one timer (no-op for `undefined` or an already fired one). */
  cancel(handle: TimerHandle | undefined): void {
    if (handle === undefined) return;
    clearTimeout(handle);
    this.pending.delete(handle);
  }

  /** Cancels everything and refuses new timers. */
  close(): void {
    this.closed = true;
    for (const handle of this.pending) clearTimeout(handle);
    this.pending.clear();
  }
}
