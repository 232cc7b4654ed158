import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { joinClient, startTestGateway, subscribe, untilListening, wsClient } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';
import { quietFor } from '../helpers/until.js';
import { signCallback } from '../helpers/signed-callback.js';

const SECRET = 'webhook-signature-secret-for-tests';

const sign = signCallback;

describe('OpenTok webhooks with OPENTOK_WEBHOOK_SECRET set', () => {
  let gateway: Gateway;
  let apiKey: string;
  let hook: string;

  const post = (body: string, authorization?: string) =>
    fetch(hook, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body,
    });

  beforeAll(async () => {
    gateway = await startTestGateway({ OPENTOK_WEBHOOK_SECRET: SECRET });
    apiKey = gateway.emulator!.opentok.apiKey;
    hook = `${gateway.url}/webhooks/opentok`;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should take signed callbacks from the emulator all the way to AVAILABLE', async () => {
    const { createSession: session } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: session.id, format: 'T1' } });
    expect(generateToken.token.startsWith('T1==')).toBe(true);
    await joinClient(gateway.emulator!.url, generateToken.token);
    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: session.id } });
    const ws = wsClient(gateway.url);
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { archiveId: startArchive.id });
    await watch.until(1);
    await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
    const events = await watch.until(3);
    expect(events.map((e) => e.data!.archiveStatusChanged.status)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    watch.dispose();
    await ws.dispose();
  });

  describe('verification', () => {
    const archiveId = randomUUID();
    let sessionId: string;
    let body: string;

    beforeAll(async () => {
      sessionId = (await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession.sessionId;
      body = JSON.stringify({
        id: archiveId,
        event: 'archive',
        status: 'available',
        sessionId,
        partnerId: Number(apiKey),
        createdAt: Date.now() - 5000,
        updatedAt: Date.now(),
        name: 'from a webhook',
        duration: 5,
        size: 1234,
        url: 'https://example.com/a.mp4',
        hasAudio: true,
        hasVideo: true,
        outputMode: 'composed',
        resolution: '640x480',
        reason: '',
      });
    });

    it('should refuse an unsigned callback with 401', async () => {
      expect((await post(body)).status).toBe(401);
    });

    it('should refuse a callback signed with another secret', async () => {
      expect((await post(body, `Bearer ${await sign(body, 'some-other-secret-value', apiKey)}`)).status).toBe(401);
    });

    it('should refuse a body altered after signing', async () => {
      const token = await sign(body, SECRET, apiKey);
      expect((await post(body.replace('available', 'deleted'), `Bearer ${token}`)).status).toBe(401);
    });

    it('should refuse a stale signature', async () => {
      const token = await sign(body, SECRET, apiKey, Math.floor(Date.now() / 1000) - 3600);
      expect((await post(body, `Bearer ${token}`)).status).toBe(401);
    });

    it('should publish a valid callback once, and drop its redelivery', async () => {
      const ws = wsClient(gateway.url);
      const listening = gateway.app.bus.listenerCount;
      const watch = subscribe(ws, ArchiveStatusChangedDocument, { sessionId });
      await untilListening(gateway, listening + 1);
      const token = await sign(body, SECRET, apiKey);
      const first = await post(body, `Bearer ${token}`);
      expect(first.status).toBe(200);
      const again = await post(body, `Bearer ${token}`);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ duplicate: true });
      // A redelivery with a fresh signature (new jti) is still the same event for subscribers.
      expect((await post(body, `Bearer ${await sign(body, SECRET, apiKey)}`)).status).toBe(200);
      const [event] = await watch.until(1);
      expect(event!.data!.archiveStatusChanged).toMatchObject({ status: 'AVAILABLE', archive: { archiveId, size: 1234 } });
      // The redeliveries were answered already; a duplicate event gets a short, bounded chance to show up.
      await quietFor(300);
      expect(watch.events).toHaveLength(1);
      watch.dispose();
      await ws.dispose();
    });

    it('should answer 400 to a body that is not JSON and 413 to a huge one', async () => {
      const junk = 'not json';
      expect((await post(junk, `Bearer ${await sign(junk, SECRET, apiKey)}`)).status).toBe(400);
      const huge = JSON.stringify({ pad: 'x'.repeat(70 * 1024) });
      expect((await post(huge, `Bearer ${await sign(huge, SECRET, apiKey)}`)).status).toBe(413);
    });
  });
});
