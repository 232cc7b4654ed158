import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/emulator/index.js';
import type { Emulator } from '../../src/emulator/index.js';
import { control } from './helpers.js';
import {
  basic,
  createConnection,
  createSession,
  join,
  keys,
  leave,
  ok,
  ov,
  participant,
  publish,
  startOpenVidu,
} from './openvidu-helpers.js';

const RECORDING_KEYS = [
  'createdAt',
  'duration',
  'frameRate',
  'hasAudio',
  'hasVideo',
  'id',
  'name',
  'object',
  'outputMode',
  'recordingLayout',
  'resolution',
  'sessionId',
  'size',
  'status',
  'url',
];

/** A session with one participant (optionally publishing); returns ids. */
async function liveSession(
  emu: Emulator,
  body: Record<string, unknown> = {},
  publishing = true,
): Promise<{ sessionId: string; connectionId: string }> {
  const s = await createSession(emu, body);
  const connectionId = await participant(emu, s.id);
  if (publishing) await publish(emu, connectionId);
  return { sessionId: s.id as string, connectionId };
}

describe('OpenVidu recordings', () => {
  let emu: Emulator;
  const clock = new ManualClock();
  beforeAll(async () => {
    emu = await startOpenVidu({ clock });
  });
  afterAll(() => emu.close());

  describe('POST /recordings/start: the evaluation order of the server', () => {
    it('should answer 400 for a missing or mistyped session, reporting the quirky /sessions path', async () => {
      for (const body of [{}, { session: 5 }, { session: null }]) {
        const res = await ov(emu, 'POST', '/recordings/start', { body });
        expect(res.status).toBe(400);
        expect(res.json).toMatchObject({ status: 400, path: '/openvidu/api/sessions' });
      }
    });

    it('should answer 404 (empty) for an unknown session, even with invalid properties', async () => {
      const res = await ov(emu, 'POST', '/recordings/start', { body: { session: 'ses_Unknown0000', name: 'not valid!' } });
      expect(res.status).toBe(404);
      expect(res.text).toBe('');
    });

    it('should answer 406 for a session nobody joined, 409 for a relayed one', async () => {
      const idle = await createSession(emu);
      const r406 = await ov(emu, 'POST', '/recordings/start', { body: { session: idle.id, name: 'bad name!' } });
      expect(r406.status).toBe(406);
      expect(r406.text).toBe('');
      const relayedIdle = await createSession(emu, { mediaMode: 'RELAYED' });
      expect((await ov(emu, 'POST', '/recordings/start', { body: { session: relayedIdle.id } })).status).toBe(409);
      const relayed = await liveSession(emu, { mediaMode: 'RELAYED' });
      expect((await ov(emu, 'POST', '/recordings/start', { body: { session: relayed.sessionId } })).status).toBe(409);
    });

    it('should answer 409 while the session is already being recorded, before validating properties', async () => {
      const { sessionId } = await liveSession(emu);
      await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
      const again = await ov(emu, 'POST', '/recordings/start', { body: { session: sessionId, hasAudio: false, hasVideo: false } });
      expect(again.status).toBe(409);
      expect(again.text).toBe('');
    });

    it.each([
      ['a bad name', { name: 'with space' }, 400],
      ['a non-string name', { name: 3 }, 400],
      ['an unknown outputMode', { outputMode: 'MIXED' }, 400],
      ['an unknown layout', { recordingLayout: 'GRID' }, 400],
      ['a non-boolean hasAudio', { hasAudio: 'true' }, 400],
      ['a string frameRate', { frameRate: '25' }, 400],
      ['neither audio nor video', { hasAudio: false, hasVideo: false }, 422],
      ['a resolution side of 2000', { resolution: '2000x720' }, 422],
      ['a resolution side of 99', { resolution: '1280x99' }, 422],
      ['a malformed resolution', { resolution: 'big' }, 422],
      ['a frameRate of 0', { frameRate: 0 }, 422],
      ['a frameRate of 121', { frameRate: 121 }, 422],
      ['a shmSize below 128 MB', { shmSize: 134217727 }, 422],
    ])('should answer %s with the right status', async (_name, props, status) => {
      const { sessionId } = await liveSession(emu);
      const res = await ov(emu, 'POST', '/recordings/start', { body: { session: sessionId, ...props } });
      expect(res.status).toBe(status);
      expect(res.json).toMatchObject({ status, path: '/openvidu/api/sessions' });
      // Nothing started.
      expect((await ok(emu, 'GET', `/sessions/${sessionId}`, 200)).recording).toBe(false);
    });

    it('should ignore composed-only properties for INDIVIDUAL recordings', async () => {
      const { sessionId } = await liveSession(emu);
      const r = await ok(emu, 'POST', '/recordings/start', 200, {
        body: { session: sessionId, outputMode: 'INDIVIDUAL', resolution: 'big', frameRate: 999 },
      });
      expect(keys(r)).toEqual(RECORDING_KEYS.filter((k) => !['frameRate', 'recordingLayout', 'resolution'].includes(k)));
      expect(r.outputMode).toBe('INDIVIDUAL');
    });
  });

  describe('lifecycle (CE: sync finalize)', () => {
    it('should start with the exact Recording JSON, then stop answering ready with size, duration and url', async () => {
      const { sessionId } = await liveSession(emu);
      const before = clock.now();
      const started = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId, name: '' } });
      expect(keys(started)).toEqual(RECORDING_KEYS);
      expect(started).toEqual({
        id: sessionId,
        object: 'recording',
        name: sessionId,
        outputMode: 'COMPOSED',
        resolution: '1280x720',
        frameRate: 25,
        recordingLayout: 'BEST_FIT',
        sessionId,
        createdAt: expect.any(Number),
        size: 0,
        duration: 0,
        url: null,
        hasAudio: true,
        hasVideo: true,
        status: 'started',
      });
      expect(started.createdAt).toBeGreaterThanOrEqual(before);
      expect((await ok(emu, 'GET', `/sessions/${sessionId}`, 200)).recording).toBe(true);
      clock.advance(20);

      const stopped = await ok(emu, 'POST', `/recordings/stop/${sessionId}`, 200, { contentType: 'application/x-www-form-urlencoded' });
      expect(stopped.status).toBe('ready');
      expect(stopped.size).toBeGreaterThan(0);
      expect(stopped.duration).toBeGreaterThan(0);
      expect(stopped.url).toBe(`${emu.url}/openvidu/recordings/${sessionId}/${sessionId}.mp4`);
      expect(await ok(emu, 'GET', `/recordings/${sessionId}`, 200)).toEqual(stopped);
      expect((await ok(emu, 'GET', `/sessions/${sessionId}`, 200)).recording).toBe(false);

      const file = await fetch(stopped.url, { headers: { authorization: basic(emu.openvidu.secret) } });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('video/mp4');
      const bytes = Buffer.from(await file.arrayBuffer());
      expect(bytes.length).toBe(stopped.size);
      expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
      expect((await fetch(stopped.url)).status).toBe(401);
    });

    it('should number further recordings of a session ~1, ~2, and reuse a freed id', async () => {
      const { sessionId } = await liveSession(emu);
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const r = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
        ids.push(r.id);
        await ok(emu, 'POST', `/recordings/stop/${r.id}`, 200);
      }
      expect(ids).toEqual([sessionId, `${sessionId}~1`, `${sessionId}~2`]);
      await ok(emu, 'DELETE', `/recordings/${sessionId}~1`, 204);
      const next = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId, name: 'take_4' } });
      expect(next).toMatchObject({ id: `${sessionId}~1`, name: 'take_4' });
    });

    it('should serve webm for composed audio-only and zip for individual recordings', async () => {
      const { sessionId } = await liveSession(emu);
      const audio = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId, hasVideo: false, name: 'voice' } });
      expect(keys(audio)).not.toContain('resolution');
      const audioReady = await ok(emu, 'POST', `/recordings/stop/${audio.id}`, 200);
      expect(audioReady.url).toMatch(/\/voice\.webm$/);
      const webm = await fetch(audioReady.url, { headers: { authorization: basic(emu.openvidu.secret) } });
      expect(webm.headers.get('content-type')).toBe('video/webm');
      expect(Buffer.from(await webm.arrayBuffer()).readUInt32BE(0)).toBe(0x1a45dfa3);

      const individual = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId, outputMode: 'INDIVIDUAL' } });
      const zipReady = await ok(emu, 'POST', `/recordings/stop/${individual.id}`, 200);
      expect(zipReady.url).toBe(`${emu.url}/openvidu/recordings/${individual.id}/${individual.id}.zip`);
      const zip = await fetch(zipReady.url, { headers: { authorization: basic(emu.openvidu.secret) } });
      expect(zip.headers.get('content-type')).toBe('application/zip');
    });

    it('should answer 404 and 409 on stop, 409 on deleting a started recording', async () => {
      const { sessionId } = await liveSession(emu);
      expect((await ov(emu, 'POST', '/recordings/stop/ses_Unknown0000')).status).toBe(404);
      const r = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
      const busy = await ov(emu, 'DELETE', `/recordings/${r.id}`);
      expect(busy.status).toBe(409);
      expect(busy.text).toBe('');
      await ok(emu, 'POST', `/recordings/stop/${r.id}`, 200);
      const twice = await ov(emu, 'POST', `/recordings/stop/${r.id}`);
      expect(twice.status).toBe(409);
      await ok(emu, 'DELETE', `/recordings/${r.id}`, 204, { contentType: 'application/x-www-form-urlencoded' });
      expect((await ov(emu, 'GET', `/recordings/${r.id}`)).status).toBe(404);
      expect((await ov(emu, 'DELETE', `/recordings/${r.id}`)).status).toBe(404);
    });

    it('should list every recording with count and items', async () => {
      const { sessionId } = await liveSession(emu);
      const r = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
      const list = await ok(emu, 'GET', '/recordings', 200);
      expect(keys(list)).toEqual(['count', 'items']);
      expect(list.count).toBe(list.items.length);
      expect(list.items.find((x: { id: string }) => x.id === r.id)).toMatchObject({ status: 'started' });
    });

    it('should take unspecified properties from the session defaults, swapping COMPOSED and QUICK_START', async () => {
      const { sessionId } = await liveSession(emu, {
        defaultRecordingProperties: { outputMode: 'COMPOSED_QUICK_START', resolution: '640x480', frameRate: 30, name: 'default_name' },
      });
      const r = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId, outputMode: 'COMPOSED' } });
      expect(r).toMatchObject({ outputMode: 'COMPOSED_QUICK_START', resolution: '640x480', frameRate: 30, name: 'default_name' });
      await ok(emu, 'POST', `/recordings/stop/${r.id}`, 200);
      const individual = await liveSession(emu, { defaultRecordingProperties: { outputMode: 'INDIVIDUAL' } });
      const ind = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: individual.sessionId } });
      expect(ind.outputMode).toBe('INDIVIDUAL');
    });

    it('should keep recordings after their session closed, stopped by the close', async () => {
      const { sessionId } = await liveSession(emu);
      await ok(emu, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
      await ok(emu, 'DELETE', `/sessions/${sessionId}`, 204);
      expect(await ok(emu, 'GET', `/recordings/${sessionId}`, 200)).toMatchObject({ status: 'ready', sessionId });
    });
  });

  describe('ALWAYS mode', () => {
    it('should start recording with the default properties when the first stream is published, not on join', async () => {
      const s = await createSession(emu, {
        recordingMode: 'ALWAYS',
        defaultRecordingProperties: { name: 'auto', resolution: '1920x1080' },
      });
      const a = await participant(emu, s.id);
      expect((await ok(emu, 'GET', `/sessions/${s.id}`, 200)).recording).toBe(false);
      await publish(emu, a);
      const r = await ok(emu, 'GET', `/recordings/${s.id}`, 200);
      expect(r).toMatchObject({ status: 'started', name: 'auto', resolution: '1920x1080' });
      expect((await ok(emu, 'GET', `/sessions/${s.id}`, 200)).recording).toBe(true);
    });

    it('should not restart after a manual stop, and not record relayed sessions', async () => {
      const s = await createSession(emu, { recordingMode: 'ALWAYS' });
      const a = await participant(emu, s.id);
      const stream = await publish(emu, a);
      await ok(emu, 'POST', `/recordings/stop/${s.id}`, 200);
      await control(emu, 'DELETE', `/emulator/clients/${a}/streams/${stream}`);
      await publish(emu, a);
      expect((await ok(emu, 'GET', `/sessions/${s.id}`, 200)).recording).toBe(false);
      // Starting by hand is still allowed.
      await ok(emu, 'POST', '/recordings/start', 200, { body: { session: s.id } });

      const relayed = await createSession(emu, { recordingMode: 'ALWAYS', mediaMode: 'RELAYED' });
      await publish(emu, await participant(emu, relayed.id));
      expect((await ok(emu, 'GET', `/sessions/${relayed.id}`, 200)).recording).toBe(false);
    });
  });

  describe('autostop', () => {
    let fast: Emulator;
    const fastClock = new ManualClock();
    beforeAll(async () => {
      fast = await startOpenVidu({ clock: fastClock, openviduAutostopMs: 150 });
    });
    afterAll(() => fast.close());

    it('should stop the recording when nobody publishes for the timeout, keeping the session while someone is there', async () => {
      const { sessionId, connectionId } = await liveSession(fast);
      const stream = (await ok(fast, 'GET', `/sessions/${sessionId}/connection/${connectionId}`, 200)).publishers[0].streamId;
      await ok(fast, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
      await ok(fast, 'DELETE', `/sessions/${sessionId}/stream/${stream}`, 204);
      fastClock.advance(150);
      expect((await ok(fast, 'GET', `/recordings/${sessionId}`, 200)).status).toBe('ready');
      expect((await ok(fast, 'GET', `/sessions/${sessionId}`, 200)).recording).toBe(false);
    });

    it('should cancel the countdown when someone publishes again', async () => {
      const { sessionId, connectionId } = await liveSession(fast, {}, false);
      await ok(fast, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
      fastClock.advance(30);
      await publish(fast, connectionId);
      fastClock.advance(250);
      expect((await ok(fast, 'GET', `/recordings/${sessionId}`, 200)).status).toBe('started');
    });

    it('should keep a session whose last participant left while recording, then close it at the timeout', async () => {
      const { sessionId, connectionId } = await liveSession(fast);
      await ok(fast, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
      await leave(fast, connectionId);
      const during = await ok(fast, 'GET', `/sessions/${sessionId}`, 200);
      expect(during).toMatchObject({ recording: true, connections: { numberOfElements: 0 } });
      // Nobody is connected: 406... but it is still being recorded, which the server checks first.
      expect((await ov(fast, 'POST', '/recordings/start', { body: { session: sessionId } })).status).toBe(409);
      expect((await ov(fast, 'POST', '/signal', { body: { session: sessionId } })).status).toBe(406);
      fastClock.advance(150);
      expect((await ov(fast, 'GET', `/sessions/${sessionId}`)).status).toBe(404);
      expect((await ok(fast, 'GET', `/recordings/${sessionId}`, 200)).status).toBe('ready');
    });

    it('should let a new participant join during the countdown', async () => {
      const { sessionId, connectionId } = await liveSession(fast);
      const spare = await createConnection(fast, sessionId);
      await ok(fast, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
      await leave(fast, connectionId);
      const back = await join(fast, spare.token);
      await publish(fast, back.connectionId);
      fastClock.advance(250);
      expect(await ok(fast, 'GET', `/sessions/${sessionId}`, 200)).toMatchObject({ recording: true });
    });
  });

  describe('PRO-like async finalize', () => {
    let pro: Emulator;
    const proClock = new ManualClock();
    beforeAll(async () => {
      pro = await startOpenVidu({ clock: proClock, openviduRecordingFinalize: 'async', archiveReadyDelayMs: 250 });
    });
    afterAll(() => pro.close());

    it('should answer stopped, then become ready after the delay', async () => {
      const { sessionId } = await liveSession(pro);
      await ok(pro, 'POST', '/recordings/start', 200, { body: { session: sessionId } });
      const stopped = await ok(pro, 'POST', `/recordings/stop/${sessionId}`, 200);
      expect(stopped).toMatchObject({ status: 'stopped', url: null, size: 0, duration: 0 });
      expect((await ok(pro, 'GET', `/recordings/${sessionId}`, 200)).status).toBe('stopped');
      // A stopped recording can already be started again in its session.
      expect((await ok(pro, 'GET', `/sessions/${sessionId}`, 200)).recording).toBe(false);
      proClock.advance(250);
      const ready = await ok(pro, 'GET', `/recordings/${sessionId}`, 200);
      expect(ready.status).toBe('ready');
      expect(ready.url).toBe(`${pro.url}/openvidu/recordings/${sessionId}/${sessionId}.mp4`);
      expect(ready.size).toBeGreaterThan(0);
    });
  });

  describe('recording module disabled', () => {
    let off: Emulator;
    afterEach(() => off.close());

    it('should answer 501 on every recording endpoint and never record ALWAYS sessions', async () => {
      off = await startOpenVidu({ openviduRecording: false });
      const s = await createSession(off, { recordingMode: 'ALWAYS' });
      await publish(off, await participant(off, s.id));
      expect((await ok(off, 'GET', `/sessions/${s.id}`, 200)).recording).toBe(false);
      for (const [method, path, body] of [
        ['POST', '/recordings/start', { session: s.id }],
        ['POST', `/recordings/stop/${s.id}`, undefined],
        ['GET', `/recordings/${s.id}`, undefined],
        ['GET', '/recordings', undefined],
        ['DELETE', `/recordings/${s.id}`, undefined],
      ] as const) {
        const res = await ov(off, method, path, body === undefined ? {} : { body });
        expect(res.status, `${method} ${path}`).toBe(501);
        expect(res.text).toBe('');
      }
      expect((await ok(off, 'GET', '/config', 200)).OPENVIDU_RECORDING).toBe(false);
    });
  });
});
