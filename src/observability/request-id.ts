import { randomUUID } from 'node:crypto';

/** The header a request id arrives in, is answered in and is sent upstream in (docs/operations.md#logs). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What an incoming request id may look like: short, and only characters that are harmless in a
 * log line, a header and a trace (no spaces, quotes or control characters).
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The request id of a request: the caller's `x-request-id` when it is a safe one (a load balancer
 * or a client may have set it, and keeping it ties their logs to ours), else a new UUID.
 */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** A new request id, for work no HTTP request started (a WebSocket operation). */
export function newRequestId(): string {
  return randomUUID();
}
