/**
 * OpenTok callbacks (docs/providers/opentok.md#callbacks): verification of signed ("secure")
 * callbacks and parsing into archive status changes.
 *
 * Signed callbacks carry `Authorization: Bearer <JWT>`, HS256 with the callback's signature secret,
 * claims `{iat, jti, iss, payload_hash, api_key, application_id?}` and no `exp`. We pin HS256
 * (the Vonage SDK's verifier also accepts RS256: algorithm confusion), bound `iat` to 300 s either
 * way, and compare `payload_hash` with the SHA-256 of the raw body in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { jwtVerify, errors as joseErrors } from 'jose';
import { unauthenticated, webhookBody } from '../rest/webhook-body.js';
import type { ArchiveStatusChange, ProviderName, WebhookRequest, WebhookResult } from '../types.js';
import { headerOf } from '../wire-values.js';
import { parseBroadcastCallback } from './broadcasts.js';
import { toArchiveInfo } from './mapping.js';
import { parseMonitoringEvent } from './session-monitoring.js';

/** Options of {@link createWebhookHandler}. */
export interface OpenTokWebhookOptions {
  /** `OPENTOK_WEBHOOK_SECRET`: when set every callback must be signed with it. */
  webhookSecret?: string;
  /** Allowed distance between `iat` and now, in seconds. @default 300 */
  maxSkewSeconds?: number;
  /** Clock in milliseconds (tests). */
  now?: () => number;
  /** The provider the callbacks come from (a Vonage application signs the same way). @default 'OPENTOK' */
  provider?: ProviderName;
  /** The variable holding the secret, named in refusals. @default 'OPENTOK_WEBHOOK_SECRET' */
  secretVariable?: string;
}

/** Verifies and parses one callback request. */
export type OpenTokWebhookHandler = (request: WebhookRequest) => Promise<WebhookResult>;

/** Monitoring events we recognise and deliberately do not turn into archive changes. */
const MONITORING_EVENTS = new Set([
  'sessionCreated',
  'sessionDestroyed',
  'connectionCreated',
  'connectionDestroyed',
  'streamCreated',
  'streamDestroyed',
  'callCreated',
  'callUpdated',
  'callDestroyed',
  'muteForced',
  'broadcast',
  'render',
  'captions',
]);

const PROVIDER = 'OPENTOK';

/** Creates the callback handler for one project. */
export function createWebhookHandler(options: OpenTokWebhookOptions = {}): OpenTokWebhookHandler {
  const secret = options.webhookSecret ? new TextEncoder().encode(options.webhookSecret) : undefined;
  const maxSkew = options.maxSkewSeconds ?? 300;
  const now = options.now ?? Date.now;
  const signer = { provider: options.provider ?? PROVIDER, secretVariable: options.secretVariable ?? 'OPENTOK_WEBHOOK_SECRET' };

  return async (request: WebhookRequest): Promise<WebhookResult> => {
    const jti = secret === undefined ? null : await verifySignature(request, secret, maxSkew, now(), signer);
    const parsed = parseCallback(request.rawBody, jti, now());
    const archiveChanges =
      signer.provider === PROVIDER
        ? parsed.archiveChanges
        : parsed.archiveChanges.map((change) => ({ ...change, archive: { ...change.archive, provider: signer.provider } }));
    const result: WebhookResult = { ...parsed, archiveChanges, verified: secret !== undefined };
    // Session, SIP and broadcast events name the deployment that sent them (a Vonage application signs alike).
    if (parsed.sessionEvents) result.sessionEvents = parsed.sessionEvents.map((e) => ({ ...e, provider: signer.provider }));
    if (parsed.sipCallEvents) result.sipCallEvents = parsed.sipCallEvents.map((e) => ({ ...e, provider: signer.provider }));
    if (parsed.broadcastChanges) {
      result.broadcastChanges = parsed.broadcastChanges.map((c) => ({ ...c, broadcast: { ...c.broadcast, provider: signer.provider } }));
    }
    return result;
  };
}

async function verifySignature(
  request: WebhookRequest,
  secret: Uint8Array,
  maxSkewSeconds: number,
  nowMs: number,
  { provider, secretVariable }: { provider: ProviderName; secretVariable: string },
): Promise<string | null> {
  const header = headerOf(request.headers, 'authorization');
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw unauthenticated(provider, 'the callback is not signed: an Authorization: Bearer <JWT> header is required');
  }
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(match[1], secret, { algorithms: ['HS256'], currentDate: new Date(nowMs) }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated(provider, 'the callback signature has expired');
    throw unauthenticated(provider, `the callback signature does not verify with ${secretVariable}`);
  }
  const iat = payload.iat;
  if (typeof iat !== 'number' || Math.abs(nowMs / 1000 - iat) > maxSkewSeconds) {
    throw unauthenticated(provider, `the callback signature is stale: iat must be within ${maxSkewSeconds} s of now`);
  }
  const hash = payload.payload_hash;
  const actual = createHash('sha256').update(request.rawBody).digest();
  const claimed = typeof hash === 'string' && /^[0-9a-fA-F]{64}$/.test(hash) ? Buffer.from(hash, 'hex') : null;
  if (claimed === null || !timingSafeEqual(claimed, actual)) {
    throw unauthenticated(provider, 'the callback body does not match its signed payload_hash');
  }
  return typeof payload.jti === 'string' && payload.jti !== '' ? payload.jti : null;
}

/**
 * Parses a (verified) callback body. Archive callbacks (`event: "archive"`, or an object with
 * `id`, `status` and `sessionId`) give one archive change; session-monitoring and SIP call events
 * give session or SIP call events (./session-monitoring.ts); others report only their `event`.
 *
 * @param jti the signature's `jti`, used as the dedupe key when present.
 */
export function parseCallback(rawBody: Buffer, jti: string | null, nowMs: number = Date.now()): Omit<WebhookResult, 'verified'> {
  const event = webhookBody(rawBody, PROVIDER, 'callback');
  const eventName = typeof event.event === 'string' && event.event !== '' ? event.event : null;
  const looksLikeArchive =
    eventName === 'archive' ||
    (eventName === null && typeof event.id === 'string' && typeof event.status === 'string' && typeof event.sessionId === 'string');

  if (looksLikeArchive) {
    const archive = toArchiveInfo(event);
    const changes: ArchiveStatusChange[] =
      archive === null ? [] : [{ archive, occurredAt: archive.updatedAt ?? new Date(nowMs), source: 'webhook' }];
    const stamp = archive?.updatedAt ?? archive?.createdAt;
    const businessKey =
      archive === null
        ? null
        : `archive:${archive.archiveId}:${archive.status.toLowerCase()}:${stamp === undefined ? '' : stamp.getTime()}`;
    return { archiveChanges: changes, dedupeKey: jti ?? businessKey, eventType: 'archive' };
  }

  if (eventName === 'broadcast') return parseBroadcastCallback(event, jti, PROVIDER, nowMs);
  const eventType = eventName ?? 'unknown';
  const monitoring = parseMonitoringEvent(eventType, event, PROVIDER, nowMs);
  return {
    archiveChanges: [],
    ...(monitoring.sessionEvents.length > 0 ? { sessionEvents: monitoring.sessionEvents } : {}),
    ...(monitoring.sipCallEvents.length > 0 ? { sipCallEvents: monitoring.sipCallEvents } : {}),
    dedupeKey: jti ?? monitoringKey(eventType, event),
    eventType: knownOr(eventType),
  };
}

function knownOr(eventType: string): string {
  // Keep metric labels bounded: an unexpected event name is reported as `unknown`.
  return MONITORING_EVENTS.has(eventType) ? eventType : 'unknown';
}

/** `<event>:<sessionId>:<subject id>:<timestamp>` for unsigned monitoring events, when complete. */
function monitoringKey(eventType: string, event: Record<string, unknown>): string | null {
  const subject = (event.connection ?? event.stream ?? event.call) as { id?: unknown } | undefined;
  const parts = [event.sessionId, subject?.id ?? '', event.timestamp];
  if (typeof parts[0] !== 'string' || (typeof parts[2] !== 'number' && typeof parts[2] !== 'string')) return null;
  return `${eventType}:${parts.map(String).join(':')}`;
}
