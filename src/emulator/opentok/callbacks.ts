/**
 * Archive status callbacks (docs/providers/opentok.md#archive-status-callbacks): one POST per status change,
 * JSON = the archive JSON + `event: "archive"` + numeric `partnerId`, optionally signed with
 * `Authorization: Bearer <HS256 JWT>` carrying `{iat, jti, iss: "Vonage", payload_hash, api_key,
 * application_id}`. Delivery is ordered per archive and retried a few times with a short backoff.
 */
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { DeliveryPolicy, Webhook } from '../webhook-sender.js';
import { numericKey } from './archiving.js';

/** Where and how callbacks go; read at each status change so `configure()` takes effect. */
export interface CallbackTarget {
  callbackUrl?: string | undefined;
  callbackSecret?: string | undefined;
}

/** How archive callbacks are delivered: per archive in order, 2xx counts, two retries. */
export const CALLBACK_POLICY: DeliveryPolicy = {
  label: 'archive callback',
  orderedBy: 'archiveId',
  retryDelaysMs: [200, 1_000],
  attemptTimeoutMs: 5_000,
  delivered: (status) => status >= 200 && status < 300,
};

/** The callback for one archive status change, or `undefined` when no callback URL is set. */
export function archiveCallback(archive: Record<string, unknown>, apiKey: string, target: CallbackTarget): Webhook | undefined {
  const url = target.callbackUrl;
  if (!url) return undefined;
  // Callbacks report createdAt rounded to the second, unlike REST.
  const createdAt = typeof archive.createdAt === 'number' ? Math.round(archive.createdAt / 1000) * 1000 : archive.createdAt;
  const body = JSON.stringify({ ...archive, createdAt, event: 'archive', partnerId: numericKey(apiKey) });
  const secret = target.callbackSecret;
  return {
    url,
    body,
    tags: { archiveId: String(archive.id), status: String(archive.status) },
    ...(secret ? { headers: async () => ({ authorization: `Bearer ${await sign(secret, apiKey, body)}` }) } : {}),
  };
}

/** The signed-callback JWT, with exactly the claim set the platform sends. */
export function sign(secret: string, apiKey: string, body: string): Promise<string> {
  return new SignJWT({
    payload_hash: createHash('sha256').update(body, 'utf8').digest('hex'),
    api_key: apiKey,
    application_id: apiKey,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setJti(randomUUID())
    .setIssuer('Vonage')
    .sign(new TextEncoder().encode(secret));
}
