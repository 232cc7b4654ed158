/**
 * Why the gateway ends a graphql-ws operation or closes its socket: a caller token that expires
 * (4403), a subscriber that fell too far behind (4413 "subscriber too slow"), and an error in the
 * middle of a subscription (an `error` message with `extensions.code`, the socket living on).
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_PENDING_ARCHIVES } from '../../src/events/archive-stream.js';
import type { Gateway } from '../../src/gateway.js';
import { SLOW_SUBSCRIBER_CLOSE } from '../../src/http/websocket.js';
import type { ArchiveInfo } from '../../src/providers/types.js';
import { ArchiveStatusChangedDocument, CreateSessionDocument, ProvidersDocument } from '../__generated__/graphql.js';
import { bearer, hsToken, TEST_AUTH_SECRET } from '../helpers/caller-tokens.js';
import { startTestGateway } from '../helpers/gateway.js';
import { gql } from '../helpers/graphql.js';
import { archiveInfo } from '../helpers/archive-info.js';
import { until } from '../helpers/until.js';

interface Message {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A graphql-transport-ws socket driven by hand, authenticated with `token`. */
async function rawSocket(baseUrl: string, token: string) {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: Message[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data)) as Message));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await until('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
  return {
    ws,
    messages,
    closed,
    subscribe(id: string, query: string, variables: Record<string, unknown> = {}) {
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    },
    of: (id: string) => messages.filter((m) => m.id === id),
  };
}

const archiveOf = (sessionId: string, n: number): ArchiveInfo =>
  archiveInfo('STARTED', { archiveId: `6c1f2a9e-0000-4000-8000-${String(n).padStart(12, '0')}`, sessionId });

// Its own gateway: the tests publish on its bus and fault its emulator.
describe('graphql-ws closes and errors', () => {
  let gateway: Gateway;
  let admin: string;
  beforeAll(async () => {
    gateway = await startTestGateway({ AUTH_JWT_SECRET: TEST_AUTH_SECRET });
    admin = await hsToken({ scope: 'video:admin' });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const createSession = async () => {
    const created = await gql(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } }, bearer(admin));
    return created.data!.createSession;
  };

  it('should close a socket with 4403 once its caller token has expired', async () => {
    // Accepted within the 30-second clock leeway, which runs out about 4 seconds from now.
    const token = await hsToken({ scope: 'video:admin', expiresIn: -26 });
    const client = await rawSocket(gateway.url, token);
    client.subscribe('before', print(ProvidersDocument));
    await until('the operation to run', () => client.of('before').some((m) => m.type === 'next'));
    const { sessionId } = await createSession();
    client.subscribe('live', print(ArchiveStatusChangedDocument), { sessionId });
    expect(await client.closed).toEqual({ code: 4403, reason: 'Forbidden: the caller token has expired' });
  });

  it('should keep a socket whose token is valid for longer open', async () => {
    const client = await rawSocket(gateway.url, await hsToken({ scope: 'video:admin', expiresIn: 3600 }));
    client.subscribe('one', print(ProvidersDocument));
    await until('the operation to run', () => client.of('one').some((m) => m.type === 'complete'));
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    client.ws.close();
    await client.closed;
  });

  it('should close the socket of a subscriber that fell too far behind with 4413 "subscriber too slow"', async () => {
    const { sessionId } = await createSession();
    const client = await rawSocket(gateway.url, admin);
    const listeners = gateway.app.bus.listenerCount;
    client.subscribe('slow', print(ArchiveStatusChangedDocument), { sessionId });
    client.subscribe('other', print(ArchiveStatusChangedDocument), { sessionId });
    await until('both subscriptions to listen', () => gateway.app.bus.listenerCount === listeners + 2);
    // The client stops reading while more archives change than a subscriber may have pending.
    // The bus hands events over between turns of the event loop, and the socket's buffers take
    // what is sent until they are full: frames of 16 KiB (a long url) fill them within a round,
    // and rounds go on until the gateway gives up on the reader (a bounded number of them).
    client.ws.pause();
    const url = `https://archives.example.com/${'a'.repeat(16 * 1024)}`;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i <= MAX_PENDING_ARCHIVES + 10; i++) {
        const n = round * 10_000 + i;
        gateway.app.bus.publish({ archive: { ...archiveOf(sessionId, n), url }, occurredAt: new Date(2_000), source: 'webhook' });
      }
      expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    }
    // The bus delivers in order across topics: once a later event is heard, every change before
    // it has reached the subscribers' queues.
    let heard = false;
    const stop = gateway.app.bus.listenOn('test-marker', () => (heard = true));
    gateway.app.bus.publishOn('test-marker', {});
    await until('the rounds to be handed over', () => heard);
    stop();
    client.ws.resume();
    expect(await client.closed).toEqual(SLOW_SUBSCRIBER_CLOSE);
    // Not an error that reads as the platform's rate limit.
    expect(JSON.stringify(client.messages)).not.toContain('RATE_LIMITED');
    await until('the subscribers to leave the bus', () => gateway.app.bus.listenerCount === listeners);
  });

  it('should send an error in the middle of a subscription with its extensions.code, for that operation only', async () => {
    const { sessionId } = await createSession();
    // The snapshot a sessionId subscription reads first fails upstream (the first try and both retries).
    await fetch(`${gateway.emulator!.url}/emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'GET', path: '/archive', status: 503, times: 3 }),
    });
    const client = await rawSocket(gateway.url, admin);
    client.subscribe('failing', print(ArchiveStatusChangedDocument), { sessionId });
    await until('the error', () => client.of('failing').find((m) => m.type === 'error'), 15_000);
    const error = client.of('failing').find((m) => m.type === 'error')!;
    expect(error.payload).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }) })]);
    // The socket lives on.
    client.subscribe('after', print(ProvidersDocument));
    await until('the next operation', () => client.of('after').some((m) => m.type === 'next'));
    client.ws.close();
    await client.closed;
  });
});
