import { createHash } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/emulator/index.js';
import type { Emulator } from '../../src/emulator/index.js';
import type { CallbackReceiver } from './helpers.js';
import { until } from '../helpers/until.js';
import { advanceWhenArmed, connectClient, control, createSession, publish, rest, startEmulator, startReceiver } from './helpers.js';

/** The `archiveReadyDelayMs` of `startEmulator`. */
const READY_MS = 50;

const statuses = (r: CallbackReceiver, archiveId: string): string[] =>
  r.received.filter((c) => c.body.id === archiveId).map((c) => c.body.status as string);

describe('archive lifecycle and callbacks', () => {
  let emu: Emulator | undefined;
  let receiver: CallbackReceiver;
  let clock: ManualClock;

  beforeEach(async () => {
    receiver = await startReceiver();
    clock = new ManualClock();
  });
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
    await receiver.close();
  });

  const archivePath = (e: Emulator, suffix = ''): string => `/v2/project/${e.opentok.apiKey}/archive${suffix}`;

  it('should post started, stopped, available in order, with the archive JSON and a download URL', async () => {
    emu = await startEmulator({ clock, callbackUrl: receiver.url });
    const sessionId = await createSession(emu);
    await connectClient(emu, sessionId);
    const { json: started } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId, name: 'rec' } });
    await rest(emu, 'POST', archivePath(emu, `/${started.id}/stop`));
    clock.advance(READY_MS);
    await receiver.waitFor(() => statuses(receiver, started.id).length === 3);
    expect(statuses(receiver, started.id)).toEqual(['started', 'stopped', 'available']);

    const [first, stopped, available] = receiver.received.map((c) => c.body);
    expect(receiver.received[0]?.headers['content-type']).toBe('application/json');
    expect(receiver.received[0]?.headers.authorization).toBeUndefined();
    expect(first).toMatchObject({ event: 'archive', partnerId: Number(emu.opentok.apiKey), sessionId, name: 'rec', status: 'started' });
    expect(first.createdAt % 1000).toBe(0);
    expect(stopped).toMatchObject({ status: 'stopped', reason: 'user initiated', url: null });
    expect(available.status).toBe('available');
    expect(available.size).toBeGreaterThan(0);
    expect(Number.isInteger(available.duration)).toBe(true);
    expect(available.url).toBe(`${emu.url}/emulator/archives/${started.id}.mp4`);

    const rest200 = await rest(emu, 'GET', archivePath(emu, `/${started.id}`));
    expect(rest200.json).toMatchObject({ status: 'available', url: available.url, size: available.size });

    const file = await fetch(available.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('video/mp4');
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.length).toBe(available.size);
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
  });

  it('should sign callbacks when a secret is set, with payload_hash over the exact body', async () => {
    const secret = 'whsec-test';
    emu = await startEmulator({ callbackUrl: receiver.url, callbackSecret: secret });
    const sessionId = await createSession(emu);
    await connectClient(emu, sessionId);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    const [cb] = await receiver.waitFor((r) => r.length >= 1);
    const auth = String(cb?.headers.authorization);
    expect(auth.startsWith('Bearer ')).toBe(true);
    const token = auth.slice('Bearer '.length);
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
    expect(Object.keys(payload).sort()).toEqual(['api_key', 'application_id', 'iat', 'iss', 'jti', 'payload_hash']);
    expect(payload.iss).toBe('Vonage');
    expect(payload.api_key).toBe(emu.opentok.apiKey);
    expect(payload.application_id).toBe(emu.opentok.apiKey);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(payload.payload_hash).toBe(
      createHash('sha256')
        .update(cb?.raw ?? '')
        .digest('hex'),
    );
    expect(cb?.body.id).toBe(a.id);
    await expect(jwtVerify(token, new TextEncoder().encode('other'))).rejects.toThrow();
  });

  it('should retry a failed callback and keep the order', async () => {
    emu = await startEmulator({ clock, callbackUrl: receiver.url });
    receiver.answers.push(500);
    const sessionId = await createSession(emu);
    await connectClient(emu, sessionId);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    await rest(emu, 'POST', archivePath(emu, `/${a.id}/stop`));
    // The retry waits 200 ms; the archive becomes available on the way.
    await advanceWhenArmed(clock, 200);
    await receiver.waitFor(() => statuses(receiver, a.id).length === 3);
    expect(statuses(receiver, a.id)).toEqual(['started', 'stopped', 'available']);
    expect(receiver.attempts.map((c) => c.body.status)).toEqual(['started', 'started', 'stopped', 'available']);
  });

  it('should give up after three attempts without crashing', async () => {
    emu = await startEmulator({ clock, callbackUrl: receiver.url });
    receiver.answers.push(503, 503, 503);
    const sessionId = await createSession(emu);
    await connectClient(emu, sessionId);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    await rest(emu, 'POST', archivePath(emu, `/${a.id}/stop`));
    // Retries after 200 ms, then 1 s; the archive becomes available on the way.
    await advanceWhenArmed(clock, 200);
    await advanceWhenArmed(clock, 1_000);
    await receiver.waitFor(() => statuses(receiver, a.id).includes('available'), 8_000);
    expect(receiver.attempts.filter((c) => c.body.status === 'started')).toHaveLength(3);
    expect(statuses(receiver, a.id)).toEqual(['stopped', 'available']);
    // The receiver records a callback before the emulator reads its answer: wait for the count.
    const callbacks = () => (emu!.state() as { callbacks: { failed: number; delivered: number } }).callbacks;
    await until(
      () => `both deliveries counted (${JSON.stringify(callbacks())})`,
      () => callbacks().delivered === 2,
    );
    expect(callbacks()).toMatchObject({ failed: 1, delivered: 2 });
  });

  it('should drop the next callbacks on request', async () => {
    emu = await startEmulator({ clock, callbackUrl: receiver.url });
    const drop = await control(emu, 'POST', '/emulator/callbacks/drop', { times: 2 });
    expect(drop.status).toBe(200);
    const sessionId = await createSession(emu);
    await connectClient(emu, sessionId);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    await rest(emu, 'POST', archivePath(emu, `/${a.id}/stop`));
    clock.advance(READY_MS);
    await receiver.waitFor(() => statuses(receiver, a.id).includes('available'));
    expect(statuses(receiver, a.id)).toEqual(['available']);
  });

  it('should learn the callback URL through configure()', async () => {
    emu = await startEmulator({ clock });
    const sessionId = await createSession(emu);
    await connectClient(emu, sessionId);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    emu.configure({ callbackUrl: receiver.url });
    await rest(emu, 'POST', archivePath(emu, `/${a.id}/stop`));
    clock.advance(READY_MS);
    await receiver.waitFor(() => statuses(receiver, a.id).includes('available'));
    expect(statuses(receiver, a.id)).toEqual(['stopped', 'available']);
    expect(() => emu?.configure({ callbackUrl: 'not a url' })).toThrow(/callbackUrl/);
  });

  it('should pause when the last stream goes and resume when one is published', async () => {
    emu = await startEmulator({ callbackUrl: receiver.url });
    const sessionId = await createSession(emu);
    const connectionId = await connectClient(emu, sessionId);
    const streamId = await publish(emu, connectionId);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    expect(a.streams).toEqual([{ streamId, hasAudio: true, hasVideo: true }]);

    expect((await control(emu, 'DELETE', `/emulator/clients/${connectionId}/streams/${streamId}`)).status).toBe(204);
    expect((await rest(emu, 'GET', archivePath(emu, `/${a.id}`))).json).toMatchObject({ status: 'paused', streams: [] });
    await publish(emu, connectionId, { hasVideo: false });
    expect((await rest(emu, 'GET', archivePath(emu, `/${a.id}`))).json.status).toBe('started');
    await receiver.waitFor(() => statuses(receiver, a.id).length === 3);
    expect(statuses(receiver, a.id)).toEqual(['started', 'paused', 'started']);
  });

  it('should stop an archive after the last client leaves, with reason "session ended"', async () => {
    emu = await startEmulator({ clock, callbackUrl: receiver.url, autoStopAfterLastLeaveMs: 80 });
    const sessionId = await createSession(emu);
    const c1 = await connectClient(emu, sessionId);
    const c2 = await connectClient(emu, sessionId);
    await publish(emu, c1);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    await control(emu, 'DELETE', `/emulator/clients/${c1}`);
    expect((await rest(emu, 'GET', archivePath(emu, `/${a.id}`))).json.status).toBe('paused');
    await control(emu, 'DELETE', `/emulator/clients/${c2}`);
    // A client coming back in time cancels the stop.
    const c3 = await connectClient(emu, sessionId);
    clock.advance(150);
    expect((await rest(emu, 'GET', archivePath(emu, `/${a.id}`))).json.status).toBe('paused');
    await control(emu, 'DELETE', `/emulator/clients/${c3}`);
    // The stop after 80 ms, then the archive ready delay.
    clock.advance(80 + READY_MS);
    await receiver.waitFor(() => statuses(receiver, a.id).includes('available'));
    expect(statuses(receiver, a.id)).toEqual(['started', 'paused', 'stopped', 'available']);
    expect(receiver.received.find((c) => c.body.status === 'stopped')?.body.reason).toBe('session ended');
  });

  it('should auto-start an archive in an always-mode session when the first client connects', async () => {
    emu = await startEmulator({ clock, callbackUrl: receiver.url, autoStopAfterLastLeaveMs: 30 });
    const sessionId = await createSession(emu, {
      'p2p.preference': 'disabled',
      archiveMode: 'always',
      archiveName: 'auto-rec',
      archiveResolution: '1280x720',
    });
    expect((await rest(emu, 'GET', archivePath(emu))).json.count).toBe(0);
    await connectClient(emu, sessionId);
    await connectClient(emu, sessionId);
    const list = await rest(emu, 'GET', archivePath(emu, `?sessionId=${encodeURIComponent(sessionId)}`));
    expect(list.json.count).toBe(1);
    const auto = list.json.items[0];
    expect(auto).toMatchObject({ status: 'started', name: 'auto-rec', resolution: '1280x720', sessionId });

    // It cannot be stopped through REST; an extra manual archive needs a tag.
    expect((await rest(emu, 'POST', archivePath(emu, `/${auto.id}/stop`))).status).toBe(409);
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId } })).status).toBe(409);
    expect((await rest(emu, 'POST', archivePath(emu), { body: { sessionId, multiArchiveTag: 'extra' } })).status).toBe(200);

    const state = emu.state() as { sessions: Array<{ sessionId: string; connections: Array<{ connectionId: string }> }> };
    for (const c of state.sessions.find((s) => s.sessionId === sessionId)?.connections ?? []) {
      await control(emu, 'DELETE', `/emulator/clients/${c.connectionId}`);
    }
    clock.advance(30 + READY_MS);
    await receiver.waitFor(() => statuses(receiver, auto.id).includes('available'));
    expect(statuses(receiver, auto.id)).toEqual(['started', 'stopped', 'available']);

    // The next client starts a new automatic archive.
    await connectClient(emu, sessionId);
    const after = await rest(emu, 'GET', archivePath(emu, `?sessionId=${encodeURIComponent(sessionId)}`));
    expect(after.json.count).toBe(3);
    expect(after.json.items[0]).toMatchObject({ status: 'started', name: 'auto-rec' });
  });

  it('should keep no timers or sockets alive after close()', async () => {
    emu = await startEmulator({ callbackUrl: receiver.url, archiveReadyDelayMs: 60_000 });
    const sessionId = await createSession(emu);
    await connectClient(emu, sessionId);
    const { json: a } = await rest(emu, 'POST', archivePath(emu), { body: { sessionId } });
    await rest(emu, 'POST', archivePath(emu, `/${a.id}/stop`));
    await until('the stopped callbacks', () => statuses(receiver, a.id).length === 2);
    const closing = emu.close();
    await expect(closing).resolves.toBeUndefined();
    await expect(emu.close()).resolves.toBeUndefined();
    await expect(fetch(`${emu.url}/emulator/state`)).rejects.toThrow();
    emu = undefined;
  });
});
