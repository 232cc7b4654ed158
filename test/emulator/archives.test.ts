import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/emulator/index.js';
import type { Emulator } from '../../src/emulator/index.js';
import { connectClient, createSession, publish, rest, startEmulator } from './helpers.js';
import { silentLogger } from '../../src/logger.js';

describe('archive rules', () => {
  let emu: Emulator;
  afterEach(() => emu?.close());

  const archivePath = (e: Emulator, suffix = ''): string => `/v2/project/${e.opentok.apiKey}/archive${suffix}`;

  async function routedWithClient(e: Emulator): Promise<string> {
    const sessionId = await createSession(e);
    await connectClient(e, sessionId);
    return sessionId;
  }

  it('should start an archive and answer the archive JSON of the notes', async () => {
    emu = await startEmulator();
    const sessionId = await routedWithClient(emu);
    const before = Date.now();
    const res = await rest(emu, 'POST', archivePath(emu), { body: { sessionId, name: 'demo' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const a = res.json;
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).toMatchObject({
      status: 'started',
      name: 'demo',
      reason: '',
      sessionId,
      projectId: Number(emu.opentok.apiKey),
      partnerId: Number(emu.opentok.apiKey),
      size: 0,
      duration: 0,
      url: null,
      hasAudio: true,
      hasVideo: true,
      outputMode: 'composed',
      resolution: '640x480',
      streamMode: 'auto',
      streams: [],
      password: '',
    });
    expect(a.createdAt).toBeGreaterThanOrEqual(before);
    expect(a.updatedAt).toBe(a.createdAt);
    expect(a).not.toHaveProperty('multiArchiveTag');

    const got = await rest(emu, 'GET', archivePath(emu, `/${a.id}`));
    expect(got.status).toBe(200);
    expect(got.json).toEqual(a);
  });

  it('should name an unnamed archive null and record the options it was given', async () => {
    emu = await startEmulator();
    const sessionId = await routedWithClient(emu);
    const res = await rest(emu, 'POST', archivePath(emu), {
      body: { sessionId, hasVideo: false, outputMode: 'individual', streamMode: 'manual', multiArchiveTag: 't1' },
    });
    expect(res.status).toBe(200);
    expect(res.json.name).toBeNull();
    expect(res.json).toMatchObject({
      hasAudio: true,
      hasVideo: false,
      outputMode: 'individual',
      streamMode: 'manual',
      multiArchiveTag: 't1',
    });
    expect(res.json).not.toHaveProperty('resolution');
  });

  it('should refuse relayed sessions with 409 code 15008', async () => {
    emu = await startEmulator();
    const sessionId = await createSession(emu, { 'p2p.preference': 'enabled' });
    await connectClient(emu, sessionId);
    const res = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ code: 15008, message: 'Only routed sessions are allowed to initiate archives.' });
  });

  it('should refuse a session with no client connected in strict mode', async () => {
    emu = await startEmulator();
    const sessionId = await createSession(emu);
    const res = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/no clients/i);
  });

  it('should allow a session with no client in lenient mode, and say so once in the log', async () => {
    const warnings: unknown[] = [];
    emu = await startEmulator({
      strict: false,
      logger: { ...silentLogger, warn: (_obj, msg) => void warnings.push(msg) },
    });
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0])).toMatch(/lenient/);
    const sessionId = await createSession(emu);
    const res = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('started');
  });

  it('should let configure() switch strict mode at run time', async () => {
    emu = await startEmulator();
    const sessionId = await createSession(emu);
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId } })).status).toBe(400);
    emu.configure({ strict: false });
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId } })).status).toBe(200);
  });

  it('should answer 404 for an unknown session and 400 for a malformed or missing id', async () => {
    emu = await startEmulator();
    const other = await startEmulator({ opentok: emu.opentok });
    const foreign = await createSession(other);
    await other.close();
    const unknown = await rest(emu, 'POST', archivePath(emu), { body: { sessionId: foreign } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.message).toBe('Session not found');
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId: 'garbage!' } })).status).toBe(400);
    expect((await rest(emu, 'POST', archivePath(emu), { body: {} })).status).toBe(400);
  });

  it.each([
    ['hasAudio and hasVideo both false', { hasAudio: false, hasVideo: false }, /hasAudio/],
    ['a resolution with individual output', { outputMode: 'individual', resolution: '640x480' }, /individual/],
    ['an invalid resolution', { resolution: '800x600' }, /resolution/],
    ['an unknown outputMode', { outputMode: 'mixed' }, /outputMode/],
    ['a non-boolean hasAudio', { hasAudio: 'yes' }, /hasAudio/],
    ['maxBitrate with quantizationParameter', { maxBitrate: 200_000, quantizationParameter: 20 }, /together/],
    ['a maxBitrate out of range', { maxBitrate: 10 }, /maxBitrate/],
    ['a custom layout without stylesheet', { layout: { type: 'custom' } }, /stylesheet/],
    ['screenshareType without bestFit', { layout: { type: 'pip', screenshareType: 'pip' } }, /screenshareType/],
  ])('should refuse %s with 400', async (_name, options, message) => {
    emu = await startEmulator();
    const sessionId = await routedWithClient(emu);
    const res = await rest(emu, 'POST', archivePath(emu), { body: { sessionId, ...options } });
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(message);
  });

  it('should refuse malformed JSON with 400 and oversized bodies with 413', async () => {
    emu = await startEmulator();
    expect((await rest(emu, 'POST', archivePath(emu), { body: '{"sessionId": ' })).status).toBe(400);
    const big = await rest(emu, 'POST', archivePath(emu), { body: { sessionId: 'x'.repeat(70_000) } });
    expect(big.status).toBe(413);
  });

  it('should allow one archive per session at a time', async () => {
    emu = await startEmulator();
    const sessionId = await routedWithClient(emu);
    const first = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    expect(first.status).toBe(200);
    const second = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    expect(second.status).toBe(409);
    await rest(emu, 'POST', archivePath(emu, `/${first.json.id}/stop`), { body: {} });
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId } })).status).toBe(200);
  });

  it('should allow concurrent archives only with distinct multiArchiveTags', async () => {
    emu = await startEmulator();
    const sessionId = await routedWithClient(emu);
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId, multiArchiveTag: 'a' } })).status).toBe(200);
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId, multiArchiveTag: 'b' } })).status).toBe(200);
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId, multiArchiveTag: 'a' } })).status).toBe(409);
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId } })).status).toBe(409);
  });

  it('should stop with reason "user initiated" and refuse a second stop with 409', async () => {
    emu = await startEmulator();
    const sessionId = await routedWithClient(emu);
    const { json: started } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    const stopped = await rest(emu, 'POST', archivePath(emu, `/${started.id}/stop`));
    expect(stopped.status).toBe(200);
    expect(stopped.json).toMatchObject({ id: started.id, status: 'stopped', reason: 'user initiated', url: null });
    expect(Number.isInteger(stopped.json.duration)).toBe(true);
    const again = await rest(emu, 'POST', archivePath(emu, `/${started.id}/stop`), { body: {} });
    expect(again.status).toBe(409);
    expect(again.json.message).toBe('Conflict. You are trying to stop an archive that is not recording.');
  });

  it('should answer 404 for an unknown archive and for a malformed id, as recorded', async () => {
    emu = await startEmulator();
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await rest(emu, 'GET', archivePath(emu, `/${id}`))).status).toBe(404);
    expect((await rest(emu, 'POST', archivePath(emu, `/${id}/stop`))).status).toBe(404);
    expect((await rest(emu, 'DELETE', archivePath(emu, `/${id}`))).status).toBe(404);
    expect((await rest(emu, 'GET', archivePath(emu, '/not-an-id'))).status).toBe(404);
  });

  it('should delete only available archives, and keep them listed as deleted', async () => {
    const clock = new ManualClock();
    emu = await startEmulator({ clock, archiveReadyDelayMs: 100 });
    const sessionId = await routedWithClient(emu);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    expect((await rest(emu, 'DELETE', archivePath(emu, `/${a.id}`))).status).toBe(409);
    await rest(emu, 'POST', archivePath(emu, `/${a.id}/stop`));
    expect((await rest(emu, 'DELETE', archivePath(emu, `/${a.id}`))).status).toBe(409);
    clock.advance(100);
    expect((await rest(emu, 'GET', archivePath(emu, `/${a.id}`))).json.status).toBe('available');
    const del = await rest(emu, 'DELETE', archivePath(emu, `/${a.id}`));
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    const got = await rest(emu, 'GET', archivePath(emu, `/${a.id}`));
    expect(got.json).toMatchObject({ status: 'deleted', url: null });
    expect((await rest(emu, 'DELETE', archivePath(emu, `/${a.id}`))).status).toBe(204);
  });

  it('should list newest first with the total count, paginate and filter by session', async () => {
    emu = await startEmulator();
    const s1 = await routedWithClient(emu);
    const s2 = await routedWithClient(emu);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { json } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId: s1, name: `n${i}` } });
      ids.push(json.id);
      await rest(emu, 'POST', archivePath(emu, `/${json.id}/stop`));
    }
    const { json: other } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId: s2 } });

    const all = await rest(emu, 'GET', archivePath(emu));
    expect(all.headers.get('content-type')).toBe('application/json');
    expect(all.json.count).toBe(6);
    expect(all.json.items.map((a: { id: string }) => a.id)).toEqual([other.id, ...[...ids].reverse()]);

    const page = await rest(emu, 'GET', archivePath(emu, `?offset=1&count=2&sessionId=${encodeURIComponent(s1)}`));
    expect(page.json.count).toBe(5);
    expect(page.json.items.map((a: { id: string }) => a.id)).toEqual([ids[3], ids[2]]);

    const beyond = await rest(emu, 'GET', archivePath(emu, '?offset=10'));
    expect(beyond.json).toEqual({ count: 6, items: [] });

    expect((await rest(emu, 'GET', archivePath(emu, '?count=0'))).status).toBe(400);
    expect((await rest(emu, 'GET', archivePath(emu, '?offset=-1'))).status).toBe(400);
    expect((await rest(emu, 'GET', archivePath(emu, '?count=5000'))).json.items).toHaveLength(6);
  });

  it('should apply a layout to a composed archive', async () => {
    emu = await startEmulator();
    const sessionId = await routedWithClient(emu);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    const ok = await rest(emu, 'PUT', archivePath(emu, `/${a.id}/layout`), { body: { type: 'bestFit', screenshareType: 'pip' } });
    expect(ok.status).toBe(200);
    const bad = await rest(emu, 'PUT', archivePath(emu, `/${a.id}/layout`), { body: { type: 'mosaic' } });
    expect(bad.status).toBe(400);
  });

  it('should select streams only for manual stream mode', async () => {
    emu = await startEmulator();
    const sessionId = await createSession(emu);
    const connectionId = await connectClient(emu, sessionId);
    const streamId = await publish(emu, connectionId);
    const { json: auto } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId, multiArchiveTag: 'auto' } });
    expect(auto.streams).toEqual([{ streamId, hasAudio: true, hasVideo: true }]);
    expect((await rest(emu, 'PATCH', archivePath(emu, `/${auto.id}/streams`), { body: { addStream: streamId } })).status).toBe(405);

    const { json: manual } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId, streamMode: 'manual', multiArchiveTag: 'm' } });
    expect(manual.streams).toEqual([]);
    const add = await rest(emu, 'PATCH', archivePath(emu, `/${manual.id}/streams`), { body: { addStream: streamId, hasVideo: false } });
    expect(add.status).toBe(204);
    expect((await rest(emu, 'GET', archivePath(emu, `/${manual.id}`))).json.streams).toEqual([
      { streamId, hasAudio: true, hasVideo: false },
    ]);
    expect((await rest(emu, 'PATCH', archivePath(emu, `/${manual.id}/streams`), { body: { addStream: 'nope' } })).status).toBe(404);
    expect((await rest(emu, 'PATCH', archivePath(emu, `/${manual.id}/streams`), { body: { removeStream: streamId } })).status).toBe(204);
    expect((await rest(emu, 'GET', archivePath(emu, `/${manual.id}`))).json.streams).toEqual([]);
  });
});
