import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientJwt, connectClient, control, createSession, publish, rest, startEmulator } from './helpers.js';

interface StateSession {
  sessionId: string;
  connections: Array<{ connectionId: string; kind: string }>;
  streams: Array<{ streamId: string; audioMuted: boolean; layoutClassList: string[] }>;
  signals: Array<{ to: string | null; type: string | null; data: string }>;
  sipCalls: Array<{ id: string; uri: string }>;
  forceMute: { active: boolean; excludedStreamIds: string[] };
}

describe('SIP, moderation, signals and streams', () => {
  let emu: Emulator;
  let p: string;
  beforeAll(async () => {
    emu = await startEmulator();
    p = `/v2/project/${emu.opentok.apiKey}`;
  });
  afterAll(() => emu.close());

  function sessionState(sessionId: string): StateSession {
    const found = (emu.state() as { sessions: StateSession[] }).sessions.find((s) => s.sessionId === sessionId);
    if (!found) throw new Error('session missing');
    return found;
  }

  describe('POST /dial', () => {
    it('should put a connection and a stream into the session at once, and hang up on force disconnect', async () => {
      const sessionId = await createSession(emu);
      const token = await clientJwt(emu.opentok, sessionId, { connection_data: 'sip-leg' });
      const res = await rest(emu, 'POST', `${p}/dial`, {
        body: {
          sessionId,
          token,
          sip: { uri: 'sip:alice@example.com;transport=tls', from: '15551234@example.com', secure: true, headers: { 'X-Foo': 'bar' } },
        },
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ sessionId });
      expect(res.json.id).toMatch(/^[0-9a-f-]{36}$/);
      const state = sessionState(sessionId);
      expect(state.connections).toMatchObject([{ connectionId: res.json.connectionId, kind: 'sip' }]);
      expect(state.streams.map((s) => s.streamId)).toEqual([res.json.streamId]);
      expect(state.sipCalls.map((c) => c.id)).toEqual([res.json.id]);

      const streams = await rest(emu, 'GET', `${p}/session/${sessionId}/stream`);
      expect(streams.json.count).toBe(1);

      const hangup = await rest(emu, 'DELETE', `${p}/session/${sessionId}/connection/${res.json.connectionId}`);
      expect(hangup.status).toBe(204);
      const after = sessionState(sessionId);
      expect(after.connections).toEqual([]);
      expect(after.streams).toEqual([]);
      expect(after.sipCalls).toEqual([]);
    });

    it('should accept Ruby-style string booleans', async () => {
      const sessionId = await createSession(emu);
      const token = await clientJwt(emu.opentok, sessionId);
      const res = await rest(emu, 'POST', `${p}/dial`, {
        body: { sessionId, token, sip: { uri: 'sip:a@b.c', secure: 'true', video: 'false' } },
      });
      expect(res.status).toBe(200);
    });

    it('should validate the body (400), the session (404) and the media mode (409)', async () => {
      const sessionId = await createSession(emu);
      const token = await clientJwt(emu.opentok, sessionId);
      expect((await rest(emu, 'POST', `${p}/dial`, { body: { sessionId, token } })).status).toBe(400);
      expect((await rest(emu, 'POST', `${p}/dial`, { body: { sessionId, token, sip: { uri: 'tel:+155512345' } } })).status).toBe(400);
      expect((await rest(emu, 'POST', `${p}/dial`, { body: { sessionId, sip: { uri: 'sip:a@b.c' } } })).status).toBe(400);
      expect((await rest(emu, 'POST', `${p}/dial`, { body: { sessionId, token: 'bogus', sip: { uri: 'sip:a@b.c' } } })).status).toBe(400);
      const otherSession = await createSession(emu);
      const wrongSessionToken = await clientJwt(emu.opentok, otherSession);
      expect(
        (await rest(emu, 'POST', `${p}/dial`, { body: { sessionId, token: wrongSessionToken, sip: { uri: 'sip:a@b.c' } } })).status,
      ).toBe(400);

      const other = await startEmulator({ opentok: emu.opentok });
      const foreign = await createSession(other);
      await other.close();
      const missing = await rest(emu, 'POST', `${p}/dial`, { body: { sessionId: foreign, token, sip: { uri: 'sip:a@b.c' } } });
      expect(missing.status).toBe(404);

      const relayed = await createSession(emu, { 'p2p.preference': 'enabled' });
      const relayedToken = await clientJwt(emu.opentok, relayed);
      const conflict = await rest(emu, 'POST', `${p}/dial`, {
        body: { sessionId: relayed, token: relayedToken, sip: { uri: 'sip:a@b.c' } },
      });
      expect(conflict.status).toBe(409);
    });
  });

  describe('force disconnect', () => {
    it('should remove the connection (204) and answer 404 for an unknown one', async () => {
      const sessionId = await createSession(emu);
      const connectionId = await connectClient(emu, sessionId);
      await publish(emu, connectionId);
      expect((await rest(emu, 'DELETE', `${p}/session/${sessionId}/connection/${connectionId}`)).status).toBe(204);
      expect(sessionState(sessionId).connections).toEqual([]);
      expect(sessionState(sessionId).streams).toEqual([]);
      expect((await rest(emu, 'DELETE', `${p}/session/${sessionId}/connection/${connectionId}`)).status).toBe(404);
      expect((await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, {})).status).toBe(404);
    });
  });

  describe('signals', () => {
    it('should record signals to all and to one connection', async () => {
      const sessionId = await createSession(emu);
      const connectionId = await connectClient(emu, sessionId);
      expect((await rest(emu, 'POST', `${p}/session/${sessionId}/signal`, { body: { type: 'chat', data: 'hi all' } })).status).toBe(204);
      const one = await rest(emu, 'POST', `${p}/session/${sessionId}/connection/${connectionId}/signal`, { body: { data: 'hi you' } });
      expect(one.status).toBe(204);
      expect(one.text).toBe('');
      expect(sessionState(sessionId).signals).toMatchObject([
        { to: null, type: 'chat', data: 'hi all' },
        { to: connectionId, type: null, data: 'hi you' },
      ]);
    });

    it('should answer 413 for a type over 128 bytes or data over 8 kB, and 404 for unknown targets', async () => {
      const sessionId = await createSession(emu);
      const s = `${p}/session/${sessionId}`;
      expect((await rest(emu, 'POST', `${s}/signal`, { body: { type: 't'.repeat(129), data: 'x' } })).status).toBe(413);
      expect((await rest(emu, 'POST', `${s}/signal`, { body: { type: 't'.repeat(128), data: 'x' } })).status).toBe(204);
      expect((await rest(emu, 'POST', `${s}/signal`, { body: { data: 'x'.repeat(8 * 1024 + 1) } })).status).toBe(413);
      expect((await rest(emu, 'POST', `${s}/connection/nobody/signal`, { body: { data: 'x' } })).status).toBe(404);
      expect((await rest(emu, 'POST', `${s}/signal`, { body: { type: 'no-data' } })).status).toBe(400);
    });
  });

  describe('streams', () => {
    it('should list and get streams as application/json', async () => {
      const sessionId = await createSession(emu);
      const c = await connectClient(emu, sessionId, { initial_layout_class_list: 'focus big' });
      const streamId = await publish(emu, c, { videoType: 'screen', name: 'slides' });
      const list = await rest(emu, 'GET', `${p}/session/${sessionId}/stream`);
      expect(list.status).toBe(200);
      expect(list.headers.get('content-type')).toBe('application/json');
      expect(list.json).toEqual({ count: 1, items: [{ id: streamId, videoType: 'screen', name: 'slides', layoutClassList: [] }] });
      const one = await rest(emu, 'GET', `${p}/session/${sessionId}/stream/${streamId}`);
      expect(one.headers.get('content-type')).toBe('application/json');
      expect(one.json).toEqual(list.json.items[0]);
      expect((await rest(emu, 'GET', `${p}/session/${sessionId}/stream/nope`)).status).toBe(404);
    });

    it('should set layout class lists', async () => {
      const sessionId = await createSession(emu);
      const streamId = await publish(emu, await connectClient(emu, sessionId));
      const put = await rest(emu, 'PUT', `${p}/session/${sessionId}/stream`, {
        body: { items: [{ id: streamId, layoutClassList: ['full'] }] },
      });
      expect(put.status).toBe(200);
      expect((await rest(emu, 'GET', `${p}/session/${sessionId}/stream/${streamId}`)).json.layoutClassList).toEqual(['full']);
    });

    it('should force-mute one stream, and all but the excluded ones under any spelling', async () => {
      for (const key of ['excludedStreamIds', 'excludedStreams', 'excudedStreamIds']) {
        const sessionId = await createSession(emu);
        const c = await connectClient(emu, sessionId);
        const [a, b, d] = [await publish(emu, c), await publish(emu, c), await publish(emu, c)];
        const res = await rest(emu, 'POST', `${p}/session/${sessionId}/mute`, { body: { active: true, [key]: [b] } });
        expect(res.status).toBe(200);
        const muted = Object.fromEntries(sessionState(sessionId).streams.map((s) => [s.streamId, s.audioMuted]));
        expect(muted).toEqual({ [a]: true, [b]: false, [d]: true });
        expect(sessionState(sessionId).forceMute).toEqual({ active: true, excludedStreamIds: [b] });
      }
      const sessionId = await createSession(emu);
      const c = await connectClient(emu, sessionId);
      const s1 = await publish(emu, c);
      expect((await rest(emu, 'POST', `${p}/session/${sessionId}/stream/${s1}/mute`)).status).toBe(200);
      expect(sessionState(sessionId).streams[0]?.audioMuted).toBe(true);
      expect((await rest(emu, 'POST', `${p}/session/${sessionId}/mute`, { body: { active: false } })).status).toBe(200);
      expect(sessionState(sessionId).forceMute.active).toBe(false);
      expect((await rest(emu, 'POST', `${p}/session/${sessionId}/mute`, { body: {} })).status).toBe(400);
      expect((await rest(emu, 'POST', `${p}/session/${sessionId}/stream/nope/mute`)).status).toBe(404);
    });

    it('should answer 404 for an unknown session and 400 for a malformed id', async () => {
      const other = await startEmulator({ opentok: emu.opentok });
      const foreign = await createSession(other);
      await other.close();
      expect((await rest(emu, 'GET', `${p}/session/${foreign}/stream`)).status).toBe(404);
      expect((await rest(emu, 'GET', `${p}/session/nope/stream`)).status).toBe(400);
    });
  });

  it('should validate DTMF digits', async () => {
    const sessionId = await createSession(emu);
    const c = await connectClient(emu, sessionId);
    expect((await rest(emu, 'POST', `${p}/session/${sessionId}/play-dtmf`, { body: { digits: '12p#*' } })).status).toBe(200);
    expect((await rest(emu, 'POST', `${p}/session/${sessionId}/connection/${c}/play-dtmf`, { body: { digits: '1' } })).status).toBe(200);
    expect((await rest(emu, 'POST', `${p}/session/${sessionId}/play-dtmf`, { body: { digits: '12x' } })).status).toBe(400);
  });
});
