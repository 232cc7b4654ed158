import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/index.js';
import type { Emulator } from '../../src/emulator/index.js';
import { control } from './helpers.js';
import { basic, createSession, keys, ov, startOpenVidu } from './openvidu-helpers.js';

describe('OpenVidu face: transport, authentication, errors', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startOpenVidu();
  });
  afterAll(() => emu.close());

  describe('Basic auth', () => {
    it('should accept OPENVIDUAPP with the secret (the MY_SECRET header of the notes)', async () => {
      expect(basic('MY_SECRET')).toBe('Basic T1BFTlZJRFVBUFA6TVlfU0VDUkVU');
      expect((await ov(emu, 'GET', '/sessions')).status).toBe(200);
    });

    it.each([
      ['no header', null],
      ['a wrong secret', basic('NOT_MY_SECRET')],
      ['another user', basic('MY_SECRET', 'ADMIN')],
      ['another scheme', 'Bearer MY_SECRET'],
      ['garbage', 'Basic !!!'],
    ])('should answer 401 with a Basic challenge for %s', async (_name, auth) => {
      for (const [method, path] of [
        ['GET', '/sessions'],
        ['POST', '/sessions'],
        ['GET', '/recordings'],
        ['DELETE', '/sessions/whatever'],
        ['GET', '/config'],
        ['GET', '/no/such/thing'],
      ] as const) {
        const res = await ov(emu, method, path, { auth });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Basic realm="OpenVidu"');
        expect(res.json).toMatchObject({ status: 401, error: 'Unauthorized', path: `/openvidu/api${path}` });
      }
    });

    it('should keep GET and HEAD of openvidu-publicurl public', async () => {
      const res = await ov(emu, 'GET', '/config/openvidu-publicurl', { auth: null });
      expect(res.status).toBe(200);
      expect(res.text).toBe(emu.url);
      const head = await fetch(`${emu.url}/openvidu/api/config/openvidu-publicurl`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect((await ov(emu, 'GET', '/config/openvidu-version', { auth: null })).status).toBe(401);
    });

    it('should protect recording files too', async () => {
      expect((await ov(emu, 'GET', '/openvidu/recordings/x/x.mp4', { auth: null })).status).toBe(401);
      expect((await ov(emu, 'GET', '/openvidu/recordings/x/x.mp4')).status).toBe(404);
    });
  });

  describe('routing and bodies', () => {
    it('should answer 403 for method/path combinations without a handler, as the server does', async () => {
      expect((await ov(emu, 'DELETE', '/sessions')).status).toBe(403);
      expect((await ov(emu, 'DELETE', '/recordings')).status).toBe(403);
      expect((await ov(emu, 'POST', '/recordings/stop')).status).toBe(403);
      expect((await ov(emu, 'GET', '/nothing/here')).status).toBe(403);
    });

    it('should refuse a non-JSON body with 415 but accept the form content type without a body', async () => {
      const form = await ov(emu, 'POST', '/sessions', { body: 'mediaMode=ROUTED', contentType: 'application/x-www-form-urlencoded' });
      expect(form.status).toBe(415);
      expect(form.json).toMatchObject({ status: 415, error: 'Unsupported Media Type' });
      // openvidu-node-client sends this content type with no body on GET/DELETE calls.
      const list = await ov(emu, 'GET', '/sessions', { contentType: 'application/x-www-form-urlencoded' });
      expect(list.status).toBe(200);
      const created = await ov(emu, 'POST', '/sessions', { contentType: 'application/x-www-form-urlencoded' });
      expect(created.status).toBe(200);
      expect(created.json.id).toMatch(/^ses_/);
    });

    it('should answer malformed JSON with a 400 and the Spring error body', async () => {
      const before = Date.now();
      const res = await ov(emu, 'POST', '/sessions', { body: '{"mediaMode": ' });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(keys(res.json)).toEqual(['error', 'message', 'path', 'status', 'timestamp']);
      expect(res.json).toMatchObject({ status: 400, error: 'Bad Request', path: '/openvidu/api/sessions' });
      expect(res.json.timestamp).toBeGreaterThanOrEqual(before);
      expect((await ov(emu, 'POST', '/sessions', { body: '[1,2]' })).status).toBe(400);
    });

    it('should answer 400 when a required body is absent', async () => {
      for (const path of ['/recordings/start', '/tokens', '/signal']) {
        const res = await ov(emu, 'POST', path);
        expect(res.status, path).toBe(400);
        expect(res.json.path).toBe(`/openvidu/api${path}`);
      }
    });

    it('should reject a query boolean that is not one', async () => {
      expect((await ov(emu, 'GET', '/sessions?pendingConnections=maybe')).status).toBe(400);
      expect((await ov(emu, 'GET', '/sessions?pendingConnections=TRUE')).status).toBe(200);
    });
  });

  describe('configuration', () => {
    it('should serve the CE configuration keys', async () => {
      const res = await ov(emu, 'GET', '/config');
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        VERSION: '2.32.2',
        DOMAIN_OR_PUBLIC_IP: '127.0.0.1',
        HTTPS_PORT: Number(new URL(emu.url).port),
        OPENVIDU_PUBLICURL: emu.url,
        OPENVIDU_RECORDING: true,
        OPENVIDU_RECORDING_AUTOSTOP_TIMEOUT: 60,
        OPENVIDU_STREAMS_FORCED_VIDEO_CODEC: 'MEDIA_SERVER_PREFERRED',
        OPENVIDU_WEBHOOK: false,
      });
      expect(res.text).not.toContain(emu.openvidu.secret);
      expect((await ov(emu, 'GET', '/config/openvidu-version')).text).toBe('2.32.2');
      expect((await ov(emu, 'GET', '/config/openvidu-recording')).json).toBe(true);
    });

    it('should generate a 24-alphanumeric dev secret when none is given', async () => {
      const other = await createEmulator();
      try {
        expect(other.openvidu.secret).toMatch(/^[A-Za-z0-9]{24}$/);
        expect((await ov(other, 'GET', '/sessions')).status).toBe(200);
        expect((await ov(other, 'GET', '/sessions', { auth: basic('MY_SECRET') })).status).toBe(401);
      } finally {
        await other.close();
      }
    });
  });

  describe('state and faults', () => {
    afterEach(async () => {
      await control(emu, 'DELETE', '/emulator/faults');
    });

    it('should show OpenVidu sessions in the state, never the secret', async () => {
      const session = await createSession(emu, { customSessionId: 'StateCheck' });
      const res = await control(emu, 'GET', '/emulator/state');
      expect(res.status).toBe(200);
      expect(res.text).not.toContain(emu.openvidu.secret);
      const found = res.json.openvidu.sessions.find((s: { id: string }) => s.id === session.id);
      expect(found).toMatchObject({ id: 'StateCheck', active: false, recording: false, connections: [], streams: [] });
      expect(res.json.openvidu).toMatchObject({ url: emu.url, recordings: expect.any(Array), webhooks: { delivered: 0 } });
      expect(res.json.opentok).toEqual({ apiKey: emu.opentok.apiKey, url: emu.url });
    });

    it('should apply faults to OpenVidu paths, with a Spring-style default body', async () => {
      expect((await control(emu, 'POST', '/emulator/faults', { path: '^/openvidu/api/sessions$', method: 'POST', times: 2 })).status).toBe(
        201,
      );
      const a = await ov(emu, 'POST', '/sessions');
      const b = await ov(emu, 'POST', '/sessions');
      const c = await ov(emu, 'POST', '/sessions');
      expect([a.status, b.status, c.status]).toEqual([503, 503, 200]);
      expect(a.json).toMatchObject({
        status: 503,
        error: 'Service Unavailable',
        message: 'Injected fault',
        path: '/openvidu/api/sessions',
      });
      await control(emu, 'POST', '/emulator/faults', {
        path: '/openvidu/api/recordings',
        status: 500,
        body: 'Error starting recording: boom',
      });
      const text = await ov(emu, 'GET', '/recordings');
      expect(text.status).toBe(500);
      expect(text.text).toBe('Error starting recording: boom');
    });

    it('should delay OpenVidu calls for timeout tests', async () => {
      await control(emu, 'POST', '/emulator/faults', { path: '^/openvidu/api/sessions$', delayMs: 300 });
      await expect(
        fetch(`${emu.url}/openvidu/api/sessions`, {
          headers: { authorization: basic(emu.openvidu.secret) },
          signal: AbortSignal.timeout(100),
        }),
      ).rejects.toThrow();
    });
  });
});
