import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveDocument,
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { sharedGateway } from '../fixtures/shared-gateway.js';
import { joinClient, publishStream, startTestGateway, subscribe, wsClient } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';

const { url, emulatorUrl } = await sharedGateway();

describe('one gateway, OpenTok and OpenVidu at once (embedded emulator)', () => {
  it('should route every native id to its own provider', async () => {
    const ot = (await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    const ov = (await gqlOk(url, CreateSessionDocument, { input: { provider: 'OPENVIDU' } })).createSession;
    expect([ot.provider, ov.provider]).toEqual(['OPENTOK', 'OPENVIDU']);

    const otToken = (await gqlOk(url, GenerateTokenDocument, { input: { sessionId: ot.sessionId } })).generateToken;
    const ovToken = (await gqlOk(url, GenerateTokenDocument, { input: { sessionId: ov.sessionId } })).generateToken;
    expect([otToken.provider, ovToken.provider]).toEqual(['OPENTOK', 'OPENVIDU']);
    await joinClient(emulatorUrl, otToken.token);
    const ovClient = await joinClient(emulatorUrl, ovToken.token);
    await publishStream(emulatorUrl, ovClient.connectionId);

    const otArchive = (await gqlOk(url, StartArchiveDocument, { input: { sessionId: ot.sessionId } })).startArchive;
    const ovArchive = (await gqlOk(url, StartArchiveDocument, { input: { sessionId: ov.sessionId } })).startArchive;
    // Native archive ids: a UUID is OpenTok's, `ses_...` is OpenVidu's.
    const readOt = (await gqlOk(url, ArchiveDocument, { id: otArchive.archiveId })).archive;
    const readOv = (await gqlOk(url, ArchiveDocument, { id: ovArchive.archiveId })).archive;
    expect(readOt).toMatchObject({ id: otArchive.id, session: { sessionId: ot.sessionId } });
    expect(readOv).toMatchObject({ id: ovArchive.id, session: { sessionId: ov.sessionId } });
    expect(otArchive.id).not.toBe(ovArchive.id);
    await gqlOk(url, StopArchiveDocument, { id: otArchive.id });
    await gqlOk(url, StopArchiveDocument, { id: ovArchive.archiveId });
  });
});

describe('OpenVidu as a configured provider (standalone emulator), DEFAULT_PROVIDER, lost webhooks, webhook token', () => {
  let emulator: Emulator;
  let gateway: Gateway;
  const HOOK_TOKEN = 'openvidu-hook-token';

  beforeAll(async () => {
    emulator = await createEmulator({ openviduRecordingFinalize: 'async', archiveReadyDelayMs: 300, openviduWebhookToken: HOOK_TOKEN });
    gateway = await startTestGateway({
      OPENTOK_API_KEY: emulator.opentok.apiKey,
      OPENTOK_API_SECRET: emulator.opentok.apiSecret,
      OPENTOK_API_URL: emulator.url,
      OPENVIDU_URL: emulator.url,
      OPENVIDU_SECRET: emulator.openvidu.secret,
      OPENVIDU_WEBHOOK_TOKEN: HOOK_TOKEN,
      DEFAULT_PROVIDER: 'OPENVIDU',
      ARCHIVE_POLL_INTERVAL_MS: '100',
    });
    emulator.configure({ openviduWebhookUrl: `${gateway.url}/webhooks/openvidu` });
  });
  afterAll(async () => {
    await gateway?.close();
    await emulator?.close();
  });

  it('should create sessions on the default provider', async () => {
    expect(gateway.emulator).toBeNull();
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, {});
    expect(createSession.provider).toBe('OPENVIDU');
  });

  it('should refuse OpenVidu webhooks without the shared token', async () => {
    const body = JSON.stringify({ event: 'sessionCreated', sessionId: 'ses_Abcdefghij', uniqueSessionId: 'x', timestamp: Date.now() });
    const post = (authorization?: string) =>
      fetch(`${gateway.url}/webhooks/openvidu`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body,
      });
    expect((await post()).status).toBe(401);
    expect((await post('Bearer not-the-token')).status).toBe(401);
    expect((await post(`Bearer ${HOOK_TOKEN}`)).status).toBe(200);
  });

  it('should still bring AVAILABLE to a subscriber when the ready webhook is lost (polling)', async () => {
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, {});
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: createSession.id } });
    const client = await joinClient(emulator.url, generateToken.token);
    await publishStream(emulator.url, client.connectionId);
    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: createSession.id } });

    const ws = wsClient(gateway.url);
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { archiveId: startArchive.id });
    await watch.until(1);
    const drop = await fetch(`${emulator.url}/emulator/openvidu/webhooks/drop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ times: 1, event: 'recordingStatusChanged', status: 'ready' }),
    });
    expect(drop.status).toBe(201);
    const { stopArchive } = await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
    expect(stopArchive.status).toBe('STOPPED');
    const events = await watch.until(3);
    expect(events.map((e) => e.data!.archiveStatusChanged.status)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    watch.dispose();
    await ws.dispose();
  });
});
