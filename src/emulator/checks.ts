/**
 * Checks of option values that every face applies the same way, at start and in `configure()`.
 * A bad value is a `TypeError` naming the option.
 */

/** A non-negative number of milliseconds. */
export function checkDelay(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`${name} must be a non-negative number of milliseconds`);
  return value;
}

/** An absolute http(s) URL, or `undefined` (unset). */
export function checkHttpUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`${name} must use http or https`);
  return value;
}
