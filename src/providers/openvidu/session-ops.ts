/**
 * The session operations of ../session-ops-types.ts on OpenVidu 2 CE: one stream (read from the
 * session's connections) and IP cameras (docs/providers/openvidu.md#ip-cameras). The rest are not
 * in its REST API: they are declared absent, so the GraphQL layer never calls them.
 */
import { GatewayError, isGatewayError } from '../../errors.js';
import type { ConnectIpCameraOptions, SessionOpsCapabilities, SessionOpsProvider } from '../session-ops-types.js';
import type { StreamInfo } from '../types.js';
import type { OpenViduRestClient } from './client.js';
import { toConnectionInfo } from './mapping.js';
import { checkSessionId } from './validation.js';

const PROVIDER = 'OPENVIDU';

/** What OpenVidu 2 CE offers of the session operations. */
export const OPENVIDU_SESSION_OPS_CAPABILITIES: SessionOpsCapabilities = {
  streamLayoutClasses: false,
  forceMute: false,
  renders: false,
  audioConnector: false,
  captions: false,
  ipCameras: true,
};

/** What OpenVidu 2 CE lacks among them, and what to do instead. */
export const OPENVIDU_SESSION_OPS_HINTS = {
  streamLayoutClasses: 'OpenVidu has no layout classes; use a CUSTOM recording layout instead',
  forceMute: 'OpenVidu 2 has no server-side mute; send a signal the clients act on, or forceUnpublish the stream',
  renders: 'OpenVidu 2 has no Experience Composer',
  audioConnector: 'OpenVidu 2 has no WebSocket audio connector',
  captions: 'OpenVidu 2 CE has no live captions',
} as const;

/** The `POST /sessions/{id}/connection` body of an IP camera (only the fields that are set). */
export function planIpCamera(options: ConnectIpCameraOptions): Record<string, unknown> {
  const body: Record<string, unknown> = { type: 'IPCAM', rtspUri: options.rtspUri };
  if (options.data !== undefined) body.data = options.data;
  if (options.record !== undefined) body.record = options.record;
  if (options.adaptativeBitrate !== undefined) body.adaptativeBitrate = options.adaptativeBitrate;
  if (options.onlyPlayWithSubscribers !== undefined) body.onlyPlayWithSubscribers = options.onlyPlayWithSubscribers;
  if (options.networkCache !== undefined) body.networkCache = options.networkCache;
  return body;
}

/** What the operations need from the adapter. */
export interface OpenViduSessionOpsDeps {
  rest: OpenViduRestClient;
  listStreams(sessionId: string): Promise<StreamInfo[]>;
}

/** The session operations of one OpenVidu deployment. */
export function createOpenViduSessionOps(deps: OpenViduSessionOpsDeps): SessionOpsProvider {
  const lacks = (feature: keyof typeof OPENVIDU_SESSION_OPS_HINTS) => async (): Promise<never> => {
    throw new GatewayError('UNSUPPORTED_BY_PROVIDER', `OPENVIDU does not support ${feature}: ${OPENVIDU_SESSION_OPS_HINTS[feature]}`, {
      provider: PROVIDER,
    });
  };
  return {
    /** From the session's active connections; null when the session or the stream is unknown. */
    async getStream(sessionId, streamId) {
      try {
        return (await deps.listStreams(sessionId)).find((s) => s.streamId === streamId) ?? null;
      } catch (error) {
        if (isGatewayError(error) && error.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
    setStreamLayoutClasses: lacks('streamLayoutClasses'),
    muteStream: lacks('forceMute'),
    muteSession: lacks('forceMute'),
    playDtmf: async () => {
      throw new GatewayError('UNSUPPORTED_BY_PROVIDER', 'OPENVIDU does not support DTMF: OpenVidu 2 has no SIP in its REST API', {
        provider: PROVIDER,
      });
    },
    startRender: lacks('renders'),
    stopRender: lacks('renders'),
    getRender: lacks('renders'),
    listRenders: lacks('renders'),
    connectAudioStream: lacks('audioConnector'),
    startCaptions: lacks('captions'),
    stopCaptions: lacks('captions'),
    /** An IPCAM connection: active at once, publishing the camera's stream. */
    async connectIpCamera(options) {
      checkSessionId('input.sessionId', options.sessionId);
      const dto = await deps.rest.createConnection(options.sessionId, planIpCamera(options));
      const connection = toConnectionInfo(dto, options.sessionId);
      if (connection === null) {
        throw new GatewayError('UPSTREAM_ERROR', 'OpenVidu sent an unexpected response to connectIpCamera', { provider: PROVIDER });
      }
      return connection;
    },
  };
}
