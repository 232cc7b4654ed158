/**
 * Configuration endpoints (docs/providers/openvidu.md#configuration-endpoints): `GET /config` with the CE keys, and the small
 * text/boolean ones; `openvidu-publicurl` is public (the usual CE liveness probe).
 */
import { json, route } from '../../http.js';
import type { Reply, Route } from '../../http.js';
import type { OpenViduRuntime } from '../runtime.js';

/** The server version the emulator speaks for. */
export const OPENVIDU_VERSION = '2.32.2';

/** The webhook events a default deployment sends (`OPENVIDU_WEBHOOK_EVENTS`). */
const WEBHOOK_EVENTS = [
  'sessionCreated',
  'sessionDestroyed',
  'participantJoined',
  'participantLeft',
  'webrtcConnectionCreated',
  'webrtcConnectionDestroyed',
  'recordingStatusChanged',
  'filterEventDispatched',
  'signalSent',
  'mediaNodeStatusChanged',
  'autoscaling',
  'nodeCrashed',
  'nodeRecovered',
  'broadcastStarted',
  'broadcastStopped',
];

const RECORDING_PATH = '/opt/openvidu/recordings/';

function text(body: string): Reply {
  return { status: 200, body, contentType: 'text/plain;charset=UTF-8' };
}

/** The CE configuration object. The webhook token is masked: the state of a dev tool is often shared. */
function configJson(ov: OpenViduRuntime): Record<string, unknown> {
  const base = new URL(ov.baseUrl());
  const s = ov.settings;
  return {
    VERSION: OPENVIDU_VERSION,
    DOMAIN_OR_PUBLIC_IP: base.hostname,
    HTTPS_PORT: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
    OPENVIDU_PUBLICURL: ov.baseUrl(),
    OPENVIDU_CDR: false,
    OPENVIDU_STREAMS_VIDEO_MAX_RECV_BANDWIDTH: 1000,
    OPENVIDU_STREAMS_VIDEO_MIN_RECV_BANDWIDTH: 300,
    OPENVIDU_STREAMS_VIDEO_MAX_SEND_BANDWIDTH: 1000,
    OPENVIDU_STREAMS_VIDEO_MIN_SEND_BANDWIDTH: 300,
    OPENVIDU_STREAMS_FORCED_VIDEO_CODEC: 'MEDIA_SERVER_PREFERRED',
    OPENVIDU_STREAMS_ALLOW_TRANSCODING: false,
    OPENVIDU_WEBRTC_SIMULCAST: false,
    OPENVIDU_SESSIONS_GARBAGE_INTERVAL: 900,
    OPENVIDU_SESSIONS_GARBAGE_THRESHOLD: 3600,
    OPENVIDU_RECORDING: s.recording,
    ...(s.recording
      ? {
          OPENVIDU_RECORDING_VERSION: OPENVIDU_VERSION,
          OPENVIDU_RECORDING_PATH: RECORDING_PATH,
          OPENVIDU_RECORDING_PUBLIC_ACCESS: false,
          OPENVIDU_RECORDING_NOTIFICATION: 'publisher_moderator',
          OPENVIDU_RECORDING_CUSTOM_LAYOUT: '/opt/openvidu/custom-layout/',
          OPENVIDU_RECORDING_AUTOSTOP_TIMEOUT: s.autostopMs / 1000,
        }
      : {}),
    OPENVIDU_WEBHOOK: Boolean(s.webhookUrl),
    ...(s.webhookUrl
      ? {
          OPENVIDU_WEBHOOK_ENDPOINT: s.webhookUrl,
          OPENVIDU_WEBHOOK_HEADERS: s.webhookToken ? ['Authorization: Bearer ********'] : [],
          OPENVIDU_WEBHOOK_EVENTS: WEBHOOK_EVENTS,
        }
      : {}),
  };
}

export function configRoutes(ov: OpenViduRuntime): Route[] {
  const publicUrl = (): Reply => text(ov.baseUrl());
  return [
    route('GET', '/openvidu/api/config/openvidu-publicurl', publicUrl, { public: true }),
    route('HEAD', '/openvidu/api/config/openvidu-publicurl', publicUrl, { public: true }),
    route('GET', '/openvidu/api/config', () => json(200, configJson(ov))),
    route('GET', '/openvidu/api/config/openvidu-version', () => text(OPENVIDU_VERSION)),
    route('GET', '/openvidu/api/config/openvidu-recording', () => json(200, ov.settings.recording)),
    route('GET', '/openvidu/api/config/openvidu-recording-path', () => text(RECORDING_PATH)),
    route('GET', '/openvidu/api/config/openvidu-cdr', () => json(200, false)),
  ];
}
