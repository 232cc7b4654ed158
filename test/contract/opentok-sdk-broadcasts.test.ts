/**
 * Conformance: the official `opentok` SDK, unchanged, against the emulator, for broadcasts,
 * layouts and stream selection. Every case asserts real outcomes (ids, statuses, counts, state).
 */
import OpenTok from 'opentok';
import type { Archive, Broadcast } from 'opentok';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { ManualClock } from '../../src/emulator/index.js';
import { advanceWhenArmed, type CallbackReceiver, control, rest, startEmulator, startReceiver } from '../emulator/helpers.js';

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

const RTMP = { id: 'yt', serverUrl: 'rtmps://live.example.com/app', streamName: 'key-1' };

describe('opentok SDK 2.23 broadcasts against the emulator', () => {
  let emu: Emulator;
  let ot: OpenTok;
  let receiver: CallbackReceiver;

  beforeAll(async () => {
    receiver = await startReceiver();
    emu = await startEmulator({ callbackUrl: receiver.url });
    ot = new OpenTok(emu.opentok.apiKey, emu.opentok.apiSecret, { apiUrl: emu.url });
  });
  afterAll(async () => {
    await emu.close();
    await receiver.close();
  });

  /** A routed session with one connected client publishing one stream. */
  async function publishingSession(): Promise<{ sessionId: string; streamId: string }> {
    const { sessionId } = await sdk<{ sessionId: string }>((cb) => ot.createSession({ mediaMode: 'routed' }, cb));
    const joined = await control(emu, 'POST', '/emulator/clients', { token: ot.generateToken(sessionId) });
    const published = await control(emu, 'POST', `/emulator/clients/${joined.json.connectionId as string}/streams`, {
      hasAudio: true,
      hasVideo: true,
    });
    return { sessionId, streamId: published.json.streamId as string };
  }

  it('should start an HLS and RTMP broadcast, read it, list it and stop it', async () => {
    const { sessionId } = await publishingSession();
    const started = await sdk<Broadcast>((cb) =>
      ot.startBroadcast(sessionId, { outputs: { hls: { lowLatency: true }, rtmp: [RTMP] }, maxDuration: 600, resolution: '1280x720' }, cb),
    );
    expect(started).toMatchObject({ sessionId, status: 'started', maxDuration: 600, resolution: '1280x720', streamMode: 'auto' });
    expect(started.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(started.broadcastUrls?.hls).toMatch(/\.m3u8$/);
    // A player given that URL gets a live HLS playlist (no media: there is none to serve).
    const playlist = await fetch(started.broadcastUrls!.hls!);
    expect(playlist.status).toBe(200);
    expect(playlist.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    const live = await playlist.text();
    expect(live).toMatch(/^#EXTM3U\n/);
    expect(live).not.toContain('#EXT-X-ENDLIST');
    expect(started.broadcastUrls?.rtmp).toEqual([{ ...RTMP, status: 'live' }]);
    // opentok-node strips these two from Broadcast objects; the emulator sends them, as recorded.
    expect(started).not.toHaveProperty('event');
    expect(started).not.toHaveProperty('partnerId');
    expect(started.settings).toEqual({ hls: { dvr: false, lowLatency: true } });

    const got = await sdk<Broadcast>((cb) => ot.getBroadcast(started.id, cb));
    expect(got).toMatchObject({ id: started.id, status: 'started' });

    const [listed, total] = await new Promise<[Broadcast[], number]>((resolve, reject) =>
      ot.listBroadcasts({ sessionId }, (e, items, count) => (e ? reject(e as unknown as Error) : resolve([items ?? [], count ?? -1]))),
    );
    expect(total).toBe(1);
    expect(listed.map((b) => b.id)).toEqual([started.id]);

    const stopped = await sdk<Broadcast>((cb) => ot.stopBroadcast(started.id, cb));
    expect(stopped).toMatchObject({ id: started.id, status: 'stopped', broadcastUrls: null });
    // Once stopped, the playlist says it has ended.
    expect(await (await fetch(started.broadcastUrls!.hls!)).text()).toContain('#EXT-X-ENDLIST');
    // Stopping again: the API answers 404 for a broadcast that is no longer running.
    expect(await sdkError((cb) => ot.stopBroadcast(started.id, cb))).toMatch(/Failed to stop broadcast/);
  });

  it('should default maxDuration to 7200 s and leave multiBroadcastTag out unless set, as recorded', async () => {
    const { sessionId } = await publishingSession();
    const plain = await sdk<Broadcast>((cb) => ot.startBroadcast(sessionId, { outputs: { hls: {} } }, cb));
    expect(plain.maxDuration).toBe(7200);
    expect(plain).not.toHaveProperty('multiBroadcastTag');
    const tagged = await sdk<Broadcast>((cb) => ot.startBroadcast(sessionId, { outputs: { hls: {} }, multiBroadcastTag: 'second' }, cb));
    expect(tagged.multiBroadcastTag).toBe('second');
  });

  it('should refuse a relayed session, a second untagged broadcast, and both dvr and lowLatency', async () => {
    const relayed = await sdk<{ sessionId: string }>((cb) => ot.createSession({}, cb));
    expect(await sdkError((cb) => ot.startBroadcast(relayed.sessionId, { outputs: { hls: {} } }, cb))).toMatch(/Failed to start broadcast/);
    const { sessionId } = await publishingSession();
    await sdk<Broadcast>((cb) => ot.startBroadcast(sessionId, { outputs: { hls: {} } }, cb));
    expect(await sdkError((cb) => ot.startBroadcast(sessionId, { outputs: { hls: {} } }, cb))).toMatch(/Failed to start broadcast/);
    expect(await sdkError((cb) => ot.startBroadcast(sessionId, { outputs: { hls: { dvr: true, lowLatency: true } } }, cb))).toMatch(
      /dvr and lowLatency/,
    );
    // The SDK refuses that one itself; the emulator refuses it too.
    const res = await rest(emu, 'POST', `/v2/project/${emu.opentok.apiKey}/broadcast`, {
      body: { sessionId, outputs: { hls: { dvr: true, lowLatency: true } }, multiBroadcastTag: 'other' },
    });
    expect(res.status).toBe(400);
    const states = (emu.state() as { sessions: Array<{ sessionId: string; broadcasts: unknown[] }> }).sessions;
    expect(states.find((s) => s.sessionId === relayed.sessionId)?.broadcasts).toEqual([]);
    expect(states.find((s) => s.sessionId === sessionId)?.broadcasts).toHaveLength(1);
  });

  it('should change the layout and select streams of a manual-mode broadcast', async () => {
    const { sessionId, streamId } = await publishingSession();
    const b = await sdk<Broadcast>((cb) => ot.startBroadcast(sessionId, { outputs: { hls: {} }, streamMode: 'manual' }, cb));
    expect(b.streams).toEqual([]);
    await sdk<void>((cb) => ot.setBroadcastLayout(b.id, 'bestFit', null, 'verticalPresentation', (e) => cb(e)));
    // opentok-node sends hasAudio/hasVideo `x || true`, so false arrives as true.
    await sdk<void>((cb) => ot.addBroadcastStream(b.id, streamId, { hasVideo: false }, (e) => cb(e)));
    expect((await sdk<Broadcast>((cb) => ot.getBroadcast(b.id, cb))).streams).toEqual([{ streamId, hasAudio: true, hasVideo: true }]);
    await sdk<void>((cb) => ot.removeBroadcastStream(b.id, streamId, (e) => cb(e)));
    expect((await sdk<Broadcast>((cb) => ot.getBroadcast(b.id, cb))).streams).toEqual([]);
    expect(await sdkError((cb) => ot.removeBroadcastStream(b.id, streamId, (e) => cb(e)))).toBeTruthy();
  });

  it('should refuse stream selection on an auto-mode broadcast and a custom layout without a stylesheet', async () => {
    const { sessionId, streamId } = await publishingSession();
    const b = await sdk<Broadcast>((cb) => ot.startBroadcast(sessionId, { outputs: { hls: {} } }, cb));
    expect(await sdkError((cb) => ot.addBroadcastStream(b.id, streamId, {}, (e) => cb(e)))).toBeTruthy();
    expect(await sdkError((cb) => ot.setBroadcastLayout(b.id, 'custom', null, null, (e) => cb(e)))).toBeTruthy();
  });

  it('should post a callback for each broadcast status change', async () => {
    const { sessionId } = await publishingSession();
    const b = await sdk<Broadcast>((cb) => ot.startBroadcast(sessionId, { outputs: { rtmp: [RTMP] } }, cb));
    await sdk<Broadcast>((cb) => ot.stopBroadcast(b.id, cb));
    const mine = () => receiver.received.filter((r) => r.body?.id === b.id);
    await receiver.waitFor(() => mine().length === 2);
    expect(mine().map((r) => r.body.status)).toEqual(['started', 'stopped']);
    expect(mine()[0]?.body).toMatchObject({ event: 'broadcast', sessionId, broadcastUrls: { rtmp: [expect.objectContaining(RTMP)] } });
    expect(mine()[1]?.body).toMatchObject({ event: 'broadcast', broadcastUrls: null });
  });

  it('should change the layout and select streams of a recording archive', async () => {
    const { sessionId, streamId } = await publishingSession();
    const a = await sdk<Archive>((cb) =>
      ot.startArchive(sessionId, { streamMode: 'manual', layout: { type: 'pip' }, maxBitrate: 2_000_000, hasTranscription: true }, cb),
    );
    expect(a).toMatchObject({ streamMode: 'manual', maxBitrate: 2_000_000, hasTranscription: true, streams: [] });
    await sdk<void>((cb) => ot.setArchiveLayout(a.id, 'custom', 'stream { width: 100%; }', null, (e) => cb(e)));
    await sdk<void>((cb) => ot.addArchiveStream(a.id, streamId, { hasAudio: false }, (e) => cb(e)));
    expect((await sdk<Archive>((cb) => ot.getArchive(a.id, cb))).streams).toEqual([{ streamId, hasAudio: false, hasVideo: true }]);
    await sdk<void>((cb) => ot.removeArchiveStream(a.id, streamId, (e) => cb(e)));
    expect((await sdk<Archive>((cb) => ot.getArchive(a.id, cb))).streams).toEqual([]);
  });
});

describe('opentok SDK 2.23 broadcasts against an emulator on a manual clock', () => {
  it('should stop a broadcast by itself once its maxDuration is reached', async () => {
    const clock = new ManualClock(Date.now());
    const emu = await startEmulator({ clock });
    try {
      const ot = new OpenTok(emu.opentok.apiKey, emu.opentok.apiSecret, { apiUrl: emu.url });
      const { sessionId } = await sdk<{ sessionId: string }>((cb) => ot.createSession({ mediaMode: 'routed' }, cb));
      await control(emu, 'POST', '/emulator/clients', { token: ot.generateToken(sessionId) });
      const b = await sdk<Broadcast>((cb) => ot.startBroadcast(sessionId, { outputs: { hls: {} }, maxDuration: 60 }, cb));
      await advanceWhenArmed(clock, 60_000);
      expect((await sdk<Broadcast>((cb) => ot.getBroadcast(b.id, cb))).status).toBe('stopped');
    } finally {
      await emu.close();
    }
  });
});
