import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveDocument,
  ArchivesDocument,
  ArchiveStatusChangedDocument,
  CloseSessionDocument,
  ConnectionNodeDocument,
  CreateSessionDocument,
  ForceUnpublishDocument,
  GenerateTokenDocument,
  SessionConnectionsDocument,
  SessionDocument,
  SessionsDocument,
  type SessionsQuery,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { joinClient, publishStream, startTestGateway, subscribe, untilListening, wsClient } from '../helpers/gateway.js';
import { firstError, gql, gqlOk } from '../helpers/graphql.js';
import { until } from '../helpers/until.js';

// Its own gateway: the walk-through waits for its session subscription to reach the bus (a
// subscription to a session sends nothing first), and the listing pages through every session.
describe('OpenVidu through the gateway (embedded emulator)', () => {
  let gateway: Gateway;
  let emu: string;

  beforeAll(async () => {
    gateway = await startTestGateway();
    emu = gateway.emulator!.url;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const session = async (input: Record<string, unknown> = {}) =>
    (await gqlOk(gateway.url, CreateSessionDocument, { input: { provider: 'OPENVIDU', ...input } })).createSession;

  it('should walk through: session, token with its connection, join, record, and watch it live', async () => {
    const created = await session();
    expect(created).toMatchObject({ provider: 'OPENVIDU', mediaMode: 'ROUTED', archiveMode: 'MANUAL' });
    expect(created.sessionId).toMatch(/^ses_[A-Z][A-Za-z0-9]{9}$/);

    const { generateToken: token } = await gqlOk(gateway.url, GenerateTokenDocument, {
      input: { sessionId: created.id, role: 'PUBLISHER', data: 'name=Ada' },
    });
    expect(token).toMatchObject({ provider: 'OPENVIDU', apiKey: null, role: 'PUBLISHER', data: 'name=Ada', format: 'OPAQUE' });
    expect(token.token).toContain(`sessionId=${created.sessionId}`);
    expect(token.connection).toMatchObject({ status: 'PENDING', role: 'PUBLISHER', data: 'name=Ada' });

    const client = await joinClient(emu, token.token, 'client-side');
    expect(client.connectionId).toBe(token.connection!.connectionId);
    await publishStream(emu, client.connectionId);

    const { session: withConnections } = await gqlOk(gateway.url, SessionConnectionsDocument, { id: created.id });
    const active = withConnections!.connections.find((c) => c.connectionId === client.connectionId);
    expect(active).toMatchObject({ status: 'ACTIVE', clientData: 'client-side', data: 'name=Ada' });
    expect(active!.streamIds).toHaveLength(1);
    const { node } = await gqlOk(gateway.url, ConnectionNodeDocument, { id: active!.id });
    expect(node).toMatchObject({
      id: active!.id,
      connectionId: client.connectionId,
      status: 'ACTIVE',
      session: { sessionId: created.sessionId },
    });

    const ws = wsClient(gateway.url);
    const listening = gateway.app.bus.listenerCount;
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { sessionId: created.id });
    await untilListening(gateway, listening + 1);
    const { startArchive: archive } = await gqlOk(gateway.url, StartArchiveDocument, {
      input: { sessionId: created.sessionId, name: 'standup' },
    });
    expect(archive).toMatchObject({ status: 'STARTED', archiveId: created.sessionId, name: 'standup' });
    await watch.until(1);
    const { stopArchive: stopped } = await gqlOk(gateway.url, StopArchiveDocument, { id: archive.id });
    expect(['STOPPED', 'AVAILABLE']).toContain(stopped.status);

    // The mutation, the stopped webhook and the ready webhook race; subscribers see an ordered
    // subset that starts at STARTED and ends at AVAILABLE, never going back.
    await until('AVAILABLE', () => watch.events.some((e) => e.data?.archiveStatusChanged.status === 'AVAILABLE'));
    const statuses = watch.events.map((e) => e.data!.archiveStatusChanged.status);
    expect(statuses[0]).toBe('STARTED');
    expect(statuses.at(-1)).toBe('AVAILABLE');
    expect(statuses.filter((s) => s === 'AVAILABLE')).toHaveLength(1);
    expect(['STARTED,AVAILABLE', 'STARTED,STOPPED,AVAILABLE']).toContain(statuses.join(','));
    watch.dispose();
    await ws.dispose();

    const { archives } = await gqlOk(gateway.url, ArchivesDocument, { sessionId: created.id });
    expect(archives.totalCount).toBe(1);
    expect(archives.edges[0]!.node).toMatchObject({ archiveId: archive.archiveId, status: 'AVAILABLE' });
  });

  it('should explain why a recording cannot start', async () => {
    const empty = await session();
    const nobody = firstError(await gql(gateway.url, StartArchiveDocument, { input: { sessionId: empty.id } }));
    expect(nobody.code).toBe('PRECONDITION_FAILED');
    expect(nobody.message).toMatch(/participant|connected/i);

    const relayed = await session({ mediaMode: 'RELAYED' });
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: relayed.id } });
    await joinClient(emu, generateToken.token);
    const routedOnly = firstError(await gql(gateway.url, StartArchiveDocument, { input: { sessionId: relayed.id } }));
    expect(routedOnly.code).toBe('PRECONDITION_FAILED');
    expect(routedOnly.message).toMatch(/routed/i);
  });

  it('should treat a custom session id created twice as the same session', async () => {
    const first = await session({ customSessionId: 'daily-standup' });
    const again = await session({ customSessionId: 'daily-standup' });
    expect(first.sessionId).toBe('daily-standup');
    expect(again.id).toBe(first.id);
  });

  it('should list the sessions OpenVidu holds, page by page, and refuse to on OpenTok', async () => {
    const mine = [await session(), await session(), await session()].map((s) => s.sessionId);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { sessions }: SessionsQuery = await gqlOk(gateway.url, SessionsDocument, { provider: 'OPENVIDU', first: 2, after });
      expect(sessions.edges.length).toBeLessThanOrEqual(2);
      seen.push(...sessions.edges.map((e) => e.node.sessionId));
      if (!sessions.pageInfo.hasNextPage) break;
      after = sessions.pageInfo.endCursor!;
    }
    expect(seen).toEqual(expect.arrayContaining(mine));
    expect(new Set(seen).size).toBe(seen.length);
    const opentok = firstError(await gql(gateway.url, SessionsDocument, { provider: 'OPENTOK' }));
    expect(opentok).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'provider' });
  });

  it('should still describe the session of an archive once OpenVidu has closed it', async () => {
    const created = await session();
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: created.id } });
    const client = await joinClient(emu, generateToken.token);
    await publishStream(emu, client.connectionId);
    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: created.id } });
    await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
    // The last participant leaves: OpenVidu closes the session, the recording stays.
    expect((await fetch(`${emu}/emulator/clients/${client.connectionId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await gqlOk(gateway.url, SessionDocument, { id: created.id })).session).toBeNull();
    const { archive } = await gqlOk(gateway.url, ArchiveDocument, { id: startArchive.id });
    expect(archive).toMatchObject({ archiveId: startArchive.archiveId, session: { id: created.id, sessionId: created.sessionId } });
  });

  it('should force-unpublish a stream and close a session', async () => {
    const created = await session();
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: created.id } });
    const client = await joinClient(emu, generateToken.token);
    const streamId = await publishStream(emu, client.connectionId);
    expect(await gqlOk(gateway.url, ForceUnpublishDocument, { input: { sessionId: created.id, streamId } })).toEqual({
      forceUnpublish: true,
    });
    const { session: after } = await gqlOk(gateway.url, SessionDocument, { id: created.id });
    expect(after!.streams).toEqual([]);
    expect(await gqlOk(gateway.url, CloseSessionDocument, { id: created.id })).toEqual({ closeSession: true });
    expect((await gqlOk(gateway.url, SessionDocument, { id: created.id })).session).toBeNull();
  });
});
