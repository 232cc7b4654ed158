import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { connectClient, control, createSession as createOpenTokSession } from './helpers.js';
import { createConnection, createSession, join, keys, ok, ov, participant, publish, startOpenVidu } from './openvidu-helpers.js';

const CONNECTION_KEYS = [
  'activeAt',
  'adaptativeBitrate',
  'clientData',
  'connectionId',
  'createdAt',
  'customIceServers',
  'id',
  'ip',
  'kurentoOptions',
  'location',
  'networkCache',
  'object',
  'onlyPlayWithSubscribers',
  'platform',
  'publishers',
  'record',
  'role',
  'rtspUri',
  'serverData',
  'sessionId',
  'status',
  'subscribers',
  'token',
  'type',
];

describe('OpenVidu connections, tokens, streams and signals', () => {
  let emu: Emulator;
  let port: string;
  beforeAll(async () => {
    emu = await startOpenVidu();
    port = new URL(emu.url).port;
  });
  afterAll(() => emu.close());

  describe('POST /sessions/{id}/connection', () => {
    it('should create a pending WEBRTC connection with the exact JSON and a real-format token', async () => {
      const s = await createSession(emu);
      const before = Date.now();
      const c = await createConnection(emu, s.id, { data: 'name=Ada', role: 'MODERATOR' });
      expect(keys(c)).toEqual(CONNECTION_KEYS);
      expect(c.id).toMatch(/^con_[A-Z][A-Za-z0-9]{9}$/);
      expect(c.token).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${port}\\?sessionId=${s.id}&token=tok_[A-Z][A-Za-z0-9]{15}$`));
      expect(c).toEqual({
        id: c.id,
        object: 'connection',
        type: 'WEBRTC',
        status: 'pending',
        connectionId: c.id,
        sessionId: s.id,
        createdAt: expect.any(Number),
        activeAt: null,
        location: null,
        ip: null,
        platform: null,
        token: c.token,
        serverData: 'name=Ada',
        record: true,
        role: 'MODERATOR',
        kurentoOptions: null,
        customIceServers: [],
        rtspUri: null,
        adaptativeBitrate: null,
        onlyPlayWithSubscribers: null,
        networkCache: null,
        clientData: null,
        publishers: null,
        subscribers: null,
      });
      expect(c.createdAt).toBeGreaterThanOrEqual(before);
    });

    it('should treat the explicit nulls the node client sends as absent', async () => {
      const s = await createSession(emu);
      const c = await createConnection(emu, s.id, {
        type: null,
        data: null,
        role: null,
        kurentoOptions: null,
        rtspUri: null,
        networkCache: null,
        customIceServers: null,
      });
      expect(c).toMatchObject({
        type: 'WEBRTC',
        serverData: '',
        role: 'PUBLISHER',
        record: true,
        kurentoOptions: null,
        customIceServers: [],
      });
    });

    it('should echo kurentoOptions and custom ICE servers (credentials from a static secret)', async () => {
      const s = await createSession(emu);
      const c = await createConnection(emu, s.id, {
        record: false,
        kurentoOptions: { videoMaxRecvBandwidth: 1000, allowedFilters: ['GStreamerFilter'] },
        customIceServers: [
          { url: 'stun:stun.example.com:3478' },
          { url: 'turn:turn.example.com:3478?transport=tcp', username: 'u', credential: 'p' },
          { url: 'turns:turn.example.com:5349', staticAuthSecret: 'shared' },
        ],
      });
      expect(c.record).toBe(false);
      expect(c.kurentoOptions).toEqual({ videoMaxRecvBandwidth: 1000, allowedFilters: ['GStreamerFilter'] });
      expect(c.customIceServers[0]).toEqual({ url: 'stun:stun.example.com:3478' });
      expect(c.customIceServers[1]).toEqual({ url: 'turn:turn.example.com:3478?transport=tcp', username: 'u', credential: 'p' });
      expect(c.customIceServers[2]).toMatchObject({
        url: 'turns:turn.example.com:5349',
        username: expect.stringMatching(/^\d+$/),
        credential: expect.any(String),
      });
      expect(JSON.stringify(c)).not.toContain('shared');
    });

    it.each([
      ['an unknown type', { type: 'SIP' }, "Parameter 'type' SIP is not defined"],
      ['non-string data', { data: 5 }, 'Type error'],
      ['an unknown role', { role: 'ADMIN' }, 'Parameter role ADMIN is not defined'],
      ['a non-boolean record', { record: 'yes' }, 'Type error'],
      ['kurentoOptions with a string bandwidth', { kurentoOptions: { videoMaxRecvBandwidth: 'high' } }, 'kurentoOptions'],
      ['kurentoOptions not an object', { kurentoOptions: [1] }, 'kurentoOptions'],
      ['an ICE server without url', { customIceServers: [{ username: 'u' }] }, 'url'],
      ['an ICE server with an http url', { customIceServers: [{ url: 'http://x' }] }, 'TURN/STUN'],
      ['a stun server with credentials', { customIceServers: [{ url: 'stun:x', username: 'u', credential: 'p' }] }, 'stun'],
      ['a turn server without credentials', { customIceServers: [{ url: 'turn:x' }] }, 'turn'],
      [
        'a turn server with a bad transport',
        { customIceServers: [{ url: 'turn:x?transport=sctp', username: 'u', credential: 'p' }] },
        'transport',
      ],
      ['an IPCAM without rtspUri', { type: 'IPCAM' }, 'rtspUri'],
      ['an IPCAM with a bad scheme', { type: 'IPCAM', rtspUri: 'ftp://cam' }, 'rtspUri'],
    ])('should answer 400 for %s', async (_name, body, message) => {
      const s = await createSession(emu);
      const res = await ov(emu, 'POST', `/sessions/${s.id}/connection`, { body });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ status: 400, path: `/openvidu/api/sessions/${s.id}/connection` });
      expect(res.json.message).toContain(message);
    });

    it('should answer 404 with no body for an unknown session (before looking at the body)', async () => {
      const res = await ov(emu, 'POST', '/sessions/ses_Unknown0000/connection', { body: { role: 'ADMIN' } });
      expect(res.status).toBe(404);
      expect(res.text).toBe('');
      // A body Spring cannot read fails before the handler runs.
      expect((await ov(emu, 'POST', '/sessions/ses_Unknown0000/connection', { body: '{' })).status).toBe(400);
    });

    it('should honour openviduCustomConnectionId in the data (dev feature)', async () => {
      const s = await createSession(emu);
      const c = await createConnection(emu, s.id, { data: JSON.stringify({ openviduCustomConnectionId: 'my-id.1' }) });
      expect(c.id).toBe('con_myid1');
    });

    it('should create an IPCAM connection that is active and publishing at once', async () => {
      const s = await createSession(emu);
      const c = await createConnection(emu, s.id, { type: 'IPCAM', rtspUri: 'rtsp://dummy-url.com:554/live/cam', data: 'lobby' });
      expect(c.id).toMatch(/^ipc_IPCAM_rtsp_[A-Z0-9]{4}_dummyurl_com_554_live_cam$/);
      expect(c).toMatchObject({
        type: 'IPCAM',
        status: 'active',
        platform: 'IPCAM',
        token: null,
        role: null,
        clientData: null,
        rtspUri: 'rtsp://dummy-url.com:554/live/cam',
        adaptativeBitrate: true,
        onlyPlayWithSubscribers: true,
        networkCache: 2000,
      });
      expect(c.publishers).toHaveLength(1);
      expect(keys(c.publishers[0])).toEqual(['createdAt', 'mediaOptions', 'rtspUri', 'streamId']);
      expect(Object.keys(c.publishers[0].mediaOptions)).toHaveLength(11);
      expect(c.publishers[0].streamId).toBe(`str_IPC_${c.publishers[0].streamId.slice(8, 12)}_${c.id}`);
      // IPCAM streams are removed with their connection, not unpublished: 405.
      expect((await ov(emu, 'DELETE', `/sessions/${s.id}/stream/${c.publishers[0].streamId}`)).status).toBe(405);
      await ok(emu, 'DELETE', `/sessions/${s.id}/connection/${c.id}`, 204);
    });
  });

  describe('listing and reading connections', () => {
    it('should list pending connections by default here (unlike the session endpoints)', async () => {
      const s = await createSession(emu);
      const pending = await createConnection(emu, s.id);
      const active = await participant(emu, s.id);
      const all = await ok(emu, 'GET', `/sessions/${s.id}/connection`, 200);
      expect(all.numberOfElements).toBe(2);
      expect(all.content.map((c: { id: string }) => c.id).sort()).toEqual([pending.id, active].sort());
      const activeOnly = await ok(emu, 'GET', `/sessions/${s.id}/connection?pendingConnections=false`, 200);
      expect(activeOnly.content.map((c: { id: string }) => c.id)).toEqual([active]);
      expect((await ov(emu, 'GET', '/sessions/ses_Unknown0000/connection')).status).toBe(404);
    });

    it('should answer 400 (not 404) for an unknown session, and 404 for an unknown connection', async () => {
      const s = await createSession(emu);
      const c = await createConnection(emu, s.id);
      expect(await ok(emu, 'GET', `/sessions/${s.id}/connection/${c.id}`, 200)).toEqual(c);
      const noSession = await ov(emu, 'GET', `/sessions/ses_Unknown0000/connection/${c.id}`);
      expect(noSession.status).toBe(400);
      expect(noSession.text).toBe('');
      const noConnection = await ov(emu, 'GET', `/sessions/${s.id}/connection/con_Unknown000`);
      expect(noConnection.status).toBe(404);
      expect(noConnection.text).toBe('');
    });
  });

  describe('simulated clients', () => {
    it('should activate the pending connection: clientData, activeAt, ip, location', async () => {
      const s = await createSession(emu);
      const c = await createConnection(emu, s.id, { data: 'server-side' });
      const before = Date.now();
      const joined = await join(emu, c.token, 'client-side');
      expect(joined).toEqual({ connectionId: c.id, sessionId: s.id });
      const now = await ok(emu, 'GET', `/sessions/${s.id}/connection/${c.id}`, 200);
      expect(now).toMatchObject({
        status: 'active',
        clientData: 'client-side',
        serverData: 'server-side',
        location: 'unknown',
        ip: '127.0.0.1',
        platform: expect.any(String),
        publishers: [],
        subscribers: [],
        token: c.token,
      });
      expect(now.activeAt).toBeGreaterThanOrEqual(before);
    });

    it('should accept each token once (401 after), 401 for unknown tokens, 404 for a closed session', async () => {
      const s = await createSession(emu);
      const c = await createConnection(emu, s.id);
      await join(emu, c.token);
      expect((await control(emu, 'POST', '/emulator/clients', { token: c.token })).status).toBe(401);
      const forged = c.token.replace(/token=tok_\w+/, 'token=tok_AAAAAAAAAAAAAAAA');
      expect((await control(emu, 'POST', '/emulator/clients', { token: forged })).status).toBe(401);
      expect(
        (await control(emu, 'POST', '/emulator/clients', { token: `ws://127.0.0.1:${port}?sessionId=ses_Closed00000&token=tok_A` })).status,
      ).toBe(404);
      expect((await control(emu, 'POST', '/emulator/clients', { token: 'ws://127.0.0.1' })).status).toBe(401);
    });

    it('should invalidate the token of a deleted pending connection', async () => {
      const s = await createSession(emu);
      const c = await createConnection(emu, s.id);
      await ok(emu, 'DELETE', `/sessions/${s.id}/connection/${c.id}`, 204, { contentType: 'application/x-www-form-urlencoded' });
      expect((await control(emu, 'POST', '/emulator/clients', { token: c.token })).status).toBe(401);
      expect((await ov(emu, 'DELETE', `/sessions/${s.id}/connection/${c.id}`)).status).toBe(404);
      expect((await ov(emu, 'DELETE', `/sessions/ses_Unknown0000/connection/${c.id}`)).status).toBe(400);
    });

    it('should publish streams with real-format ids and mediaOptions; subscribers may not publish', async () => {
      const s = await createSession(emu);
      const cam = await participant(emu, s.id);
      const camStream = await publish(emu, cam);
      expect(camStream).toMatch(new RegExp(`^str_CAM_[A-Z][A-Za-z0-9]{3}_${cam}$`));
      const screen = await publish(emu, cam, { videoType: 'screen' });
      expect(screen).toMatch(/^str_SCR_/);
      const mic = await publish(emu, cam, { hasVideo: false });
      expect(mic).toMatch(/^str_MIC_/);
      const conn = await ok(emu, 'GET', `/sessions/${s.id}/connection/${cam}`, 200);
      const byId = Object.fromEntries(conn.publishers.map((p: { streamId: string }) => [p.streamId, p]));
      expect(byId[camStream].mediaOptions).toEqual({
        hasAudio: true,
        audioActive: true,
        hasVideo: true,
        videoActive: true,
        typeOfVideo: 'CAMERA',
        frameRate: 30,
        videoDimensions: '{"width":640,"height":480}',
        filter: {},
      });
      expect(byId[mic].mediaOptions).toEqual({ hasAudio: true, audioActive: true, hasVideo: false, filter: {} });

      const viewer = await participant(emu, s.id, { role: 'SUBSCRIBER' });
      expect((await control(emu, 'POST', `/emulator/clients/${viewer}/streams`, {})).status).toBe(403);
      expect((await control(emu, 'POST', `/emulator/clients/con_Unknown000/streams`, {})).status).toBe(404);
      const pending = await createConnection(emu, s.id);
      expect((await control(emu, 'POST', `/emulator/clients/${pending.id}/streams`, {})).status).toBe(404);
      expect((await control(emu, 'POST', `/emulator/clients/${cam}/streams`, { hasAudio: false, hasVideo: false })).status).toBe(400);
    });

    it('should unpublish and leave through the control API', async () => {
      const s = await createSession(emu);
      const a = await participant(emu, s.id);
      const b = await participant(emu, s.id);
      const stream = await publish(emu, a);
      expect((await control(emu, 'DELETE', `/emulator/clients/${a}/streams/${stream}`)).status).toBe(204);
      expect((await control(emu, 'DELETE', `/emulator/clients/${a}/streams/${stream}`)).status).toBe(404);
      expect((await control(emu, 'DELETE', `/emulator/clients/${a}`)).status).toBe(204);
      expect((await control(emu, 'DELETE', `/emulator/clients/${a}`)).status).toBe(404);
      const list = await ok(emu, 'GET', `/sessions/${s.id}/connection`, 200);
      expect(list.content.map((c: { id: string }) => c.id)).toEqual([b]);
    });

    it('should keep working for OpenTok clients on the same control routes', async () => {
      const sessionId = await createOpenTokSession(emu);
      const connectionId = await connectClient(emu, sessionId);
      expect(connectionId).toMatch(/^[0-9a-f-]{36}$/);
      expect((await control(emu, 'DELETE', `/emulator/clients/${connectionId}`)).status).toBe(204);
    });
  });

  describe('force disconnect and force unpublish', () => {
    it('should evict an active participant', async () => {
      const s = await createSession(emu);
      const a = await participant(emu, s.id);
      const b = await participant(emu, s.id);
      await ok(emu, 'DELETE', `/sessions/${s.id}/connection/${a}`, 204);
      const list = await ok(emu, 'GET', `/sessions/${s.id}/connection`, 200);
      expect(list.content.map((c: { id: string }) => c.id)).toEqual([b]);
      expect((await control(emu, 'DELETE', `/emulator/clients/${a}`)).status).toBe(404);
    });

    it('should unpublish: 204, then 404; 400 for an unknown session; 404 in a not-active session', async () => {
      const s = await createSession(emu);
      const a = await participant(emu, s.id);
      const stream = await publish(emu, a);
      const res = await ov(emu, 'DELETE', `/sessions/${s.id}/stream/${stream}`, { contentType: 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(204);
      expect((await ok(emu, 'GET', `/sessions/${s.id}/connection/${a}`, 200)).publishers).toEqual([]);
      expect((await ov(emu, 'DELETE', `/sessions/${s.id}/stream/${stream}`)).status).toBe(404);
      expect((await ov(emu, 'DELETE', `/sessions/ses_Unknown0000/stream/${stream}`)).status).toBe(400);
      const idle = await createSession(emu);
      expect((await ov(emu, 'DELETE', `/sessions/${idle.id}/stream/str_CAM_Abcd_con_X`)).status).toBe(404);
    });
  });

  describe('POST /tokens (deprecated)', () => {
    it('should create a WEBRTC connection and answer the Token object', async () => {
      const s = await createSession(emu);
      const t = await ok(emu, 'POST', '/tokens', 200, {
        body: { session: s.id, role: 'SUBSCRIBER', data: 'd', kurentoOptions: null, record: false },
      });
      expect(keys(t)).toEqual(['connectionId', 'createdAt', 'data', 'id', 'role', 'session', 'token']);
      expect(t).toMatchObject({ id: t.token, session: s.id, data: 'd', role: 'SUBSCRIBER' });
      expect(t.token).toContain(`?sessionId=${s.id}&token=tok_`);
      const conn = await ok(emu, 'GET', `/sessions/${s.id}/connection/${t.connectionId}`, 200);
      expect(conn).toMatchObject({ status: 'pending', token: t.token, role: 'SUBSCRIBER', record: true });
      const withKurento = await ok(emu, 'POST', '/tokens', 200, {
        body: { session: s.id, kurentoOptions: { videoMaxSendBandwidth: 500 } },
      });
      expect(withKurento.kurentoOptions).toEqual({ videoMaxSendBandwidth: 500 });
    });

    it('should answer 400 without a session, 404 (JSON) for an unknown one, 400 for a bad role', async () => {
      expect((await ov(emu, 'POST', '/tokens', { body: {} })).status).toBe(400);
      expect((await ov(emu, 'POST', '/tokens', { body: { session: 7 } })).status).toBe(400);
      const missing = await ov(emu, 'POST', '/tokens', { body: { session: 'ses_Unknown0000' } });
      expect(missing.status).toBe(404);
      expect(missing.json).toMatchObject({ status: 404, message: 'Session ses_Unknown0000 not found', path: '/openvidu/api/tokens' });
      const s = await createSession(emu);
      expect((await ov(emu, 'POST', '/tokens', { body: { session: s.id, role: 'KING' } })).status).toBe(400);
    });
  });

  describe('POST /signal', () => {
    it('should refuse a missing session or wrong types with 400', async () => {
      for (const body of [
        {},
        { session: 1 },
        { session: 'x', to: 'con_A' },
        { session: 'x', data: 1 },
        { session: 'x', type: {} },
        { session: 'x', to: [1] },
      ]) {
        expect((await ov(emu, 'POST', '/signal', { body })).status, JSON.stringify(body)).toBe(400);
      }
    });

    it('should answer 404 for an unknown session and 406 with nobody connected', async () => {
      expect((await ov(emu, 'POST', '/signal', { body: { session: 'ses_Unknown0000' } })).status).toBe(404);
      const s = await createSession(emu);
      const res = await ov(emu, 'POST', '/signal', { body: { session: s.id, type: 'chat', data: 'hi' } });
      expect(res.status).toBe(406);
      expect(res.text).toBe('');
    });

    it('should send to everyone or to the listed connections, 406 if any recipient is not connected', async () => {
      const s = await createSession(emu);
      const a = await participant(emu, s.id);
      const pending = await createConnection(emu, s.id);
      const sent = await ov(emu, 'POST', '/signal', { body: { session: s.id, type: 'chat', data: 'hi' } });
      expect(sent.status).toBe(200);
      expect(sent.text).toBe('');
      expect((await ov(emu, 'POST', '/signal', { body: { session: s.id, to: [a] } })).status).toBe(200);
      expect((await ov(emu, 'POST', '/signal', { body: { session: s.id, to: [] } })).status).toBe(200);
      expect((await ov(emu, 'POST', '/signal', { body: { session: s.id, to: [a, pending.id] } })).status).toBe(406);
      expect((await ov(emu, 'POST', '/signal', { body: { session: s.id, to: ['con_Unknown000'] } })).status).toBe(406);
    });
  });
});
