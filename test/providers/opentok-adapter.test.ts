import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import type { ArchiveInfo, VideoProvider } from '../../src/providers/types.js';
import { failure } from '../helpers/failure.js';
import { until } from '../helpers/until.js';

let emu: Emulator;
let provider: VideoProvider;
const extraProviders: VideoProvider[] = [];

interface EmulatorState {
  sessions: Array<{
    sessionId: string;
    mediaMode: string;
    archiveMode: string;
    location: string | null;
    e2ee: boolean;
    archiveName: string | null;
    archiveResolution: string | null;
    connections: Array<{ connectionId: string; role: string; data: string | null; kind: string; tokenType: string | null }>;
    streams: Array<{ streamId: string }>;
    sipCalls: Array<{ id: string; uri: string; from: string | null; secure: boolean; video: boolean; observeForceMute: boolean }>;
    signals: Array<{ to: string | null; type: string | null; data: string }>;
    archives: Array<{ id: string; status: string }>;
  }>;
  faults: Array<{ path: string; remaining: number }>;
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

async function state(): Promise<EmulatorState> {
  return (await control('GET', '/emulator/state')).json as EmulatorState;
}

async function sessionState(sessionId: string): Promise<EmulatorState['sessions'][number]> {
  const found = (await state()).sessions.find((s) => s.sessionId === sessionId);
  if (!found) throw new Error(`emulator has no session ${sessionId}`);
  return found;
}

async function fault(spec: Record<string, unknown>): Promise<void> {
  const { status } = await control('POST', '/emulator/faults', spec);
  expect(status).toBeLessThan(300);
}

/** Connects a simulated client with a token minted by the adapter; returns its connection id. */
async function join(sessionId: string, format: 'JWT' | 'T1' = 'JWT'): Promise<string> {
  const { token } = await provider.generateToken({ sessionId, format });
  const { status, json } = await control('POST', '/emulator/clients', { token, data: 'test client' });
  expect(status).toBe(201);
  return json.connectionId as string;
}

/** Polls until the archive reaches `status` (the emulator's ready timer is short). */
function waitForStatus(archiveId: string, status: ArchiveInfo['status']): Promise<ArchiveInfo> {
  return until(`archive ${archiveId} to reach ${status}`, async () => {
    const archive = await provider.getArchive(archiveId);
    return archive?.status === status ? archive : undefined;
  });
}

function makeProvider(overrides: Partial<Parameters<typeof createOpenTokProvider>[0]> = {}): VideoProvider {
  const p = createOpenTokProvider({ ...emu.opentok, apiUrl: emu.url, timeouts: { requestMs: 3000 }, ...overrides });
  extraProviders.push(p);
  return p;
}

beforeAll(async () => {
  emu = await createEmulator({ strict: true, archiveReadyDelayMs: 50 });
  provider = createOpenTokProvider({ ...emu.opentok, apiUrl: emu.url, timeouts: { requestMs: 3000 } });
});

afterEach(async () => {
  await control('DELETE', '/emulator/faults');
});

afterAll(async () => {
  await Promise.all(extraProviders.map((p) => p.close()));
  await provider?.close();
  await emu?.close();
});

describe('sessions', () => {
  it('should create a relayed, manual session by default and recognise its id', async () => {
    const session = await provider.createSession({});
    expect(session).toMatchObject({ provider: 'OPENTOK', mediaMode: 'RELAYED', archiveMode: 'MANUAL' });
    expect(provider.ownsSessionId(session.sessionId)).toBe('certain');
    expect(session.createdAt?.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await sessionState(session.sessionId)).toMatchObject({ mediaMode: 'relayed', archiveMode: 'manual', e2ee: false });
  });

  it('should create a routed session with a location hint and e2ee', async () => {
    const session = await provider.createSession({ mediaMode: 'ROUTED', location: '10.0.0.7', e2ee: true });
    expect(session.mediaMode).toBe('ROUTED');
    expect(await sessionState(session.sessionId)).toMatchObject({ mediaMode: 'routed', location: '10.0.0.7', e2ee: true });
  });

  it('should create an always-archived session with archive name and resolution', async () => {
    const session = await provider.createSession({
      mediaMode: 'ROUTED',
      archiveMode: 'ALWAYS',
      archiveName: 'daily standup',
      archiveResolution: '1280x720',
    });
    expect(session).toMatchObject({ mediaMode: 'ROUTED', archiveMode: 'ALWAYS' });
    expect(await sessionState(session.sessionId)).toMatchObject({
      mediaMode: 'routed',
      archiveMode: 'always',
      archiveName: 'daily standup',
      archiveResolution: '1280x720',
    });
  });

  it.each([
    // Rules every provider shares (an IPv4 location, archive defaults only with ALWAYS, no e2ee
    // with ALWAYS) are the schema's: test/graphql/input-rules.test.ts.
    [{ archiveMode: 'ALWAYS' as const }, 'input.archiveMode'],
    [{ mediaMode: 'ROUTED' as const, archiveMode: 'ALWAYS' as const, archiveName: 'x'.repeat(81) }, 'input.archiveName'],
    [{ mediaMode: 'ROUTED' as const, archiveMode: 'ALWAYS' as const, archiveResolution: '800x600' }, 'input.archiveResolution'],
    [{ e2ee: true }, 'input.e2ee'],
  ])('should reject %j before calling OpenTok (%s)', async (options, field) => {
    const before = (await state()).sessions.length;
    const error = await failure(provider.createSession(options));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.field).toBe(field);
    expect((await state()).sessions.length).toBe(before);
  });

  it('should remember in getSession the modes of sessions it created, and fall back to platform defaults otherwise', async () => {
    const routed = await provider.createSession({ mediaMode: 'ROUTED', archiveMode: 'ALWAYS' });
    expect(await provider.getSession(routed.sessionId)).toMatchObject({ mediaMode: 'ROUTED', archiveMode: 'ALWAYS' });

    // Another gateway instance (another process) cannot know: OpenTok does not report modes.
    const other = makeProvider();
    const seen = await other.getSession(routed.sessionId);
    expect(seen).toMatchObject({ sessionId: routed.sessionId, mediaMode: 'RELAYED', archiveMode: 'MANUAL' });
    expect(seen?.createdAt).toBeInstanceOf(Date);
  });

  it('should answer null in getSession for ids that are not this project’s', async () => {
    const foreign = `1_${Buffer.from('1~11111111~~1700000000000~abcdefghijklmnopqrstuvwx~~~').toString('base64url')}`;
    expect(await provider.getSession(foreign)).toBeNull();
    expect(await provider.getSession('not-a-session')).toBeNull();
    expect(provider.ownsSessionId(foreign)).toBe('no');
  });
});

describe('tokens and clients', () => {
  it.each(['JWT', 'T1'] as const)('should mint %s tokens the emulator accepts, with role and data', async (format) => {
    const session = await provider.createSession({ mediaMode: 'ROUTED' });
    const token = await provider.generateToken({
      sessionId: session.sessionId,
      role: 'MODERATOR',
      data: 'name=Ada',
      format,
    });
    expect(token).toMatchObject({ provider: 'OPENTOK', apiKey: emu.opentok.apiKey, role: 'MODERATOR', data: 'name=Ada', format });
    expect(token.token.startsWith(format === 'JWT' ? 'eyJ' : 'T1==')).toBe(true);
    const { status, json } = await control('POST', '/emulator/clients', { token: token.token });
    expect(status).toBe(201);
    expect(json.sessionId).toBe(session.sessionId);
    const [connection] = (await sessionState(session.sessionId)).connections;
    expect(connection).toMatchObject({ role: 'moderator', data: 'name=Ada', tokenType: format.toLowerCase() });
  });

  it('should mint tokens that a differently keyed secret cannot forge (the emulator rejects them)', async () => {
    const session = await provider.createSession({});
    const forger = makeProvider({ apiSecret: 'f'.repeat(40) });
    const { token } = await forger.generateToken({ sessionId: session.sessionId });
    expect((await control('POST', '/emulator/clients', { token })).status).toBe(401);
  });

  it('should refuse a foreign session id without any upstream call', async () => {
    const foreign = `1_${Buffer.from('1~11111111~~1700000000000~abcdefghijklmnopqrstuvwx~~~').toString('base64url')}`;
    const error = await failure(provider.generateToken({ sessionId: foreign }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.sessionId' } });
    expect(error.message).toMatch(/does not belong to the configured OpenTok API key/);
  });
});

describe('archives', () => {
  it('should need a connected client (strict emulator): PRECONDITION_FAILED', async () => {
    const session = await provider.createSession({ mediaMode: 'ROUTED' });
    const error = await failure(provider.startArchive({ sessionId: session.sessionId }));
    expect(error).toMatchObject({ code: 'PRECONDITION_FAILED', details: { provider: 'OPENTOK', upstreamStatus: 400 } });
    expect(error.message).toBe('a client must be connected to the session before an archive can start');
  });

  it('should refuse relayed sessions: PRECONDITION_FAILED asking for ROUTED', async () => {
    const session = await provider.createSession({ mediaMode: 'RELAYED' });
    await join(session.sessionId);
    const error = await failure(provider.startArchive({ sessionId: session.sessionId }));
    expect(error).toMatchObject({ code: 'PRECONDITION_FAILED', details: { upstreamStatus: 409 } });
    expect(error.message).toMatch(/create the session with mediaMode ROUTED/);
  });

  it('should start, conflict, stop, become available, and delete by the rules', async () => {
    const session = await provider.createSession({ mediaMode: 'ROUTED' });
    await join(session.sessionId, 'T1');

    const archive = await provider.startArchive({
      sessionId: session.sessionId,
      name: 'board meeting',
      hasVideo: true,
      hasAudio: true,
      outputMode: 'COMPOSED',
      resolution: '1280x720',
    });
    expect(archive).toMatchObject({
      provider: 'OPENTOK',
      sessionId: session.sessionId,
      name: 'board meeting',
      status: 'STARTED',
      outputMode: 'COMPOSED',
      resolution: '1280x720',
      hasAudio: true,
      hasVideo: true,
    });
    expect(provider.ownsArchiveId(archive.archiveId)).toBe('certain');

    const second = await failure(provider.startArchive({ sessionId: session.sessionId }));
    expect(second.code).toBe('CONFLICT');
    expect(second.message).toMatch(/multiArchiveTag/);

    const tagged = await provider.startArchive({ sessionId: session.sessionId, multiArchiveTag: 'backup', outputMode: 'INDIVIDUAL' });
    expect(tagged).toMatchObject({ status: 'STARTED', outputMode: 'INDIVIDUAL', resolution: null });

    const deleteWhileRecording = await failure(provider.deleteArchive(archive.archiveId));
    expect(deleteWhileRecording.code).toBe('CONFLICT');

    const stopped = await provider.stopArchive(archive.archiveId);
    expect(stopped.status).toBe('STOPPED');
    const stopAgain = await failure(provider.stopArchive(archive.archiveId));
    expect(stopAgain).toMatchObject({ code: 'CONFLICT', message: 'the archive is not recording' });

    const available = await waitForStatus(archive.archiveId, 'AVAILABLE');
    expect(available.url).toMatch(/^https?:\/\//);
    expect(available.createdAt).toBeInstanceOf(Date);

    await provider.deleteArchive(archive.archiveId);
    const afterDelete = await provider.getArchive(archive.archiveId);
    expect(afterDelete === null || afterDelete.status === 'DELETED').toBe(true);

    await provider.stopArchive(tagged.archiveId);
  });

  it('should answer null in getArchive for unknown and malformed ids, and NOT_FOUND to stop or delete them', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await provider.getArchive(unknown)).toBeNull();
    expect(await provider.getArchive('not-a-uuid')).toBeNull();
    expect((await failure(provider.stopArchive(unknown))).code).toBe('NOT_FOUND');
    expect((await failure(provider.deleteArchive(unknown))).code).toBe('NOT_FOUND');
    expect((await failure(provider.stopArchive('nope'))).code).toBe('NOT_FOUND');
  });

  it('should list archives with offset/count and the provider total', async () => {
    const session = await provider.createSession({ mediaMode: 'ROUTED' });
    await join(session.sessionId);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const archive = await provider.startArchive({ sessionId: session.sessionId, name: `part ${i}` });
      await provider.stopArchive(archive.archiveId);
      ids.push(archive.archiveId);
    }
    const first = await provider.listArchives({ sessionId: session.sessionId, offset: 0, count: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.items).toHaveLength(2);
    const rest = await provider.listArchives({ sessionId: session.sessionId, offset: 2, count: 2 });
    expect(rest.totalCount).toBe(3);
    expect(rest.items).toHaveLength(1);
    expect(new Set([...first.items, ...rest.items].map((a) => a.archiveId))).toEqual(new Set(ids));

    const all = await provider.listArchives({ offset: 0, count: 1000 });
    expect(all.totalCount).toBeGreaterThanOrEqual(3);
  });

  // Resolution with INDIVIDUAL and neither audio nor video are the schema's rules:
  // test/graphql/input-rules.test.ts.
  it.each([
    [{ resolution: '800x600' }, 'input.resolution'],
    [{ name: 'n'.repeat(81) }, 'input.name'],
  ])('should validate %j before any upstream call', async (options, field) => {
    const session = await provider.createSession({ mediaMode: 'ROUTED' });
    // A pending fault on the archive endpoint proves nothing was sent: it is still unconsumed.
    await fault({ method: 'POST', path: '/archive$', status: 500, times: 1 });
    const error = await failure(provider.startArchive({ sessionId: session.sessionId, ...options }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    expect((await state()).faults).toHaveLength(1);
  });

  it('should reject bad paging', async () => {
    expect((await failure(provider.listArchives({ offset: -1, count: 10 }))).details.field).toBe('offset');
    expect((await failure(provider.listArchives({ offset: 0, count: 1001 }))).details.field).toBe('count');
  });
});

describe('SIP, moderation, signals, streams', () => {
  it('should dial SIP with a fresh publisher token and the options opentok-node sends', async () => {
    const session = await provider.createSession({ mediaMode: 'ROUTED' });
    const call = await provider.dialSip({
      sessionId: session.sessionId,
      uri: 'sip:+15551234567@sip.example.com;transport=tls',
      from: '15557654321@example.com',
      headers: [{ name: 'X-Meeting', value: 'm-1' }],
      auth: { username: 'user', password: 'pass' },
      secure: true,
      video: false,
      observeForceMute: true,
    });
    expect(call).toMatchObject({ provider: 'OPENTOK', sessionId: session.sessionId });
    expect(call.sipCallId).toBeTruthy();
    expect(call.connectionId).toBeTruthy();
    const s = await sessionState(session.sessionId);
    expect(s.sipCalls).toEqual([
      expect.objectContaining({
        id: call.sipCallId,
        uri: 'sip:+15551234567@sip.example.com;transport=tls',
        from: '15557654321@example.com',
        secure: true,
        video: false,
        observeForceMute: true,
      }),
    ]);
    expect(s.connections.find((c) => c.connectionId === call.connectionId)).toMatchObject({ kind: 'sip' });
  });

  // SIP URIs are checked by the schema: test/graphql/input-rules.test.ts.

  it('should not dial from a relayed session', async () => {
    const session = await provider.createSession({});
    const error = await failure(provider.dialSip({ sessionId: session.sessionId, uri: 'sips:bob@example.com' }));
    expect(error.code).toBe('PRECONDITION_FAILED');
  });

  it('should force-disconnect a client, then NOT_FOUND', async () => {
    const session = await provider.createSession({});
    const connectionId = await join(session.sessionId);
    await provider.forceDisconnect(session.sessionId, connectionId);
    expect((await sessionState(session.sessionId)).connections).toEqual([]);
    const again = await failure(provider.forceDisconnect(session.sessionId, connectionId));
    expect(again.code).toBe('NOT_FOUND');
  });

  it('should signal a session and one connection', async () => {
    const session = await provider.createSession({});
    const connectionId = await join(session.sessionId);
    await provider.signal({ sessionId: session.sessionId, type: 'chat', data: 'hello all' });
    await provider.signal({ sessionId: session.sessionId, connectionId, data: 'hello you' });
    const { signals } = await sessionState(session.sessionId);
    expect(signals).toEqual([
      expect.objectContaining({ to: null, type: 'chat', data: 'hello all' }),
      expect.objectContaining({ to: connectionId, data: 'hello you' }),
    ]);
    // The size and type rules are the schema's: test/graphql/input-rules.test.ts.
  });

  it('should refuse path-step ids before any call, so a targeted signal never reaches the whole session', async () => {
    const session = await provider.createSession({});
    await join(session.sessionId);
    for (const connectionId of ['..', '.']) {
      expect(await failure(provider.signal({ sessionId: session.sessionId, connectionId, data: 'only you' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'connectionId' },
      });
      expect((await failure(provider.forceDisconnect(session.sessionId, connectionId))).code).toBe('BAD_USER_INPUT');
    }
    const { signals, connections } = await sessionState(session.sessionId);
    expect(signals).toEqual([]);
    expect(connections).toHaveLength(1);
  });

  it('should list the streams clients publish', async () => {
    const session = await provider.createSession({ mediaMode: 'ROUTED' });
    const connectionId = await join(session.sessionId);
    expect(await provider.listStreams(session.sessionId)).toEqual([]);
    const { status, json } = await control('POST', `/emulator/clients/${connectionId}/streams`, {
      hasAudio: true,
      hasVideo: true,
      videoType: 'screen',
    });
    expect(status).toBe(201);
    const streams = await provider.listStreams(session.sessionId);
    expect(streams).toEqual([
      expect.objectContaining({ provider: 'OPENTOK', streamId: json.streamId, sessionId: session.sessionId, videoType: 'screen' }),
    ]);
  });
});

describe('upstream failures', () => {
  it('should map a 503 on a POST to UPSTREAM_UNAVAILABLE and not retry it', async () => {
    const session = await provider.createSession({ mediaMode: 'ROUTED' });
    await join(session.sessionId);
    await fault({ method: 'POST', path: '/archive$', status: 503, times: 2 });
    const error = await failure(provider.startArchive({ sessionId: session.sessionId }));
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', details: { provider: 'OPENTOK', upstreamStatus: 503 } });
    expect((await state()).faults).toEqual([expect.objectContaining({ remaining: 1 })]);
    expect((await sessionState(session.sessionId)).archives).toEqual([]);
  });

  it('should retry a GET after one 503 and succeed', async () => {
    await fault({ method: 'GET', path: '/archive$', status: 503, times: 1 });
    const page = await provider.listArchives({ offset: 0, count: 5 });
    expect(page.totalCount).toBeGreaterThanOrEqual(0);
    expect((await state()).faults).toEqual([]);
  });

  it('should give up on a GET that keeps failing: UPSTREAM_UNAVAILABLE after 3 attempts', async () => {
    await fault({ method: 'GET', path: '/archive$', status: 502, times: 5 });
    const error = await failure(provider.listArchives({ offset: 0, count: 5 }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await state()).faults).toEqual([expect.objectContaining({ remaining: 2 })]);
  });

  it('should map a delay beyond requestMs to UPSTREAM_TIMEOUT', async () => {
    const impatient = makeProvider({ timeouts: { requestMs: 200 } });
    await fault({ method: 'GET', path: '/archive$', delayMs: 4000, times: 3 });
    const started = Date.now();
    const error = await failure(impatient.listArchives({ offset: 0, count: 5 }));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    // Cut at the deadline, not after the 4 s delay: generous for a loaded machine.
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('should map a dropped connection on a POST to UPSTREAM_UNAVAILABLE', async () => {
    await fault({ method: 'POST', path: '/session/create$', drop: true, times: 1 });
    expect((await failure(provider.createSession({}))).code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('should map 429 to RATE_LIMITED with retryAfter', async () => {
    await fault({ method: 'POST', path: '/session/create$', status: 429, times: 1 });
    const error = await failure(provider.createSession({}));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', details: { upstreamStatus: 429 } });
    expect(error.details.retryAfter).toBeGreaterThanOrEqual(1);
  });

  it('should map a non-JSON success body to UPSTREAM_ERROR', async () => {
    await fault({ method: 'POST', path: '/session/create$', status: 200, body: 'surprise', times: 1 });
    expect((await failure(provider.createSession({}))).code).toBe('UPSTREAM_ERROR');
  });

  it('should map a 400 with a short upstream message to BAD_USER_INPUT carrying it', async () => {
    await fault({ method: 'POST', path: '/session/create$', status: 400, body: { code: 400, message: 'Invalid location' }, times: 1 });
    const error = await failure(provider.createSession({}));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'OpenTok refused the session options: Invalid location' });
  });

  it('should map 403 from a wrong secret to UPSTREAM_ERROR without revealing the secret', async () => {
    const wrongSecret = 'wrong-secret-that-must-never-leak-0123456789';
    const misconfigured = makeProvider({ apiSecret: wrongSecret });
    const error = await failure(misconfigured.createSession({}));
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', details: { provider: 'OPENTOK' } });
    expect(error.details.upstreamStatus === 401 || error.details.upstreamStatus === 403).toBe(true);
    expect(error.message).toMatch(/check OPENTOK_API_KEY and OPENTOK_API_SECRET/);
    expect(error.message).not.toContain(wrongSecret);
    expect(JSON.stringify(error.details)).not.toContain(wrongSecret);
    expect(error.message).not.toContain(emu.opentok.apiSecret);
  });

  it('should map a closed port to UPSTREAM_UNAVAILABLE', async () => {
    const nowhere = makeProvider({ apiUrl: 'http://127.0.0.1:1' });
    expect((await failure(nowhere.createSession({}))).code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
