import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { control } from './helpers.js';
import { createConnection, createSession, join, keys, leave, ok, ov, participant, publish, startOpenVidu } from './openvidu-helpers.js';

const SESSION_KEYS = [
  'allowTranscoding',
  'broadcasting',
  'connections',
  'createdAt',
  'customSessionId',
  'defaultRecordingProperties',
  'forcedVideoCodec',
  'id',
  'mediaMode',
  'object',
  'recording',
  'recordingMode',
  'sessionId',
];

describe('OpenVidu sessions', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startOpenVidu();
  });
  afterAll(() => emu.close());

  describe('POST /sessions', () => {
    it('should create a not-active session with a random id and the exact Session JSON', async () => {
      const before = Date.now();
      const res = await ov(emu, 'POST', '/sessions', { body: {} });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json');
      const s = res.json;
      expect(keys(s)).toEqual(SESSION_KEYS);
      expect(s.id).toMatch(/^ses_[A-Z][A-Za-z0-9]{9}$/);
      expect(s).toEqual({
        id: s.id,
        object: 'session',
        sessionId: s.id,
        createdAt: expect.any(Number),
        recording: false,
        broadcasting: false,
        mediaMode: 'ROUTED',
        recordingMode: 'MANUAL',
        defaultRecordingProperties: {
          name: '',
          hasAudio: true,
          hasVideo: true,
          outputMode: 'COMPOSED',
          recordingLayout: 'BEST_FIT',
          resolution: '1280x720',
          frameRate: 25,
          shmSize: 536870912,
        },
        customSessionId: '',
        forcedVideoCodec: 'MEDIA_SERVER_PREFERRED',
        allowTranscoding: false,
        connections: { numberOfElements: 0, content: [] },
      });
      expect(s.createdAt).toBeGreaterThanOrEqual(before);
    });

    it('should echo every property given, and treat explicit nulls as absent', async () => {
      const s = await createSession(emu, {
        mediaMode: 'RELAYED',
        recordingMode: 'ALWAYS',
        customSessionId: 'My-Session_1',
        forcedVideoCodec: 'VP8',
        allowTranscoding: true,
        defaultRecordingProperties: { name: 'daily', outputMode: 'INDIVIDUAL', hasAudio: false, resolution: null },
        unknownKey: 'ignored',
      });
      expect(s).toMatchObject({
        id: 'My-Session_1',
        sessionId: 'My-Session_1',
        customSessionId: 'My-Session_1',
        mediaMode: 'RELAYED',
        recordingMode: 'ALWAYS',
        forcedVideoCodec: 'VP8',
        allowTranscoding: true,
      });
      // INDIVIDUAL: no layout/resolution keys, ignoreFailedStreams instead.
      expect(s.defaultRecordingProperties).toEqual({
        name: 'daily',
        hasAudio: false,
        hasVideo: true,
        outputMode: 'INDIVIDUAL',
        ignoreFailedStreams: false,
      });

      const nulls = await createSession(emu, {
        mediaMode: null,
        recordingMode: null,
        customSessionId: null,
        forcedVideoCodec: null,
        allowTranscoding: null,
        defaultRecordingProperties: null,
        mediaNode: null,
      });
      expect(nulls).toMatchObject({
        mediaMode: 'ROUTED',
        recordingMode: 'MANUAL',
        customSessionId: '',
        forcedVideoCodec: 'MEDIA_SERVER_PREFERRED',
      });
      expect(nulls.id).toMatch(/^ses_/);
    });

    it('should show custom layouts and composed audio-only defaults as the server does', async () => {
      const custom = await createSession(emu, {
        defaultRecordingProperties: { recordingLayout: 'CUSTOM', customLayout: 'mine/index.html' },
      });
      expect(custom.defaultRecordingProperties).toMatchObject({ recordingLayout: 'CUSTOM', customLayout: 'mine/index.html' });
      const audio = await createSession(emu, { defaultRecordingProperties: { hasVideo: false } });
      expect(keys(audio.defaultRecordingProperties)).toEqual(['hasAudio', 'hasVideo', 'name', 'outputMode']);
    });

    it('should answer 409 with an empty body for an existing custom id, changing nothing', async () => {
      const first = await createSession(emu, { customSessionId: 'Twice', recordingMode: 'MANUAL' });
      const again = await ov(emu, 'POST', '/sessions', { body: { customSessionId: 'Twice', recordingMode: 'ALWAYS' } });
      expect(again.status).toBe(409);
      expect(again.text).toBe('');
      const now = await ok(emu, 'GET', '/sessions/Twice', 200);
      expect(now).toMatchObject({ createdAt: first.createdAt, recordingMode: 'MANUAL' });
    });

    it.each([
      ['a bad customSessionId', { customSessionId: 'has space' }, "Parameter 'customSessionId' is wrong"],
      ['a customSessionId that is not a string', { customSessionId: 42 }, 'Type error'],
      ['an unknown mediaMode', { mediaMode: 'routed' }, 'are not defined'],
      ['an unknown recordingMode', { recordingMode: 'SOMETIMES' }, 'are not defined'],
      ['an unknown forcedVideoCodec', { forcedVideoCodec: 'AV2' }, 'forcedVideoCodec'],
      ['a non-boolean allowTranscoding', { allowTranscoding: 'yes' }, 'Type error'],
      ['defaultRecordingProperties not an object', { defaultRecordingProperties: 'x' }, 'defaultRecordingProperties'],
      ['a bad default outputMode', { defaultRecordingProperties: { outputMode: 'MIXED' } }, 'outputMode'],
      ['a bad default name', { defaultRecordingProperties: { name: 'a b' } }, "Parameter 'name' is wrong"],
      ['a default resolution out of range', { defaultRecordingProperties: { resolution: '99x720' } }, 'resolution'],
      ['a default frameRate out of range', { defaultRecordingProperties: { frameRate: 121 } }, 'frameRate'],
      ['a default shmSize too small', { defaultRecordingProperties: { shmSize: 1000 } }, 'shmSize'],
      ['no audio nor video by default', { defaultRecordingProperties: { hasAudio: false, hasVideo: false } }, 'hasAudio'],
      ['a mediaNode that is not an object', { mediaNode: 'media_1' }, 'mediaNode'],
    ])('should answer 400 for %s', async (_name, body, message) => {
      const res = await ov(emu, 'POST', '/sessions', { body });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ status: 400, error: 'Bad Request', path: '/openvidu/api/sessions' });
      expect(res.json.message).toContain('Some parameter is not valid.');
      expect(res.json.message).toContain(message);
    });

    it('should accept an absent body (all defaults)', async () => {
      const res = await ov(emu, 'POST', '/sessions');
      expect(res.status).toBe(200);
      expect(res.json.mediaMode).toBe('ROUTED');
    });
  });

  describe('GET and DELETE', () => {
    it('should get a session, 404 with an empty body when unknown', async () => {
      const s = await createSession(emu);
      expect(await ok(emu, 'GET', `/sessions/${s.id}`, 200)).toEqual(s);
      const missing = await ov(emu, 'GET', '/sessions/ses_Nope123456');
      expect(missing.status).toBe(404);
      expect(missing.text).toBe('');
    });

    it('should list every session, including those nobody joined', async () => {
      const s = await createSession(emu);
      const list = await ok(emu, 'GET', '/sessions', 200);
      expect(keys(list)).toEqual(['content', 'numberOfElements']);
      expect(list.numberOfElements).toBe(list.content.length);
      expect(list.content.map((x: { id: string }) => x.id)).toContain(s.id);
    });

    it('should show only active connections unless pendingConnections=true', async () => {
      const s = await createSession(emu);
      const pending = await createConnection(emu, s.id);
      const active = await participant(emu, s.id, {}, 'client');
      const plain = await ok(emu, 'GET', `/sessions/${s.id}`, 200);
      expect(plain.connections.content.map((c: { id: string }) => c.id)).toEqual([active]);
      const withPending = await ok(emu, 'GET', `/sessions/${s.id}?pendingConnections=true`, 200);
      expect(withPending.connections.numberOfElements).toBe(2);
      expect(withPending.connections.content.map((c: { id: string }) => c.id).sort()).toEqual([active, pending.id].sort());
      const listed = await ok(emu, 'GET', '/sessions?pendingConnections=true', 200);
      expect(listed.content.find((x: { id: string }) => x.id === s.id).connections.numberOfElements).toBe(2);
    });

    it('should add stand-in WebRTC statistics with webRtcStats=true', async () => {
      const s = await createSession(emu);
      await publish(emu, await participant(emu, s.id));
      const stats = await ok(emu, 'GET', `/sessions/${s.id}?webRtcStats=true`, 200);
      const pub = stats.connections.content[0].publishers[0];
      expect(pub).toMatchObject({
        webrtcEndpointName: expect.any(String),
        localCandidate: expect.any(String),
        remoteCandidate: expect.any(String),
      });
      const plain = await ok(emu, 'GET', `/sessions/${s.id}`, 200);
      expect(keys(plain.connections.content[0].publishers[0])).toEqual(['createdAt', 'mediaOptions', 'streamId']);
    });

    it('should close a session: 204, then 404, its tokens dead', async () => {
      const s = await createSession(emu);
      const pending = await createConnection(emu, s.id);
      const del = await ov(emu, 'DELETE', `/sessions/${s.id}`, { contentType: 'application/x-www-form-urlencoded' });
      expect(del.status).toBe(204);
      expect(del.text).toBe('');
      expect((await ov(emu, 'GET', `/sessions/${s.id}`)).status).toBe(404);
      expect((await ov(emu, 'DELETE', `/sessions/${s.id}`)).status).toBe(404);
      expect((await control(emu, 'POST', '/emulator/clients', { token: pending.token })).status).toBe(404);
    });

    it('should allow a custom id again once its session is closed', async () => {
      const first = await createSession(emu, { customSessionId: 'Reborn' });
      await ok(emu, 'DELETE', '/sessions/Reborn', 204);
      const second = await createSession(emu, { customSessionId: 'Reborn' });
      expect(second.id).toBe('Reborn');
      expect(second.createdAt).toBeGreaterThanOrEqual(first.createdAt);
    });
  });

  describe('lifecycle', () => {
    it('should become active on the first join and close at once when the last participant leaves', async () => {
      const s = await createSession(emu);
      const a = await participant(emu, s.id);
      const b = await participant(emu, s.id);
      const pending = await createConnection(emu, s.id);
      await leave(emu, a);
      expect((await ov(emu, 'GET', `/sessions/${s.id}`)).status).toBe(200);
      await leave(emu, b);
      expect((await ov(emu, 'GET', `/sessions/${s.id}`)).status).toBe(404);
      expect((await control(emu, 'POST', '/emulator/clients', { token: pending.token })).status).toBe(404);
    });

    it('should keep a session nobody ever joined', async () => {
      const s = await createSession(emu);
      const c = await createConnection(emu, s.id);
      await ok(emu, 'DELETE', `/sessions/${s.id}/connection/${c.id}`, 204);
      expect((await ov(emu, 'GET', `/sessions/${s.id}`)).status).toBe(200);
    });

    it('should close the session when the last participant is force-disconnected', async () => {
      const s = await createSession(emu);
      const { connectionId } = await join(emu, (await createConnection(emu, s.id)).token);
      await ok(emu, 'DELETE', `/sessions/${s.id}/connection/${connectionId}`, 204);
      expect((await ov(emu, 'GET', `/sessions/${s.id}`)).status).toBe(404);
    });
  });
});
