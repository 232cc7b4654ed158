import { GatewayError } from '../errors.js';

/**
 * Ends a subscriber whose queue overflowed: more than `limit` distinct `things` (archives,
 * broadcasts, events) pending at once. Every subscription stream uses it, so one policy holds: over
 * WebSocket the socket is closed with a close code of its own (src/http/websocket.ts); over SSE the
 * stream ends with this error (docs/operations.md#slow-subscribers).
 */
export class SubscriberTooSlowError extends GatewayError {
  constructor(limit: number, things: string) {
    super(
      'RATE_LIMITED',
      `subscriber too slow: this subscription fell more than ${limit} ${things} behind and was ended; read faster, then subscribe again`,
    );
  }
}
