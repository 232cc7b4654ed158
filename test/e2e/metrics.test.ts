import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
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
import { joinClient, startTestGateway, subscribe, wsClient } from '../helpers/gateway.js';
import { gql, gqlOk } from '../helpers/graphql.js';
import { signCallback } from '../helpers/signed-callback.js';
import { until } from '../helpers/until.js';

const WEBHOOK_SECRET = 'metrics-test-webhook-secret';
const METRICS_TOKEN = 'metrics-scrape-token-0123456789';

/** The value of one sample of a Prometheus text exposition, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function scrape(gateway: Gateway, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${gateway.url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

describe('GET /metrics', () => {
  let gateway: Gateway;

  beforeAll(async () => {
    gateway = await startTestGateway({ OPENTOK_WEBHOOK_SECRET: WEBHOOK_SECRET });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should count a walk-through by provider, operation, status, webhook outcome and transport, with no id, token or secret in it', async () => {
    const emulator = gateway.emulator!;
    const { createSession: session } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: session.id, data: 'name=Ada' } });
    const client = await joinClient(emulator.url, generateToken.token);
    const { startArchive: archive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: session.id, name: 'Standup' } });

    // One subscription over WebSocket and one over SSE, open at the same time.
    const ws = wsClient(gateway.url);
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { archiveId: archive.id });
    await watch.until(1);
    const sse = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(ArchiveStatusChangedDocument), variables: { archiveId: archive.id } }),
    });
    const sseReader = sse.body!.getReader();
    await sseReader.read();
    const open = await scrape(gateway);
    expect(sample(open, 'video_subscriptions_active', { transport: 'ws' })).toBe(1);
    expect(sample(open, 'video_subscriptions_active', { transport: 'sse' })).toBe(1);

    await gqlOk(gateway.url, StopArchiveDocument, { id: archive.id });
    await watch.until(3); // STOPPED then AVAILABLE, both from signed callbacks
    watch.dispose();
    await ws.dispose();
    await sseReader.cancel();
    await until('both subscriptions to end', async () => {
      const text = await scrape(gateway);
      return (
        sample(text, 'video_subscriptions_active', { transport: 'ws' }) === 0 &&
        sample(text, 'video_subscriptions_active', { transport: 'sse' }) === 0
      );
    });

    // A replayed callback is a duplicate; one with a bad signature is rejected.
    const body = JSON.stringify({
      id: randomUUID(),
      event: 'archive',
      status: 'available',
      sessionId: session.sessionId,
      partnerId: Number(emulator.opentok.apiKey),
      createdAt: Date.now() - 5000,
      updatedAt: Date.now(),
      name: 'replayed',
      duration: 5,
      size: 1234,
      url: 'https://example.com/a.mp4',
      hasAudio: true,
      hasVideo: true,
      outputMode: 'composed',
      resolution: '640x480',
      reason: '',
    });
    const signature = `Bearer ${await signCallback(body, WEBHOOK_SECRET, emulator.opentok.apiKey)}`;
    const post = (authorization: string) =>
      fetch(`${gateway.url}/webhooks/opentok`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
    expect((await post(signature)).status).toBe(200);
    expect((await post(signature)).status).toBe(200);
    expect((await post(`Bearer ${await signCallback(body, 'not-the-webhook-secret', emulator.opentok.apiKey)}`)).status).toBe(401);

    // An upstream 404 is a status like any other.
    const missing = await gql(gateway.url, ArchiveDocument, { id: randomUUID() });
    expect(missing.errors).toBeUndefined();

    const text = await scrape(gateway);
    const upstream = (operation: string, status: string) =>
      sample(text, 'video_upstream_request_duration_seconds_count', { provider: 'OPENTOK', operation, status });
    expect(upstream('createSession', '200')).toBe(1);
    expect(upstream('startArchive', '200')).toBe(1);
    expect(upstream('stopArchive', '200')).toBe(1);
    expect(upstream('getArchive', '404')).toBe(1);
    expect(sample(text, 'video_upstream_request_duration_seconds_sum', { operation: 'createSession' })).toBeGreaterThan(0);
    const webhooks = (outcome: string) => sample(text, 'video_webhooks_total', { provider: 'OPENTOK', outcome });
    expect(webhooks('accepted')).toBeGreaterThanOrEqual(3); // STOPPED, AVAILABLE, and the first of the replayed pair
    expect(webhooks('duplicate')).toBe(1);
    expect(webhooks('rejected')).toBe(1);
    // yoga's request metrics, by operation name and type.
    expect(sample(text, 'graphql_yoga_http_duration_count', { operationName: 'CreateSession', operationType: 'mutation' })).toBe(1);
    expect(sample(text, 'graphql_envelop_request_duration_count', { operationName: 'StartArchive' })).toBe(1);
    // Process metrics come along.
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);

    const forbidden = {
      'session id': session.sessionId,
      'global session id': session.id,
      'archive id': archive.archiveId,
      'global archive id': archive.id,
      token: generateToken.token,
      'connection id': client.connectionId,
      'API secret': emulator.opentok.apiSecret,
      'OpenVidu secret': emulator.openvidu.secret,
      'webhook secret': WEBHOOK_SECRET,
      'token data': 'name=Ada',
      'archive name': 'Standup',
    };
    for (const [what, value] of Object.entries(forbidden)) expect(text.includes(value), `${what} in /metrics`).toBe(false);
    expect(text).not.toMatch(/url="|path="/);
  });

  it('should answer a scrape without reading a body or running GraphQL, and refuse other methods', async () => {
    const head = await fetch(`${gateway.url}/metrics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const post = await fetch(`${gateway.url}/metrics`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('GET /metrics with METRICS_TOKEN and caller auth', () => {
  let first: Gateway;
  let second: Gateway;

  beforeAll(async () => {
    [first, second] = await Promise.all([
      startTestGateway(),
      startTestGateway({ METRICS_TOKEN, AUTH_JWT_SECRET: 'caller-auth-secret-of-at-least-32-characters' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('should want the metrics bearer token, not a caller JWT, and compare it whole', async () => {
    expect((await fetch(`${second.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${second.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('Bearer');
    await scrape(second, { authorization: `Bearer ${METRICS_TOKEN}` });
    // Without METRICS_TOKEN the scrape is open.
    await scrape(first);
  });

  it('should keep the figures of two gateways in one process apart', async () => {
    await gqlOk(first.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const mine = await scrape(first);
    const theirs = await scrape(second, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(sample(mine, 'video_upstream_request_duration_seconds_count', { operation: 'createSession' })).toBe(1);
    expect(sample(theirs, 'video_upstream_request_duration_seconds_count', { operation: 'createSession' })).toBeUndefined();
  });
});
