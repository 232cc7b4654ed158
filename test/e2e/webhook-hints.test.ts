import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import type { ProviderName, VideoProvider } from '../../src/providers/types.js';
import {
  ArchiveDocument,
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { joinClient, publishStream, startTestGateway, subscribe, untilListening, wsClient } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';
import { quietFor, until } from '../helpers/until.js';
import { signCallback } from '../helpers/signed-callback.js';

// Own gateways: these tests count bus listeners, inject emulator faults and spy on the adapters.

const EVIL = 'https://evil.example/malware.mp4';
const SECRET = 'webhook-signature-secret-for-tests';
const OV_TOKEN = 'openvidu-webhook-token-for-tests';

/** An OpenTok archive callback claiming `status`, with a forged url and size. */
function openTokCallback(archiveId: string, sessionId: string, apiKey: string, status: string, updatedAt = Date.now()): string {
  return JSON.stringify({
    id: archiveId,
    event: 'archive',
    status,
    sessionId,
    partnerId: Number(apiKey),
    createdAt: updatedAt - 5000,
    updatedAt,
    name: 'forged',
    duration: 5,
    size: 666,
    url: EVIL,
    hasAudio: true,
    hasVideo: true,
    outputMode: 'composed',
    resolution: '640x480',
    reason: '',
  });
}

/** An OpenVidu `recordingStatusChanged` webhook claiming `status`, with a forged url. */
function openViduWebhook(recordingId: string, sessionId: string, status: string): string {
  const now = Date.now();
  return JSON.stringify({
    event: 'recordingStatusChanged',
    timestamp: now,
    sessionId,
    uniqueSessionId: `${sessionId}_${now}`,
    startTime: now - 5000,
    duration: 5,
    id: recordingId,
    name: 'forged',
    outputMode: 'COMPOSED',
    hasAudio: true,
    hasVideo: true,
    size: 666,
    url: EVIL,
    status,
    reason: 'recordingStoppedByServer',
  });
}

async function sign(body: string, apiKey: string): Promise<string> {
  return `Bearer ${await signCallback(body, SECRET, apiKey)}`;
}

function post(gateway: Gateway, provider: 'opentok' | 'openvidu', body: string, authorization?: string): Promise<Response> {
  return fetch(`${gateway.url}/webhooks/${provider}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body,
  });
}

function adapter(gateway: Gateway, name: ProviderName): VideoProvider {
  return gateway.app.registry.list().find((p) => p.name === name)!;
}

/** A session of `provider` with one publishing client, so it can be recorded. */
async function recordableSession(gateway: Gateway, provider: ProviderName) {
  const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { provider, mediaMode: 'ROUTED' } });
  const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: createSession.id } });
  const client = await joinClient(gateway.emulator!.url, generateToken.token);
  if (provider === 'OPENVIDU') await publishStream(gateway.emulator!.url, client.connectionId);
  return createSession;
}

/** A recorded archive that has reached AVAILABLE at the provider, with the url the provider gives it. */
async function availableArchive(gateway: Gateway, provider: ProviderName) {
  const session = await recordableSession(gateway, provider);
  const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: session.id } });
  await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
  let archive = startArchive;
  await until('the archive to be AVAILABLE at the provider', async () => {
    archive = (await gqlOk(gateway.url, ArchiveDocument, { id: startArchive.id })).archive!;
    return archive.status === 'AVAILABLE';
  });
  return { session, archive };
}

/** Subscribes to a session's archives and waits until the subscription listens. */
async function watchSession(gateway: Gateway, sessionId: string) {
  const ws = wsClient(gateway.url);
  const listening = gateway.app.bus.listenerCount;
  const watch = subscribe(ws, ArchiveStatusChangedDocument, { sessionId });
  await untilListening(gateway, listening + 1);
  return {
    watch,
    async close() {
      watch.dispose();
      await ws.dispose();
    },
  };
}

describe('unverified webhooks are hints (no OPENTOK_WEBHOOK_SECRET, no OPENVIDU_WEBHOOK_TOKEN)', () => {
  let gateway: Gateway;
  let apiKey: string;

  beforeAll(async () => {
    gateway = await startTestGateway();
    apiKey = gateway.emulator!.opentok.apiKey;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it("should publish a forged OpenTok AVAILABLE with an evil url only as the provider's real status and url", async () => {
    const { session, archive } = await availableArchive(gateway, 'OPENTOK');
    expect(archive.url).toMatch(/^http/);
    const { watch, close } = await watchSession(gateway, session.id);
    const answer = await post(gateway, 'opentok', openTokCallback(archive.archiveId, session.sessionId, apiKey, 'available'));
    expect(answer.status).toBe(200);
    const [event] = await watch.until(1);
    expect(event!.data!.archiveStatusChanged).toMatchObject({
      status: 'AVAILABLE',
      archive: { archiveId: archive.archiveId, url: archive.url, size: archive.size },
    });
    expect(JSON.stringify(watch.events)).not.toContain('evil.example');
    await close();
  });

  it('should not move a recording OpenTok archive to a forged AVAILABLE', async () => {
    const session = await recordableSession(gateway, 'OPENTOK');
    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: session.id } });
    const ws = wsClient(gateway.url);
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { archiveId: startArchive.id });
    await watch.until(1);
    const answer = await post(gateway, 'opentok', openTokCallback(startArchive.archiveId, session.sessionId, apiKey, 'available'));
    expect(answer.status).toBe(200);
    // The re-read says STARTED, which subscribers already have: nothing more may show up.
    await quietFor(300);
    expect(watch.events.map((e) => e.data!.archiveStatusChanged.status)).toEqual(['STARTED']);
    await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
    const events = await watch.until(3);
    expect(events.map((e) => e.data!.archiveStatusChanged.status)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    expect(JSON.stringify(watch.events)).not.toContain('evil.example');
    watch.dispose();
    await ws.dispose();
  });

  it('should publish nothing for a forged OpenTok callback about an archive the provider does not know', async () => {
    const session = await recordableSession(gateway, 'OPENTOK');
    const { watch, close } = await watchSession(gateway, session.id);
    const answer = await post(gateway, 'opentok', openTokCallback(randomUUID(), session.sessionId, apiKey, 'available'));
    expect(answer.status).toBe(200);
    await quietFor(300);
    expect(watch.events).toHaveLength(0);
    await close();
  });

  it('should re-read an archive once for a burst of concurrent forged hints about it', async () => {
    const { session, archive } = await availableArchive(gateway, 'OPENTOK');
    const spy = vi.spyOn(adapter(gateway, 'OPENTOK'), 'getArchive');
    const faults = `${gateway.emulator!.url}/emulator/faults`;
    try {
      // The first re-read is held up at the emulator, so every other hint arrives while it is in flight.
      const fault = await fetch(faults, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'GET', path: archive.archiveId, delayMs: 300 }),
      });
      expect(fault.status).toBe(201);
      const identical = openTokCallback(archive.archiveId, session.sessionId, apiKey, 'available');
      const now = Date.now();
      const bodies = [
        ...Array.from({ length: 5 }, () => identical),
        // Different timestamps: distinct dedupe keys, still one archive to re-read.
        ...Array.from({ length: 5 }, (_, i) => openTokCallback(archive.archiveId, session.sessionId, apiKey, 'available', now + i + 1)),
      ];
      const answers = await Promise.all(bodies.map((body) => post(gateway, 'opentok', body)));
      expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 200));
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
      await fetch(faults, { method: 'DELETE' });
    }
  });

  it("should publish a forged OpenVidu recordingStatusChanged only as the provider's real status", async () => {
    const { session, archive } = await availableArchive(gateway, 'OPENVIDU');
    const { watch, close } = await watchSession(gateway, session.id);
    const answer = await post(gateway, 'openvidu', openViduWebhook(archive.archiveId, session.sessionId, 'failed'));
    expect(answer.status).toBe(200);
    const [event] = await watch.until(1);
    expect(event!.data!.archiveStatusChanged).toMatchObject({
      status: 'AVAILABLE',
      archive: { archiveId: archive.archiveId, url: archive.url },
    });
    await quietFor(300);
    expect(watch.events.map((e) => e.data!.archiveStatusChanged.status)).not.toContain('FAILED');
    expect(JSON.stringify(watch.events)).not.toContain('evil.example');
    await close();
  });

  it('should publish nothing for a forged OpenVidu webhook about a recording the provider does not know', async () => {
    const session = await recordableSession(gateway, 'OPENVIDU');
    const { watch, close } = await watchSession(gateway, session.id);
    const answer = await post(gateway, 'openvidu', openViduWebhook(`${session.sessionId}~99`, session.sessionId, 'ready'));
    expect(answer.status).toBe(200);
    await quietFor(300);
    expect(watch.events).toHaveLength(0);
    await close();
  });
});

describe('verified webhooks are published as they came (OPENTOK_WEBHOOK_SECRET and OPENVIDU_WEBHOOK_TOKEN set)', () => {
  let gateway: Gateway;
  let apiKey: string;

  beforeAll(async () => {
    gateway = await startTestGateway({ OPENTOK_WEBHOOK_SECRET: SECRET, OPENVIDU_WEBHOOK_TOKEN: OV_TOKEN });
    apiKey = gateway.emulator!.opentok.apiKey;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should publish a signed OpenTok callback as it came, without re-reading it', async () => {
    const session = await recordableSession(gateway, 'OPENTOK');
    const archiveId = randomUUID();
    const spy = vi.spyOn(adapter(gateway, 'OPENTOK'), 'getArchive');
    try {
      const { watch, close } = await watchSession(gateway, session.id);
      const body = openTokCallback(archiveId, session.sessionId, apiKey, 'available');
      expect((await post(gateway, 'opentok', body, await sign(body, apiKey))).status).toBe(200);
      const [event] = await watch.until(1);
      expect(event!.data!.archiveStatusChanged).toMatchObject({ status: 'AVAILABLE', archive: { archiveId, url: EVIL, size: 666 } });
      expect(spy).not.toHaveBeenCalled();
      await close();
    } finally {
      spy.mockRestore();
    }
  });

  it('should publish an OpenVidu webhook carrying the shared token as it came, without re-reading it', async () => {
    const session = await recordableSession(gateway, 'OPENVIDU');
    const recordingId = `${session.sessionId}~99`;
    const spy = vi.spyOn(adapter(gateway, 'OPENVIDU'), 'getArchive');
    try {
      const { watch, close } = await watchSession(gateway, session.id);
      const answer = await post(gateway, 'openvidu', openViduWebhook(recordingId, session.sessionId, 'failed'), `Bearer ${OV_TOKEN}`);
      expect(answer.status).toBe(200);
      const [event] = await watch.until(1);
      expect(event!.data!.archiveStatusChanged).toMatchObject({ status: 'FAILED', archive: { archiveId: recordingId, url: EVIL } });
      expect(spy).not.toHaveBeenCalled();
      await close();
    } finally {
      spy.mockRestore();
    }
  });
});
