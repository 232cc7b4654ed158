import { request } from 'node:http';
import { connect } from 'node:net';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Gateway } from '../../src/gateway.js';
import { WS_MAX_OPERATIONS } from '../../src/http/websocket.js';
import type { ArchiveInfo, ArchiveStatus } from '../../src/providers/types.js';
import { ArchiveStatusChangedDocument, CreateSessionDocument } from '../__generated__/graphql.js';
import { startTestGateway } from '../helpers/gateway.js';
import { archiveInfo } from '../helpers/archive-info.js';
import { gqlOk } from '../helpers/graphql.js';
import { until } from '../helpers/until.js';

/** A graphql-transport-ws socket driven by hand, so a test can stop reading from it. */
async function rawSocket(baseUrl: string) {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: { id?: string; type: string; payload?: unknown }[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ type: 'connection_init' }));
  await until('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
  return {
    ws,
    messages,
    closed,
    subscribe(id: string, variables: Record<string, unknown>, query = print(ArchiveStatusChangedDocument)) {
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    },
  };
}

/**
 * POSTs `size` bytes of `fill` as a chunked body (no Content-Length), in 16 kB chunks; resolves
 * the answer, or the error that ended the exchange (a reset, instead of an answer).
 */
function postChunked(url: string, size: number, fill = ' '): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' } });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', (error) => resolve({ error: String(error) }));
    });
    req.on('error', (error) => resolve({ error: String(error) }));
    const chunk = fill.repeat(16 * 1024);
    let sent = 0;
    const write = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

// Its own gateway: the tests publish on its bus directly and count its listeners.
describe('limits against hostile clients', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const archiveOf = (sessionId: string, status: ArchiveStatus, at: number): ArchiveInfo =>
    archiveInfo(status, { archiveId: '6c1f2a9e-0000-4000-8000-00000000a001', sessionId, updatedAt: new Date(at) });

  it('should survive a subscriber that stops reading through 1,200 events, which then gets the latest status', async () => {
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const client = await rawSocket(gateway.url);
    const listeners = gateway.app.bus.listenerCount;
    client.subscribe('slow', { sessionId: createSession.sessionId });
    await until('the subscription to listen', () => gateway.app.bus.listenerCount === listeners + 1);
    // The client stops reading: what the gateway sends piles up on its side.
    client.ws.pause();
    const statuses: ArchiveStatus[] = [];
    for (let i = 0; i < 1_200; i++) {
      const status: ArchiveStatus = i % 2 === 0 ? 'STARTED' : 'PAUSED';
      statuses.push(status);
      gateway.app.bus.publish({
        archive: archiveOf(createSession.sessionId, status, 10_000 + i),
        occurredAt: new Date(10_000 + i),
        source: 'webhook',
      });
    }
    gateway.app.bus.publish({
      archive: archiveOf(createSession.sessionId, 'STOPPED', 20_000),
      occurredAt: new Date(20_000),
      source: 'webhook',
    });
    // Still serving.
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    client.ws.resume();
    const received = () =>
      client.messages
        .filter((m) => m.id === 'slow' && m.type === 'next')
        .map(
          (m) =>
            (m.payload as { data: { archiveStatusChanged: { status: string; previousStatus: string | null } } }).data.archiveStatusChanged,
        );
    await until('the latest status to arrive', () => received().at(-1)?.status === 'STOPPED');
    const events = received();
    // It skipped to the latest state instead of queueing every event.
    expect(events.length).toBeLessThan(100);
    // Each event follows the one before it.
    for (let i = 1; i < events.length; i++) expect(events[i]!.previousStatus).toBe(events[i - 1]!.status);
    client.ws.close();
    await client.closed;
    await until('the subscriber to leave the bus', () => gateway.app.bus.listenerCount === listeners);
  });

  describe('body caps on the stream, not the header', () => {
    it('should answer 413 with a JSON error to a chunked GraphQL body over 100 kB', async () => {
      const answer = await postChunked(`${gateway.url}/graphql`, 1024 * 1024);
      expect(answer).toMatchObject({ status: 413 });
      expect(JSON.parse((answer as { body: string }).body)).toMatchObject({ errors: [{ message: expect.stringMatching(/larger than/) }] });
      // A chunked body under the cap still runs.
      const small = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } });
        req.on('response', (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.write('{"query":"{ providers');
        req.end(' { name } }"}');
      });
      expect(small.status).toBe(200);
      expect(JSON.parse(small.body).data.providers.length).toBeGreaterThan(0);
    });

    it('should let a client that keeps sending read its 413, instead of a reset connection', async () => {
      for (const path of ['/graphql', '/webhooks/openvidu']) {
        const outcome = await keepSending(gateway.url, path, 4 * 1024 * 1024);
        expect({ path, ...outcome }).toMatchObject({ path, status: 413, reset: false });
        expect(outcome.body).toMatch(/larger than/);
      }
    });

    it('should answer 413 with a JSON error to a chunked webhook or app-server body over its cap', async () => {
      for (const path of ['/webhooks/opentok', '/webhooks/openvidu', '/api/sessions']) {
        const answer = await postChunked(`${gateway.url}${path}`, 1024 * 1024);
        expect({ path, answer }).toMatchObject({ path, answer: { status: 413 } });
        expect(JSON.parse((answer as { body: string }).body)).toMatchObject({ error: expect.stringMatching(/larger than/) });
      }
    });
  });

  it('should answer an armor limit over WebSocket with an error for that operation only', async () => {
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const client = await rawSocket(gateway.url);
    const listeners = gateway.app.bus.listenerCount;
    client.subscribe('live', { sessionId: createSession.sessionId });
    await until('the subscription to listen', () => gateway.app.bus.listenerCount === listeners + 1);
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: providers { name }`).join(' ')} }`;
    client.subscribe('aliases', {}, aliases);
    client.subscribe('tokens', {}, `{ providers { name ${'__typename '.repeat(2100)} } }`);
    client.subscribe(
      'deep',
      {},
      '{ archives { edges { node { session { archives { edges { node { session { archives { edges { node { id } } } } } } } } } } } }',
    );
    for (const id of ['aliases', 'tokens', 'deep']) {
      await until(`the error of ${id}`, () => client.messages.some((m) => m.id === id && m.type === 'error'));
      const error = client.messages.find((m) => m.id === id && m.type === 'error')!;
      expect((error.payload as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // The socket and its other subscription live on.
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    gateway.app.bus.publish({
      archive: archiveOf(createSession.sessionId, 'STARTED', 5_000),
      occurredAt: new Date(5_000),
      source: 'webhook',
    });
    await until('the live event', () => client.messages.some((m) => m.id === 'live' && m.type === 'next'));
    client.ws.close();
    await client.closed;
  });

  it('should refuse the 101st operation of one socket alone, and let the socket and the others go on', async () => {
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const client = await rawSocket(gateway.url);
    const listeners = gateway.app.bus.listenerCount;
    for (let i = 0; i < WS_MAX_OPERATIONS; i++) client.subscribe(`s${i}`, { sessionId: createSession.sessionId });
    await until('every subscription to listen', () => gateway.app.bus.listenerCount === listeners + WS_MAX_OPERATIONS);
    client.subscribe('one-too-many', { sessionId: createSession.sessionId });
    await until('the refusal', () => client.messages.some((m) => m.id === 'one-too-many' && m.type === 'error'));
    const refusal = client.messages.find((m) => m.id === 'one-too-many')!;
    expect((refusal.payload as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    expect(gateway.app.bus.listenerCount).toBe(listeners + WS_MAX_OPERATIONS);
    // Completing one frees a place.
    client.ws.send(JSON.stringify({ id: 's0', type: 'complete' }));
    await until('s0 to leave the bus', () => gateway.app.bus.listenerCount === listeners + WS_MAX_OPERATIONS - 1);
    client.subscribe('again', { sessionId: createSession.sessionId });
    await until('the new subscription to listen', () => gateway.app.bus.listenerCount === listeners + WS_MAX_OPERATIONS);
    client.ws.close();
    await client.closed;
    await until('the subscribers to leave the bus', () => gateway.app.bus.listenerCount === listeners);
  });
});

/**
 * Declares a body of `size` bytes on `path` and sends it as fast as the connection takes it, over a
 * raw socket, reading all the while: what came back, and whether the connection was reset (the
 * answer then lost) rather than closed after it.
 */
function keepSending(base: string, path: string, size: number): Promise<{ status: number; body: string; reset: boolean }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    let reset = false;
    let sent = 0;
    const chunk = Buffer.alloc(16 * 1024, 'x');
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (received += data));
    socket.on('error', () => (reset = true));
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      resolve({ status, body: received.slice(received.indexOf('\r\n\r\n') + 4), reset });
    });
    const pump = () => {
      while (sent < size && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      socket.end();
    };
    socket.once('connect', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\ncontent-type: application/json\r\nx-graphql-yoga-csrf: 1\r\ncontent-length: ${size}\r\n\r\n`,
      );
      pump();
    });
  });
}
