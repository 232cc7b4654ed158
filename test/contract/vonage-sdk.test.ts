/**
 * Conformance: the official `@vonage/video` SDK, unchanged, against the emulator's Vonage face
 * (bearer RS256 JWTs, `/v2/project/{applicationId}`), for every operation that face serves. Every
 * case asserts real outcomes (ids, statuses, counts, state), not merely the absence of an error.
 */
import { createPrivateKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { Video } from '@vonage/video';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { control, restJwt, startEmulator } from '../emulator/helpers.js';
import { until } from '../helpers/until.js';

interface StateSession {
  sessionId: string;
  mediaMode: string;
  archiveMode: string;
  location: string | null;
  connections: Array<{ connectionId: string; role: string; data: string | null; tokenType: string; kind: string }>;
  streams: Array<{ streamId: string; audioMuted: boolean; layoutClassList: string[] }>;
  signals: Array<{ to: string | null; type: string | null; data: string }>;
  sipCalls: Array<{ id: string; uri: string; secure: boolean }>;
}

/** The status of a failed SDK call (the SDK rejects with `Request failed with status code N`). */
async function failure(call: Promise<unknown>): Promise<number> {
  const error = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as { message?: string; response?: { status?: number } } | undefined;
  expect(error, 'the call should have failed').toBeDefined();
  expect(error?.message).toMatch(/Request failed with status code \d{3}/);
  return error?.response?.status ?? 0;
}

/** An RSA key the emulator has never seen. */
function strangerKey(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

describe('@vonage/video 1.28 against the emulator', () => {
  let emu: Emulator;
  let video: Video;

  beforeAll(async () => {
    emu = await startEmulator({ archiveReadyDelayMs: 50 });
    video = new Video(emu.vonage, { videoHost: emu.url });
  });
  afterAll(() => emu.close());

  function sessionState(sessionId: string): StateSession {
    const found = (emu.state() as { vonage: { sessions: StateSession[] } }).vonage.sessions.find((s) => s.sessionId === sessionId);
    if (!found) throw new Error(`session ${sessionId} missing from the Vonage state`);
    return found;
  }

  async function connect(token: string): Promise<string> {
    const res = await control(emu, 'POST', '/emulator/clients', { token });
    expect(res.status, res.text).toBe(201);
    return res.json.connectionId as string;
  }

  async function publish(connectionId: string, body: Record<string, unknown> = {}): Promise<string> {
    const res = await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, body);
    expect(res.status).toBe(201);
    return res.json.streamId as string;
  }

  async function sessionWithClient(): Promise<{ sessionId: string; connectionId: string }> {
    const { sessionId } = await video.createSession();
    return { sessionId, connectionId: await connect(video.generateClientToken(sessionId)) };
  }

  describe('sessions and client tokens', () => {
    it('should create a routed session by default, its id carrying the application id, despite location=null', async () => {
      const session = await video.createSession();
      expect(session).toMatchObject({ archiveMode: 'manual', mediaMode: 'disabled', location: null });
      const decoded = Buffer.from(session.sessionId.slice(2), 'base64url').toString('latin1').split('~');
      expect(decoded[1]).toBe(emu.vonage.applicationId);
      expect(sessionState(session.sessionId)).toMatchObject({ mediaMode: 'routed', archiveMode: 'manual', location: null });
    });

    it('should create a relayed session with a location, and an always-archived one', async () => {
      const relayed = await video.createSession({ mediaMode: 'enabled' as never, location: '10.0.0.1' });
      expect(sessionState(relayed.sessionId)).toMatchObject({ mediaMode: 'relayed', location: '10.0.0.1' });
      const always = await video.createSession({ archiveMode: 'always' as never });
      expect(sessionState(always.sessionId)).toMatchObject({ mediaMode: 'routed', archiveMode: 'always' });
    });

    it('should connect a client with the SDK client token, keeping role, data and layout classes', async () => {
      const { sessionId } = await video.createSession();
      const token = video.generateClientToken(sessionId, { role: 'moderator', data: 'name=Ada', initialLayoutClassList: ['focus'] });
      const connectionId = await connect(token);
      expect(sessionState(sessionId).connections).toEqual([
        expect.objectContaining({ connectionId, role: 'moderator', data: 'name=Ada', tokenType: 'jwt', kind: 'client' }),
      ]);
    });

    it('should refuse client tokens signed with another key, expired, or for another application', async () => {
      const { sessionId } = await video.createSession();
      const forged = new Video({ applicationId: emu.vonage.applicationId, privateKey: strangerKey() }, { videoHost: emu.url });
      expect((await control(emu, 'POST', '/emulator/clients', { token: forged.generateClientToken(sessionId) })).status).toBe(401);

      // The SDK replaces an expiry in the past with one in the future, so mint this one by hand.
      const now = Math.floor(Date.now() / 1000);
      const expired = await new SignJWT({
        scope: 'session.connect',
        session_id: sessionId,
        role: 'publisher',
        application_id: emu.vonage.applicationId,
      })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
        .setIssuedAt(now - 7200)
        .setExpirationTime(now - 3600)
        .setJti(randomUUID())
        .sign(createPrivateKey(emu.vonage.privateKey));
      expect((await control(emu, 'POST', '/emulator/clients', { token: expired })).status).toBe(401);

      const other = new Video({ applicationId: '00000000-0000-4000-8000-00000000beef', privateKey: strangerKey() }, { videoHost: emu.url });
      expect((await control(emu, 'POST', '/emulator/clients', { token: other.generateClientToken(sessionId) })).status).toBe(401);
      expect(sessionState(sessionId).connections).toEqual([]);
    });

    it('should refuse REST calls signed with another key, and the OpenTok project credentials on its paths', async () => {
      const forged = new Video({ applicationId: emu.vonage.applicationId, privateKey: strangerKey() }, { videoHost: emu.url });
      expect(await failure(forged.createSession())).toBe(403);
      expect(await failure(forged.searchArchives())).toBe(403);

      // The OpenTok project's own JWT does not open the application's paths.
      const res = await fetch(`${emu.url}/v2/project/${emu.vonage.applicationId}/archive`, {
        headers: { 'x-opentok-auth': await restJwt(emu.opentok) },
      });
      expect(res.status).toBe(403);
    });
  });

  describe('archives', () => {
    it('should start, get, stop, become available, download and delete', async () => {
      const { sessionId, connectionId } = await sessionWithClient();
      await publish(connectionId);
      const started = await video.startArchive(sessionId, { name: 'Standup', resolution: '1280x720' as never });
      expect(started).toMatchObject({ status: 'started', name: 'Standup', sessionId, resolution: '1280x720', outputMode: 'composed' });
      expect(started.projectId).toBe(emu.vonage.applicationId);

      expect(await video.getArchive(started.id)).toMatchObject({ id: started.id, status: 'started' });
      const stopped = await video.stopArchive(started.id);
      expect(stopped).toMatchObject({ id: started.id, status: 'stopped', reason: 'user initiated' });
      expect(await failure(video.stopArchive(started.id))).toBe(409);

      const available = await until('the archive to be available', async () => {
        const a = await video.getArchive(started.id);
        return a.status === 'available' ? a : undefined;
      });
      expect(available.url).toBe(`${emu.url}/emulator/vonage/archives/${started.id}.mp4`);
      const download = await fetch(available.url ?? '');
      expect(download.status).toBe(200);
      expect(Number(download.headers.get('content-length'))).toBe(available.size);

      await video.deleteArchive(started.id);
      expect((await video.getArchive(started.id)).status).toBe('deleted');
    });

    it('should search archives by session with offset and count, reporting the total', async () => {
      const { sessionId } = await sessionWithClient();
      const ids: string[] = [];
      for (const name of ['one', 'two', 'three']) {
        const a = await video.startArchive(sessionId, { name });
        await video.stopArchive(a.id);
        ids.push(a.id);
      }
      const page = await video.searchArchives({ sessionId, offset: 1, count: 2 });
      expect(page.count).toBe(3);
      expect(page.items.map((a) => a.id)).toEqual([ids[1], ids[0]]);
      expect((await video.searchArchives()).count).toBeGreaterThanOrEqual(3);
    });

    it('should answer the archive errors of the platform', async () => {
      const relayed = await video.createSession({ mediaMode: 'enabled' as never });
      await connect(video.generateClientToken(relayed.sessionId));
      expect(await failure(video.startArchive(relayed.sessionId))).toBe(409);

      const empty = await video.createSession();
      expect(await failure(video.startArchive(empty.sessionId))).toBe(400);

      const { sessionId } = await sessionWithClient();
      const a = await video.startArchive(sessionId);
      expect(await failure(video.startArchive(sessionId))).toBe(409);
      expect(await failure(video.deleteArchive(a.id))).toBe(409);
      expect(await failure(video.getArchive('00000000-0000-4000-8000-000000000000'))).toBe(404);
    });

    it('should change the layout and select the streams of a manual archive', async () => {
      const { sessionId, connectionId } = await sessionWithClient();
      const streamId = await publish(connectionId);
      const a = await video.startArchive(sessionId, { streamMode: 'manual' as never });
      await video.updateArchiveLayout(a.id, { type: 'bestFit' as never, screenshareType: 'pip' as never });
      await video.addArchiveStream(a.id, streamId, true, false);
      expect((await video.getArchive(a.id)).streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
      await video.removeArchiveStream(a.id, streamId);
      expect((await video.getArchive(a.id)).streams).toEqual([]);
    });
  });

  describe('SIP, moderation, signals, streams', () => {
    it('should dial SIP with a client token, show the SIP leg, and hang it up', async () => {
      const { sessionId } = await sessionWithClient();
      const call = await video.initiateSIPCall(sessionId, {
        token: video.generateClientToken(sessionId, { data: 'sip=true' }),
        sip: { uri: 'sip:alice@example.com', secure: true, headers: { 'X-Room': '1' } },
      } as never);
      expect(call.id).toMatch(/^[0-9a-f-]{36}$/);
      const state = sessionState(sessionId);
      expect(state.connections.find((c) => c.connectionId === call.connectionId)).toMatchObject({ kind: 'sip', data: 'sip=true' });
      expect(state.sipCalls).toEqual([expect.objectContaining({ id: call.id, uri: 'sip:alice@example.com', secure: true })]);

      await video.disconnectClient(sessionId, call.connectionId);
      expect(sessionState(sessionId).connections.map((c) => c.connectionId)).not.toContain(call.connectionId);
      expect(await failure(video.disconnectClient(sessionId, call.connectionId))).toBe(404);
    });

    it('should deliver signals to the session and to one connection', async () => {
      const { sessionId, connectionId } = await sessionWithClient();
      await video.sendSignal({ type: 'chat', data: 'hello everyone' }, sessionId);
      await video.sendSignal({ type: 'dm', data: 'hello you' }, sessionId, connectionId);
      expect(sessionState(sessionId).signals).toEqual([
        expect.objectContaining({ to: null, type: 'chat', data: 'hello everyone' }),
        expect.objectContaining({ to: connectionId, type: 'dm', data: 'hello you' }),
      ]);
      expect(await failure(video.sendSignal({ type: 'x', data: 'x' }, sessionId, 'nobody'))).toBe(404);
    });

    it('should list and get streams, set their layout classes, mute them, and play DTMF', async () => {
      const { sessionId, connectionId } = await sessionWithClient();
      const cam = await publish(connectionId, { name: 'cam' });
      const screen = await publish(connectionId, { videoType: 'screen', name: 'slides' });
      const list = (await video.getStreamInfo(sessionId)) as { count: number; items: Array<{ id: string; videoType: string }> };
      expect(list.items.map((s) => [s.id, s.videoType])).toEqual([
        [cam, 'camera'],
        [screen, 'screen'],
      ]);
      expect(await video.getStreamInfo(sessionId, screen)).toMatchObject({ id: screen, videoType: 'screen', name: 'slides' });

      await video.setStreamClassLists(sessionId, [{ id: cam, layoutClassList: ['full'] }]);
      expect(sessionState(sessionId).streams.find((s) => s.streamId === cam)?.layoutClassList).toEqual(['full']);

      await video.forceMuteAll(sessionId, [screen]);
      let muted = Object.fromEntries(sessionState(sessionId).streams.map((s) => [s.streamId, s.audioMuted]));
      expect(muted).toEqual({ [cam]: true, [screen]: false });
      await video.muteStream(sessionId, screen);
      muted = Object.fromEntries(sessionState(sessionId).streams.map((s) => [s.streamId, s.audioMuted]));
      expect(muted).toEqual({ [cam]: true, [screen]: true });
      await video.disableForceMute(sessionId);

      await video.playDTMF(sessionId, '1234#');
      await video.playDTMF(sessionId, '5', connectionId);
      expect(await failure(video.playDTMF(sessionId, '5', 'nobody'))).toBe(404);
    });
  });
  describe('broadcasts, renders, the Audio Connector and captions', () => {
    it('should start an HLS and RTMP broadcast, get it, find it by session, and stop it', async () => {
      const { sessionId, connectionId } = await sessionWithClient();
      await publish(connectionId);
      const started = (await video.startBroadcast(sessionId, {
        outputs: { hls: { dvr: true }, rtmp: [{ id: 'yt', serverUrl: 'rtmp://live.example.com/app', streamName: 'key1' }] },
        maxDuration: 600,
        resolution: '1280x720' as never,
      })) as unknown as { id: string; sessionId: string; status: string; broadcastUrls: { hls?: string; rtmp?: Array<{ id: string }> } };
      expect(started).toMatchObject({ sessionId, status: 'started' });
      expect(started.broadcastUrls.hls).toMatch(/\.m3u8$/);
      // The Vonage face serves its own playlists.
      const playlist = await fetch(started.broadcastUrls.hls!);
      expect(playlist.status).toBe(200);
      expect(await playlist.text()).toMatch(/^#EXTM3U\n/);
      expect(started.broadcastUrls.rtmp?.map((r) => r.id)).toEqual(['yt']);

      expect(await video.getBroadcast(started.id)).toMatchObject({ id: started.id, status: 'started', maxDuration: 600 });
      const found = (await video.searchBroadcasts({ sessionId })) as { count: number; items: Array<{ id: string }> };
      expect(found.items.map((b) => b.id)).toEqual([started.id]);
      expect(await video.stopBroadcast(started.id)).toMatchObject({ id: started.id, status: 'stopped' });
      expect(await failure(video.getBroadcast(randomUUID()))).toBe(404);
    });

    it('should start an Experience Composer render with a client token, get it, list it, and stop it', async () => {
      const { sessionId } = await sessionWithClient();
      const render = (await video.startExperienceComposerRender(sessionId, video.generateClientToken(sessionId), {
        url: 'https://example.com/board',
        maxDuration: 900,
        resolution: '1280x720' as never,
        properties: { name: 'Board' },
      })) as { id: string; sessionId: string; status: string; streamId?: string };
      expect(render).toMatchObject({ sessionId, status: 'starting' });
      expect(sessionState(sessionId).connections.map((c) => c.kind)).toContain('render');

      expect(await video.getExperienceComposerRender(render.id)).toMatchObject({ id: render.id, sessionId });
      const listed = (await video.listExperienceComposerRenders({ offset: 0, count: 100 })) as { items: Array<{ id: string }> };
      expect(listed.items.map((r) => r.id)).toContain(render.id);
      await video.stopExperienceComposerRender(render.id);
      expect(await video.getExperienceComposerRender(render.id)).toMatchObject({ id: render.id, status: 'stopped' });
    });

    it('should connect a routed session to a WebSocket through the Audio Connector', async () => {
      const { sessionId, connectionId } = await sessionWithClient();
      const streamId = await publish(connectionId);
      const connected = (await video.connectToWebsocket(sessionId, video.generateClientToken(sessionId), {
        uri: 'wss://example.com/audio',
        streams: [streamId],
        headers: { 'x-room': 'blue' },
        audioRate: 16000 as never,
      })) as { id: string; connectionId: string };
      expect(connected.id).toBeTruthy();
      const socket = sessionState(sessionId).connections.find((c) => c.connectionId === connected.connectionId);
      expect(socket?.kind).toBe('websocket');
    });

    it('should start live captions once per session and stop them', async () => {
      const { sessionId } = await sessionWithClient();
      const token = video.generateClientToken(sessionId, { role: 'moderator' });
      const { captionsId } = (await video.enableCaptions(sessionId, token, { languageCode: 'en-US' })) as { captionsId: string };
      expect(captionsId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await failure(video.enableCaptions(sessionId, token))).toBe(409);
      await video.disableCaptions(captionsId);
      expect(await failure(video.disableCaptions(captionsId))).toBe(404);
    });
  });
});
