/**
 * Waiting in tests. A test waits for the thing it needs (an event, a state), polling with a bounded
 * deadline, or advances a clock when the wait is for one of our own timers; it never sleeps a fixed
 * time hoping the thing has happened by then. The one exception is {@link quietFor}.
 */
import { setTimeout as delay } from 'node:timers/promises';

/** How often {@link until} probes: short, as what it waits for is local and fast. */
const PROBE_EVERY_MS = 10;

/**
 * Calls `probe` until it returns a value other than `undefined`, `null` or `false`, and returns
 * that value; fails once `timeoutMs` has passed, naming `what` it waited for (a function: read when
 * it fails, to show what had happened by then). The deadline is only reached when something is
 * wrong: what tests wait for takes milliseconds.
 */
export async function until<T>(
  what: string | (() => string),
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    }
    await delay(PROBE_EVERY_MS);
  }
}

/**
 * Lets `ms` of real time pass. Only for asserting that something does NOT happen (no further
 * event, no duplicate): there is no event to wait for then, so the test gives the unwanted thing a
 * short, bounded chance to show up. Say at the call site what must not happen.
 */
export function quietFor(ms: number): Promise<void> {
  return delay(ms);
}
