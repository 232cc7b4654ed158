/**
 * The walk-through on VONAGE over real HTTP and WebSocket: a gateway with its embedded emulator
 * serving a Vonage application, callbacks signed with VONAGE_WEBHOOK_SECRET, and no polling, so an
 * AVAILABLE seen by the subscription can only have come from a signed Vonage callback.
 */
import { randomUUID } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveDocument,
  ArchivesDocument,
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  DeleteArchiveDocument,
  GenerateTokenDocument,
  NodeDocument,
  ProvidersDocument,
  SendSignalDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { joinClient, publishStream, startTestGateway, subscribe, wsClient } from '../helpers/gateway.js';
import { gql, gqlOk } from '../helpers/graphql.js';
import { signCallback } from '../helpers/signed-callback.js';
import { until } from '../helpers/until.js';

const SECRET = 'vonage-signature-secret-for-tests';

interface VonageState {
  vonage: {
    applicationId: string;
    sessions: Array<{ sessionId: string; signals: Array<{ data: string }> }>;
    callbacks: { delivered: number };
  };
}

describe('the walk-through on a Vonage application (embedded emulator, signed callbacks)', () => {
  let gateway: Gateway;
  let applicationId: string;

  beforeAll(async () => {
    gateway = await startTestGateway({ VONAGE_WEBHOOK_SECRET: SECRET });
    applicationId = gateway.emulator!.vonage.applicationId;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should list VONAGE beside OPENTOK and OPENVIDU, with JWT tokens only', async () => {
    const { providers } = await gqlOk(gateway.url, ProvidersDocument, {});
    expect(providers.map((p) => p.name)).toEqual(['OPENTOK', 'VONAGE', 'OPENVIDU']);
    expect(providers.find((p) => p.name === 'VONAGE')).toMatchObject({ archives: true, sip: true, tokenFormats: ['JWT'] });
  });

  it('should create a session, mint a token, and record an archive whose AVAILABLE comes from a signed callback', async () => {
    const { createSession: session } = await gqlOk(gateway.url, CreateSessionDocument, {
      input: { provider: 'VONAGE', mediaMode: 'ROUTED' },
    });
    expect(session.provider).toBe('VONAGE');

    // The native session id routes to VONAGE on its own.
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, {
      input: { sessionId: session.sessionId, role: 'PUBLISHER', data: 'name=Ada' },
    });
    expect(generateToken).toMatchObject({ provider: 'VONAGE', apiKey: applicationId, sessionId: session.sessionId });
    expect(decodeProtectedHeader(generateToken.token).alg).toBe('RS256');
    expect(decodeJwt(generateToken.token)).toMatchObject({
      application_id: applicationId,
      session_id: session.sessionId,
      role: 'publisher',
    });
    const client = await joinClient(gateway.emulator!.url, generateToken.token);
    expect(client.sessionId).toBe(session.sessionId);
    await publishStream(gateway.emulator!.url, client.connectionId);

    await gqlOk(gateway.url, SendSignalDocument, { input: { sessionId: session.id, data: 'hello' } });
    const state = gateway.emulator!.state() as VonageState;
    expect(state.vonage.sessions.find((s) => s.sessionId === session.sessionId)?.signals).toEqual([
      expect.objectContaining({ data: 'hello' }),
    ]);

    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: session.id, name: 'Standup' } });
    expect(startArchive).toMatchObject({ status: 'STARTED' });
    const ws = wsClient(gateway.url);
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { archiveId: startArchive.id });
    await watch.until(1);
    const delivered = (gateway.emulator!.state() as VonageState).vonage.callbacks.delivered;
    await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
    const events = await watch.until(3);
    expect(events.map((e) => e.data!.archiveStatusChanged.status)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    expect((gateway.emulator!.state() as VonageState).vonage.callbacks.delivered).toBeGreaterThan(delivered);
    watch.dispose();
    await ws.dispose();

    const { node } = await gqlOk(gateway.url, NodeDocument, { id: startArchive.id });
    expect(node).toMatchObject({ id: startArchive.id });
    const { archive } = await gqlOk(gateway.url, ArchiveDocument, { id: startArchive.archiveId });
    expect(archive).toMatchObject({ id: startArchive.id, status: 'AVAILABLE', name: 'Standup', session: { sessionId: session.sessionId } });
    const { archives } = await gqlOk(gateway.url, ArchivesDocument, { sessionId: session.id, first: 10 });
    expect(archives.edges.map((e) => e.node.archiveId)).toEqual([startArchive.archiveId]);

    expect((await gqlOk(gateway.url, DeleteArchiveDocument, { id: startArchive.id })).deleteArchive).toBe(true);
  });

  it('should refuse a T1 token before any call, naming the provider', async () => {
    const { createSession: session } = await gqlOk(gateway.url, CreateSessionDocument, { input: { provider: 'VONAGE' } });
    const result = await gql(gateway.url, GenerateTokenDocument, { input: { sessionId: session.id, format: 'T1' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', provider: 'VONAGE', field: 'input.format' });
  });

  it('should refuse unsigned and forged callbacks at /webhooks/vonage, and take a signed one', async () => {
    const { createSession: session } = await gqlOk(gateway.url, CreateSessionDocument, {
      input: { provider: 'VONAGE', mediaMode: 'ROUTED' },
    });
    const body = JSON.stringify({
      id: randomUUID(),
      event: 'archive',
      status: 'available',
      sessionId: session.sessionId,
      projectId: applicationId,
      createdAt: Date.now() - 5000,
      updatedAt: Date.now(),
      name: 'from a callback',
      duration: 5,
      size: 1234,
      url: 'https://example.com/a.mp4',
      hasAudio: true,
      hasVideo: true,
      outputMode: 'composed',
      reason: '',
    });
    const post = (authorization?: string) =>
      fetch(`${gateway.url}/webhooks/vonage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body,
      });
    expect((await post()).status).toBe(401);
    expect((await post(`Bearer ${await signCallback(body, 'not-the-secret-at-all', applicationId)}`)).status).toBe(401);
    const accepted = await post(`Bearer ${await signCallback(body, SECRET, applicationId)}`);
    expect(accepted.status).toBe(200);
  });

  it('should deliver the emulator callbacks to /webhooks/vonage, signed', async () => {
    await until('the emulator to have delivered Vonage callbacks', () => {
      const { callbacks } = (gateway.emulator!.state() as VonageState).vonage;
      return callbacks.delivered > 0;
    });
  });
});
