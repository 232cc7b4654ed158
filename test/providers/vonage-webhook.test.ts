/**
 * Vonage callbacks through the adapter: signed with VONAGE_WEBHOOK_SECRET (HS256 bearer JWT whose
 * payload_hash covers the body) they are verified and published as Vonage's; a missing, forged,
 * stale or mismatched signature is refused naming VONAGE; with no secret they are hints.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import type { VideoProvider, WebhookRequest } from '../../src/providers/types.js';
import { createVonageProvider } from '../../src/providers/vonage/index.js';
import { signCallback } from '../helpers/signed-callback.js';

const APP = '5f2c7e8a-1b3d-4c5e-9f60-718293a4b5c6';
const SECRET = 'vonage-signature-secret';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
/** Nothing listens here: a webhook never calls out. */
const NOWHERE = 'http://127.0.0.1:1';

function provider(webhookSecret?: string): VideoProvider {
  return createVonageProvider({ applicationId: APP, privateKey, videoHost: NOWHERE, ...(webhookSecret ? { webhookSecret } : {}) });
}

const archiveId = randomUUID();
const body = JSON.stringify({
  id: archiveId,
  event: 'archive',
  status: 'stopped',
  sessionId: '1_MX4xMjM0fn4xNzAwMDAwMDAwMDAwfmFiY2R-fg',
  projectId: APP,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_060_000,
  duration: 60,
  size: 0,
  reason: 'user initiated',
});

function request(authorization?: string, raw = body): WebhookRequest {
  return { headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, rawBody: Buffer.from(raw) };
}

async function refusal(call: Promise<unknown>): Promise<GatewayError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

describe('Vonage callbacks with VONAGE_WEBHOOK_SECRET', () => {
  const vonage = provider(SECRET);

  it('should verify a signed callback and report its archive change as VONAGE', async () => {
    const result = await vonage.handleWebhook(request(`Bearer ${await signCallback(body, SECRET, APP)}`));
    expect(result).toMatchObject({ verified: true, eventType: 'archive' });
    expect(result.archiveChanges).toHaveLength(1);
    expect(result.archiveChanges[0]?.archive).toMatchObject({ provider: 'VONAGE', archiveId, status: 'STOPPED' });
  });

  it('should report a signed broadcast callback as a VONAGE broadcast change', async () => {
    const broadcastId = randomUUID();
    const broadcast = JSON.stringify({
      id: broadcastId,
      event: 'broadcast',
      status: 'stopped',
      sessionId: '1_MX4xMjM0fn4xNzAwMDAwMDAwMDAwfmFiY2R-fg',
      projectId: APP,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_060_000,
      broadcastUrls: {},
    });
    const result = await vonage.handleWebhook(request(`Bearer ${await signCallback(broadcast, SECRET, APP)}`, broadcast));
    expect(result).toMatchObject({ verified: true, eventType: 'broadcast' });
    expect(result.broadcastChanges).toHaveLength(1);
    expect(result.broadcastChanges?.[0]?.broadcast).toMatchObject({ provider: 'VONAGE', broadcastId, status: 'STOPPED' });
  });

  it('should refuse a missing signature, naming VONAGE', async () => {
    const error = await refusal(vonage.handleWebhook(request()));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', details: { provider: 'VONAGE' } });
  });

  it('should refuse a forged signature, naming VONAGE_WEBHOOK_SECRET', async () => {
    const error = await refusal(vonage.handleWebhook(request(`Bearer ${await signCallback(body, 'another-secret', APP)}`)));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', details: { provider: 'VONAGE' } });
    expect(error.message).toMatch(/VONAGE_WEBHOOK_SECRET/);
    expect(error.message).not.toContain(SECRET);
  });

  it('should refuse a signature over another body, and a stale one', async () => {
    const signed = `Bearer ${await signCallback(body, SECRET, APP)}`;
    expect((await refusal(vonage.handleWebhook(request(signed, body.replace('stopped', 'available'))))).code).toBe('UNAUTHENTICATED');
    const stale = `Bearer ${await signCallback(body, SECRET, APP, Math.floor(Date.now() / 1000) - 3600)}`;
    expect((await refusal(vonage.handleWebhook(request(stale)))).code).toBe('UNAUTHENTICATED');
  });
});

describe('Vonage callbacks without a secret', () => {
  it('should take them as hints, still labelled VONAGE', async () => {
    const result = await provider().handleWebhook(request());
    expect(result.verified).toBe(false);
    expect(result.archiveChanges[0]?.archive.provider).toBe('VONAGE');
  });
});
