/**
 * Wire conformance: the adapter's requests compared with what the official SDK sends for the same
 * operation, both captured by one local HTTP server.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { decodeJwt, jwtVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import type { VideoProvider } from '../../src/providers/types.js';

const require = createRequire(import.meta.url);
type Callback = (err: Error | null, result?: unknown) => void;
const OpenTok = require('opentok') as new (
  key: string,
  secret: string,
  options: { apiUrl: string },
) => {
  createSession(options: Record<string, unknown>, cb: Callback): void;
  startArchive(sessionId: string, options: Record<string, unknown>, cb: Callback): void;
  stopArchive(archiveId: string, cb: Callback): void;
  dial(sessionId: string, token: string, uri: string, options: Record<string, unknown>, cb: Callback): void;
  signal(sessionId: string, connectionId: string | null, payload: Record<string, unknown>, cb: Callback): void;
  forceDisconnect(sessionId: string, connectionId: string, cb: Callback): void;
};

const API_KEY = '123456';
const API_SECRET = 'wire-test-secret-0123456789abcdef';
const SESSION_ID = `1_${Buffer.from(`1~${API_KEY}~~1700000000000~abcdefghijklmnopqrstuvwx~~~`).toString('base64url')}`;
const ARCHIVE_ID = '5f0c3c4e-7d5e-4c1a-9b5e-2a4b8c6d0e1f';
const ARCHIVE = {
  id: ARCHIVE_ID,
  status: 'started',
  sessionId: SESSION_ID,
  name: 'n',
  createdAt: 1_700_000_000_000,
  size: 0,
  duration: 0,
  hasAudio: true,
  hasVideo: true,
  outputMode: 'composed',
  resolution: '640x480',
  reason: '',
  url: null,
};

interface Captured {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let url: string;
let captured: Captured[] = [];
let provider: VideoProvider;

function answerFor(method: string, path: string): { status: number; body?: unknown } {
  if (path === '/session/create') return { status: 200, body: [{ session_id: SESSION_ID, project_id: API_KEY }] };
  if (path.endsWith('/dial')) return { status: 200, body: { id: 'c0nf', connectionId: 'conn1', streamId: 'str1' } };
  if (path.endsWith('/stop')) return { status: 200, body: { ...ARCHIVE, status: 'stopped', reason: 'user initiated' } };
  if (path.endsWith('/archive') && method === 'POST') return { status: 200, body: ARCHIVE };
  return { status: 204 };
}

function sdk() {
  return new OpenTok(API_KEY, API_SECRET, { apiUrl: url });
}

function call<T>(fn: (cb: Callback) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, result) => (err ? reject(err) : resolve(result as T))));
}

/** Runs the SDK operation and ours; returns the two captured requests (SDK first). */
async function both(sdkCall: (cb: Callback) => void, ours: () => Promise<unknown>): Promise<[Captured, Captured]> {
  captured = [];
  await call(sdkCall);
  await ours();
  expect(captured).toHaveLength(2);
  return [captured[0] as Captured, captured[1] as Captured];
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      captured.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const answer = answerFor(req.method ?? '', (req.url ?? '').split('?')[0] ?? '');
      if (answer.body === undefined) {
        res.writeHead(answer.status);
        res.end();
      } else {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = createOpenTokProvider({ apiKey: API_KEY, apiSecret: API_SECRET, apiUrl: url });
});

afterEach(() => {
  captured = [];
});

afterAll(async () => {
  await provider.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('OpenTok wire format, compared with opentok-node', () => {
  it.each([
    [{}, {}],
    [{ mediaMode: 'routed' }, { mediaMode: 'ROUTED' as const }],
    [
      { mediaMode: 'routed', archiveMode: 'always', archiveName: 'my name', archiveResolution: '1280x720', location: '1.2.3.4' },
      {
        mediaMode: 'ROUTED' as const,
        archiveMode: 'ALWAYS' as const,
        archiveName: 'my name',
        archiveResolution: '1280x720',
        location: '1.2.3.4',
      },
    ],
    // The SDK sends the caller's keys in insertion order (defaults appended): ours is the order of
    // the notes' captured body, i.e. a caller passing mediaMode, archiveMode, e2ee, name, location.
    [
      { mediaMode: 'routed', archiveMode: 'manual', e2ee: true },
      { mediaMode: 'ROUTED' as const, e2ee: true },
    ],
    [
      { mediaMode: 'routed', archiveMode: 'manual', e2ee: false },
      { mediaMode: 'ROUTED' as const, e2ee: false },
    ],
  ])('should send the same createSession form body as the SDK for %j', async (sdkOptions, ourOptions) => {
    const [theirs, ours] = await both(
      (cb) => sdk().createSession({ ...sdkOptions }, cb),
      () => provider.createSession(ourOptions),
    );
    expect(ours.url).toBe(theirs.url);
    expect(ours.body).toBe(theirs.body);
    expect(ours.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(ours.headers.accept).toBe('application/json');
  });

  it('should authenticate REST calls with the same X-OPENTOK-AUTH claims, verifiable with the secret', async () => {
    const [theirs, ours] = await both(
      (cb) => sdk().createSession({}, cb),
      () => provider.createSession({}),
    );
    const ourJwt = ours.headers['x-opentok-auth'] as string;
    const theirClaims = decodeJwt(theirs.headers['x-opentok-auth'] as string);
    const { payload, protectedHeader } = await jwtVerify(ourJwt, new TextEncoder().encode(API_SECRET), {
      algorithms: ['HS256'],
    });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(Object.keys(payload).sort()).toEqual(Object.keys(theirClaims).sort());
    expect(payload).toMatchObject({ iss: API_KEY, ist: 'project' });
    expect((payload.exp as number) - (payload.iat as number)).toBe(300);
    expect(ours.headers.authorization).toBeUndefined();
    expect(ours.headers['user-agent']).toMatch(/^video-graphql-gateway\/.+ \(undici\)$/);
  });

  it('should send the same startArchive JSON as the SDK', async () => {
    const [theirs, ours] = await both(
      (cb) =>
        sdk().startArchive(
          SESSION_ID,
          { name: 'n', hasAudio: true, hasVideo: false, outputMode: 'composed', resolution: '1280x720', multiArchiveTag: 't' },
          cb,
        ),
      () =>
        provider.startArchive({
          sessionId: SESSION_ID,
          name: 'n',
          hasAudio: true,
          hasVideo: false,
          outputMode: 'COMPOSED',
          resolution: '1280x720',
          multiArchiveTag: 't',
        }),
    );
    expect(ours.url).toBe(theirs.url);
    expect(JSON.parse(ours.body)).toEqual(JSON.parse(theirs.body));
    expect(ours.headers['content-type']).toBe('application/json');
  });

  it('should post {} to stop an archive, like the SDK', async () => {
    const [theirs, ours] = await both(
      (cb) => sdk().stopArchive(ARCHIVE_ID, cb),
      () => provider.stopArchive(ARCHIVE_ID),
    );
    expect([ours.method, ours.url, ours.body]).toEqual([theirs.method, theirs.url, theirs.body]);
  });

  it('should send the same dial body as the SDK (apart from the token), with a publisher token for the session', async () => {
    const options = {
      from: '15551230000@example.com',
      headers: { 'X-Room': 'r1', 'X-Other': 'o' },
      auth: { username: 'u', password: 'p' },
      secure: true,
      video: true,
      observeForceMute: true,
    };
    const [theirs, ours] = await both(
      (cb) => sdk().dial(SESSION_ID, 'sdk-token', 'sip:bob@example.com;transport=tls', options, cb),
      () =>
        provider.dialSip({
          sessionId: SESSION_ID,
          uri: 'sip:bob@example.com;transport=tls',
          from: options.from,
          headers: [
            { name: 'X-Room', value: 'r1' },
            { name: 'X-Other', value: 'o' },
          ],
          auth: options.auth,
          secure: true,
          video: true,
          observeForceMute: true,
        }),
    );
    expect(ours.url).toBe(theirs.url);
    const ourBody = JSON.parse(ours.body) as { token: string };
    expect({ ...ourBody, token: 'x' }).toEqual({ ...(JSON.parse(theirs.body) as object), token: 'x' });
    const claims = decodeJwt(ourBody.token);
    expect(claims).toMatchObject({ session_id: SESSION_ID, role: 'publisher', connection_data: 'sip=true' });
  });

  it('should leave false flags out of dial, like the SDK', async () => {
    const [theirs, ours] = await both(
      (cb) => sdk().dial(SESSION_ID, 'sdk-token', 'sip:bob@example.com', { secure: false, video: false }, cb),
      () => provider.dialSip({ sessionId: SESSION_ID, uri: 'sip:bob@example.com', secure: false, video: false }),
    );
    expect({ ...(JSON.parse(ours.body) as object), token: 'x' }).toEqual({ ...(JSON.parse(theirs.body) as object), token: 'x' });
  });

  it('should hit the same signal and forceDisconnect paths with the same bodies', async () => {
    const [theirs, ours] = await both(
      (cb) => sdk().signal(SESSION_ID, 'conn1', { type: 'chat', data: 'hi' }, cb),
      () => provider.signal({ sessionId: SESSION_ID, connectionId: 'conn1', type: 'chat', data: 'hi' }),
    );
    expect([ours.method, ours.url]).toEqual([theirs.method, theirs.url]);
    expect(JSON.parse(ours.body)).toEqual(JSON.parse(theirs.body));

    const [theirDelete, ourDelete] = await both(
      (cb) => sdk().forceDisconnect(SESSION_ID, 'conn1', cb),
      () => provider.forceDisconnect(SESSION_ID, 'conn1'),
    );
    expect([ourDelete.method, ourDelete.url]).toEqual([theirDelete.method, theirDelete.url]);
  });
});
