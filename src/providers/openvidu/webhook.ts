/**
 * OpenVidu 2 webhooks (docs/providers/openvidu.md#webhooks): authentication and parsing.
 *
 * OpenVidu does not sign webhooks. A deployment is set up with
 * `OPENVIDU_WEBHOOK_HEADERS=["Authorization: Bearer <token>"]`, and when `OPENVIDU_WEBHOOK_TOKEN`
 * is configured the gateway requires that header (the bare token as the header value is accepted
 * too), compared in constant time.
 *
 * OpenVidu has no delivery id and may deliver one event twice (openvidu#747), so the dedupe key is
 * a business key: `<event>:<subject>:<status>:<timestamp>`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { GatewayError } from '../../errors.js';
import { unauthenticated, webhookBody } from '../rest/webhook-body.js';
import type { ArchiveStatusChange, WebhookRequest, WebhookResult } from '../types.js';
import { epochMs, headerOf } from '../wire-values.js';
import { toArchiveInfo } from './mapping.js';
import { sessionEventsOf } from './session-events.js';

/** Options of {@link createWebhookHandler}. */
export interface OpenViduWebhookOptions {
  /** `OPENVIDU_WEBHOOK_TOKEN`: when set, webhooks must carry `Authorization: Bearer <token>`. */
  webhookToken?: string;
}

/** Verifies and parses one webhook request. */
export type OpenViduWebhookHandler = (request: WebhookRequest) => Promise<WebhookResult>;

/** Events OpenVidu 2 sends (CE and PRO); anything else is reported as `unknown`. */
const KNOWN_EVENTS = new Set([
  'sessionCreated',
  'sessionDestroyed',
  'participantJoined',
  'participantLeft',
  'webrtcConnectionCreated',
  'webrtcConnectionDestroyed',
  'recordingStatusChanged',
  'filterEventDispatched',
  'signalSent',
  'broadcastStarted',
  'broadcastStopped',
  'mediaNodeStatusChanged',
  'autoscaling',
  'nodeCrashed',
  'nodeRecovered',
  'HANodeRegistered',
  'HANodeDeregistered',
]);

const PROVIDER = 'OPENVIDU';

/** Creates the webhook handler of one deployment. */
export function createWebhookHandler(options: OpenViduWebhookOptions = {}): OpenViduWebhookHandler {
  const expected = options.webhookToken ? digest(options.webhookToken) : undefined;
  return async (request: WebhookRequest): Promise<WebhookResult> => {
    if (expected !== undefined) checkToken(request, expected);
    return { ...parseWebhook(request.rawBody), verified: expected !== undefined };
  };
}

function checkToken(request: WebhookRequest, expected: Buffer): void {
  const header = headerOf(request.headers, 'authorization')?.trim();
  if (header === undefined || header === '') {
    throw unauthenticated(
      PROVIDER,
      'the webhook has no Authorization header: set OPENVIDU_WEBHOOK_HEADERS=["Authorization: Bearer <token>"] on OpenVidu',
    );
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  const presented = bearer?.[1] ?? header;
  // Hashing first gives equal lengths, so the comparison leaks neither content nor length.
  if (!timingSafeEqual(digest(presented), expected)) {
    throw unauthenticated(PROVIDER, 'the webhook Authorization header does not match OPENVIDU_WEBHOOK_TOKEN');
  }
}

/**
 * Parses a (verified) webhook body. `recordingStatusChanged` gives one archive change (no `url`:
 * the webhook has none; `createdAt` is its `startTime`, `occurredAt` its `timestamp`);
 * participants and their published streams coming and going give session events
 * (./session-events.ts); every other event reports only its name.
 */
export function parseWebhook(rawBody: Buffer, nowMs: number = Date.now()): Omit<WebhookResult, 'verified'> {
  const event = webhookBody(rawBody, PROVIDER, 'webhook');
  const name = typeof event.event === 'string' && event.event !== '' ? event.event : null;
  if (name === null) {
    throw new GatewayError('BAD_USER_INPUT', 'the webhook body has no "event": it is not an OpenVidu webhook', { provider: PROVIDER });
  }
  const eventType = KNOWN_EVENTS.has(name) ? name : 'unknown';
  const timestamp = epochMs(event.timestamp);

  const archiveChanges: ArchiveStatusChange[] = [];
  if (name === 'recordingStatusChanged') {
    const archive = toArchiveInfo(event);
    if (archive !== null) {
      archiveChanges.push({ archive, occurredAt: timestamp ?? new Date(nowMs), source: 'webhook' });
    }
  }
  const sessionEvents = sessionEventsOf(name, event, timestamp ?? new Date(nowMs));
  return {
    archiveChanges,
    ...(sessionEvents.length > 0 ? { sessionEvents } : {}),
    dedupeKey: dedupeKeyOf(name, event, timestamp),
    eventType,
  };
}

/**
 * `<event>:<subject>:<status>:<timestamp>`, the subject being the recording id, else the
 * connection (with the stream and, for subscriptions, the publisher), else the session. Null
 * without a timestamp: two different events could then share a key.
 */
function dedupeKeyOf(name: string, event: Record<string, unknown>, timestamp: Date | null): string | null {
  if (timestamp === null) return null;
  const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const connection = str(event.connectionId) ?? str(event.participantId);
  const subject =
    str(event.id) ??
    (connection === undefined
      ? str(event.sessionId)
      : [connection, str(event.streamId), str(event.receivingFrom)].filter((p) => p !== undefined).join('/'));
  return `${name}:${subject ?? ''}:${str(event.status) ?? ''}:${timestamp.getTime()}`;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
