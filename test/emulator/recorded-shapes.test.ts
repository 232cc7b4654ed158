/**
 * The emulator answers sessions, archives, signals, force disconnect and SIP dial the way the
 * official SDKs' recordings show the platform answering (docs/providers/opentok.md#recorded-vs-documented).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientJwt, connectClient, createSession, rest, startEmulator } from './helpers.js';

describe('recorded answer shapes of the OpenTok face', () => {
  let emu: Emulator;
  let p: string;
  beforeAll(async () => {
    emu = await startEmulator();
    p = `/v2/project/${emu.opentok.apiKey}`;
  });
  afterAll(() => emu.close());

  it('should answer session/create with a one-element JSON array whose media_server_url is an empty string', async () => {
    const res = await rest(emu, 'POST', '/session/create', { form: { 'p2p.preference': 'enabled' } });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.json)).toBe(true);
    expect(res.json).toHaveLength(1);
    expect(res.json[0].media_server_url).toBe('');
    expect(typeof res.json[0].partner_id).toBe('string');
    expect(typeof res.json[0].project_id).toBe('string');
    expect(res.json[0]).not.toHaveProperty('properties');
  });

  it('should answer a started archive with empty-string reason, sha256sum and password, zero size and duration, and a null url', async () => {
    const sessionId = await createSession(emu);
    await connectClient(emu, sessionId);
    const res = await rest(emu, 'POST', `${p}/archive`, { body: { sessionId } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ reason: '', sha256sum: '', password: '', size: 0, duration: 0, url: null, status: 'started' });
    expect(res.json.url).toBeNull();
    expect(typeof res.json.partnerId).toBe('number');
    const stopped = await rest(emu, 'POST', `${p}/archive/${res.json.id}/stop`, { body: {} });
    expect(stopped.json).toMatchObject({ status: 'stopped', reason: 'user initiated', sha256sum: '', url: null });
    const stopAgain = await rest(emu, 'POST', `${p}/archive/${res.json.id}/stop`, { body: {} });
    expect(stopAgain.status).toBe(409);
    expect(stopAgain.json.message).toBe('Conflict. You are trying to stop an archive that is not recording.');
  });

  it.each([
    ['GET', ''],
    ['POST', '/stop'],
    ['DELETE', ''],
  ])('should answer %s of a malformed archive id with the recorded 404 body', async (method, suffix) => {
    const res = await rest(emu, method, `${p}/archive/AN-INVALID-ARCHIVE-ID${suffix}`, method === 'POST' ? { body: {} } : {});
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ code: -1, message: 'Not found. You passed in an invalid archive ID.' });
  });

  it('should answer an unknown well-formed archive id with the same recorded 404 body', async () => {
    const res = await rest(emu, 'GET', `${p}/archive/00000000-0000-4000-8000-000000000000`);
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ code: -1, message: 'Not found. You passed in an invalid archive ID.' });
  });

  it('should answer signals and force disconnect with 204 and no body', async () => {
    const sessionId = await createSession(emu);
    const connectionId = await connectClient(emu, sessionId);
    const one = await rest(emu, 'POST', `${p}/session/${sessionId}/connection/${connectionId}/signal`, {
      body: { type: 'chat', data: 'Hello' },
    });
    expect(one.status).toBe(204);
    expect(one.text).toBe('');
    const all = await rest(emu, 'POST', `${p}/session/${sessionId}/signal`, { body: { type: 'chat', data: 'Hello' } });
    expect(all.status).toBe(204);
    const gone = await rest(emu, 'DELETE', `${p}/session/${sessionId}/connection/${connectionId}`);
    expect(gone.status).toBe(204);
    expect(gone.text).toBe('');
  });

  it('should answer SIP dial with the recorded fields, projectId a string', async () => {
    const sessionId = await createSession(emu);
    const token = await clientJwt(emu.opentok, sessionId, { connection_data: 'sip=true' });
    const res = await rest(emu, 'POST', `${p}/dial`, {
      body: { sessionId, token, sip: { uri: 'sip:+15128675309@acme.pstn.example.com;transport=tls', secure: 'true' } },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json).sort()).toEqual(['connectionId', 'createdAt', 'id', 'projectId', 'sessionId', 'streamId', 'updatedAt']);
    expect(res.json.projectId).toBe(emu.opentok.apiKey);
    expect(typeof res.json.createdAt).toBe('number');
  });
});
