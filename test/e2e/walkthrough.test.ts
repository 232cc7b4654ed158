import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
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
import { quietFor } from '../helpers/until.js';

// Its own gateway: the walk-through waits for its session subscription to reach the bus (a
// subscription to a session sends nothing first), which only a gateway of its own can tell.
describe('walk-through: create, token, join, archive, watch it live (OpenTok on the emulator, strict)', () => {
  let gateway: Gateway;
  let emulatorUrl: string;

  beforeAll(async () => {
    gateway = await startTestGateway();
    emulatorUrl = gateway.emulator!.url;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should deliver STARTED, STOPPED then AVAILABLE to a WebSocket subscriber, and the snapshot to a late one', async () => {
    const { createSession: session } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    expect(session).toMatchObject({ provider: 'OPENTOK', mediaMode: 'ROUTED', archiveMode: 'MANUAL' });
    expect(session.sessionId).toMatch(/^[12]_/);

    const { generateToken: token } = await gqlOk(gateway.url, GenerateTokenDocument, {
      input: { sessionId: session.id, role: 'PUBLISHER', data: 'name=Ada' },
    });
    expect(token).toMatchObject({ sessionId: session.sessionId, role: 'PUBLISHER', data: 'name=Ada', format: 'JWT' });
    expect(token.apiKey).toBe(gateway.emulator!.opentok.apiKey);
    expect(token.session.id).toBe(session.id);

    // The emulator checks the token as the real platform would before letting the client in.
    const client = await joinClient(emulatorUrl, token.token, 'name=Ada');
    expect(client.sessionId).toBe(session.sessionId);
    await publishStream(emulatorUrl, client.connectionId);

    const ws = wsClient(gateway.url);
    const listening = gateway.app.bus.listenerCount;
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { sessionId: session.id });
    // The subscription must reach the server before anything happens.
    await untilListening(gateway, listening + 1);

    const { startArchive: archive } = await gqlOk(gateway.url, StartArchiveDocument, {
      input: { sessionId: session.sessionId, name: 'walk-through' },
    });
    expect(archive).toMatchObject({ status: 'STARTED', name: 'walk-through', outputMode: 'COMPOSED', hasAudio: true, hasVideo: true });
    expect(archive.session.sessionId).toBe(session.sessionId);

    await watch.until(1);
    const { stopArchive: stopped } = await gqlOk(gateway.url, StopArchiveDocument, { id: archive.id });
    expect(stopped.status).toBe('STOPPED');

    const events = await watch.until(3);
    const statuses = events.map((e) => e.data?.archiveStatusChanged.status);
    expect(statuses).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    expect(events.map((e) => e.data?.archiveStatusChanged.previousStatus)).toEqual([null, 'STARTED', 'STOPPED']);
    const available = events[2]!.data!.archiveStatusChanged.archive;
    expect(available.archiveId).toBe(archive.archiveId);
    expect(available.url).toMatch(/^http/);
    expect(available.size).toBeGreaterThan(0);

    // A late subscriber to the archive gets its current (final) status first.
    const late = subscribe(ws, ArchiveStatusChangedDocument, { archiveId: archive.archiveId });
    const [snapshot] = await late.until(1);
    expect(snapshot!.data!.archiveStatusChanged).toMatchObject({ status: 'AVAILABLE', previousStatus: null });

    const { archive: read } = await gqlOk(gateway.url, ArchiveDocument, { id: archive.id });
    expect(read).toMatchObject({ status: 'AVAILABLE', archiveId: archive.archiveId });

    // Nothing more arrives: no duplicate of the AVAILABLE webhook slips through. Nothing to wait
    // for, so a duplicate gets a short, bounded chance to show up.
    await quietFor(300);
    expect(watch.events).toHaveLength(3);
    expect(late.events).toHaveLength(1);
    watch.dispose();
    late.dispose();
    await ws.dispose();
  });
});
