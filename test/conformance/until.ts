/** Bounded polling, for waits on the emulator's timers (never a fixed sleep). */

/**
 * Calls `probe` until it returns something other than `undefined`, and returns that; fails once
 * `timeoutMs` has passed. The emulator's timers in this suite are tens of milliseconds, so the
 * deadline is only reached when something is wrong.
 */
export async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
