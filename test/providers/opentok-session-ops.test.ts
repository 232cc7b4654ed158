/**
 * The OpenTok adapter's session operations against answers the emulator does not give: what the
 * REST reference documents where the recordings differ (docs/providers/opentok.md#recorded-vs-documented),
 * and shapes it must refuse. One local server answers what each case sets.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import type { VideoProvider } from '../../src/providers/types.js';
import { rejection } from '../conformance/rejection.js';

const API_KEY = '123456';
const SESSION_ID = `1_${Buffer.from(`1~${API_KEY}~~1700000000000~abcdefghijklmnopqrstuvwx~~~`).toString('base64url')}`;
const RENDER_ID = '80abaf0d-25a3-4efc-968f-6268d620668d';

let server: Server;
let provider: VideoProvider;
/** What the server answers next. */
let answer: { status: number; type?: string; body?: string } = { status: 200 };

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {});
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = createOpenTokProvider({ apiKey: API_KEY, apiSecret: 'session-ops-secret-0123456789abcdef', apiUrl: url });
});

afterAll(async () => {
  await provider.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json = (status: number, value: unknown) => ({ status, type: 'application/json; charset=utf-8', body: JSON.stringify(value) });

describe('OpenTok session operations: documented answers and refusals', () => {
  it('should take the project description the REST reference shows for mute answers', async () => {
    answer = json(200, { id: API_KEY, secret: 'never-read', status: 'ACTIVE', name: 'p', environment: 'standard', createdAt: 1 });
    await provider.muteStream(SESSION_ID, 'st-1');
    await provider.muteSession({ sessionId: SESSION_ID, active: true });
  });

  it('should take a DTMF answer with a body it does not read', async () => {
    answer = { status: 200, type: 'application/xml', body: '<ok/>' };
    await provider.playDtmf({ sessionId: SESSION_ID, digits: '1' });
  });

  it('should read a stream whose name is "" as no name', async () => {
    answer = json(200, { id: 'st-1', videoType: 'camera', name: '', layoutClassList: ['full'] });
    expect(await provider.getStream(SESSION_ID, 'st-1')).toEqual({
      provider: 'OPENTOK',
      streamId: 'st-1',
      sessionId: SESSION_ID,
      videoType: 'camera',
      name: null,
      layoutClassList: ['full'],
    });
  });

  it('should read a render carrying applicationId instead of projectId, and a 200 instead of 202 for captions', async () => {
    answer = json(200, {
      id: RENDER_ID,
      sessionId: SESSION_ID,
      applicationId: 'app',
      status: 'failed',
      reason: 'boom',
      createdAt: 1,
      updatedAt: 2,
    });
    expect(await provider.getRender(RENDER_ID)).toMatchObject({ status: 'FAILED', reason: 'boom', url: null, streamId: null });
    answer = json(200, { captionsId: 'c-1' });
    expect(await provider.startCaptions({ sessionId: SESSION_ID })).toEqual({
      provider: 'OPENTOK',
      captionsId: 'c-1',
      sessionId: SESSION_ID,
    });
  });

  it('should refuse answers it cannot use (UPSTREAM_ERROR) and map the statuses of each operation', async () => {
    answer = json(202, { id: RENDER_ID, status: 'rendering' });
    expect((await rejection(provider.startRender({ sessionId: SESSION_ID, url: 'https://e.com/' }))).code).toBe('UPSTREAM_ERROR');
    answer = json(200, { connectionId: 'c' });
    expect((await rejection(provider.connectAudioStream({ sessionId: SESSION_ID, uri: 'wss://e.com/' }))).code).toBe('UPSTREAM_ERROR');
    answer = json(409, { code: 409, message: 'Only routed sessions are allowed to initiate Connect Calls.' });
    expect((await rejection(provider.connectAudioStream({ sessionId: SESSION_ID, uri: 'wss://e.com/' }))).code).toBe('PRECONDITION_FAILED');
    answer = json(409, { code: 409, message: 'Live captions have already started for this session.' });
    expect((await rejection(provider.startCaptions({ sessionId: SESSION_ID }))).code).toBe('CONFLICT');
    answer = json(404, { code: 404, message: 'Not found' });
    expect(await provider.getRender(RENDER_ID)).toBeNull();
    expect(await provider.getStream(SESSION_ID, 'st-1')).toBeNull();
    expect((await rejection(provider.stopCaptions('c-1'))).code).toBe('NOT_FOUND');
  });

  it('should apply its own rules before any call', async () => {
    answer = { status: 500 };
    expect(
      (await rejection(provider.startRender({ sessionId: SESSION_ID, url: 'https://e.com/', resolution: '800x600' }))).details.field,
    ).toBe('input.resolution');
    expect((await rejection(provider.startRender({ sessionId: SESSION_ID, url: 'https://e.com/', maxDuration: 59 }))).details.field).toBe(
      'input.maxDuration',
    );
    expect((await rejection(provider.startCaptions({ sessionId: SESSION_ID, maxDuration: 14_401 }))).details.field).toBe(
      'input.maxDuration',
    );
    const twice = [
      { name: 'X-A', value: '1' },
      { name: 'X-A', value: '2' },
    ];
    expect(
      (await rejection(provider.connectAudioStream({ sessionId: SESSION_ID, uri: 'wss://e.com/', headers: twice }))).details.field,
    ).toBe('input.headers');
    expect((await rejection(provider.muteStream('not-an-opentok-session', 'st-1'))).code).toBe('BAD_USER_INPUT');
    expect(await provider.getRender('not-a-uuid')).toBeNull();
    expect((await rejection(provider.connectIpCamera({ sessionId: SESSION_ID, rtspUri: 'rtsp://c/' }))).code).toBe(
      'UNSUPPORTED_BY_PROVIDER',
    );
  });
});
