/**
 * Wire conformance of the session operations: the adapter's requests compared with what the
 * official SDK sends for the same operation (method, path, query and JSON body; the participant
 * token aside), both captured by one local HTTP server answering as the recordings show.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import type { VideoProvider } from '../../src/providers/types.js';

const require = createRequire(import.meta.url);
type Callback = (err: Error | null, result?: unknown) => void;
type Done = (err: Error | null) => void;
const OpenTok = require('opentok') as new (
  key: string,
  secret: string,
  options: { apiUrl: string },
) => {
  forceMuteStream(sessionId: string, streamId: string, cb: Done): void;
  forceMuteAll(sessionId: string, options: Record<string, unknown>, cb: Done): void;
  disableForceMute(sessionId: string, cb: Done): void;
  playDTMF(sessionId: string, connectionId: string | null, digits: string, cb: Done): void;
  setStreamClassLists(sessionId: string, items: Array<{ id: string; layoutClassList: string[] }>, cb: Done): void;
  startRender(options: Record<string, unknown>, cb: Callback): void;
  stopRender(renderId: string, cb: Callback): void;
  getRender(renderId: string, cb: Callback): void;
  listRenders(options: Record<string, unknown>, cb: Callback): void;
  websocketConnect(sessionId: string, token: string, uri: string, options: Record<string, unknown>, cb: Callback): void;
  startCaptions(sessionId: string, token: string, options: Record<string, unknown>, cb: Callback): void;
  stopCaptions(captionsId: string, cb: Callback): void;
};

const API_KEY = '123456';
const API_SECRET = 'wire-test-secret-0123456789abcdef';
const SESSION_ID = `1_${Buffer.from(`1~${API_KEY}~~1700000000000~abcdefghijklmnopqrstuvwx~~~`).toString('base64url')}`;
const RENDER_ID = '80abaf0d-25a3-4efc-968f-6268d620668d';
/** The render of the Ruby SDK's recording (its `projectId` a string). */
const RENDER = {
  id: RENDER_ID,
  sessionId: SESSION_ID,
  projectId: 'e2343f23456g34709d2443a234',
  createdAt: 1437676551000,
  updatedAt: 1437676551000,
  url: 'https://example.com/my-render',
  resolution: '1280x720',
  status: 'started',
  streamId: 'e32445b743678c98230f238',
};

interface Captured {
  method: string;
  url: string;
  body: string;
}

let server: Server;
let url: string;
let captured: Captured[] = [];
let provider: VideoProvider;

/** What the recordings answer, per endpoint. */
function answerFor(method: string, path: string): { status: number; type?: string; body?: string } {
  const json = (status: number, value: unknown) => ({ status, type: 'application/json', body: JSON.stringify(value) });
  if (path.endsWith('/render') && method === 'POST') return json(202, { ...RENDER, status: 'starting' });
  if (path.endsWith('/render') && method === 'GET') return json(200, { count: 1, items: [RENDER] });
  if (path.endsWith(`/render/${RENDER_ID}`) && method === 'GET') return json(200, RENDER);
  if (path.endsWith('/connect'))
    return json(200, { id: '2299ba24-a6de-417c-88f7-28da54a441cf', connectionId: '833a7182-61a5-49d4-baae-c324b09953af' });
  if (path.endsWith('/captions')) return json(202, { captionsId: '7c0680fc-6274-4de5-a66f-d0648e8d3ac2' });
  if (path.endsWith('/stop')) return { status: 202, type: 'application/json' };
  if (path.endsWith('/play-dtmf')) return { status: 200, type: 'application/xml', body: '' };
  if (method === 'DELETE') return { status: 204 };
  return { status: 200, type: 'application/json' };
}

function sdk() {
  return new OpenTok(API_KEY, API_SECRET, { apiUrl: url });
}

/** Runs the SDK operation and ours; returns the two captured requests (SDK first). */
async function both(sdkCall: (cb: Callback) => void, ours: () => Promise<unknown>): Promise<[Captured, Captured]> {
  captured = [];
  await new Promise<void>((resolve, reject) => sdkCall((err) => (err ? reject(err) : resolve())));
  await ours();
  expect(captured).toHaveLength(2);
  return [captured[0] as Captured, captured[1] as Captured];
}

/** A body as JSON, `{}` for none; the participant token (each side mints its own) is checked apart. */
function bodyOf(request: Captured): Record<string, unknown> {
  const body = request.body === '' ? {} : (JSON.parse(request.body) as Record<string, unknown>);
  const { token: _token, ...rest } = body;
  return rest;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      captured.push({ method: req.method ?? '', url: req.url ?? '', body });
      const answer = answerFor(req.method ?? '', (req.url ?? '').split('?')[0] ?? '');
      res.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {});
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = createOpenTokProvider({ apiKey: API_KEY, apiSecret: API_SECRET, apiUrl: url });
});

afterAll(async () => {
  await provider.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('OpenTok wire format of the session operations, compared with opentok-node', () => {
  it('should mute one stream with {} like the SDK', async () => {
    const [theirs, ours] = await both(
      (cb) => sdk().forceMuteStream(SESSION_ID, 'st-1', cb),
      () => provider.muteStream(SESSION_ID, 'st-1'),
    );
    expect([ours.method, ours.url, ours.body]).toEqual([theirs.method, theirs.url, theirs.body]);
  });

  it('should mute all with the exclusions, and lift it with {active: false}, like the SDK', async () => {
    const [theirs, ours] = await both(
      (cb) => sdk().forceMuteAll(SESSION_ID, { excludedStreamIds: ['st-1'] }, cb),
      () => provider.muteSession({ sessionId: SESSION_ID, active: true, excludedStreamIds: ['st-1'] }),
    );
    expect(ours.url).toBe(theirs.url);
    expect(bodyOf(ours)).toEqual(bodyOf(theirs));
    const [theirsOff, oursOff] = await both(
      (cb) => sdk().disableForceMute(SESSION_ID, cb),
      () => provider.muteSession({ sessionId: SESSION_ID, active: false }),
    );
    expect([oursOff.url, bodyOf(oursOff)]).toEqual([theirsOff.url, bodyOf(theirsOff)]);
  });

  it('should play DTMF to the session and to one connection like the SDK, reading the empty XML answer', async () => {
    for (const connectionId of [null, 'conn-1']) {
      const [theirs, ours] = await both(
        (cb) => sdk().playDTMF(SESSION_ID, connectionId, '12#p', cb),
        () => provider.playDtmf({ sessionId: SESSION_ID, ...(connectionId ? { connectionId } : {}), digits: '12#p' }),
      );
      expect([ours.method, ours.url, bodyOf(ours)]).toEqual([theirs.method, theirs.url, bodyOf(theirs)]);
    }
  });

  it('should set class lists with the same items as the SDK', async () => {
    const [theirs, ours] = await both(
      (cb) =>
        sdk().setStreamClassLists(
          SESSION_ID,
          [
            { id: 'a', layoutClassList: ['full'] },
            { id: 'b', layoutClassList: [] },
          ],
          cb,
        ),
      () =>
        provider.setStreamLayoutClasses(SESSION_ID, [
          { streamId: 'a', layoutClassList: ['full'] },
          { streamId: 'b', layoutClassList: [] },
        ]),
    );
    expect([ours.method, ours.url, bodyOf(ours)]).toEqual([theirs.method, theirs.url, bodyOf(theirs)]);
  });

  it('should start, read, list and stop renders like the SDK, reading the recorded answers', async () => {
    const options = {
      url: 'https://example.com/my-render',
      maxDuration: 1800,
      resolution: '1280x720',
      statusCallbackUrl: 'https://example.com/cb',
    };
    const [theirs, ours] = await both(
      (cb) => sdk().startRender({ sessionId: SESSION_ID, token: 'sdk-token', ...options }, cb),
      () => provider.startRender({ sessionId: SESSION_ID, ...options }),
    );
    expect([ours.method, ours.url, bodyOf(ours)]).toEqual([theirs.method, theirs.url, bodyOf(theirs)]);
    const token = decodeJwt(JSON.parse(ours.body).token as string);
    expect(token).toMatchObject({ session_id: SESSION_ID, role: 'publisher' });

    const [theirsGet, oursGet] = await both(
      (cb) => sdk().getRender(RENDER_ID, cb),
      () => provider.getRender(RENDER_ID),
    );
    expect([oursGet.method, oursGet.url]).toEqual([theirsGet.method, theirsGet.url]);
    const [theirsList, oursList] = await both(
      (cb) => sdk().listRenders({ offset: 5, count: 10 }, cb),
      () => provider.listRenders({ offset: 5, count: 10 }),
    );
    expect([oursList.method, oursList.url]).toEqual([theirsList.method, theirsList.url]);
    const [theirsStop, oursStop] = await both(
      (cb) => sdk().stopRender(RENDER_ID, cb),
      () => provider.stopRender(RENDER_ID),
    );
    expect([oursStop.method, oursStop.url, oursStop.body]).toEqual([theirsStop.method, theirsStop.url, theirsStop.body]);

    expect(await provider.getRender(RENDER_ID)).toMatchObject({
      renderId: RENDER_ID,
      status: 'STARTED',
      streamId: RENDER.streamId,
      reason: null,
    });
  });

  it('should connect a WebSocket with the same body as the SDK', async () => {
    const [theirs, ours] = await both(
      (cb) =>
        sdk().websocketConnect(
          SESSION_ID,
          'sdk-token',
          'wss://example.com/ws',
          { streams: ['st-1'], headers: { 'X-A': '1' }, bidirectional: true },
          cb,
        ),
      () =>
        provider.connectAudioStream({
          sessionId: SESSION_ID,
          uri: 'wss://example.com/ws',
          streams: ['st-1'],
          headers: [{ name: 'X-A', value: '1' }],
          bidirectional: true,
        }),
    );
    expect([ours.method, ours.url, bodyOf(ours)]).toEqual([theirs.method, theirs.url, bodyOf(theirs)]);
  });

  it('should start captions with the same body as the SDK given the same values, and stop them alike', async () => {
    const options = { languageCode: 'en-US', maxDuration: 14_400, partialCaptions: false };
    const [theirs, ours] = await both(
      (cb) => sdk().startCaptions(SESSION_ID, 'sdk-token', options, cb),
      () => provider.startCaptions({ sessionId: SESSION_ID, ...options }),
    );
    expect([ours.method, ours.url, bodyOf(ours)]).toEqual([theirs.method, theirs.url, bodyOf(theirs)]);
    expect(decodeJwt(JSON.parse(ours.body).token as string)).toMatchObject({ role: 'moderator' });
    const captionsId = '7c0680fc-6274-4de5-a66f-d0648e8d3ac2';
    const [theirsStop, oursStop] = await both(
      (cb) => sdk().stopCaptions(captionsId, cb),
      () => provider.stopCaptions(captionsId),
    );
    expect([oursStop.method, oursStop.url, oursStop.body]).toEqual([theirsStop.method, theirsStop.url, theirsStop.body]);
  });
});
