/**
 * The adapter's wire format and its handling of OpenVidu's answers, against a scripted local
 * server: exact requests out (paths, auth, bodies, content types), quirky statuses in.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOpenViduProvider } from '../../src/providers/openvidu/index.js';
import type { VideoProvider } from '../../src/providers/types.js';
import { failure } from '../helpers/failure.js';
import { silentLogger } from '../../src/logger.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
interface Reply {
  status: number;
  json?: unknown;
  text?: string;
  delayMs?: number;
}
type Route = (request: Seen) => Reply | undefined;

const SECRET = 'MY_SECRET';
let server: Server;
let baseUrl: string;
let seen: Seen[] = [];
let routes: Route[] = [];
const providers: VideoProvider[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      seen.push(request);
      let reply: Reply = { status: 599, text: 'no route' };
      for (const route of routes) {
        const r = route(request);
        if (r !== undefined) {
          reply = r;
          break;
        }
      }
      const send = (): void => {
        const text = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '');
        res.writeHead(reply.status, text === '' ? {} : { 'content-type': 'application/json' });
        res.end(text);
      };
      if (!reply.delayMs) return send();
      // Never answer a client that hung up: no timer outlives its test.
      const timer = setTimeout(send, reply.delayMs);
      res.once('close', () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await Promise.all(providers.splice(0).map((p) => p.close()));
  seen = [];
  routes = [];
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function provider(overrides: Partial<Parameters<typeof createOpenViduProvider>[0]> = {}): VideoProvider {
  const p = createOpenViduProvider({ url: baseUrl, secret: SECRET, ...overrides });
  providers.push(p);
  return p;
}

function on(method: string, path: string | RegExp, reply: Reply | ((r: Seen) => Reply)): void {
  routes.push((r) => {
    const pathOnly = r.url.split('?')[0] ?? '';
    const matches = typeof path === 'string' ? pathOnly === path : path.test(pathOnly);
    if (r.method !== method || !matches) return undefined;
    return typeof reply === 'function' ? reply(r) : reply;
  });
}

const SESSION = {
  id: 'ses_YnDaGYNcd7',
  object: 'session',
  sessionId: 'ses_YnDaGYNcd7',
  createdAt: 1538481996019,
  recording: false,
  broadcasting: false,
  mediaMode: 'ROUTED',
  recordingMode: 'MANUAL',
  customSessionId: '',
  forcedVideoCodec: 'MEDIA_SERVER_PREFERRED',
  allowTranscoding: false,
  connections: { numberOfElements: 0, content: [] },
};
const PENDING = {
  id: 'con_Xnxg19tonh',
  object: 'connection',
  type: 'WEBRTC',
  status: 'pending',
  connectionId: 'con_Xnxg19tonh',
  sessionId: 'ses_YnDaGYNcd7',
  createdAt: 1538481999022,
  activeAt: null,
  location: null,
  ip: null,
  platform: null,
  token: 'ws://localhost:4443?sessionId=ses_YnDaGYNcd7&token=tok_AVe8o7iltWqtijyl',
  serverData: 'd',
  record: true,
  role: 'PUBLISHER',
  kurentoOptions: null,
  customIceServers: [],
  rtspUri: null,
  adaptativeBitrate: null,
  onlyPlayWithSubscribers: null,
  networkCache: null,
  clientData: null,
  publishers: null,
  subscribers: null,
};
const recording = (id: string, sessionId: string, createdAt: number, status = 'ready') => ({
  id,
  object: 'recording',
  name: id,
  outputMode: 'COMPOSED',
  resolution: '1280x720',
  frameRate: 25,
  recordingLayout: 'BEST_FIT',
  sessionId,
  createdAt,
  size: 10,
  duration: 1.5,
  url: null,
  hasAudio: true,
  hasVideo: true,
  status,
});

describe('requests', () => {
  it('should send Basic OPENVIDUAPP:<secret>, JSON bodies and the exact createSession body', async () => {
    on('POST', '/openvidu/api/sessions', { status: 200, json: SESSION });
    const info = await provider().createSession({ archiveName: 'weekly', archiveResolution: '640x480', forcedVideoCodec: 'H264' });
    expect(info).toEqual({
      provider: 'OPENVIDU',
      sessionId: 'ses_YnDaGYNcd7',
      mediaMode: 'ROUTED',
      archiveMode: 'MANUAL',
      createdAt: new Date(1538481996019),
    });
    const [request] = seen;
    expect(request?.headers.authorization).toBe('Basic T1BFTlZJRFVBUFA6TVlfU0VDUkVU');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      mediaMode: 'ROUTED',
      recordingMode: 'MANUAL',
      forcedVideoCodec: 'H264',
      defaultRecordingProperties: { name: 'weekly', resolution: '640x480' },
    });
  });

  it('should keep a reverse proxy path prefix', async () => {
    on('GET', '/video/openvidu/api/sessions/room', { status: 200, json: { ...SESSION, id: 'room', sessionId: 'room' } });
    const p = provider({ url: `${baseUrl}/video/` });
    expect((await p.getSession('room'))?.sessionId).toBe('room');
  });

  it('should send GET and DELETE without a body or content type', async () => {
    on('GET', '/openvidu/api/sessions/ses_YnDaGYNcd7', { status: 200, json: SESSION });
    on('DELETE', '/openvidu/api/sessions/ses_YnDaGYNcd7', { status: 204 });
    const p = provider();
    await p.getSession('ses_YnDaGYNcd7');
    await p.closeSession('ses_YnDaGYNcd7');
    for (const request of seen) {
      expect(request.body).toBe('');
      expect(request.headers['content-type']).toBeUndefined();
    }
  });

  it('should create a connection per token and report it', async () => {
    on('POST', '/openvidu/api/sessions/ses_YnDaGYNcd7/connection', { status: 200, json: PENDING });
    const token = await provider().generateToken({ sessionId: 'ses_YnDaGYNcd7', data: 'd', role: 'PUBLISHER', record: true });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ type: 'WEBRTC', role: 'PUBLISHER', data: 'd', record: true });
    expect(token).toMatchObject({
      provider: 'OPENVIDU',
      token: PENDING.token,
      sessionId: 'ses_YnDaGYNcd7',
      apiKey: null,
      role: 'PUBLISHER',
      data: 'd',
      format: 'OPAQUE',
      connection: { connectionId: 'con_Xnxg19tonh', status: 'PENDING', role: 'PUBLISHER', data: 'd', streamIds: [] },
    });
  });

  it('should send signals to everyone or one connection', async () => {
    on('POST', '/openvidu/api/signal', { status: 200 });
    const p = provider();
    await p.signal({ sessionId: 'room', data: 'hello', type: 'chat' });
    await p.signal({ sessionId: 'room', data: 'psst', connectionId: 'con_A' });
    expect(seen.map((r) => JSON.parse(r.body))).toEqual([
      { session: 'room', type: 'chat', data: 'hello' },
      { session: 'room', to: ['con_A'], data: 'psst' },
    ]);
  });

  it('should stop a recording with a bodiless POST and encode the ~ id as is', async () => {
    on('POST', '/openvidu/api/recordings/stop/ses_YnDaGYNcd7~1', { status: 200, json: recording('ses_YnDaGYNcd7~1', 'ses_YnDaGYNcd7', 5) });
    const archive = await provider().stopArchive('ses_YnDaGYNcd7~1');
    expect(archive.status).toBe('AVAILABLE');
    expect(seen[0]?.body).toBe('');
    expect(seen[0]?.url).toBe('/openvidu/api/recordings/stop/ses_YnDaGYNcd7~1');
  });

  it('should ask for pending connections when listing them', async () => {
    on('GET', '/openvidu/api/sessions/room/connection', { status: 200, json: { numberOfElements: 1, content: [PENDING] } });
    const list = await provider().listConnections('room');
    expect(seen[0]?.url).toBe('/openvidu/api/sessions/room/connection?pendingConnections=true');
    expect(list.map((c) => [c.connectionId, c.status])).toEqual([['con_Xnxg19tonh', 'PENDING']]);
  });
});

describe('answers', () => {
  it('should fetch the existing session when a custom id is taken (409)', async () => {
    on('POST', '/openvidu/api/sessions', { status: 409 });
    on('GET', '/openvidu/api/sessions/room', {
      status: 200,
      json: { ...SESSION, id: 'room', sessionId: 'room', customSessionId: 'room', recordingMode: 'ALWAYS' },
    });
    const info = await provider().createSession({ customSessionId: 'room', archiveMode: 'MANUAL' });
    expect(info).toMatchObject({ sessionId: 'room', archiveMode: 'ALWAYS' });
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /openvidu/api/sessions', 'GET /openvidu/api/sessions/room']);
  });

  it('should report CONFLICT when the taken id vanishes before it can be read', async () => {
    on('POST', '/openvidu/api/sessions', { status: 409 });
    on('GET', '/openvidu/api/sessions/room', { status: 404 });
    const error = await failure(provider().createSession({ customSessionId: 'room' }));
    expect(error.code).toBe('CONFLICT');
  });

  it('should tell relayed sessions from recording ones on a recording start 409, reading the session only then', async () => {
    on('POST', '/openvidu/api/recordings/start', { status: 409 });
    on('GET', '/openvidu/api/sessions/relayed', { status: 200, json: { ...SESSION, id: 'relayed', mediaMode: 'RELAYED' } });
    on('GET', '/openvidu/api/sessions/busy', { status: 200, json: { ...SESSION, id: 'busy', recording: true } });
    on('GET', '/openvidu/api/sessions/gone', { status: 404 });
    const p = provider();
    expect(await failure(p.startArchive({ sessionId: 'relayed' }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/only routed sessions can be recorded/),
    });
    expect(await failure(p.startArchive({ sessionId: 'busy' }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^the session is already being recorded/),
    });
    expect((await failure(p.startArchive({ sessionId: 'gone' }))).code).toBe('CONFLICT');
    expect(seen.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('should map quirky 400s on connection endpoints to NOT_FOUND for the session', async () => {
    on('DELETE', /^\/openvidu\/api\/sessions\/ghost\//, { status: 400 });
    on('DELETE', /^\/openvidu\/api\/sessions\/room\//, { status: 404 });
    const p = provider();
    expect(await failure(p.forceDisconnect('ghost', 'con_A'))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^session not found/),
    });
    expect(await failure(p.forceDisconnect('room', 'con_A'))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^connection not found/),
    });
    expect(await failure(p.forceUnpublish('ghost', 'str_CAM_a_con_A'))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^session not found/),
    });
  });

  it('should pass OpenVidu’s short 400 message through', async () => {
    on('POST', '/openvidu/api/sessions/room/connection', {
      status: 400,
      json: {
        timestamp: 1,
        status: 400,
        error: 'Bad Request',
        message: "Parameter 'kurentoOptions' is not valid",
        path: '/openvidu/api/sessions/room/connection',
      },
    });
    const error = await failure(provider().generateToken({ sessionId: 'room' }));
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: "OpenVidu refused the request: Parameter 'kurentoOptions' is not valid",
    });
  });

  it('should map 401 to a credentials hint without the secret', async () => {
    on('GET', '/openvidu/api/recordings', { status: 401 });
    const error = await failure(provider().listArchives({ offset: 0, count: 10 }));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(error.message).toBe("OpenVidu refused the gateway's credentials; check OPENVIDU_SECRET");
    expect(error.message).not.toContain(SECRET);
  });

  it('should refuse bodies that are not what OpenVidu sends', async () => {
    on('GET', '/openvidu/api/sessions/a', { status: 200, text: 'not json' });
    on('GET', '/openvidu/api/sessions/b', { status: 200, json: { object: 'session' } });
    on('GET', '/openvidu/api/recordings', { status: 200, json: { count: 1 } });
    on('POST', '/openvidu/api/sessions/room/connection', { status: 200, json: { ...PENDING, token: null } });
    const p = provider();
    for (const call of [
      p.getSession('a'),
      p.getSession('b'),
      p.listArchives({ offset: 0, count: 1 }),
      p.generateToken({ sessionId: 'room' }),
    ]) {
      const error = await failure(call);
      expect(error.code).toBe('UPSTREAM_ERROR');
      expect(error.message).not.toMatch(/not json|object/);
    }
  });

  it('should filter, sort and page the whole recording list in the gateway', async () => {
    on('GET', '/openvidu/api/recordings', {
      status: 200,
      json: {
        count: 6,
        items: [
          recording('a', 'ses_A', 100),
          recording('b', 'ses_B', 200),
          recording('a~1', 'ses_A', 300),
          recording('a~2', 'ses_A', 200, 'started'),
          { garbage: true },
          recording('a~3', 'ses_A', 50, 'failed'),
        ],
      },
    });
    const p = provider();
    const all = await p.listArchives({ offset: 0, count: 1000 });
    expect(all.totalCount).toBe(5);
    expect(all.items.map((a) => a.archiveId)).toEqual(['a~1', 'b', 'a~2', 'a', 'a~3']);
    const page = await p.listArchives({ sessionId: 'ses_A', offset: 1, count: 2 });
    expect(page.totalCount).toBe(4);
    expect(page.items.map((a) => [a.archiveId, a.status])).toEqual([
      ['a~2', 'STARTED'],
      ['a', 'AVAILABLE'],
    ]);
    expect((await p.listArchives({ sessionId: 'ses_A', offset: 10, count: 2 })).items).toEqual([]);
  });

  it('should answer null for unknown sessions and recordings, and for ids OpenVidu cannot have, without a call', async () => {
    on('GET', /^\/openvidu\/api\/(sessions|recordings)\//, { status: 404 });
    const p = provider();
    expect(await p.getSession('ses_YnDaGYNcd7')).toBeNull();
    expect(await p.getArchive('ses_YnDaGYNcd7~3')).toBeNull();
    expect(seen).toHaveLength(2);
    expect(await p.getSession('not/an id')).toBeNull();
    expect(await p.getArchive('x~y')).toBeNull();
    expect(seen).toHaveLength(2);
  });

  it('should retry a GET on 503 and then report UPSTREAM_UNAVAILABLE', async () => {
    on('GET', '/openvidu/api/sessions/room', { status: 503 });
    const error = await failure(provider().getSession('room'));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(seen).toHaveLength(3);
  });

  it('should not retry a POST', async () => {
    on('POST', '/openvidu/api/sessions', { status: 503 });
    expect((await failure(provider().createSession({}))).code).toBe('UPSTREAM_UNAVAILABLE');
    expect(seen).toHaveLength(1);
  });

  it('should time out slow calls, giving recording start more time', async () => {
    on('GET', '/openvidu/api/sessions/slow', { status: 200, json: SESSION, delayMs: 400 });
    on('POST', '/openvidu/api/recordings/start', { status: 200, json: recording('slow', 'slow', 1, 'started'), delayMs: 400 });
    const p = provider({ timeouts: { requestMs: 150, headersMs: 150 }, recordingTimeoutMs: 2000 });
    expect((await failure(p.getSession('slow'))).code).toBe('UPSTREAM_TIMEOUT');
    expect((await p.startArchive({ sessionId: 'slow' })).status).toBe('STARTED');
    const short = provider({ timeouts: { requestMs: 150, headersMs: 150 }, recordingTimeoutMs: 200 });
    expect((await failure(short.startArchive({ sessionId: 'slow' }))).code).toBe('UPSTREAM_TIMEOUT');
  });

  it('should refuse SIP before any call', async () => {
    const error = await failure(provider().dialSip({ sessionId: 'room', uri: 'sip:a@b.c' }));
    expect(error).toMatchObject({
      code: 'UNSUPPORTED_BY_PROVIDER',
      message: expect.stringMatching(/OpenVidu 2 has no SIP in its REST API/),
    });
    expect(seen).toHaveLength(0);
  });

  it('should list streams of the session’s active connections', async () => {
    on('GET', '/openvidu/api/sessions/room', {
      status: 200,
      json: {
        ...SESSION,
        id: 'room',
        connections: {
          numberOfElements: 1,
          content: [
            {
              ...PENDING,
              status: 'active',
              publishers: [{ createdAt: 1, streamId: 'str_SCR_a_con_X', mediaOptions: { hasVideo: true, typeOfVideo: 'SCREEN' } }],
              subscribers: [],
            },
          ],
        },
      },
    });
    on('GET', '/openvidu/api/sessions/gone', { status: 404 });
    const p = provider();
    expect(await p.listStreams('room')).toEqual([
      { provider: 'OPENVIDU', streamId: 'str_SCR_a_con_X', sessionId: 'room', videoType: 'screen', name: null, layoutClassList: [] },
    ]);
    expect((await failure(p.listStreams('gone'))).code).toBe('NOT_FOUND');
  });
});

describe('token expiry', () => {
  // The revocation timers are ours: a fake clock runs them; the HTTP they start stays real.
  const fakeClock = (): void => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should delete a still-pending connection at expiresAt, and leave an active one alone', async () => {
    let status = 'pending';
    on('POST', '/openvidu/api/sessions/room/connection', (r) => {
      const id = seen.filter((s) => s.method === 'POST').length === 1 ? 'con_P' : 'con_A';
      return { status: 200, json: { ...PENDING, id, connectionId: id, sessionId: 'room', role: JSON.parse(r.body).role } };
    });
    on('GET', '/openvidu/api/sessions/room/connection/con_P', {
      status: 200,
      json: { ...PENDING, connectionId: 'con_P', sessionId: 'room' },
    });
    on('GET', '/openvidu/api/sessions/room/connection/con_A', () => ({
      status: 200,
      json: { ...PENDING, connectionId: 'con_A', sessionId: 'room', status },
    }));
    on('DELETE', /^\/openvidu\/api\/sessions\/room\/connection\//, { status: 204 });
    fakeClock();
    const p = provider();
    await p.generateToken({ sessionId: 'room', expiresAt: new Date(Date.now() + 300) });
    await p.generateToken({ sessionId: 'room', expiresAt: new Date(Date.now() + 300) });
    status = 'active';
    await vi.advanceTimersByTimeAsync(300);
    vi.useRealTimers();
    // close() waits for the revocations in flight.
    await p.close();
    expect(
      seen
        .filter((r) => r.method !== 'POST')
        .map((r) => `${r.method} ${r.url}`)
        .sort(),
    ).toEqual([
      'DELETE /openvidu/api/sessions/room/connection/con_P',
      'GET /openvidu/api/sessions/room/connection/con_A',
      'GET /openvidu/api/sessions/room/connection/con_P',
    ]);
  });

  it('should ignore connections that are gone, and forget tokens of closed sessions and disconnected connections', async () => {
    on('POST', '/openvidu/api/sessions/room/connection', { status: 200, json: { ...PENDING, connectionId: 'con_G', sessionId: 'room' } });
    on('POST', '/openvidu/api/sessions/closed/connection', {
      status: 200,
      json: { ...PENDING, connectionId: 'con_C', sessionId: 'closed' },
    });
    on('POST', '/openvidu/api/sessions/kicked/connection', {
      status: 200,
      json: { ...PENDING, connectionId: 'con_K', sessionId: 'kicked' },
    });
    on('GET', '/openvidu/api/sessions/room/connection/con_G', { status: 400 });
    on('DELETE', '/openvidu/api/sessions/closed', { status: 204 });
    on('DELETE', '/openvidu/api/sessions/kicked/connection/con_K', { status: 204 });
    const warnings: unknown[] = [];
    const answers: unknown[] = [];
    const logger = {
      ...silentLogger,
      warn: (o: object | string) => void warnings.push(o),
      debug: (o: object | string) => void answers.push(o),
    };
    fakeClock();
    const p = provider({ logger });
    const at = new Date(Date.now() + 200);
    await p.generateToken({ sessionId: 'room', expiresAt: at });
    await p.generateToken({ sessionId: 'closed', expiresAt: at });
    await p.generateToken({ sessionId: 'kicked', expiresAt: at });
    await p.closeSession('closed');
    await p.forceDisconnect('kicked', 'con_K');
    await vi.advanceTimersByTimeAsync(200);
    vi.useRealTimers();
    // The revocation is over once its one answer is in: what follows it runs before the next macrotask.
    await vi.waitFor(() => expect(answers).toContainEqual(expect.objectContaining({ path: '/sessions/room/connection/con_G' })), {
      timeout: 5000,
      interval: 10,
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.filter((r) => r.method === 'GET').map((r) => r.url)).toEqual(['/openvidu/api/sessions/room/connection/con_G']);
    expect(seen.filter((r) => r.method === 'DELETE')).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('should drop pending revocations on close()', async () => {
    on('POST', '/openvidu/api/sessions/room/connection', { status: 200, json: PENDING });
    fakeClock();
    const p = createOpenViduProvider({ url: baseUrl, secret: SECRET });
    await p.generateToken({ sessionId: 'room', expiresAt: new Date(Date.now() + 100) });
    await p.close();
    await vi.advanceTimersByTimeAsync(250);
    expect(seen).toHaveLength(1);
  });
});
