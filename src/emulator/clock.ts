/**
 * Time in the emulator: every timestamp it reports and every timer it arms (archive ready delays,
 * autostop countdowns, webhook retries and attempt timeouts, fault delays) comes from one
 * {@link Clock}. The real clock is the default; tests pass a {@link ManualClock} and advance it
 * instead of sleeping. Credential checks (REST JWTs, client tokens) stay on the wall clock: the
 * SDKs mint them from theirs.
 *
 * Every timer goes through one {@link Timers} registry too, so `close()` cancels them all and an
 * embedded emulator never keeps the process alive.
 */

/** A source of time and of one-shot timers. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` once after `ms` milliseconds; the returned function cancels it. */
  setTimer(ms: number, fn: () => void): () => void;
}

/** The wall clock and `setTimeout`, unreferenced: pending emulator work alone must not hold the process open. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fn) {
    const handle = setTimeout(fn, Math.max(0, ms));
    handle.unref();
    return () => clearTimeout(handle);
  },
};

interface ManualTimer {
  readonly at: number;
  readonly seq: number;
  readonly fn: () => void;
}

/**
 * A clock that moves only when told: `advance(ms)` fires the timers that fall due, in order, each
 * at its own time. Use `advanceAsync` when a timer's work continues in promises that arm the next
 * timer (a webhook retry after a failed attempt).
 *
 * @example
 * const clock = new ManualClock();
 * const emulator = await createEmulator({ clock, archiveReadyDelayMs: 2_000 });
 * // ... stop an archive ...
 * clock.advance(2_000); // the archive is available now
 */
export class ManualClock implements Clock {
  private current: number;
  private timers: ManualTimer[] = [];
  private seq = 0;

  /** @param startMs the initial time; the wall clock's by default. */
  constructor(startMs: number = Date.now()) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimer(ms: number, fn: () => void): () => void {
    const timer: ManualTimer = { at: this.current + Math.max(0, ms), seq: this.seq++, fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** How long until each armed timer fires, soonest first (a test may wait for one to be armed). */
  pending(): number[] {
    return this.timers.map((t) => t.at - this.current).sort((a, b) => a - b);
  }

  /** Moves time forward by `ms`, firing every timer that falls due, also those armed on the way. */
  advance(ms: number): void {
    const target = this.current + Math.max(0, ms);
    for (let timer = this.nextDue(target); timer; timer = this.nextDue(target)) this.fire(timer);
    this.current = target;
  }

  /**
   * Like {@link advance}, but lets pending promise callbacks and I/O callbacks run after each timer,
   * so work that continues asynchronously can arm timers that fall due within the same window.
   */
  async advanceAsync(ms: number): Promise<void> {
    const target = this.current + Math.max(0, ms);
    await settle();
    for (let timer = this.nextDue(target); timer; timer = this.nextDue(target)) {
      this.fire(timer);
      await settle();
    }
    this.current = target;
  }

  private nextDue(target: number): ManualTimer | undefined {
    let next: ManualTimer | undefined;
    for (const t of this.timers) {
      if (t.at <= target && (!next || t.at < next.at || (t.at === next.at && t.seq < next.seq))) next = t;
    }
    return next;
  }

  private fire(timer: ManualTimer): void {
    this.timers = this.timers.filter((t) => t !== timer);
    this.current = Math.max(this.current, timer.at);
    timer.fn();
  }
}

/** Resolves after the promise callbacks queued so far, and one turn of the event loop, have run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Handle returned by {@link Timers.after}. */
export interface TimerHandle {
  readonly cancel: () => void;
}

/** A registry of the emulator's pending timers, on one clock. */
export class Timers {
  private readonly pending = new Set<TimerHandle>();
  private closed = false;

  constructor(private readonly clock: Clock = realClock) {}

  /** The clock's time, in milliseconds since the epoch. */
  now(): number {
    return this.clock.now();
  }

  /** Runs `fn` after `ms` milliseconds, unless cancelled or closed first. */
  after(ms: number, fn: () => void): TimerHandle {
    const handle: TimerHandle = {
      cancel: this.clock.setTimer(ms, () => {
        this.pending.delete(handle);
        if (!this.closed) fn();
      }),
    };
    if (this.closed) handle.cancel();
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
    handle.cancel();
    this.pending.delete(handle);
  }

  /** Cancels everything and refuses new timers. */
  close(): void {
    this.closed = true;
    for (const handle of this.pending) handle.cancel();
    this.pending.clear();
  }
}
