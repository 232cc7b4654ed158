/**
 * Conformance: the official `opentok` SDK, unchanged, against the emulator, for streams, force
 * mute, DTMF, Experience Composer renders, the Audio Connector and live captions. Every case
 * asserts outcomes (ids, statuses, state), not merely the absence of an error.
 */
import OpenTok from 'opentok';
import type { Callback } from 'opentok';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { control, startEmulator } from '../emulator/helpers.js';

/** A render as the SDK hands it over (the REST body). */
interface Render {
  id: string;
  sessionId: string;
  projectId: string;
  createdAt: number;
  updatedAt: number;
  url: string;
  resolution: string;
  status: string;
  streamId: string;
  reason?: string;
}

/** The SDK methods this file drives, beyond those ./opentok.d.ts declares. */
interface SessionOpsSdk {
  setStreamClassLists(
    sessionId: string,
    classListArray: Array<{ id: string; layoutClassList: string[] }>,
    callback: (error: { message: string } | null) => void,
  ): void;
  forceMuteStream(sessionId: string, streamId: string, callback: (error: { message: string } | null) => void): void;
  disableForceMute(sessionId: string, callback: (error: { message: string } | null) => void): void;
  playDTMF(sessionId: string, connectionId: string | null, digits: string, callback: (error: { message: string } | null) => void): void;
  startRender(
    options: { sessionId: string; token: string; url: string; maxDuration?: number; resolution?: string; statusCallbackUrl?: string },
    callback: Callback<Render>,
  ): void;
  getRender(renderId: string, callback: Callback<Render>): void;
  listRenders(options: { offset?: number; count?: number }, callback: Callback<{ count: number; items: Render[] }>): void;
  stopRender(renderId: string, callback: (error: { message: string } | null) => void): void;
  websocketConnect(
    sessionId: string,
    token: string,
    websocketUri: string,
    options: { streams?: string[]; headers?: Record<string, string>; bidirectional?: boolean },
    callback: Callback<{ id: string; connectionId: string }>,
  ): void;
  startCaptions(
    sessionId: string,
    token: string,
    options: { languageCode?: string; maxDuration?: number; partialCaptions?: boolean },
    callback: Callback<string>,
  ): void;
  stopCaptions(captionsId: string, callback: Callback<boolean>): void;
}

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
  connections: Array<{ connectionId: string; kind: string; data: string | null }>;
  streams: Array<{ streamId: string; connectionId: string; audioMuted: boolean; layoutClassList: string[]; videoType: string }>;
  forceMute: { active: boolean; excludedStreamIds: string[] };
}

describe('opentok SDK 2.23 against the emulator: session operations', () => {
  let emu: Emulator;
  let ot: OpenTok & SessionOpsSdk;

  beforeAll(async () => {
    emu = await startEmulator();
    // The SDK has these methods; ./opentok.d.ts declares only those the other contract tests use.
    ot = new OpenTok(emu.opentok.apiKey, emu.opentok.apiSecret, { apiUrl: emu.url }) as OpenTok & SessionOpsSdk;
  });
  afterAll(() => emu.close());

  function sessionState(sessionId: string): StateSession {
    const found = (emu.state() as { sessions: StateSession[] }).sessions.find((s) => s.sessionId === sessionId);
    if (!found) throw new Error(`session ${sessionId} missing from state`);
    return found;
  }

  async function session(mediaMode: 'routed' | 'relayed' = 'routed'): Promise<string> {
    return (await sdk<{ sessionId: string }>((cb) => ot.createSession({ mediaMode }, cb))).sessionId;
  }

  async function connect(sessionId: string): Promise<string> {
    const res = await control(emu, 'POST', '/emulator/clients', { token: ot.generateToken(sessionId) });
    expect(res.status).toBe(201);
    return res.json.connectionId as string;
  }

  async function publish(connectionId: string): Promise<string> {
    const res = await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, {});
    expect(res.status).toBe(201);
    return res.json.streamId as string;
  }

  describe('streams and force mute', () => {
    it('should set layout class lists that listStreams then shows', async () => {
      const sessionId = await session();
      const c = await connect(sessionId);
      const [a, b] = [await publish(c), await publish(c)];
      await sdk<void>((cb) =>
        ot.setStreamClassLists(
          sessionId,
          [
            { id: a, layoutClassList: ['full'] },
            { id: b, layoutClassList: ['full', 'focus'] },
          ],
          (e) => cb(e),
        ),
      );
      const streams = await sdk<Array<{ id: string; layoutClassList: string[] }>>((cb) => ot.listStreams(sessionId, cb));
      expect(Object.fromEntries(streams.map((s) => [s.id, s.layoutClassList]))).toEqual({ [a]: ['full'], [b]: ['full', 'focus'] });
      expect(await sdkError((cb) => ot.setStreamClassLists(sessionId, [{ id: 'nope', layoutClassList: [] }], cb))).toMatch(/not found/i);
    });

    it('should mute one stream, mute all, then lift the mute-all so new streams publish unmuted', async () => {
      const sessionId = await session();
      const c = await connect(sessionId);
      const [a, b] = [await publish(c), await publish(c)];
      await sdk<void>((cb) => ot.forceMuteStream(sessionId, a, (e) => cb(e)));
      expect(sessionState(sessionId).streams.map((s) => s.audioMuted)).toEqual([true, false]);

      await sdk<void>((cb) => ot.forceMuteAll(sessionId, {}, (e) => cb(e)));
      expect(sessionState(sessionId).forceMute.active).toBe(true);
      expect(sessionState(sessionId).streams.find((s) => s.streamId === b)?.audioMuted).toBe(true);
      const duringMute = await publish(c);
      expect(sessionState(sessionId).streams.find((s) => s.streamId === duringMute)?.audioMuted).toBe(true);

      await sdk<void>((cb) => ot.disableForceMute(sessionId, (e) => cb(e)));
      expect(sessionState(sessionId).forceMute).toEqual({ active: false, excludedStreamIds: [] });
      const afterMute = await publish(c);
      expect(sessionState(sessionId).streams.find((s) => s.streamId === afterMute)?.audioMuted).toBe(false);
      expect(await sdkError((cb) => ot.forceMuteStream(sessionId, 'no-such-stream', cb))).toMatch(/not found/i);
    });
  });

  describe('SIP DTMF', () => {
    it('should play DTMF to every SIP participant and to one, and refuse bad digits', async () => {
      const sessionId = await session();
      await connect(sessionId);
      const call = await sdk<{ connectionId: string }>((cb) =>
        ot.dial(sessionId, ot.generateToken(sessionId), 'sip:alice@example.com', { streams: [] }, cb),
      );
      await sdk<void>((cb) => ot.playDTMF(sessionId, null, '1234#', (e) => cb(e)));
      await sdk<void>((cb) => ot.playDTMF(sessionId, call.connectionId, '9p*', (e) => cb(e)));
      expect(await sdkError((cb) => ot.playDTMF(sessionId, null, '12x', cb))).toMatch(/Unexpected response/);
      expect(await sdkError((cb) => ot.playDTMF(sessionId, 'nobody', '1', cb))).toMatch(/not found/i);
    });
  });

  describe('Experience Composer', () => {
    it('should start a render that publishes a stream, read, list and stop it', async () => {
      const sessionId = await session();
      const started = await sdk<Render>((cb) =>
        ot.startRender({ sessionId, token: ot.generateToken(sessionId), url: 'https://example.com/board' }, cb),
      );
      expect(started).toMatchObject({ sessionId, status: 'starting', url: 'https://example.com/board', resolution: '1280x720' });
      expect(started.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof started.projectId).toBe('string');
      expect(sessionState(sessionId).streams.map((s) => s.streamId)).toEqual([started.streamId]);

      const read = await sdk<Render>((cb) => ot.getRender(started.id, cb));
      expect(read).toMatchObject({ id: started.id, status: 'started', streamId: started.streamId });
      expect(read.reason).toBeUndefined();
      const page = await sdk<{ count: number; items: Render[] }>((cb) => ot.listRenders({ count: 1000 }, cb));
      expect(page.items.map((r) => r.id)).toContain(started.id);
      expect(page.count).toBe(page.items.length);

      await sdk<void>((cb) => ot.stopRender(started.id, (e) => cb(e)));
      expect(await sdk<Render>((cb) => ot.getRender(started.id, cb))).toMatchObject({ status: 'stopped', reason: 'Stop Requested' });
      expect(sessionState(sessionId).streams).toEqual([]);
      expect(await sdkError((cb) => ot.getRender('00000000-0000-4000-8000-000000000000', cb))).toMatch(/not found/i);
    });
  });

  describe('Audio Connector', () => {
    it('should connect a routed session to a WebSocket, and refuse a relayed one', async () => {
      const sessionId = await session();
      const c = await connect(sessionId);
      const stream = await publish(c);
      const connected = await sdk<{ id: string; connectionId: string }>((cb) =>
        ot.websocketConnect(
          sessionId,
          ot.generateToken(sessionId),
          'wss://example.com/audio',
          { streams: [stream], headers: { 'X-Room': '1' }, bidirectional: true },
          cb,
        ),
      );
      expect(connected.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(sessionState(sessionId).connections.find((x) => x.connectionId === connected.connectionId)?.kind).toBe('websocket');

      const relayed = await session('relayed');
      expect(await sdkError((cb) => ot.websocketConnect(relayed, ot.generateToken(relayed), 'wss://example.com/audio', {}, cb))).toMatch(
        /Error connecting to websocket/,
      );
    });
  });

  describe('live captions', () => {
    it('should start captions once per session, stop them, then answer not found', async () => {
      const sessionId = await session();
      const token = ot.generateToken(sessionId, { role: 'moderator' });
      const captionsId = await sdk<string>((cb) => ot.startCaptions(sessionId, token, {}, cb));
      expect(captionsId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await sdkError((cb) => ot.startCaptions(sessionId, token, { languageCode: 'en-US' }, cb))).toMatch(/already started/);
      expect(await sdk<boolean>((cb) => ot.stopCaptions(captionsId, cb))).toBe(true);
      expect(await sdkError((cb) => ot.stopCaptions(captionsId, cb))).toMatch(/not found/i);
    });
  });
});
