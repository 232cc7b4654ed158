/**
 * Broadcasts, layouts and stream selection end to end: GraphQL over real HTTP and graphql-ws, the
 * OpenTok and Vonage adapters, the emulator and its broadcast callbacks back into the gateway's
 * webhook routes (OpenTok's taken as hints, Vonage's signed); and OpenVidu's refusals, before any
 * upstream call.
 */
import { Video } from '@vonage/video';
import OpenTok from 'opentok';
import type { Broadcast } from 'opentok';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  AddArchiveStreamDocument,
  AddBroadcastStreamDocument,
  BroadcastDocument,
  BroadcastsDocument,
  BroadcastStatusChangedDocument,
  CreateSessionDocument,
  GenerateTokenDocument,
  RemoveArchiveStreamDocument,
  RemoveBroadcastStreamDocument,
  SetArchiveLayoutDocument,
  SetBroadcastLayoutDocument,
  StartArchiveDocument,
  StartBroadcastDocument,
  StopBroadcastDocument,
} from '../__generated__/graphql.js';
import { joinClient, publishStream, startTestGateway, subscribe, untilListening, wsClient } from '../helpers/gateway.js';
import { firstError, gql, gqlOk } from '../helpers/graphql.js';

const RTMP = { id: 'yt', serverUrl: 'rtmps://live.example.com/app', streamName: 'key-1' };

/** The emulator's sessions: the OpenTok face's at the top, the Vonage face's under `vonage`. */
interface EmulatorState {
  sessions: Array<{ sessionId: string; broadcasts: unknown[] }>;
  vonage: { sessions: Array<{ sessionId: string; broadcasts: unknown[] }> };
}

/** The providers that declare broadcasts, layouts and stream selection. */
const BROADCASTERS = ['OPENTOK', 'VONAGE'] as const;

// Its own gateway: it counts bus listeners to know a session subscription has reached the server.
describe('broadcasts through the gateway (embedded emulator)', () => {
  let gateway: Gateway;
  let emu: string;

  beforeAll(async () => {
    // Vonage callbacks signed, so its broadcast callbacks take the verified path.
    gateway = await startTestGateway({ VONAGE_WEBHOOK_SECRET: 'vonage-broadcast-callback-secret' });
    emu = gateway.emulator!.url;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  describe.each(BROADCASTERS)('on %s', (provider) => {
    /** A routed session of the provider with a client publishing one stream. */
    const liveSession = async () => {
      const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { provider, mediaMode: 'ROUTED' } });
      const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: createSession.id } });
      const { connectionId } = await joinClient(emu, generateToken.token);
      const streamId = await publishStream(emu, connectionId);
      return { session: createSession, streamId };
    };

    /** Stops a broadcast with the provider's official SDK, straight at the emulator. */
    const stopWithTheSdk = async (broadcastId: string): Promise<void> => {
      if (provider === 'VONAGE') {
        await new Video(gateway.emulator!.vonage, { videoHost: emu }).stopBroadcast(broadcastId);
        return;
      }
      const ot = new OpenTok(gateway.emulator!.opentok.apiKey, gateway.emulator!.opentok.apiSecret, { apiUrl: emu });
      await new Promise<Broadcast | undefined>((resolve, reject) =>
        ot.stopBroadcast(broadcastId, (e, b) => (e ? reject(new Error(e.message)) : resolve(b))),
      );
    };

    it('should start an HLS and RTMP broadcast, read it, list it and stop it', async () => {
      const { session } = await liveSession();
      const { startBroadcast } = await gqlOk(gateway.url, StartBroadcastDocument, {
        input: {
          sessionId: session.id,
          hls: { dvr: true },
          rtmp: [RTMP],
          maxDuration: 600,
          resolution: '1280x720',
          multiBroadcastTag: 'main',
        },
      });
      expect(startBroadcast).toMatchObject({
        status: 'STARTED',
        provider,
        maxDuration: 600,
        resolution: '1280x720',
        multiBroadcastTag: 'main',
        streamMode: 'AUTO',
        hls: { dvr: true, lowLatency: false, status: 'LIVE' },
        rtmp: [{ ...RTMP, status: 'LIVE' }],
        session: { id: session.id, sessionId: session.sessionId },
      });
      expect(startBroadcast.hlsUrl).toMatch(/\.m3u8$/);
      expect(startBroadcast.streams).toHaveLength(1);

      // By global id and by native id.
      expect((await gqlOk(gateway.url, BroadcastDocument, { id: startBroadcast.id })).broadcast?.broadcastId).toBe(
        startBroadcast.broadcastId,
      );
      expect((await gqlOk(gateway.url, BroadcastDocument, { id: startBroadcast.broadcastId })).broadcast?.id).toBe(startBroadcast.id);

      const { broadcasts } = await gqlOk(gateway.url, BroadcastsDocument, { sessionId: session.id, first: 10 });
      expect(broadcasts.totalCount).toBe(1);
      expect(broadcasts.edges.map((e) => e.node.id)).toEqual([startBroadcast.id]);

      const { stopBroadcast } = await gqlOk(gateway.url, StopBroadcastDocument, { id: startBroadcast.id });
      expect(stopBroadcast).toMatchObject({ status: 'STOPPED', hlsUrl: null, rtmp: [] });
      // OpenTok and Vonage answer 404 for a stopped broadcast; the gateway says what it is.
      const again = firstError(await gql(gateway.url, StopBroadcastDocument, { id: startBroadcast.id }));
      expect(again.code).toBe('CONFLICT');
      expect(again.message).toMatch(/not running/);
    });

    it('should refuse a second untagged broadcast of a session with CONFLICT, and a relayed session with PRECONDITION_FAILED', async () => {
      const { session } = await liveSession();
      await gqlOk(gateway.url, StartBroadcastDocument, { input: { sessionId: session.id, hls: {} } });
      expect(firstError(await gql(gateway.url, StartBroadcastDocument, { input: { sessionId: session.id, hls: {} } })).code).toBe(
        'CONFLICT',
      );
      const relayed = (await gqlOk(gateway.url, CreateSessionDocument, { input: { provider } })).createSession;
      expect(firstError(await gql(gateway.url, StartBroadcastDocument, { input: { sessionId: relayed.id, hls: {} } })).code).toBe(
        'PRECONDITION_FAILED',
      );
    });

    it('should push broadcastStatusChanged over graphql-ws: the snapshot, then STOPPED from a callback', async () => {
      const { session } = await liveSession();
      const { startBroadcast } = await gqlOk(gateway.url, StartBroadcastDocument, { input: { sessionId: session.id, rtmp: [RTMP] } });
      const ws = wsClient(gateway.url);
      const watch = subscribe(ws, BroadcastStatusChangedDocument, { broadcastId: startBroadcast.id });
      const [first] = await watch.until(1);
      expect(first!.data!.broadcastStatusChanged).toMatchObject({
        status: 'STARTED',
        previousStatus: null,
        broadcast: { id: startBroadcast.id },
      });

      // Stopped behind the gateway's back: only the emulator's callback can tell the subscriber.
      await stopWithTheSdk(startBroadcast.broadcastId);
      const events = await watch.until(2);
      expect(events[1]!.data!.broadcastStatusChanged).toMatchObject({ status: 'STOPPED', previousStatus: 'STARTED' });
      watch.dispose();
      await ws.dispose();
    });

    it('should push the running broadcasts of a session, then a new one, to a sessionId subscription', async () => {
      const { session } = await liveSession();
      const { startBroadcast: running } = await gqlOk(gateway.url, StartBroadcastDocument, { input: { sessionId: session.id, hls: {} } });
      const ws = wsClient(gateway.url);
      const listening = gateway.app.bus.listenerCount;
      const watch = subscribe(ws, BroadcastStatusChangedDocument, { sessionId: session.id });
      const [snapshot] = await watch.until(1);
      expect(snapshot!.data!.broadcastStatusChanged).toMatchObject({ status: 'STARTED', broadcast: { id: running.id } });
      await untilListening(gateway, listening + 1);
      const { startBroadcast: tagged } = await gqlOk(gateway.url, StartBroadcastDocument, {
        input: { sessionId: session.id, hls: {}, multiBroadcastTag: 'backup' },
      });
      const events = await watch.until(2);
      expect(events[1]!.data!.broadcastStatusChanged).toMatchObject({
        status: 'STARTED',
        previousStatus: null,
        broadcast: { id: tagged.id },
      });
      watch.dispose();
      await ws.dispose();
    });

    it('should change the layout of a broadcast and select its streams in MANUAL mode', async () => {
      const { session, streamId } = await liveSession();
      const { startBroadcast } = await gqlOk(gateway.url, StartBroadcastDocument, {
        input: { sessionId: session.id, hls: { lowLatency: true }, streamMode: 'MANUAL', layout: { type: 'PIP' } },
      });
      expect(startBroadcast).toMatchObject({ streamMode: 'MANUAL', streams: [] });
      const id = startBroadcast.id;
      await gqlOk(gateway.url, SetBroadcastLayoutDocument, {
        input: { id, layout: { type: 'CUSTOM', stylesheet: 'stream { width: 50%; }' } },
      });
      const added = await gqlOk(gateway.url, AddBroadcastStreamDocument, { input: { id, streamId, hasVideo: false } });
      expect(added.addBroadcastStream.streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
      const removed = await gqlOk(gateway.url, RemoveBroadcastStreamDocument, { input: { id, streamId } });
      expect(removed.removeBroadcastStream.streams).toEqual([]);
    });

    it('should refuse stream selection on an AUTO broadcast with PRECONDITION_FAILED', async () => {
      const { session, streamId } = await liveSession();
      const { startBroadcast } = await gqlOk(gateway.url, StartBroadcastDocument, { input: { sessionId: session.id, hls: {} } });
      const refused = firstError(await gql(gateway.url, AddBroadcastStreamDocument, { input: { id: startBroadcast.id, streamId } }));
      expect(refused.code).toBe('PRECONDITION_FAILED');
      expect(refused.message).toMatch(/streamMode MANUAL/);
    });

    it('should start an archive with a layout, MANUAL streams and a bitrate, then change its layout and streams', async () => {
      const { session, streamId } = await liveSession();
      const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, {
        input: { sessionId: session.id, layout: { type: 'BEST_FIT', screenshareType: 'PIP' }, streamMode: 'MANUAL', maxBitrate: 2_000_000 },
      });
      const id = startArchive.id;
      expect(
        (await gqlOk(gateway.url, SetArchiveLayoutDocument, { input: { id, layout: { type: 'VERTICAL_PRESENTATION' } } })).setArchiveLayout
          .status,
      ).toBe('STARTED');
      const added = await gqlOk(gateway.url, AddArchiveStreamDocument, { input: { id, streamId, hasAudio: false } });
      expect(added.addArchiveStream).toMatchObject({ streamMode: 'MANUAL', streams: [{ streamId, hasAudio: false, hasVideo: true }] });
      expect((await gqlOk(gateway.url, RemoveArchiveStreamDocument, { input: { id, streamId } })).removeArchiveStream.streams).toEqual([]);
    });

    it('should refuse bad broadcast and layout inputs with BAD_USER_INPUT naming the field, before any upstream call', async () => {
      const { session } = await liveSession();
      const sessionId = session.id;
      const cases: [Record<string, unknown>, string][] = [
        [{}, 'input.hls'],
        [{ hls: { dvr: true, lowLatency: true } }, 'input.hls.lowLatency'],
        [{ rtmp: Array.from({ length: 6 }, (_, i) => ({ ...RTMP, id: `t${i}` })) }, 'input.rtmp'],
        [{ rtmp: [{ ...RTMP, serverUrl: 'http://live.example.com/app' }] }, 'input.rtmp.0.serverUrl'],
        [{ rtmp: [RTMP, RTMP] }, 'input.rtmp.1.id'],
        [{ hls: {}, maxDuration: 30 }, 'input.maxDuration'],
        [{ hls: {}, maxBitrate: 10 }, 'input.maxBitrate'],
        [{ hls: {}, layout: { type: 'CUSTOM' } }, 'input.layout.stylesheet'],
        [{ hls: {}, layout: { type: 'PIP', screenshareType: 'BEST_FIT' } }, 'input.layout.screenshareType'],
      ];
      for (const [input, field] of cases) {
        expect(firstError(await gql(gateway.url, StartBroadcastDocument, { input: { sessionId, ...input } })), field).toMatchObject({
          code: 'BAD_USER_INPUT',
          field,
        });
      }
      const state = gateway.emulator!.state() as EmulatorState;
      expect((provider === 'VONAGE' ? state.vonage : state).sessions.find((s) => s.sessionId === session.sessionId)?.broadcasts).toEqual(
        [],
      );
      const archive = firstError(
        await gql(gateway.url, StartArchiveDocument, { input: { sessionId, maxBitrate: 2_000_000, quantizationParameter: 20 } }),
      );
      expect(archive).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quantizationParameter' });
    });
  });

  describe('on OpenVidu', () => {
    it('should refuse broadcasts, archive layouts and stream selection with UNSUPPORTED_BY_PROVIDER, never an upstream 403', async () => {
      const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { provider: 'OPENVIDU' } });
      const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: createSession.id } });
      await joinClient(emu, generateToken.token);
      const broadcast = firstError(await gql(gateway.url, StartBroadcastDocument, { input: { sessionId: createSession.id, hls: {} } }));
      expect(broadcast).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.sessionId' });
      expect(broadcast.message).toMatch(/OPENVIDU cannot broadcast.*paid editions/);
      const list = firstError(await gql(gateway.url, BroadcastsDocument, { provider: 'OPENVIDU' }));
      expect(list).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'provider' });

      const layout = firstError(
        await gql(gateway.url, StartArchiveDocument, { input: { sessionId: createSession.id, layout: { type: 'PIP' } } }),
      );
      expect(layout).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.layout' });
      expect(layout.message).toMatch(/recordingLayout/);

      const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: createSession.id } });
      const change = firstError(
        await gql(gateway.url, SetArchiveLayoutDocument, { input: { id: startArchive.id, layout: { type: 'BEST_FIT' } } }),
      );
      expect(change).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.id' });
      const streams = firstError(await gql(gateway.url, AddArchiveStreamDocument, { input: { id: startArchive.id, streamId: 'str_x' } }));
      expect(streams).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.id' });
      const ws = wsClient(gateway.url);
      const watch = subscribe(ws, BroadcastStatusChangedDocument, { sessionId: createSession.id });
      const [event] = await watch.until(1);
      expect(event!.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'sessionId' });
      await ws.dispose();
    });
  });
});
