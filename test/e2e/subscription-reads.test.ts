import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { type CountingProxy, startCountingProxy } from '../helpers/counting-proxy.js';
import { joinClient, startTestGateway, subscribe } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';
import { until } from '../helpers/until.js';

/**
 * What subscribers of one archive cost upstream until their snapshots, counted by a proxy between
 * the gateway and the emulator: their reads are shared (src/events/archive-reads.ts).
 */
describe('Upstream reads of archiveStatusChanged subscribers', () => {
  let emulator: Emulator;
  let proxy: CountingProxy;
  let gateway: Gateway;
  const clients: Client[] = [];

  beforeAll(async () => {
    emulator = await createEmulator({ archiveReadyDelayMs: 60_000 });
    proxy = await startCountingProxy(emulator.url);
    gateway = await startTestGateway({
      OPENTOK_API_KEY: emulator.opentok.apiKey,
      OPENTOK_API_SECRET: emulator.opentok.apiSecret,
      OPENTOK_API_URL: proxy.url,
      OPENVIDU_URL: proxy.url,
      OPENVIDU_SECRET: emulator.openvidu.secret,
    });
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await gateway?.close();
    await proxy?.close();
    await emulator?.close();
  });

  const startedArchive = async () => {
    const url = gateway.url;
    const session = (await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    const token = (await gqlOk(url, GenerateTokenDocument, { input: { sessionId: session.id } })).generateToken;
    await joinClient(emulator.url, token.token);
    return (await gqlOk(url, StartArchiveDocument, { input: { sessionId: session.id } })).startArchive;
  };

  /** A graphql-ws client whose socket is open and acknowledged, so its first subscribe goes out at once. */
  const connectedClient = async () => {
    let connected!: () => void;
    const ready = new Promise<void>((resolve) => {
      connected = resolve;
    });
    const client = createClient({
      url: `${gateway.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => connected() },
    });
    clients.push(client);
    await ready;
    return client;
  };

  const archiveReads = (archiveId: string) => proxy.count('GET', new RegExp(`/archive/${archiveId}$`));

  it('should read an archive once for ten subscribers over their own sockets, until all have their snapshot', async () => {
    const archive = await startedArchive();
    // Ten sockets open first, then ten subscriptions at once: subscribers arriving together.
    const sockets = await Promise.all(Array.from({ length: 10 }, connectedClient));
    proxy.reset();
    const watches = sockets.map((client) => subscribe(client, ArchiveStatusChangedDocument, { archiveId: archive.id }));
    const firsts = await Promise.all(watches.map(async (watch) => (await watch.until(1))[0]!));
    for (const first of firsts) {
      expect(first.errors).toBeUndefined();
      expect(first.data!.archiveStatusChanged).toMatchObject({ status: 'STARTED', previousStatus: null });
    }
    // Each subscription reads twice (its check, then its snapshot once it listens): 20 reads, one GET.
    expect(archiveReads(archive.archiveId)).toBe(1);
    expect(proxy.requests).toHaveLength(1);

    // A change heard drops the shared result: a subscriber that comes after it reads again and
    // starts from the new status; the others get the change itself.
    await gqlOk(gateway.url, StopArchiveDocument, { id: archive.id });
    const late = subscribe(clients[0]!, ArchiveStatusChangedDocument, { archiveId: archive.id });
    expect((await late.until(1))[0]!.data!.archiveStatusChanged).toMatchObject({ status: 'STOPPED', previousStatus: null });
    for (const watch of watches) {
      expect((await watch.until(2))[1]!.data!.archiveStatusChanged).toMatchObject({ status: 'STOPPED', previousStatus: 'STARTED' });
    }
    expect(archiveReads(archive.archiveId)).toBe(2);
    for (const watch of [...watches, late]) watch.dispose();
  });

  it("should list a session's archives once for ten sessionId subscribers arriving together, and again after a change", async () => {
    const archive = await startedArchive();
    const sockets = await Promise.all(Array.from({ length: 10 }, connectedClient));
    proxy.reset();
    const watches = sockets.map((client) => subscribe(client, ArchiveStatusChangedDocument, { sessionId: archive.session.id }));
    const firsts = await Promise.all(watches.map(async (watch) => (await watch.until(1))[0]!));
    for (const first of firsts) {
      expect(first.data!.archiveStatusChanged).toMatchObject({ status: 'STARTED', previousStatus: null, archive: { id: archive.id } });
    }
    // Ten snapshots, one listing (OpenTok lists a session's archives with GET /archive?sessionId=).
    expect(proxy.count('GET', /\/archive$/)).toBe(1);
    expect(proxy.requests).toHaveLength(1);

    // A change of one of its archives drops the shared listing: a subscriber after it lists again.
    await gqlOk(gateway.url, StopArchiveDocument, { id: archive.id });
    for (const watch of watches) {
      expect((await watch.until(2))[1]!.data!.archiveStatusChanged).toMatchObject({ status: 'STOPPED', previousStatus: 'STARTED' });
    }
    const late = subscribe(clients[0]!, ArchiveStatusChangedDocument, { sessionId: archive.session.id });
    // The stopped archive is no longer live: the late subscriber's snapshot is empty, and it took a new listing.
    await until('the late listing', () => proxy.count('GET', /\/archive$/) === 2);
    for (const watch of [...watches, late]) watch.dispose();
  });
});
