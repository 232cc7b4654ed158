import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { joinClient, startTestGateway, subscribe, wsClient } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';
import { until } from '../helpers/until.js';

// Its own gateway: it polls archives every 50 ms, loses callbacks on purpose and counts the
// poller's archives and the bus listeners, which no other file may change meanwhile.
describe('archiveStatusChanged over graphql-ws', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ ARCHIVE_POLL_INTERVAL_MS: '50' });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const startedArchive = async () => {
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: createSession.id } });
    await joinClient(gateway.emulator!.url, generateToken.token);
    return (await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: createSession.id } })).startArchive;
  };

  it('should fail the subscription with NOT_FOUND for an unknown archive, and BAD_USER_INPUT with no filter', async () => {
    const ws = wsClient(gateway.url);
    const unknown = subscribe(ws, ArchiveStatusChangedDocument, { archiveId: '2a6fc87e-0000-4000-8000-000000000000' });
    const [event] = await unknown.until(1);
    expect(event!.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const none = subscribe(ws, ArchiveStatusChangedDocument, {});
    const [bad] = await none.until(1);
    expect(bad!.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });
    await ws.dispose();
  });

  it('should reach AVAILABLE by polling when the callback is lost', async () => {
    const archive = await startedArchive();
    const ws = wsClient(gateway.url);
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { archiveId: archive.id });
    await watch.until(1);
    // Every callback of this archive from now on is lost on the way.
    gateway.emulator!.configure({ callbackUrl: 'http://127.0.0.1:9/nowhere' });
    try {
      await gqlOk(gateway.url, StopArchiveDocument, { id: archive.id });
      const events = await watch.until(3);
      expect(events.map((e) => e.data!.archiveStatusChanged.status)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    } finally {
      gateway.emulator!.configure({ callbackUrl: `${gateway.url}/webhooks/opentok` });
    }
    watch.dispose();
    await ws.dispose();
    // Polling stops once the archive is final: its last poll may still be on its way.
    await until('polling to stop', () => gateway.app.poller.size === 0);
    expect(gateway.app.poller.size).toBe(0);
  });

  it("should send a sessionId subscriber the current status of the session's live archives first", async () => {
    const archive = await startedArchive();
    const ws = wsClient(gateway.url);
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { sessionId: archive.session.sessionId });
    const [first] = await watch.until(1);
    expect(first!.data!.archiveStatusChanged).toMatchObject({
      status: 'STARTED',
      previousStatus: null,
      archive: { archiveId: archive.archiveId },
    });
    await gqlOk(gateway.url, StopArchiveDocument, { id: archive.id });
    const events = await watch.until(2);
    expect(events[1]!.data!.archiveStatusChanged).toMatchObject({ status: 'STOPPED', previousStatus: 'STARTED' });
    watch.dispose();
    await ws.dispose();
    await until('polling to stop', () => gateway.app.poller.size === 0, 10_000);
  });

  it('should release every bus listener when subscribers leave, even abruptly', async () => {
    const archive = await startedArchive();
    const baseline = gateway.app.bus.listenerCount;
    const clients = Array.from({ length: 5 }, () => wsClient(gateway.url));
    const subs = clients.map((c) => subscribe(c, ArchiveStatusChangedDocument, { archiveId: archive.id }));
    await Promise.all(subs.map((s) => s.until(1)));
    expect(gateway.app.bus.listenerCount).toBe(baseline + 5);
    subs[0]!.dispose();
    await Promise.all(clients.slice(1).map((c) => c.dispose()));
    await clients[0]!.dispose();
    // Closing travels over the sockets: wait for it rather than for a fixed time.
    await until('the subscribers to leave the bus', () => gateway.app.bus.listenerCount <= baseline, 10_000);
    expect(gateway.app.bus.listenerCount).toBe(baseline);
    expect(gateway.app.poller.size).toBe(0);
  });
});
