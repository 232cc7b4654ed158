import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientJwt, connectClient, control, createSession, publish, rest, startEmulator, t1Token } from './helpers.js';

interface StateConnection {
  connectionId: string;
  role: string;
  data: string | null;
  clientData: string | null;
  tokenType: string;
}
interface StateSession {
  sessionId: string;
  connections: StateConnection[];
  streams: Array<{ streamId: string; connectionId: string; hasAudio: boolean; hasVideo: boolean; videoType: string }>;
}

describe('control API', () => {
  let emu: Emulator;
  let sessionId: string;
  const now = (): number => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    emu = await startEmulator();
    sessionId = await createSession(emu);
  });
  afterAll(() => emu.close());

  async function sessionState(id = sessionId): Promise<StateSession> {
    const res = await control(emu, 'GET', '/emulator/state');
    expect(res.status).toBe(200);
    const found = (res.json.sessions as StateSession[]).find((s) => s.sessionId === id);
    if (!found) throw new Error('session missing from state');
    return found;
  }

  describe('POST /emulator/clients', () => {
    it('should connect with a JWT client token and keep role and data', async () => {
      const token = await clientJwt(emu.opentok, sessionId, { role: 'moderator', connection_data: 'name=Ada' });
      const res = await control(emu, 'POST', '/emulator/clients', { token, data: 'client-side' });
      expect(res.status).toBe(201);
      expect(res.json.sessionId).toBe(sessionId);
      expect(res.json.connectionId).toMatch(/^[0-9a-f-]{36}$/);
      const conn = (await sessionState()).connections.find((c) => c.connectionId === res.json.connectionId);
      expect(conn).toMatchObject({ role: 'moderator', data: 'name=Ada', clientData: 'client-side', tokenType: 'jwt' });
    });

    it('should connect with a T1 token, verifying the raw data string', async () => {
      // Spaces as %20 (node querystring) and a ':' inside the data: split on the first ':' only.
      const data = `session_id=${sessionId}&create_time=${now()}&nonce=0.25&role=subscriber&expire_time=${now() + 3600}&connection_data=a%20b%3Ac:d`;
      const res = await control(emu, 'POST', '/emulator/clients', { token: t1Token(emu.opentok.apiKey, emu.opentok.apiSecret, data) });
      expect(res.status).toBe(201);
      const conn = (await sessionState()).connections.find((c) => c.connectionId === res.json.connectionId);
      expect(conn).toMatchObject({ role: 'subscriber', data: 'a b:c:d', tokenType: 't1' });
    });

    it('should accept a T1 token with Ruby-style + escaping and no expire_time', async () => {
      const data = `connection_data=two+words&nonce=0.5&role=publisher&session_id=${sessionId}&create_time=${now()}`;
      const res = await control(emu, 'POST', '/emulator/clients', { token: t1Token(emu.opentok.apiKey, emu.opentok.apiSecret, data) });
      expect(res.status).toBe(201);
      const conn = (await sessionState()).connections.find((c) => c.connectionId === res.json.connectionId);
      expect(conn?.data).toBe('two words');
    });

    it.each([
      ['a JWT signed with another secret', async (e: Emulator, s: string) => clientJwt({ ...e.opentok, apiSecret: 'x'.repeat(40) }, s)],
      ['a JWT for another project key', async (e: Emulator, s: string) => clientJwt({ ...e.opentok, apiKey: '11111111' }, s)],
      [
        'an expired JWT',
        async (e: Emulator, s: string) => clientJwt(e.opentok, s, { iat: now() - 7200, exp: now() - 3600, expire_time: now() - 3600 }),
      ],
      ['a JWT with the wrong scope', async (e: Emulator, s: string) => clientJwt(e.opentok, s, { scope: 'session.admin' })],
      ['a JWT with an unknown role', async (e: Emulator, s: string) => clientJwt(e.opentok, s, { role: 'king' })],
      [
        'an RS256-looking JWT',
        async (_e: Emulator, s: string) =>
          `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify({ session_id: s })).toString('base64url')}.sig`,
      ],
      [
        'a T1 token with a bad signature',
        async (e: Emulator, s: string) => t1Token(e.opentok.apiKey, e.opentok.apiSecret, `session_id=${s}&role=publisher`, '0'.repeat(40)),
      ],
      [
        'a T1 token signed with another secret',
        async (e: Emulator, s: string) => t1Token(e.opentok.apiKey, 'other', `session_id=${s}&role=publisher`),
      ],
      [
        'a T1 token for another partner',
        async (e: Emulator, s: string) => t1Token('11111111', e.opentok.apiSecret, `session_id=${s}&role=publisher`),
      ],
      [
        'an expired T1 token',
        async (e: Emulator, s: string) =>
          t1Token(e.opentok.apiKey, e.opentok.apiSecret, `session_id=${s}&role=publisher&expire_time=${now() - 3600}`),
      ],
      [
        'a T1 token whose data was altered after signing',
        async (e: Emulator, s: string) => {
          const signed = t1Token(e.opentok.apiKey, e.opentok.apiSecret, `session_id=${s}&role=subscriber`);
          const decoded = Buffer.from(signed.slice(4), 'base64').toString('utf8').replace('role=subscriber', 'role=moderator');
          return `T1==${Buffer.from(decoded).toString('base64')}`;
        },
      ],
      ['garbage', async () => 'hello'],
    ])('should refuse %s with 401', async (_name, mint) => {
      const res = await control(emu, 'POST', '/emulator/clients', { token: await mint(emu, sessionId) });
      expect(res.status).toBe(401);
      expect(res.json.message).toBe('Invalid client token');
      expect(res.json.description.length).toBeGreaterThan(0);
    });

    it('should answer 404 for a valid token naming an unknown session', async () => {
      const other = await startEmulator({ opentok: emu.opentok });
      const foreign = await createSession(other);
      await other.close();
      const res = await control(emu, 'POST', '/emulator/clients', { token: await clientJwt(emu.opentok, foreign) });
      expect(res.status).toBe(404);
    });

    it('should answer 400 without a token and for malformed JSON', async () => {
      expect((await control(emu, 'POST', '/emulator/clients', {})).status).toBe(400);
      const res = await fetch(`${emu.url}/emulator/clients`, {
        method: 'POST',
        body: '{nope',
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
    });

    it('should accept a JWT without ist or exp (Ruby without expire_time)', async () => {
      const token = await new SignJWT({
        iss: emu.opentok.apiKey,
        iat: now(),
        nonce: 1,
        role: 'publisher',
        scope: 'session.connect',
        session_id: sessionId,
      })
        .setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode(emu.opentok.apiSecret));
      expect((await control(emu, 'POST', '/emulator/clients', { token })).status).toBe(201);
    });
  });

  describe('streams and leaving', () => {
    it('should publish a stream with the given properties', async () => {
      const connectionId = await connectClient(emu, sessionId);
      const res = await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, {
        hasAudio: false,
        hasVideo: true,
        videoType: 'screen',
      });
      expect(res.status).toBe(201);
      const stream = (await sessionState()).streams.find((s) => s.streamId === res.json.streamId);
      expect(stream).toMatchObject({ connectionId, hasAudio: false, hasVideo: true, videoType: 'screen' });
    });

    it('should refuse publishing for a subscriber (403), an unknown client (404) or a bad videoType (400)', async () => {
      const sub = await connectClient(emu, sessionId, { role: 'subscriber' });
      expect((await control(emu, 'POST', `/emulator/clients/${sub}/streams`, {})).status).toBe(403);
      expect((await control(emu, 'POST', '/emulator/clients/nobody/streams', {})).status).toBe(404);
      const pub = await connectClient(emu, sessionId, { role: 'publisheronly' });
      expect((await control(emu, 'POST', `/emulator/clients/${pub}/streams`, { videoType: 'hologram' })).status).toBe(400);
      expect((await control(emu, 'POST', `/emulator/clients/${pub}/streams`, {})).status).toBe(201);
    });

    it('should remove the client and its streams when it leaves', async () => {
      const s = await createSession(emu);
      const connectionId = await connectClient(emu, s);
      await publish(emu, connectionId);
      await publish(emu, connectionId, { videoType: 'screen' });
      expect((await sessionState(s)).streams).toHaveLength(2);
      const res = await control(emu, 'DELETE', `/emulator/clients/${connectionId}`);
      expect(res.status).toBe(204);
      const after = await sessionState(s);
      expect(after.connections).toEqual([]);
      expect(after.streams).toEqual([]);
      expect((await control(emu, 'DELETE', `/emulator/clients/${connectionId}`)).status).toBe(404);
    });
  });

  describe('GET /emulator/state', () => {
    it('should show everything but never the project secret', async () => {
      const res = await control(emu, 'GET', '/emulator/state');
      expect(res.status).toBe(200);
      expect(res.json.opentok).toEqual({ apiKey: emu.opentok.apiKey, url: emu.url });
      expect(res.text).not.toContain(emu.opentok.apiSecret);
      expect(res.json).toEqual(JSON.parse(JSON.stringify(emu.state())));
      expect(Array.isArray(res.json.sessions)).toBe(true);
    });

    it('should not expose the callback secret', async () => {
      const e = await startEmulator({ callbackUrl: 'http://127.0.0.1:9/cb', callbackSecret: 'super-secret-value' });
      try {
        const res = await control(e, 'GET', '/emulator/state');
        expect(res.text).not.toContain('super-secret-value');
        expect(res.json.settings).toMatchObject({ callbackUrl: 'http://127.0.0.1:9/cb', callbacksSigned: true });
      } finally {
        await e.close();
      }
    });
  });

  it('should not require REST auth for control routes, nor accept REST routes without it', async () => {
    expect((await control(emu, 'GET', '/emulator/state')).status).toBe(200);
    expect((await rest(emu, 'GET', `/v2/project/${emu.opentok.apiKey}/archive`, { auth: null })).status).toBe(403);
  });
});
