/**
 * The OpenTok face's session operations over raw HTTP, as the SDKs' recordings show them: empty
 * 200s for mute and DTMF, renders (202, lifecycle on the emulator's clock), the Audio Connector
 * and live captions, with their validation and error statuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/emulator/index.js';
import type { Emulator } from '../../src/emulator/index.js';
import { clientJwt, connectClient, createSession, publish, rest, startEmulator } from './helpers.js';

interface StateSession {
  sessionId: string;
  connections: Array<{ connectionId: string; kind: string }>;
  streams: Array<{ streamId: string; audioMuted: boolean; videoType: string; name: string }>;
  forceMute: { active: boolean; excludedStreamIds: string[] };
}

describe('OpenTok face: session operations', () => {
  let emu: Emulator;
  let clock: ManualClock;
  let p: string;

  beforeAll(async () => {
    clock = new ManualClock();
    emu = await startEmulator({ clock });
    p = `/v2/project/${emu.opentok.apiKey}`;
  });
  afterAll(() => emu.close());

  const sessionState = (sessionId: string): StateSession => {
    const found = (emu.state() as { sessions: StateSession[] }).sessions.find((s) => s.sessionId === sessionId);
    if (!found) throw new Error('session missing from state');
    return found;
  };
  const token = (sessionId: string, claims: Record<string, unknown> = {}) => clientJwt(emu.opentok, sessionId, claims);

  describe('as recorded', () => {
    it('should answer the mute calls with an empty 200 typed application/json', async () => {
      const sessionId = await createSession(emu);
      const s = await publish(emu, await connectClient(emu, sessionId));
      for (const res of [
        await rest(emu, 'POST', `${p}/session/${sessionId}/stream/${s}/mute`),
        await rest(emu, 'POST', `${p}/session/${sessionId}/mute`, { body: { active: true } }),
        await rest(emu, 'POST', `${p}/session/${sessionId}/mute`, { body: { active: false } }),
      ]) {
        expect(res.status).toBe(200);
        expect(res.text).toBe('');
        expect(res.headers.get('content-type')).toBe('application/json');
      }
    });

    it('should take the Ruby SDK\'s string booleans and "excludedStreams" on mute-all', async () => {
      const sessionId = await createSession(emu);
      const c = await connectClient(emu, sessionId);
      const [a, b] = [await publish(emu, c), await publish(emu, c)];
      expect((await rest(emu, 'POST', `${p}/session/${sessionId}/mute`, { body: { excludedStreams: [b], active: 'true' } })).status).toBe(
        200,
      );
      expect(sessionState(sessionId).streams.map((s) => [s.streamId, s.audioMuted])).toEqual([
        [a, true],
        [b, false],
      ]);
      expect((await rest(emu, 'POST', `${p}/session/${sessionId}/mute`, { body: { active: 'false' } })).status).toBe(200);
      expect(sessionState(sessionId).forceMute).toEqual({ active: false, excludedStreamIds: [] });
      expect((await rest(emu, 'POST', `${p}/session/${sessionId}/mute`, { body: { active: 'yes' } })).status).toBe(400);
    });

    it('should answer DTMF with an empty 200 typed application/xml, and 404 for an unknown connection', async () => {
      const sessionId = await createSession(emu);
      const res = await rest(emu, 'POST', `${p}/session/${sessionId}/play-dtmf`, { body: { digits: '0123456789*#p' } });
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
      expect(res.headers.get('content-type')).toBe('application/xml');
      expect((await rest(emu, 'POST', `${p}/session/${sessionId}/connection/nobody/play-dtmf`, { body: { digits: '1' } })).status).toBe(
        404,
      );
    });
  });

  describe('renders', () => {
    it('should answer 202 with a starting render that joins and publishes, then read it as started', async () => {
      const sessionId = await createSession(emu);
      const start = await rest(emu, 'POST', `${p}/render`, {
        body: { sessionId, token: await token(sessionId), url: 'https://example.com/board', properties: { name: 'Board' } },
      });
      expect(start.status).toBe(202);
      expect(start.headers.get('content-type')).toBe('application/json');
      expect(start.json).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        sessionId,
        projectId: emu.opentok.apiKey,
        createdAt: clock.now(),
        updatedAt: clock.now(),
        url: 'https://example.com/board',
        resolution: '1280x720',
        status: 'starting',
        streamId: expect.any(String),
        properties: { name: 'Board' },
      });
      const state = sessionState(sessionId);
      expect(state.connections.map((c) => c.kind)).toEqual(['render']);
      expect(state.streams).toEqual([expect.objectContaining({ streamId: start.json.streamId, videoType: 'custom', name: 'Board' })]);
      const read = await rest(emu, 'GET', `${p}/render/${start.json.id}`);
      expect(read.json).toMatchObject({ status: 'started' });
      expect(read.json).not.toHaveProperty('reason');
    });

    it('should stop at maxDuration on the emulator clock, and when asked (204), leaving the session', async () => {
      const sessionId = await createSession(emu);
      const timed = (
        await rest(emu, 'POST', `${p}/render`, {
          body: { sessionId, token: await token(sessionId), url: 'https://example.com/a', maxDuration: 60 },
        })
      ).json;
      const asked = (
        await rest(emu, 'POST', `${p}/render`, { body: { sessionId, token: await token(sessionId), url: 'https://example.com/b' } })
      ).json;
      clock.advance(60_000);
      expect((await rest(emu, 'GET', `${p}/render/${timed.id}`)).json).toMatchObject({
        status: 'stopped',
        reason: 'Max duration exceeded',
      });
      expect(sessionState(sessionId).streams.map((s) => s.streamId)).toEqual([asked.streamId]);

      const stop = await rest(emu, 'DELETE', `${p}/render/${asked.id}`);
      expect(stop.status).toBe(204);
      expect(stop.text).toBe('');
      expect((await rest(emu, 'GET', `${p}/render/${asked.id}`)).json).toMatchObject({ status: 'stopped', reason: 'Stop Requested' });
      expect(sessionState(sessionId).connections).toEqual([]);
      expect((await rest(emu, 'DELETE', `${p}/render/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    });

    it('should list newest first with offset and count, the count being the total', async () => {
      const sessionId = await createSession(emu);
      const ids: string[] = [];
      for (const page of ['x', 'y']) {
        ids.push(
          (
            await rest(emu, 'POST', `${p}/render`, {
              body: { sessionId, token: await token(sessionId), url: `https://example.com/${page}` },
            })
          ).json.id,
        );
      }
      const all = await rest(emu, 'GET', `${p}/render?offset=0&count=1000`);
      expect(all.json.count).toBe(all.json.items.length);
      expect(all.json.items.slice(0, 2).map((r: { id: string }) => r.id)).toEqual([ids[1], ids[0]]);
      const second = await rest(emu, 'GET', `${p}/render?offset=1&count=1`);
      expect(second.json.items.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
      expect((await rest(emu, 'GET', `${p}/render?count=1001`)).status).toBe(400);
    });

    it('should refuse a bad url, resolution, duration or token (400) and an unknown session (404)', async () => {
      const sessionId = await createSession(emu);
      const other = await createSession(emu);
      const good = { sessionId, token: await token(sessionId), url: 'https://example.com/' };
      for (const bad of [
        { ...good, url: 'ftp://example.com/' },
        { ...good, resolution: '800x600' },
        { ...good, maxDuration: 59 },
        { ...good, token: await token(other) },
        { ...good, token: 'not-a-token' },
      ]) {
        expect((await rest(emu, 'POST', `${p}/render`, { body: bad })).status).toBe(400);
      }
      const unknown = await startEmulator({ opentok: emu.opentok });
      const foreign = await createSession(unknown);
      await unknown.close();
      expect((await rest(emu, 'POST', `${p}/render`, { body: { ...good, sessionId: foreign, token: await token(foreign) } })).status).toBe(
        404,
      );
    });
  });

  describe('Audio Connector', () => {
    it('should connect a routed session (200 {id, connectionId}) and refuse relayed (409) and bad input (400)', async () => {
      const sessionId = await createSession(emu);
      const res = await rest(emu, 'POST', `${p}/connect`, {
        body: {
          sessionId,
          token: await token(sessionId),
          websocket: { uri: 'wss://example.com/a', audioRate: 16000, bidirectional: true },
        },
      });
      expect(res.status).toBe(200);
      expect(Object.keys(res.json).sort()).toEqual(['connectionId', 'id']);
      expect(sessionState(sessionId).connections).toEqual([
        expect.objectContaining({ connectionId: res.json.connectionId, kind: 'websocket' }),
      ]);
      expect((await rest(emu, 'DELETE', `${p}/session/${sessionId}/connection/${res.json.connectionId}`)).status).toBe(204);

      const relayed = await createSession(emu, { 'p2p.preference': 'enabled' });
      const refused = await rest(emu, 'POST', `${p}/connect`, {
        body: { sessionId: relayed, token: await token(relayed), websocket: { uri: 'wss://example.com/a' } },
      });
      expect(refused.status).toBe(409);
      expect(refused.json.message).toBe('Only routed sessions are allowed to initiate Connect Calls.');
      for (const websocket of [{ uri: 'https://example.com/a' }, { uri: 'wss://example.com/a', audioRate: 44100 }, {}]) {
        expect((await rest(emu, 'POST', `${p}/connect`, { body: { sessionId, token: await token(sessionId), websocket } })).status).toBe(
          400,
        );
      }
    });
  });

  describe('live captions', () => {
    it('should answer 202 {captionsId}, 409 while running, an empty 202 on stop, then 404', async () => {
      const sessionId = await createSession(emu);
      const body = { sessionId, token: await token(sessionId, { role: 'moderator' }), partialCaptions: 'false' };
      const start = await rest(emu, 'POST', `${p}/captions`, { body });
      expect(start.status).toBe(202);
      expect(start.json).toEqual({ captionsId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect((await rest(emu, 'POST', `${p}/captions`, { body })).status).toBe(409);
      const stop = await rest(emu, 'POST', `${p}/captions/${start.json.captionsId}/stop`);
      expect(stop.status).toBe(202);
      expect(stop.text).toBe('');
      expect((await rest(emu, 'POST', `${p}/captions/${start.json.captionsId}/stop`)).status).toBe(404);
    });

    it('should end captions at maxDuration on the emulator clock, so a new run may start', async () => {
      const sessionId = await createSession(emu);
      const body = { sessionId, token: await token(sessionId), maxDuration: 300 };
      const first = (await rest(emu, 'POST', `${p}/captions`, { body })).json.captionsId as string;
      clock.advance(300_000);
      expect((await rest(emu, 'POST', `${p}/captions/${first}/stop`)).status).toBe(404);
      expect((await rest(emu, 'POST', `${p}/captions`, { body })).status).toBe(202);
      expect((await rest(emu, 'POST', `${p}/captions`, { body: { ...body, maxDuration: 14_401 } })).status).toBe(400);
    });
  });
});
