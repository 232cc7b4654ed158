import type { WebhookRequest } from './types.js';

/**
 * Lenient readers of provider JSON, shared by the adapters: providers (and their SDK fixtures)
 * send numbers as strings, ids as numbers, "" for absent, and so on. Each returns null (or the
 * fallback) rather than throwing on what it cannot read.
 */

/** A non-empty string, else null (finite numbers become strings: some payloads send ids as numbers). */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A finite number, from a number or a numeric string; else null. */
export function number(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A time given as epoch milliseconds (an ISO string is tolerated); null when absent or zero. */
export function epochMs(value: unknown): Date | null {
  const n = number(value);
  if (n !== null) return n > 0 ? new Date(n) : null;
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : new Date(parsed);
  }
  return null;
}

/** A boolean, from a boolean or "true"/"false"; else the fallback. */
export function bool(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

/** A header by lower-case name, whatever the caller's casing; the first value of a repeated one. */
export function headerOf(headers: WebhookRequest['headers'], name: string): string | undefined {
  let value: unknown = headers[name];
  if (value === undefined) {
    for (const [key, v] of Object.entries(headers)) {
      if (key.toLowerCase() === name) {
        value = v;
        break;
      }
    }
  }
  // Node's IncomingHttpHeaders may hold arrays even though the interface says string.
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' ? value : undefined;
}
