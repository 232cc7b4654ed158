/**
 * Conformance: the official `openvidu-node-client` (2.32.2), unchanged, against the emulator's
 * OpenVidu face. Simulated browsers join and publish through the control API. Every case asserts
 * real outcomes (ids, statuses, counts, connection status pending -> active), not merely the
 * absence of an error. The client rejects with `Error("<status>")`, so failures assert the status.
 */
import { OpenVidu, OpenViduRole, Recording, RecordingMode } from 'openvidu-node-client';
import type { Connection, RecordingProperties, Session } from 'openvidu-node-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { control, startEmulator } from '../emulator/helpers.js';

/** The message of the rejection: the HTTP status as text. */
async function status(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('openvidu-node-client 2.32 against the emulator', () => {
  let emu: Emulator;
  let openvidu: OpenVidu;

  beforeAll(async () => {
    emu = await startEmulator({ archiveReadyDelayMs: 50 });
    // The client keeps only the origin of this URL: the emulator serves /openvidu/api at its root.
    openvidu = new OpenVidu(emu.url, emu.openvidu.secret);
    openvidu.enableProdMode();
  });
  afterAll(() => emu.close());

  async function join(token: string, data?: string): Promise<string> {
    const res = await control(emu, 'POST', '/emulator/clients', { token, ...(data !== undefined ? { data } : {}) });
    expect(res.status).toBe(201);
    return res.json.connectionId as string;
  }

  async function publish(connectionId: string): Promise<string> {
    const res = await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, {
      hasAudio: true,
      hasVideo: true,
      videoType: 'camera',
    });
    expect(res.status).toBe(201);
    return res.json.streamId as string;
  }

  /** A session with one joined, publishing participant. */
  async function liveSession(): Promise<{ session: Session; connectionId: string }> {
    const session = await openvidu.createSession();
    const connection = await session.createConnection();
    const connectionId = await join(connection.token);
    await publish(connectionId);
    return { session, connectionId };
  }

  describe('sessions', () => {
    it('should create a session with a real-format id and the server defaults', async () => {
      const before = Date.now();
      const session = await openvidu.createSession();
      expect(session.sessionId).toMatch(/^ses_[A-Z][A-Za-z0-9]{9}$/);
      expect(session.createdAt).toBeGreaterThanOrEqual(before);
      expect(session.properties).toMatchObject({
        mediaMode: 'ROUTED',
        recordingMode: 'MANUAL',
        customSessionId: '',
        forcedVideoCodec: 'MEDIA_SERVER_PREFERRED',
        allowTranscoding: false,
      });
      expect(session.properties.defaultRecordingProperties).toMatchObject({
        outputMode: 'COMPOSED',
        resolution: '1280x720',
        frameRate: 25,
      });
      expect(openvidu.activeSessions.map((s) => s.sessionId)).toContain(session.sessionId);
    });

    it('should resolve a second createSession with the same custom id to the existing session (409 path)', async () => {
      const first = await openvidu.createSession({ customSessionId: 'ContractRoom', recordingMode: RecordingMode.ALWAYS });
      expect(first.sessionId).toBe('ContractRoom');
      const again = await openvidu.createSession({ customSessionId: 'ContractRoom' });
      expect(again.sessionId).toBe('ContractRoom');
      expect(again.createdAt).toBe(first.createdAt);
      // Session.fetch() refreshed the properties from the server: still ALWAYS.
      expect(again.properties.recordingMode).toBe('ALWAYS');
    });

    it('should reject invalid properties with 400 and a wrong secret with 401', async () => {
      expect(await status(openvidu.createSession({ customSessionId: 'not valid!' }))).toBe('400');
      const intruder = new OpenVidu(emu.url, 'not-the-secret');
      expect(await status(intruder.createSession())).toBe('401');
      expect(await status(intruder.listRecordings())).toBe('401');
    });
  });

  describe('connections', () => {
    it('should create a pending connection whose token a client uses once, turning it active', async () => {
      const session = await openvidu.createSession();
      const connection = await session.createConnection({ role: OpenViduRole.MODERATOR, data: 'name=Ada' });
      expect(connection.connectionId).toMatch(/^con_[A-Z][A-Za-z0-9]{9}$/);
      expect(connection.status).toBe('pending');
      expect(connection.token).toMatch(
        new RegExp(`^ws://127\\.0\\.0\\.1:\\d+\\?sessionId=${session.sessionId}&token=tok_[A-Z][A-Za-z0-9]{15}$`),
      );
      expect(connection.connectionProperties).toMatchObject({ type: 'WEBRTC', data: 'name=Ada', role: 'MODERATOR', record: true });
      expect(session.connections).toHaveLength(1);
      expect(session.activeConnections).toHaveLength(0);

      const connectionId = await join(connection.token, 'client-data');
      expect(connectionId).toBe(connection.connectionId);
      expect(await session.fetch()).toBe(true);
      const fetched = session.connections.find((c) => c.connectionId === connectionId) as Connection;
      expect(fetched).toMatchObject({ status: 'active', clientData: 'client-data', location: 'unknown', ip: '127.0.0.1' });
      expect(fetched.activeAt).toBeGreaterThanOrEqual(fetched.createdAt);
      expect(session.activeConnections.map((c) => c.connectionId)).toEqual([connectionId]);
      expect(await session.fetch()).toBe(false);

      // Single use: the same token is refused now.
      expect((await control(emu, 'POST', '/emulator/clients', { token: connection.token })).status).toBe(401);
    });

    it('should mint tokens through the deprecated generateToken, as pending connections', async () => {
      const session = await openvidu.createSession();
      const token = await session.generateToken({ role: OpenViduRole.SUBSCRIBER, data: 'viewer' });
      expect(token).toMatch(new RegExp(`\\?sessionId=${session.sessionId}&token=tok_`));
      await session.fetch();
      expect(session.connections).toHaveLength(1);
      expect(session.connections[0]).toMatchObject({ status: 'pending', token, role: 'SUBSCRIBER', serverData: 'viewer' });
      await join(token);
      await session.fetch();
      expect(session.activeConnections).toHaveLength(1);
    });

    it('should see publishers after a fetch and force-unpublish them', async () => {
      const { session, connectionId } = await liveSession();
      await session.fetch();
      const connection = session.activeConnections.find((c) => c.connectionId === connectionId) as Connection;
      expect(connection.publishers).toHaveLength(1);
      const publisher = connection.publishers[0]!;
      expect(publisher).toMatchObject({ hasAudio: true, hasVideo: true, typeOfVideo: 'CAMERA', frameRate: 30, audioActive: true });
      expect(publisher.streamId).toMatch(new RegExp(`^str_CAM_\\w{4}_${connectionId}$`));

      await session.forceUnpublish(publisher);
      expect(connection.publishers).toHaveLength(0);
      await session.fetch();
      expect(session.activeConnections[0]?.publishers).toHaveLength(0);
      expect(await status(session.forceUnpublish(publisher.streamId))).toBe('404');
    });

    it('should force-disconnect a participant and invalidate a pending connection', async () => {
      const session = await openvidu.createSession();
      const stays = await session.createConnection();
      await join(stays.token);
      const leaves = await session.createConnection();
      await join(leaves.token);
      const pending = await session.createConnection();
      await session.fetch();
      expect(session.connections).toHaveLength(3);

      await session.forceDisconnect(leaves.connectionId);
      await session.forceDisconnect(pending);
      expect(session.connections.map((c) => c.connectionId)).toEqual([stays.connectionId]);
      await session.fetch();
      expect(session.connections.map((c) => c.connectionId)).toEqual([stays.connectionId]);
      expect(await status(session.forceDisconnect('con_Unknown000'))).toBe('404');
      expect((await control(emu, 'POST', '/emulator/clients', { token: pending.token })).status).toBe(401);
    });
  });

  describe('recordings', () => {
    it('should start, get, stop (ready at once, like CE), list and delete a recording', async () => {
      const { session } = await liveSession();
      const props: RecordingProperties = {
        name: 'contract_rec',
        outputMode: Recording.OutputMode.COMPOSED,
        resolution: '640x480',
        frameRate: 30,
      };
      const started = await openvidu.startRecording(session.sessionId, props);
      expect(started).toMatchObject({
        id: session.sessionId,
        sessionId: session.sessionId,
        status: 'started',
        size: 0,
        duration: 0,
        url: null,
      });
      expect(started.properties).toMatchObject({
        name: 'contract_rec',
        outputMode: 'COMPOSED',
        resolution: '640x480',
        frameRate: 30,
        hasAudio: true,
      });
      expect(session.recording).toBe(true);
      expect(await status(openvidu.startRecording(session.sessionId))).toBe('409');
      expect((await openvidu.getRecording(started.id)).status).toBe('started');

      const stopped = await openvidu.stopRecording(started.id);
      expect(stopped.status).toBe('ready');
      expect(stopped.size).toBeGreaterThan(0);
      expect(stopped.duration).toBeGreaterThan(0);
      expect(stopped.url).toBe(`${emu.url}/openvidu/recordings/${started.id}/contract_rec.mp4`);
      expect(session.recording).toBe(false);
      expect(await status(openvidu.stopRecording(started.id))).toBe('409');

      const second = await openvidu.startRecording(session.sessionId, 'second_take');
      expect(second).toMatchObject({ id: `${session.sessionId}~1`, status: 'started' });
      expect(second.properties.name).toBe('second_take');
      await openvidu.stopRecording(second.id);

      const all: Recording[] = await openvidu.listRecordings();
      const mine = all.filter((r) => r.sessionId === session.sessionId);
      expect(mine.map((r) => r.id).sort()).toEqual([session.sessionId, `${session.sessionId}~1`]);
      expect(mine.every((r) => r.status === 'ready')).toBe(true);

      await openvidu.deleteRecording(started.id);
      expect(await status(openvidu.getRecording(started.id))).toBe('404');
      expect(await status(openvidu.deleteRecording(started.id))).toBe('404');
    });

    it('should refuse recording an unknown session (404) and a session nobody joined (406)', async () => {
      expect(await status(openvidu.startRecording('ses_Unknown0000'))).toBe('404');
      const idle = await openvidu.createSession();
      expect(await status(openvidu.startRecording(idle.sessionId))).toBe('406');
      expect(await status(openvidu.getRecording('ses_Unknown0000'))).toBe('404');
    });

    it('should record an ALWAYS session once someone publishes', async () => {
      const session = await openvidu.createSession({
        recordingMode: RecordingMode.ALWAYS,
        defaultRecordingProperties: { name: 'auto_rec' },
      });
      const connection = await session.createConnection();
      await publish(await join(connection.token));
      await session.fetch();
      expect(session.recording).toBe(true);
      const recording = await openvidu.getRecording(session.sessionId);
      expect(recording).toMatchObject({ status: 'started' });
      expect(recording.properties.name).toBe('auto_rec');
    });
  });

  describe('closing and the local cache', () => {
    it('should close a session: 204 resolves, then 404 everywhere', async () => {
      const { session } = await liveSession();
      await openvidu.startRecording(session.sessionId);
      await session.close();
      expect(openvidu.activeSessions.map((s) => s.sessionId)).not.toContain(session.sessionId);
      expect(await status(session.fetch())).toBe('404');
      expect(await status(session.close())).toBe('404');
      expect((await openvidu.getRecording(session.sessionId)).status).toBe('ready');
    });

    it('should drop sessions closed server-side from activeSessions on fetch()', async () => {
      const session = await openvidu.createSession();
      const connectionId = await join((await session.createConnection()).token);
      await openvidu.fetch();
      expect(openvidu.activeSessions.map((s) => s.sessionId)).toContain(session.sessionId);
      // The last participant leaves: the server closes the session at once.
      expect((await control(emu, 'DELETE', `/emulator/clients/${connectionId}`)).status).toBe(204);
      expect(await openvidu.fetch()).toBe(true);
      expect(openvidu.activeSessions.map((s) => s.sessionId)).not.toContain(session.sessionId);
      const listed = openvidu.activeSessions.find((s) => s.sessionId === 'ContractRoom');
      expect(listed?.properties.recordingMode).toBe('ALWAYS');
    });
  });
});
