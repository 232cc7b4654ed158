/**
 * Conformance: the official `opentok` SDK, unchanged, against the emulator. Every case asserts
 * real outcomes (ids, statuses, counts, state), not merely the absence of an error.
 */
import OpenTok from 'opentok';
import type { Archive } from 'opentok';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { control, startEmulator } from '../emulator/helpers.js';
import { until } from '../helpers/until.js';

/** Calls a node-style SDK method and resolves with its result (the first value after the error). */
function sdk<T>(invoke: (callback: (error: unknown, result?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    invoke((error, result) => (error ? reject(error as Error) : resolve(result as T)));
  });
}

/** Calls an SDK method expected to fail and resolves with the error's message. */
async function sdkError(invoke: (callback: (error: unknown) => void) => void): Promise<string> {
  const error = await new Promise<unknown>((resolve) => invoke((e) => resolve(e)));
  expect(error).toBeTruthy();
  return String((error as { message?: unknown }).message ?? error);
}

interface StateSession {
  sessionId: string;
  connections: Array<{ connectionId: string; role: string; data: string | null; tokenType: string; kind: string }>;
  streams: Array<{ streamId: string; audioMuted: boolean }>;
  signals: Array<{ to: string | null; type: string | null; data: string }>;
}

describe('opentok SDK 2.23 against the emulator', () => {
  let emu: Emulator;
  let ot: OpenTok;

  beforeAll(async () => {
    emu = await startEmulator({ archiveReadyDelayMs: 50 });
    ot = new OpenTok(emu.opentok.apiKey, emu.opentok.apiSecret, { apiUrl: emu.url });
  });
  afterAll(() => emu.close());

  function sessionState(sessionId: string): StateSession {
    const found = (emu.state() as { sessions: StateSession[] }).sessions.find((s) => s.sessionId === sessionId);
    if (!found) throw new Error(`session ${sessionId} missing from state`);
    return found;
  }

  async function connect(token: string): Promise<string> {
    const res = await control(emu, 'POST', '/emulator/clients', { token });
    expect(res.status).toBe(201);
    return res.json.connectionId as string;
  }

  async function routedSessionWithClient(): Promise<{ sessionId: string; connectionId: string }> {
    const { sessionId } = await sdk<{ sessionId: string }>((cb) => ot.createSession({ mediaMode: 'routed' }, cb));
    const connectionId = await connect(ot.generateToken(sessionId));
    return { sessionId, connectionId };
  }

  describe('sessions and tokens', () => {
    it('should create a relayed session and connect a client with the default JWT token', async () => {
      const session = await sdk<{ sessionId: string }>((cb) => ot.createSession({}, cb));
      expect(session.sessionId).toMatch(/^1_/);
      expect(sessionState(session.sessionId)).toMatchObject({ sessionId: session.sessionId });
      expect(
        (emu.state() as { sessions: Array<{ sessionId: string; mediaMode: string }> }).sessions.find(
          (s) => s.sessionId === session.sessionId,
        )?.mediaMode,
      ).toBe('relayed');

      // generateToken decodes the id and checks the key: it throws if the format is wrong.
      const token = ot.generateToken(session.sessionId, { role: 'moderator', data: 'user=ada' });
      expect(token.split('.')).toHaveLength(3);
      const connectionId = await connect(token);
      expect(sessionState(session.sessionId).connections).toEqual([
        expect.objectContaining({ connectionId, role: 'moderator', data: 'user=ada', tokenType: 'jwt', kind: 'client' }),
      ]);
    });

    it('should connect a client with a legacy T1 token (third argument)', async () => {
      const { sessionId } = await sdk<{ sessionId: string }>((cb) => ot.createSession({ mediaMode: 'routed', location: '10.0.0.1' }, cb));
      const token = ot.generateToken(
        sessionId,
        { role: 'subscriber', data: 'name=Grace Hopper: admiral', initialLayoutClassList: ['focus'] },
        true,
      );
      expect(token.startsWith('T1==')).toBe(true);
      const connectionId = await connect(token);
      expect(sessionState(sessionId).connections).toEqual([
        expect.objectContaining({ connectionId, role: 'subscriber', data: 'name=Grace Hopper: admiral', tokenType: 't1' }),
      ]);
      // A subscriber cannot publish.
      expect((await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, {})).status).toBe(403);
    });

    it('should refuse a token minted with another secret', async () => {
      const { sessionId } = await sdk<{ sessionId: string }>((cb) => ot.createSession({}, cb));
      const forger = new OpenTok(emu.opentok.apiKey, 'f'.repeat(40), { apiUrl: emu.url });
      const res = await control(emu, 'POST', '/emulator/clients', { token: forger.generateToken(sessionId) });
      expect(res.status).toBe(401);
      const t1 = await control(emu, 'POST', '/emulator/clients', { token: forger.generateToken(sessionId, {}, true) });
      expect(t1.status).toBe(401);
    });

    it('should report bad REST credentials as an auth error', async () => {
      const wrong = new OpenTok(emu.opentok.apiKey, 'e'.repeat(40), { apiUrl: emu.url });
      const message = await sdkError((cb) => wrong.createSession({}, cb));
      expect(message).toMatch(/Failed to createSession.*Invalid API key or secret/);
    });

    it('should auto-archive an always-mode session under its archiveName once a client connects', async () => {
      const { sessionId } = await sdk<{ sessionId: string }>((cb) =>
        ot.createSession({ mediaMode: 'routed', archiveMode: 'always', archiveName: 'standup' }, cb),
      );
      const before = await new Promise<number | undefined>((resolve, reject) =>
        ot.listArchives({ sessionId }, (e, _a, total) => (e ? reject(e as unknown as Error) : resolve(total))),
      );
      expect(before).toBe(0);
      await connect(ot.generateToken(sessionId));
      const archives = await sdk<Archive[]>((cb) => ot.listArchives({ sessionId }, cb));
      expect(archives).toHaveLength(1);
      expect(archives[0]).toMatchObject({ name: 'standup', status: 'started', sessionId });
    });
  });

  describe('archives', () => {
    it('should start, get, stop, become available and delete', async () => {
      const { sessionId, connectionId } = await routedSessionWithClient();
      await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, { hasAudio: true, hasVideo: true });

      const started = await sdk<Archive>((cb) =>
        ot.startArchive(sessionId, { name: 'Important Presentation', resolution: '1280x720' }, cb),
      );
      expect(started).toMatchObject({
        status: 'started',
        name: 'Important Presentation',
        sessionId,
        resolution: '1280x720',
        outputMode: 'composed',
      });
      expect(typeof started.stop).toBe('function');

      const got = await sdk<Archive>((cb) => ot.getArchive(started.id, cb));
      expect(got).toMatchObject({ id: started.id, status: 'started' });

      const stopped = await sdk<Archive>((cb) => ot.stopArchive(started.id, cb));
      expect(stopped).toMatchObject({ id: started.id, status: 'stopped', reason: 'user initiated' });
      expect(await sdkError((cb) => ot.stopArchive(started.id, cb))).toBe(
        'Conflict. You are trying to stop an archive that is not recording.',
      );

      const available = await until('the archive to be available', async () => {
        const a = await sdk<Archive>((cb) => ot.getArchive(started.id, cb));
        return a.status === 'available' ? a : undefined;
      });
      expect(available.url).toBe(`${emu.url}/emulator/archives/${started.id}.mp4`);
      expect(available.size).toBeGreaterThan(0);
      const download = await fetch(available.url ?? '');
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('video/mp4');

      await sdk<void>((cb) => ot.deleteArchive(started.id, (e) => cb(e)));
      expect((await sdk<Archive>((cb) => ot.getArchive(started.id, cb))).status).toBe('deleted');
    });

    it('should refuse to delete a recording archive', async () => {
      const { sessionId } = await routedSessionWithClient();
      const started = await sdk<Archive>((cb) => ot.startArchive(sessionId, {}, cb));
      const message = await sdkError((cb) => ot.deleteArchive(started.id, cb));
      expect(message).toMatch(/Unexpected response from OpenTok.*cannot be deleted/);
      expect((await sdk<Archive>((cb) => ot.getArchive(started.id, cb))).status).toBe('started');
    });

    it('should list with a session filter, offset and count, reporting the total', async () => {
      const { sessionId } = await routedSessionWithClient();
      const ids: string[] = [];
      for (const name of ['one', 'two', 'three']) {
        const a = await sdk<Archive>((cb) => ot.startArchive(sessionId, { name }, cb));
        await sdk<Archive>((cb) => ot.stopArchive(a.id, cb));
        ids.push(a.id);
      }
      const { archives, total } = await new Promise<{ archives: Archive[]; total: number }>((resolve, reject) =>
        ot.listArchives({ sessionId, offset: 1, count: 2 }, (e, archives, total) =>
          e ? reject(e as unknown as Error) : resolve({ archives: archives ?? [], total: total ?? -1 }),
        ),
      );
      expect(total).toBe(3);
      expect(archives.map((a) => a.name)).toEqual(['two', 'one']);
      expect(archives.map((a) => a.id)).toEqual([ids[1], ids[0]]);
      const all = await sdk<Archive[]>((cb) => ot.listArchives({}, cb));
      expect(all.length).toBeGreaterThanOrEqual(3);
    });

    it('should map archive errors the way the SDK expects', async () => {
      const relayed = await sdk<{ sessionId: string }>((cb) => ot.createSession({ mediaMode: 'relayed' }, cb));
      await connect(ot.generateToken(relayed.sessionId));
      expect(await sdkError((cb) => ot.startArchive(relayed.sessionId, {}, cb))).toMatch(
        /Only routed sessions are allowed to initiate archives/,
      );

      const empty = await sdk<{ sessionId: string }>((cb) => ot.createSession({ mediaMode: 'routed' }, cb));
      expect(await sdkError((cb) => ot.startArchive(empty.sessionId, {}, cb))).toMatch(/no clients/i);

      const { sessionId } = await routedSessionWithClient();
      await sdk<Archive>((cb) => ot.startArchive(sessionId, {}, cb));
      expect(await sdkError((cb) => ot.startArchive(sessionId, {}, cb))).toMatch(/already being archived/);

      expect(await sdkError((cb) => ot.getArchive('00000000-0000-4000-8000-000000000000', cb))).toBe('Archive not found');
      expect(await sdkError((cb) => ot.stopArchive('00000000-0000-4000-8000-000000000000', cb))).toBe('Archive not found');
    });

    it('should change the layout and select streams of a manual archive', async () => {
      const { sessionId, connectionId } = await routedSessionWithClient();
      const { json } = await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, {});
      const a = await sdk<Archive>((cb) => ot.startArchive(sessionId, { streamMode: 'manual' }, cb));
      expect(a.streams).toEqual([]);
      await sdk<void>((cb) => ot.setArchiveLayout(a.id, 'bestFit', null, 'pip', (e) => cb(e)));
      await sdk<void>((cb) => ot.addArchiveStream(a.id, json.streamId as string, { hasVideo: false }, (e) => cb(e)));
      const got = await sdk<Archive>((cb) => ot.getArchive(a.id, cb));
      expect(got.streams).toEqual([{ streamId: json.streamId, hasAudio: true, hasVideo: false }]);
    });
  });

  describe('SIP, moderation, signals, streams', () => {
    it('should dial, show the SIP stream, and hang up with forceDisconnect', async () => {
      const { sessionId } = await routedSessionWithClient();
      const call = await sdk<{ id: string; connectionId: string; streamId: string }>((cb) =>
        ot.dial(
          sessionId,
          ot.generateToken(sessionId, { data: 'sip' }),
          'sip:alice@example.com',
          { secure: true, from: '15551234567@example.com', headers: { 'X-Room': '1' } },
          cb,
        ),
      );
      expect(call.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(sessionState(sessionId).connections.find((c) => c.connectionId === call.connectionId)).toMatchObject({
        kind: 'sip',
        data: 'sip',
      });

      const streams = await sdk<Array<{ id: string }>>((cb) => ot.listStreams(sessionId, cb));
      expect(streams.map((s) => s.id)).toEqual([call.streamId]);

      await sdk<void>((cb) => ot.forceDisconnect(sessionId, call.connectionId, (e) => cb(e)));
      expect(await sdk<unknown[]>((cb) => ot.listStreams(sessionId, cb))).toEqual([]);
      expect(await sdkError((cb) => ot.forceDisconnect(sessionId, call.connectionId, cb))).toBe('Session or Connection not found');
    });

    it('should refuse to dial into a relayed session', async () => {
      const { sessionId } = await sdk<{ sessionId: string }>((cb) => ot.createSession({}, cb));
      expect(await sdkError((cb) => ot.dial(sessionId, ot.generateToken(sessionId), 'sip:a@b.c', {}, cb))).toMatch(
        /Failed to dial endpoint/,
      );
    });

    it('should deliver signals to the session and to one connection', async () => {
      const { sessionId, connectionId } = await routedSessionWithClient();
      await sdk<void>((cb) => ot.signal(sessionId, null, { type: 'chat', data: 'hello everyone' }, (e) => cb(e)));
      await sdk<void>((cb) => ot.signal(sessionId, connectionId, { type: 'dm', data: 'hello you' }, (e) => cb(e)));
      expect(sessionState(sessionId).signals).toEqual([
        expect.objectContaining({ to: null, type: 'chat', data: 'hello everyone' }),
        expect.objectContaining({ to: connectionId, type: 'dm', data: 'hello you' }),
      ]);
      expect(await sdkError((cb) => ot.signal(sessionId, 'nobody', { data: 'x' }, cb))).toBe('Session or Connection not found');
    });

    it('should list streams with their properties, and mute all but the excluded ones', async () => {
      const { sessionId, connectionId } = await routedSessionWithClient();
      const cam = (await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, { name: 'cam' })).json.streamId as string;
      const screen = (await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, { videoType: 'screen', name: 'slides' })).json
        .streamId as string;
      const streams = await sdk<Array<{ id: string; videoType: string; name: string; layoutClassList: string[] }>>((cb) =>
        ot.listStreams(sessionId, cb),
      );
      expect(streams.map((s) => ({ ...s }))).toEqual([
        { id: cam, videoType: 'camera', name: 'cam', layoutClassList: [] },
        { id: screen, videoType: 'screen', name: 'slides', layoutClassList: [] },
      ]);
      await sdk<void>((cb) => ot.forceMuteAll(sessionId, { excludedStreamIds: [screen] }, (e) => cb(e)));
      const muted = Object.fromEntries(sessionState(sessionId).streams.map((s) => [s.streamId, s.audioMuted]));
      expect(muted).toEqual({ [cam]: true, [screen]: false });
    });

    it('should reproduce the SDK getStream bug with the application/json the real API sends (notes 7.3)', async () => {
      const { sessionId, connectionId } = await routedSessionWithClient();
      const streamId = (await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, {})).json.streamId as string;
      expect(await sdkError((cb) => ot.getStream(sessionId, streamId, cb))).toMatch(/not valid JSON/);
    });
  });
});
