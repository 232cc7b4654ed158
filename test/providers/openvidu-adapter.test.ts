/**
 * The OpenVidu adapter over real HTTP against the emulator's OpenVidu face: sessions, tokens and
 * simulated clients, recordings and their rules, moderation, signals, webhooks, faults and token
 * expiry.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { GatewayError } from '../../src/errors.js';
import { createOpenViduProvider, type OpenViduProviderOptions } from '../../src/providers/openvidu/index.js';
import type { VideoProvider, WebhookResult } from '../../src/providers/types.js';
import { failure } from '../helpers/failure.js';
import { until } from '../helpers/until.js';

const WEBHOOK_TOKEN = 'webhook-token-for-tests';

let emu: Emulator;
let provider: VideoProvider;
const extra: Array<{ close(): Promise<void> }> = [];

/** Webhooks the emulator posted, as the adapter parsed them (or the error it raised). */
let received: Array<WebhookResult | GatewayError> = [];
let receiver: Server;
let receiverProvider: VideoProvider;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
      receiverProvider.handleWebhook({ headers, rawBody: Buffer.concat(chunks) }).then(
        (result) => {
          received.push(result);
          res.writeHead(200).end();
        },
        (error: unknown) => {
          received.push(error as GatewayError);
          res.writeHead(401).end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/openvidu`;
  emu = await createEmulator({
    openvidu: { secret: 'test-openvidu-secret' },
    openviduRecordingFinalize: 'sync',
    archiveReadyDelayMs: 50,
    openviduWebhookUrl: receiverUrl,
    openviduWebhookToken: WEBHOOK_TOKEN,
  });
  provider = makeProvider();
  receiverProvider = makeProvider({ webhookToken: WEBHOOK_TOKEN });
});

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(extra.splice(0).map((p) => p.close()));
});

afterAll(async () => {
  await provider?.close();
  await receiverProvider?.close();
  await emu?.close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

function makeProvider(overrides: Partial<OpenViduProviderOptions> = {}): VideoProvider {
  return createOpenViduProvider({ url: emu.url, secret: emu.openvidu.secret, timeouts: { requestMs: 3000 }, ...overrides });
}

function extraProvider(overrides: Partial<OpenViduProviderOptions> = {}): VideoProvider {
  const p = makeProvider(overrides);
  extra.push(p);
  return p;
}

async function control(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${emu.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? null : JSON.parse(text) };
}

interface OpenViduState {
  sessions: Array<{
    id: string;
    customSessionId: string;
    mediaMode: string;
    recordingMode: string;
    forcedVideoCodec: string;
    defaultRecordingProperties: Record<string, unknown>;
  }>;
}

async function sessionState(sessionId: string): Promise<OpenViduState['sessions'][number] | undefined> {
  const state = (await control('GET', '/emulator/state')).json as { openvidu: OpenViduState };
  return state.openvidu.sessions.find((s) => s.id === sessionId);
}

async function fault(spec: Record<string, unknown>): Promise<void> {
  const { status } = await control('POST', '/emulator/faults', spec);
  expect(status).toBeLessThan(300);
}

/** A simulated client joins with a fresh token; returns its connection id. */
async function join(sessionId: string, role: 'PUBLISHER' | 'SUBSCRIBER' | 'MODERATOR' = 'PUBLISHER'): Promise<string> {
  const { token } = await provider.generateToken({ sessionId, role });
  const { status, json } = await control('POST', '/emulator/clients', { token, data: 'client data' });
  expect(status).toBe(201);
  return json.connectionId as string;
}

async function publish(connectionId: string, videoType = 'camera'): Promise<string> {
  const { status, json } = await control('POST', `/emulator/clients/${connectionId}/streams`, {
    hasAudio: true,
    hasVideo: true,
    videoType,
  });
  expect(status).toBe(201);
  return json.streamId as string;
}

let unique = 0;
const customId = (prefix: string): string => {
  unique += 1;
  return `${prefix}-${process.pid}-${unique}`;
};

describe('sessions', () => {
  it('should create a routed session with a random id by default and read it back', async () => {
    const session = await provider.createSession({});
    expect(session).toMatchObject({ provider: 'OPENVIDU', mediaMode: 'ROUTED', archiveMode: 'MANUAL' });
    expect(provider.ownsSessionId(session.sessionId)).toBe('certain');
    expect(session.createdAt).toBeInstanceOf(Date);
    expect(await provider.getSession(session.sessionId)).toEqual(session);
  });

  it('should send the OpenVidu options and archive defaults', async () => {
    const id = customId('opts');
    const session = await provider.createSession({
      customSessionId: id,
      archiveMode: 'ALWAYS',
      forcedVideoCodec: 'VP8',
      allowTranscoding: true,
      archiveName: 'auto~rec',
      archiveResolution: '640x480',
    });
    expect(session).toMatchObject({ sessionId: id, mediaMode: 'ROUTED', archiveMode: 'ALWAYS' });
    expect(provider.ownsSessionId(id)).toBe('possible');
    const seen = await sessionState(id);
    expect(seen).toMatchObject({ customSessionId: id, recordingMode: 'ALWAYS', forcedVideoCodec: 'VP8' });
    expect(seen?.defaultRecordingProperties).toMatchObject({ name: 'auto~rec', resolution: '640x480' });
  });

  it('should return the existing session when a custom id is created twice', async () => {
    const id = customId('twice');
    const first = await provider.createSession({ customSessionId: id, mediaMode: 'RELAYED' });
    const second = await provider.createSession({ customSessionId: id });
    expect(second).toEqual(first);
    expect(second.mediaMode).toBe('RELAYED');
  });

  it('should answer null for unknown and closed sessions', async () => {
    expect(await provider.getSession('ses_AAAAAAAAAA')).toBeNull();
    const session = await provider.createSession({});
    await provider.closeSession(session.sessionId);
    expect(await provider.getSession(session.sessionId)).toBeNull();
    expect((await failure(provider.closeSession(session.sessionId))).code).toBe('NOT_FOUND');
  });

  it('should refuse options OpenVidu lacks before any call', async () => {
    // Options OpenVidu does not declare are refused by the schema: test/graphql/input-rules.test.ts.
    expect(await failure(provider.createSession({ archiveMode: 'ALWAYS', archiveName: 'not ok' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'input.archiveName' },
    });
  });
});

describe('tokens and connections', () => {
  it('should mint a pending connection that a client activates', async () => {
    const { sessionId } = await provider.createSession({});
    const token = await provider.generateToken({ sessionId, role: 'MODERATOR', data: 'user=ann' });
    expect(token).toMatchObject({ provider: 'OPENVIDU', sessionId, apiKey: null, role: 'MODERATOR', data: 'user=ann', format: 'OPAQUE' });
    expect(provider.capabilities.tokenFormats).toEqual(['OPAQUE']);
    expect(token.token).toMatch(/^wss?:\/\/.+\?sessionId=.+&token=tok_/);
    expect(token.connection).toMatchObject({
      sessionId,
      status: 'PENDING',
      role: 'MODERATOR',
      data: 'user=ann',
      activeAt: null,
      streamIds: [],
    });
    const connectionId = token.connection?.connectionId ?? '';

    const pending = await provider.listConnections(sessionId);
    expect(pending.map((c) => [c.connectionId, c.status])).toEqual([[connectionId, 'PENDING']]);

    const joined = await control('POST', '/emulator/clients', { token: token.token, data: 'client says hi' });
    expect(joined.json).toEqual({ connectionId, sessionId });
    const streamId = await publish(connectionId, 'screen');
    const other = await provider.generateToken({ sessionId, role: 'SUBSCRIBER' });

    const list = await provider.listConnections(sessionId);
    expect(list).toHaveLength(2);
    expect(list.find((c) => c.connectionId === connectionId)).toMatchObject({
      status: 'ACTIVE',
      clientData: 'client says hi',
      streamIds: [streamId],
      activeAt: expect.any(Date),
    });
    expect(list.find((c) => c.connectionId === other.connection?.connectionId)).toMatchObject({ status: 'PENDING', role: 'SUBSCRIBER' });

    expect(await provider.listStreams(sessionId)).toEqual([
      { provider: 'OPENVIDU', streamId, sessionId, videoType: 'screen', name: null, layoutClassList: [] },
    ]);
    // Tokens are single use.
    expect((await control('POST', '/emulator/clients', { token: token.token })).status).toBe(401);
  });

  it('should report unknown sessions as NOT_FOUND and refuse what OpenVidu cannot do', async () => {
    expect((await failure(provider.generateToken({ sessionId: 'ses_ZZZZZZZZZZ' }))).code).toBe('NOT_FOUND');
    expect((await failure(provider.listConnections('ses_ZZZZZZZZZZ'))).code).toBe('NOT_FOUND');
    expect((await failure(provider.listStreams('ses_ZZZZZZZZZZ'))).code).toBe('NOT_FOUND');
    // Roles and options OpenVidu does not declare are refused by the schema: test/graphql/input-rules.test.ts.
  });

  it('should void a token still pending at expiresAt and leave a used one alone', async () => {
    // The expiry timer is the adapter's own: a fake clock runs it; the HTTP it starts stays real.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const p = extraProvider();
    const { sessionId } = await p.createSession({});
    const expiresAt = new Date(Date.now() + 3000);
    const unused = await p.generateToken({ sessionId, expiresAt });
    const used = await p.generateToken({ sessionId, expiresAt });
    expect(unused.expiresAt).toEqual(expiresAt);
    const joined = await control('POST', '/emulator/clients', { token: used.token });
    expect(joined.status).toBe(201);
    await vi.advanceTimersByTimeAsync(3000);
    vi.useRealTimers();

    await until(
      'the unused token to be revoked',
      async () => {
        const list = await p.listConnections(sessionId);
        return list.some((c) => c.connectionId === unused.connection?.connectionId) ? undefined : list;
      },
      10_000,
    );
    const list = await p.listConnections(sessionId);
    expect(list.map((c) => [c.connectionId, c.status])).toEqual([[used.connection?.connectionId, 'ACTIVE']]);
    expect((await control('POST', '/emulator/clients', { token: unused.token })).status).toBe(401);
  });
});

describe('moderation and signals', () => {
  it('should refuse path-step ids before any call', async () => {
    const { sessionId } = await provider.createSession({});
    const stay = await join(sessionId);
    for (const id of ['..', '.']) {
      expect((await failure(provider.forceDisconnect(sessionId, id))).code).toBe('BAD_USER_INPUT');
      expect((await failure(provider.forceUnpublish(sessionId, id))).code).toBe('BAD_USER_INPUT');
    }
    expect((await provider.listConnections(sessionId)).map((c) => c.connectionId)).toEqual([stay]);
  });

  it('should force-disconnect a client, and tell an unknown session from an unknown connection', async () => {
    const { sessionId } = await provider.createSession({});
    const stay = await join(sessionId);
    const leave = await join(sessionId);
    await provider.forceDisconnect(sessionId, leave);
    expect((await provider.listConnections(sessionId)).map((c) => c.connectionId)).toEqual([stay]);
    expect(await failure(provider.forceDisconnect(sessionId, leave))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^connection not found/),
    });
    expect(await failure(provider.forceDisconnect('ses_ZZZZZZZZZZ', leave))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^session not found/),
    });
  });

  it('should force-unpublish one stream and keep the client', async () => {
    const { sessionId } = await provider.createSession({});
    const connectionId = await join(sessionId);
    const camera = await publish(connectionId, 'camera');
    const screen = await publish(connectionId, 'screen');
    await provider.forceUnpublish(sessionId, camera);
    expect((await provider.listStreams(sessionId)).map((s) => s.streamId)).toEqual([screen]);
    expect((await provider.listConnections(sessionId))[0]?.status).toBe('ACTIVE');
    expect((await failure(provider.forceUnpublish(sessionId, camera))).code).toBe('NOT_FOUND');
    expect(await failure(provider.forceUnpublish('ses_ZZZZZZZZZZ', camera))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^session not found/),
    });
  });

  it('should signal connected clients and explain why nobody can be reached', async () => {
    const { sessionId } = await provider.createSession({});
    expect(await failure(provider.signal({ sessionId, data: 'hello' }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/nobody is connected to the session/),
    });
    const connectionId = await join(sessionId);
    const pending = await provider.generateToken({ sessionId });
    await provider.signal({ sessionId, data: 'hello', type: 'chat' });
    await provider.signal({ sessionId, data: 'psst', connectionId });
    expect(await failure(provider.signal({ sessionId, data: 'x', connectionId: pending.connection?.connectionId ?? '' }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/that connection is not active/),
    });
    expect((await failure(provider.signal({ sessionId: 'ses_ZZZZZZZZZZ', data: 'x' }))).code).toBe('NOT_FOUND');
  });

  it('should close a session for everyone and void its tokens', async () => {
    const { sessionId } = await provider.createSession({});
    await join(sessionId);
    const pending = await provider.generateToken({ sessionId });
    await provider.closeSession(sessionId);
    expect(await provider.getSession(sessionId)).toBeNull();
    expect((await control('POST', '/emulator/clients', { token: pending.token })).status).toBeGreaterThanOrEqual(400);
  });

  it('should have no SIP', async () => {
    const { sessionId } = await provider.createSession({});
    expect((await failure(provider.dialSip({ sessionId, uri: 'sip:a@example.com' }))).code).toBe('UNSUPPORTED_BY_PROVIDER');
  });
});

describe('recordings', () => {
  it('should need a connected participant, then record, stop, list and delete', async () => {
    const { sessionId } = await provider.createSession({});
    expect(await failure(provider.startArchive({ sessionId }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'a participant must be connected to the session before a recording can start',
    });
    const connectionId = await join(sessionId);
    await publish(connectionId);

    const started = await provider.startArchive({ sessionId, name: 'take~1', resolution: '640x480', frameRate: 30 });
    expect(started).toMatchObject({
      provider: 'OPENVIDU',
      archiveId: sessionId,
      sessionId,
      name: 'take~1',
      status: 'STARTED',
      outputMode: 'COMPOSED',
      resolution: '640x480',
      url: null,
      updatedAt: null,
    });
    expect(provider.ownsArchiveId(started.archiveId)).toBe('certain');

    expect(await failure(provider.startArchive({ sessionId }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^the session is already being recorded/),
    });
    expect(await failure(provider.deleteArchive(started.archiveId))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/stop the recording first/),
    });

    const stopped = await provider.stopArchive(started.archiveId);
    expect(stopped).toMatchObject({ archiveId: sessionId, status: 'AVAILABLE' });
    expect(stopped.url).toEqual(expect.any(String));
    expect(await provider.getArchive(started.archiveId)).toMatchObject({ status: 'AVAILABLE', name: 'take~1' });
    expect((await failure(provider.stopArchive(started.archiveId))).code).toBe('CONFLICT');

    // A second recording of the same session gets the `~1` id.
    const again = await provider.startArchive({ sessionId, outputMode: 'INDIVIDUAL' });
    expect(again.archiveId).toBe(`${sessionId}~1`);
    expect(again).toMatchObject({ outputMode: 'INDIVIDUAL', resolution: null });
    await provider.stopArchive(again.archiveId);

    const page = await provider.listArchives({ sessionId, offset: 0, count: 1 });
    expect(page.totalCount).toBe(2);
    expect(page.items.map((a) => a.archiveId)).toEqual([`${sessionId}~1`]);
    const next = await provider.listArchives({ sessionId, offset: 1, count: 10 });
    expect(next.items.map((a) => a.archiveId)).toEqual([sessionId]);
    expect(next.totalCount).toBe(2);

    await provider.deleteArchive(sessionId);
    expect(await provider.getArchive(sessionId)).toBeNull();
    expect((await failure(provider.deleteArchive(sessionId))).code).toBe('NOT_FOUND');
    expect((await provider.listArchives({ sessionId, offset: 0, count: 10 })).totalCount).toBe(1);
  });

  it('should refuse relayed sessions with a routed-only hint', async () => {
    const { sessionId } = await provider.createSession({ mediaMode: 'RELAYED' });
    await join(sessionId);
    expect(await failure(provider.startArchive({ sessionId }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/only routed sessions can be recorded/),
    });
  });

  it('should validate names and ranges before calling, and refuse multiArchiveTag', async () => {
    const { sessionId } = await provider.createSession({});
    expect(await failure(provider.startArchive({ sessionId, name: 'my recording' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'input.name' },
    });
    expect(await failure(provider.startArchive({ sessionId, resolution: '2000x720' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'input.resolution' },
    });
    // multiArchiveTag, which OpenVidu does not declare, is refused by the schema: test/graphql/input-rules.test.ts.
    // Nobody connected: had any of those reached OpenVidu, it would have answered 406.
  });

  it('should report unknown recordings and sessions', async () => {
    expect(await provider.getArchive('ses_ZZZZZZZZZZ~9')).toBeNull();
    expect((await failure(provider.stopArchive('ses_ZZZZZZZZZZ'))).code).toBe('NOT_FOUND');
    expect((await failure(provider.startArchive({ sessionId: 'ses_ZZZZZZZZZZ' }))).code).toBe('NOT_FOUND');
  });

  it('should report STOPPED on stop and AVAILABLE later where finalizing is asynchronous (PRO)', async () => {
    const pro = await createEmulator({ openvidu: { secret: 'pro-secret' }, openviduRecordingFinalize: 'async', archiveReadyDelayMs: 200 });
    extra.push(pro);
    const p = extraProvider({ url: pro.url, secret: 'pro-secret' });
    const { sessionId } = await p.createSession({});
    const { token } = await p.generateToken({ sessionId });
    const joined = await fetch(`${pro.url}/emulator/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(joined.status).toBe(201);
    const started = await p.startArchive({ sessionId });
    const stopped = await p.stopArchive(started.archiveId);
    expect(stopped.status).toBe('STOPPED');
    const ready = await until('the recording to be ready', async () => {
      const archive = await p.getArchive(started.archiveId);
      return archive?.status === 'AVAILABLE' ? archive : undefined;
    });
    expect(ready.url).toEqual(expect.any(String));
  });

  it('should say when recording is disabled on the deployment', async () => {
    const off = await createEmulator({ openvidu: { secret: 'off-secret' }, openviduRecording: false });
    extra.push(off);
    const p = extraProvider({ url: off.url, secret: 'off-secret' });
    const { sessionId } = await p.createSession({});
    expect(await failure(p.startArchive({ sessionId }))).toMatchObject({
      code: 'UNSUPPORTED_BY_PROVIDER',
      message: expect.stringMatching(/OPENVIDU_RECORDING=false/),
    });
    expect((await failure(p.listArchives({ offset: 0, count: 10 }))).code).toBe('UNSUPPORTED_BY_PROVIDER');
  });
});

describe('webhooks from the emulator', () => {
  it('should deliver the recording lifecycle as authenticated archive changes', async () => {
    received = [];
    const { sessionId } = await provider.createSession({});
    await publish(await join(sessionId));
    const started = await provider.startArchive({ sessionId });
    await provider.stopArchive(started.archiveId);
    const changes = await until('the ready webhook', () => {
      const list = received
        .flatMap((r) => (r instanceof GatewayError ? [] : r.archiveChanges))
        .filter((c) => c.archive.archiveId === started.archiveId);
      return list.some((c) => c.archive.status === 'AVAILABLE') ? list : undefined;
    });
    expect(changes.map((c) => c.archive.status)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    for (const change of changes) {
      expect(change.source).toBe('webhook');
      expect(change.archive).toMatchObject({ sessionId, url: null, createdAt: started.createdAt });
    }
    expect(changes[1]?.archive.reason).toBe('recordingStoppedByServer');
    expect(received.filter((r) => r instanceof GatewayError)).toEqual([]);
    const results = received.filter((r): r is WebhookResult => !(r instanceof GatewayError));
    expect(results.map((r) => r.eventType)).toEqual(
      expect.arrayContaining(['sessionCreated', 'participantJoined', 'webrtcConnectionCreated', 'recordingStatusChanged']),
    );
    const keys = results.map((r) => r.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should refuse webhooks whose token does not match', async () => {
    received = [];
    emu.configure({ openviduWebhookToken: 'some-other-token' });
    try {
      await provider.createSession({});
      const error = await until('a refused webhook', () => received.find((r): r is GatewayError => r instanceof GatewayError));
      expect(error.code).toBe('UNAUTHENTICATED');
    } finally {
      emu.configure({ openviduWebhookToken: WEBHOOK_TOKEN });
    }
  });
});

describe('upstream failures', () => {
  it('should map a 503 to UPSTREAM_UNAVAILABLE after retrying reads', async () => {
    await fault({ method: 'GET', path: '^/openvidu/api/sessions/ses_FaultFault$', status: 503, times: 3 });
    expect((await failure(provider.getSession('ses_FaultFault'))).code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('should recover when a retried read succeeds', async () => {
    const session = await provider.createSession({});
    await fault({ method: 'GET', path: `^/openvidu/api/sessions/${session.sessionId}$`, status: 503, times: 1 });
    expect(await provider.getSession(session.sessionId)).toEqual(session);
  });

  it('should map a slow answer to UPSTREAM_TIMEOUT', async () => {
    const p = extraProvider({ timeouts: { requestMs: 200, headersMs: 200 } });
    await fault({ method: 'POST', path: '^/openvidu/api/sessions$', delayMs: 1000 });
    expect((await failure(p.createSession({}))).code).toBe('UPSTREAM_TIMEOUT');
  });

  it('should stop a recording at once while four recording starts are stalled', async () => {
    const { sessionId } = await provider.createSession({});
    await publish(await join(sessionId));
    const recording = await provider.startArchive({ sessionId });
    // Four starts that hang upstream: as many as a recording pool holds.
    await fault({ method: 'POST', path: '^/openvidu/api/recordings/start$', delayMs: 2500, times: 4 });
    const stalled = Array.from({ length: 4 }, () => provider.startArchive({ sessionId: 'ses_AAAAAAAAAA' }).catch(() => undefined));
    await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    expect(await provider.stopArchive(recording.archiveId)).toMatchObject({ archiveId: recording.archiveId });
    expect(performance.now() - started).toBeLessThan(2000);
    await Promise.all(stalled);
  });

  it('should map a 429 to RATE_LIMITED and a 500 on recording start to UPSTREAM_UNAVAILABLE', async () => {
    await fault({ method: 'POST', path: '^/openvidu/api/sessions$', status: 429 });
    expect((await failure(provider.createSession({}))).code).toBe('RATE_LIMITED');
    await fault({ method: 'POST', path: '^/openvidu/api/recordings/start$', status: 500, body: 'Error starting recording: boom' });
    const error = await failure(provider.startArchive({ sessionId: 'ses_AAAAAAAAAA' }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).not.toContain('boom');
  });

  it('should say to check the secret when OpenVidu refuses the credentials', async () => {
    const p = extraProvider({ secret: 'wrong-secret' });
    const error = await failure(p.createSession({}));
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', message: "OpenVidu refused the gateway's credentials; check OPENVIDU_SECRET" });
    expect(error.message).not.toContain('wrong-secret');
  });

  it('should fail fast once closed', async () => {
    const p = makeProvider();
    await p.close();
    expect((await failure(p.getSession('ses_AAAAAAAAAA'))).code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
