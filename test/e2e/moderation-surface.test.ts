/**
 * Streams, force mute, DTMF, Experience Composer renders, the Audio Connector, live captions and
 * IP cameras through the whole gateway over HTTP, against the shared gateway's embedded emulator:
 * each on every provider that has it (OpenTok and Vonage share one REST surface), and refused on
 * the one that does not.
 */
import { describe, expect, it } from 'vitest';
import {
  ConnectAudioStreamDocument,
  ConnectIpCameraDocument,
  CreateSessionDocument,
  DialSipDocument,
  ForceDisconnectDocument,
  GenerateTokenDocument,
  MuteSessionDocument,
  MuteStreamDocument,
  PlayDtmfDocument,
  ProviderSessionOpsDocument,
  RenderDocument,
  RendersDocument,
  SessionStreamsDocument,
  SetStreamLayoutClassesDocument,
  StartCaptionsDocument,
  StartRenderDocument,
  StopCaptionsDocument,
  StopRenderDocument,
  StreamDocument,
} from '../__generated__/graphql.js';
import { sharedGateway } from '../fixtures/shared-gateway.js';
import { joinClient, publishStream } from '../helpers/gateway.js';
import { firstError, gql, gqlOk } from '../helpers/graphql.js';

const { url, emulatorUrl } = await sharedGateway();

interface StateStream {
  streamId: string;
  audioMuted: boolean;
  layoutClassList: string[];
}
interface StateSession {
  sessionId: string;
  connections: Array<{ connectionId: string; kind: string }>;
  streams: StateStream[];
}

/** The providers of the OpenTok REST surface, which declare every operation here but IP cameras. */
const SURFACES = ['OPENTOK', 'VONAGE'] as const;

/** One face's view of one session, read from the emulator's state (the Vonage face's is under `vonage`). */
async function faceState(provider: (typeof SURFACES)[number], sessionId: string): Promise<StateSession> {
  const state = (await (await fetch(`${emulatorUrl}/emulator/state`)).json()) as {
    sessions: StateSession[];
    vonage: { sessions: StateSession[] };
  };
  const found = (provider === 'VONAGE' ? state.vonage : state).sessions.find((s) => s.sessionId === sessionId);
  if (!found) throw new Error(`session ${sessionId} missing from the emulator state`);
  return found;
}

async function newSession(input: Record<string, unknown>) {
  return (await gqlOk(url, CreateSessionDocument, { input })).createSession;
}

/** A client joins the session and publishes `streams` streams; their ids. */
async function publisher(sessionId: string, streams = 1): Promise<{ connectionId: string; streamIds: string[] }> {
  const { generateToken } = await gqlOk(url, GenerateTokenDocument, { input: { sessionId } });
  const { connectionId } = await joinClient(emulatorUrl, generateToken.token);
  const streamIds: string[] = [];
  for (let i = 0; i < streams; i += 1) streamIds.push(await publishStream(emulatorUrl, connectionId));
  return { connectionId, streamIds };
}

describe('session operations through the gateway', () => {
  it("should report each provider's session operations in providers", async () => {
    const { providers } = await gqlOk(url, ProviderSessionOpsDocument);
    const byName = Object.fromEntries(providers.map(({ name, ...rest }) => [name, rest]));
    expect(byName.OPENTOK).toEqual({
      streamLayoutClasses: true,
      forceMute: true,
      renders: true,
      audioConnector: true,
      captions: true,
      ipCameras: false,
      sip: true,
    });
    expect(byName.VONAGE).toEqual(byName.OPENTOK);
    expect(byName.OPENVIDU).toEqual({
      streamLayoutClasses: false,
      forceMute: false,
      renders: false,
      audioConnector: false,
      captions: false,
      ipCameras: true,
      sip: false,
    });
  });

  describe.each(SURFACES)('%s', (provider) => {
    /** A session of the provider: routed unless `input` says otherwise. */
    const session = (input: Record<string, unknown> = { mediaMode: 'ROUTED' }) => newSession({ provider, ...input });

    it('should read one stream, set layout classes, mute one stream and all but one', async () => {
      const s = await session();
      const { streamIds } = await publisher(s.sessionId, 3);
      const [a, b, c] = streamIds as [string, string, string];
      const { stream } = await gqlOk(url, StreamDocument, { sessionId: s.id, streamId: a });
      expect(stream).toEqual({ streamId: a, videoType: 'camera', name: null, layoutClassList: [] });
      expect((await gqlOk(url, StreamDocument, { sessionId: s.id, streamId: 'no-such-stream' })).stream).toBeNull();

      const set = await gqlOk(url, SetStreamLayoutClassesDocument, {
        input: {
          sessionId: s.id,
          streams: [
            { streamId: a, layoutClassList: ['full', 'focus'] },
            { streamId: b, layoutClassList: [] },
          ],
        },
      });
      expect(set.setStreamLayoutClasses).toBe(true);
      expect((await gqlOk(url, StreamDocument, { sessionId: s.sessionId, streamId: a })).stream?.layoutClassList).toEqual([
        'full',
        'focus',
      ]);

      expect((await gqlOk(url, MuteStreamDocument, { input: { sessionId: s.id, streamId: a } })).muteStream).toBe(true);
      const mutedOne = Object.fromEntries((await faceState(provider, s.sessionId)).streams.map((x) => [x.streamId, x.audioMuted]));
      expect(mutedOne).toEqual({ [a]: true, [b]: false, [c]: false });

      await gqlOk(url, MuteSessionDocument, { input: { sessionId: s.id, active: true, excludedStreamIds: [c] } });
      const mutedAll = Object.fromEntries((await faceState(provider, s.sessionId)).streams.map((x) => [x.streamId, x.audioMuted]));
      expect(mutedAll).toEqual({ [a]: true, [b]: true, [c]: false });
      expect((await gqlOk(url, MuteSessionDocument, { input: { sessionId: s.id, active: false } })).muteSession).toBe(true);

      const bad = firstError(await gql(url, MuteSessionDocument, { input: { sessionId: s.id, active: false, excludedStreamIds: [c] } }));
      expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.excludedStreamIds' });
    });

    it('should dial SIP with a stream selection and play DTMF to all and to the call', async () => {
      const s = await session();
      const { streamIds } = await publisher(s.sessionId);
      const { dialSip } = await gqlOk(url, DialSipDocument, {
        input: { sessionId: s.id, uri: 'sip:bob@sip.example.com', streams: streamIds, observeForceMute: true },
      });
      expect(await gqlOk(url, PlayDtmfDocument, { input: { sessionId: s.id, digits: '1234#' } })).toEqual({ playDtmf: true });
      expect(await gqlOk(url, PlayDtmfDocument, { input: { sessionId: s.id, connectionId: dialSip.connectionId, digits: '9p*' } })).toEqual(
        {
          playDtmf: true,
        },
      );
      expect(firstError(await gql(url, PlayDtmfDocument, { input: { sessionId: s.id, digits: '12x' } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.digits',
      });
      expect(firstError(await gql(url, PlayDtmfDocument, { input: { sessionId: s.id, connectionId: 'nobody', digits: '1' } })).code).toBe(
        'NOT_FOUND',
      );
    });

    it('should start a render, read it by global id (a native id is ambiguous beside Vonage), list it, stop it', async () => {
      const s = await session();
      const { startRender } = await gqlOk(url, StartRenderDocument, {
        input: { sessionId: s.id, url: 'https://example.com/board', resolution: '1280x720', maxDuration: 600, name: 'Board' },
      });
      expect(startRender).toMatchObject({
        provider,
        status: 'STARTING',
        url: 'https://example.com/board',
        session: { sessionId: s.sessionId },
      });
      expect(startRender.streamId).toBeTruthy();
      expect((await faceState(provider, s.sessionId)).connections.map((c) => c.kind)).toEqual(['render']);

      const byGlobal = (await gqlOk(url, RenderDocument, { id: startRender.id })).render;
      expect(byGlobal).toMatchObject({ renderId: startRender.renderId, status: 'STARTED', streamId: startRender.streamId });
      // OpenTok and Vonage both have renders with UUID ids: a native id names no owner.
      expect(firstError(await gql(url, RenderDocument, { id: startRender.renderId }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('OPENTOK or VONAGE'),
      });
      const listed = (await gqlOk(url, RendersDocument, { provider, first: 100 })).renders;
      expect(listed.edges.map((e) => e.node.renderId)).toContain(startRender.renderId);
      expect(listed.totalCount).toBeGreaterThanOrEqual(1);

      expect((await gqlOk(url, StopRenderDocument, { id: startRender.id })).stopRender).toBe(true);
      expect((await gqlOk(url, RenderDocument, { id: startRender.id })).render).toMatchObject({
        status: 'STOPPED',
        reason: 'Stop Requested',
      });
      expect((await faceState(provider, s.sessionId)).streams).toEqual([]);
      const unknownRender = Buffer.from(`Render:${provider}:00000000-0000-4000-8000-000000000000`).toString('base64');
      expect(firstError(await gql(url, StopRenderDocument, { id: unknownRender })).code).toBe('NOT_FOUND');
      expect(
        firstError(await gql(url, StartRenderDocument, { input: { sessionId: s.id, url: 'https://example.com/', resolution: '800x600' } })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.resolution' });
    });

    it('should connect audio to a WebSocket from a routed session, and refuse a relayed one', async () => {
      const s = await session();
      const { streamIds } = await publisher(s.sessionId);
      const { connectAudioStream } = await gqlOk(url, ConnectAudioStreamDocument, {
        input: {
          sessionId: s.id,
          uri: 'wss://example.com/audio',
          streams: streamIds,
          headers: [{ name: 'X-Room', value: 'blue' }],
          audioRate: 16000,
          bidirectional: true,
        },
      });
      expect(connectAudioStream.session.sessionId).toBe(s.sessionId);
      const state = await faceState(provider, s.sessionId);
      expect(state.connections.find((c) => c.connectionId === connectAudioStream.connectionId)?.kind).toBe('websocket');
      await gqlOk(url, ForceDisconnectDocument, { input: { sessionId: s.id, connectionId: connectAudioStream.connectionId } });

      const relayed = await session({});
      expect(
        firstError(await gql(url, ConnectAudioStreamDocument, { input: { sessionId: relayed.id, uri: 'wss://example.com/audio' } })).code,
      ).toBe('PRECONDITION_FAILED');
      expect(
        firstError(await gql(url, ConnectAudioStreamDocument, { input: { sessionId: s.id, uri: 'https://example.com/audio' } })),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.uri',
      });
    });

    it('should start captions once, stop them by global id, then NOT_FOUND', async () => {
      const s = await session();
      const { startCaptions } = await gqlOk(url, StartCaptionsDocument, {
        input: { sessionId: s.id, languageCode: 'en-US', partialCaptions: false },
      });
      expect(startCaptions.session.sessionId).toBe(s.sessionId);
      expect(firstError(await gql(url, StartCaptionsDocument, { input: { sessionId: s.id } })).code).toBe('CONFLICT');
      expect((await gqlOk(url, StopCaptionsDocument, { id: startCaptions.id })).stopCaptions).toBe(true);
      expect(firstError(await gql(url, StopCaptionsDocument, { id: startCaptions.id })).code).toBe('NOT_FOUND');
    });

    it('should refuse IP cameras: UNSUPPORTED_BY_PROVIDER', async () => {
      const s = await session();
      const error = firstError(
        await gql(url, ConnectIpCameraDocument, { input: { sessionId: s.id, rtspUri: 'rtsp://camera.example.com/live' } }),
      );
      expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.sessionId' });
      // The refusal names the deployment asked, never the surface it shares.
      expect(error.message).toContain(provider);
      if (provider === 'VONAGE') expect(error.message).not.toContain('OPENTOK');
    });
  });

  describe('OpenVidu', () => {
    it('should connect an IP camera that publishes at once, read its stream, and remove it', async () => {
      const s = await newSession({ provider: 'OPENVIDU' });
      const { connectIpCamera } = await gqlOk(url, ConnectIpCameraDocument, {
        input: { sessionId: s.id, rtspUri: 'rtsp://camera.example.com:554/live', data: 'lobby', networkCache: 1000 },
      });
      expect(connectIpCamera).toMatchObject({ status: 'ACTIVE', role: null, data: 'lobby' });
      expect(connectIpCamera.connectionId).toMatch(/^ipc_IPCAM_rtsp_/);
      const [streamId] = connectIpCamera.streamIds;
      expect(streamId).toBeTruthy();
      const streams = (await gqlOk(url, SessionStreamsDocument, { id: s.id })).session?.streams;
      expect(streams).toEqual([{ streamId, videoType: 'ipcam', layoutClassList: [] }]);
      expect((await gqlOk(url, StreamDocument, { sessionId: s.id, streamId: streamId! })).stream?.videoType).toBe('ipcam');

      await gqlOk(url, ForceDisconnectDocument, { input: { sessionId: s.id, connectionId: connectIpCamera.connectionId } });
      expect((await gqlOk(url, StreamDocument, { sessionId: s.id, streamId: streamId! })).stream).toBeNull();
      expect(
        firstError(await gql(url, ConnectIpCameraDocument, { input: { sessionId: s.id, rtspUri: 'ftp://camera.example.com/' } })),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.rtspUri',
      });
    });

    it('should refuse what OpenVidu 2 CE lacks before any upstream call: UNSUPPORTED_BY_PROVIDER', async () => {
      const s = await newSession({ provider: 'OPENVIDU' });
      const refusals = [
        await gql(url, MuteStreamDocument, { input: { sessionId: s.id, streamId: 'str_CAM_x' } }),
        await gql(url, MuteSessionDocument, { input: { sessionId: s.id, active: true } }),
        await gql(url, SetStreamLayoutClassesDocument, {
          input: { sessionId: s.id, streams: [{ streamId: 'str_CAM_x', layoutClassList: ['full'] }] },
        }),
        await gql(url, PlayDtmfDocument, { input: { sessionId: s.id, digits: '1' } }),
        await gql(url, StartRenderDocument, { input: { sessionId: s.id, url: 'https://example.com/' } }),
        await gql(url, ConnectAudioStreamDocument, { input: { sessionId: s.id, uri: 'wss://example.com/' } }),
        await gql(url, StartCaptionsDocument, { input: { sessionId: s.id } }),
      ];
      for (const result of refusals) {
        expect(firstError(result)).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.sessionId' });
        expect(firstError(result).message).toContain('OPENVIDU');
      }
      expect(firstError(await gql(url, RendersDocument, { provider: 'OPENVIDU' }))).toMatchObject({
        code: 'UNSUPPORTED_BY_PROVIDER',
        field: 'provider',
      });
    });
  });
});
