/**
 * The OpenVidu 2 face of the emulator, under `/openvidu`: the REST API authenticated with HTTP
 * Basic, the deployment's sessions, connections and recordings, its webhooks, and the simulated
 * browsers that join with OpenVidu tokens (docs/providers/openvidu.md). The mount is `/openvidu`
 * rather than `/openvidu/api` because the server also serves recording files under
 * `/openvidu/recordings` and answers the rest of `/openvidu` by its own rules.
 */
import { randomInt } from 'node:crypto';
import { checkDelay, checkHttpUrl } from '../checks.js';
import type { Face, FaceContext } from '../face.js';
import { WebhookSender } from '../webhook-sender.js';
import { authenticateOpenVidu } from './auth.js';
import * as clients from './clients.js';
import { OpenViduError, openviduErrorReply } from './errors.js';
import { connectionJson, sessionJson } from './json.js';
import { Platform } from './platform.js';
import { Recorder } from './recorder.js';
import { configRoutes } from './routes/config.js';
import { connectionRoutes } from './routes/connections.js';
import { controlRoutes } from './routes/control.js';
import { recordingRoutes } from './routes/recordings.js';
import { sessionRoutes } from './routes/sessions.js';
import { signalRoutes } from './routes/signals.js';
import type { OpenViduRuntime, OpenViduSettings } from './runtime.js';
import { WEBHOOK_POLICY, webhookSink } from './webhooks.js';

/** The OpenVidu options of `createEmulator`. */
export interface OpenViduOptions {
  /** The OpenVidu deployment to serve. @default a generated dev secret (24 random alphanumerics) */
  openvidu?: { secret: string };
  /** Where OpenVidu webhooks are POSTed; none when unset. */
  openviduWebhookUrl?: string;
  /**
   * When set, every OpenVidu webhook carries `Authorization: Bearer <token>`, as a deployment
   * configured with `OPENVIDU_WEBHOOK_HEADERS=["Authorization: Bearer <token>"]` would.
   */
  openviduWebhookToken?: string;
  /**
   * How a recording stop finalizes. `'sync'` (OpenVidu CE): `POST /recordings/stop` answers
   * `ready` with the final size, duration and url, and the webhooks say `stopped` then `ready`.
   * `'async'` (PRO): the stop answers `stopped`; `ready` follows after `archiveReadyDelayMs`.
   * @default 'sync'
   */
  openviduRecordingFinalize?: 'sync' | 'async';
  /** `OPENVIDU_RECORDING_AUTOSTOP_TIMEOUT` in milliseconds. @default 120000 */
  openviduAutostopMs?: number;
  /** `OPENVIDU_RECORDING`: `false` answers 501 on every recording endpoint. @default true */
  openviduRecording?: boolean;
}

/** The OpenVidu settings `Emulator.configure()` may change; a key present as `undefined` unsets it. */
export interface OpenViduPatch {
  openviduWebhookUrl?: string;
  openviduWebhookToken?: string;
}

/** The OpenVidu face, with the secret it serves. */
export interface OpenViduFace extends Face {
  readonly secret: string;
  configure(patch: OpenViduPatch): void;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh dev secret: 24 random alphanumerics. */
export function generateDevSecret(): string {
  let out = '';
  for (let i = 0; i < 24; i += 1) out += ALNUM[randomInt(ALNUM.length)];
  return out;
}

/** Builds the OpenVidu face. */
export function createOpenViduFace(options: OpenViduOptions, context: FaceContext): OpenViduFace {
  const secret = options.openvidu?.secret ?? generateDevSecret();
  if (!secret) throw new TypeError('openvidu.secret must be non-empty');
  const settings: OpenViduSettings = {
    recording: options.openviduRecording ?? true,
    recordingFinalize: options.openviduRecordingFinalize ?? 'sync',
    autostopMs: checkDelay('openviduAutostopMs', options.openviduAutostopMs ?? 120_000),
    webhookUrl: checkHttpUrl('openviduWebhookUrl', options.openviduWebhookUrl),
    webhookToken: options.openviduWebhookToken || undefined,
  };
  if (settings.recordingFinalize !== 'sync' && settings.recordingFinalize !== 'async') {
    throw new TypeError('openviduRecordingFinalize must be "sync" or "async"');
  }

  const { timers, logger, baseUrl } = context;
  const webhooks = new WebhookSender(WEBHOOK_POLICY, { timers, logger });
  const sink = webhookSink(webhooks, settings);
  const recorder = new Recorder({
    timers,
    webhooks: sink,
    finalizeMode: () => settings.recordingFinalize,
    readyDelayMs: context.readyDelayMs,
    baseUrl,
  });
  const platform = new Platform({ recorder, webhooks: sink, timers, settings, logger, baseUrl });
  const ov: OpenViduRuntime = { secret, settings, platform, recorder, webhooks, timers, baseUrl };

  return {
    secret,
    prefix: '/openvidu',
    faultable: true,
    routes: [...configRoutes(ov), ...sessionRoutes(ov), ...connectionRoutes(ov), ...signalRoutes(ov), ...recordingRoutes(ov)],
    authorize(req, match) {
      // Spring Security runs before dispatch: credentials first, then the route.
      if (!match.found || !match.route.public) authenticateOpenVidu(req.headers, secret);
    },
    unmatched(_method, pathname) {
      // Unmapped combinations end in the secured error dispatch: 403 (docs/providers/openvidu.md#errors).
      return pathname.startsWith('/openvidu/api/') ? new OpenViduError(403, 'Forbidden') : new OpenViduError(404, 'Not Found');
    },
    errorReply: (error, pathname) => openviduErrorReply(error, pathname, timers.now()),
    ownsClientToken: clients.isOpenViduClientToken,
    connectClient: async (token, client) => clients.connectClient(platform, token, client),
    ownsClient: (connectionId) => clients.activeClient(platform, connectionId) !== undefined,
    publish: (connectionId, body) => clients.publish(platform, connectionId, body),
    unpublish: (connectionId, streamId) => clients.unpublish(platform, connectionId, streamId),
    leave: (connectionId) => clients.leave(platform, connectionId),
    controlRoutes: () => controlRoutes(ov),
    state: () => ({
      openvidu: {
        url: baseUrl(),
        settings: {
          recording: settings.recording,
          recordingFinalize: settings.recordingFinalize,
          autostopMs: settings.autostopMs,
          webhookUrl: settings.webhookUrl ?? null,
          webhookAuthorization: Boolean(settings.webhookToken),
        },
        sessions: [...platform.sessions.values()].map((s) => ({
          ...sessionJson(s, platform.isRecording(s), { pendingConnections: true, webRtcStats: false }),
          active: s.active,
          connections: [...s.connections.values()].map((c) => connectionJson(c)),
          streams: [...s.connections.values()].flatMap((c) =>
            [...c.publishers.values()].map((p) => ({ ...p, connectionId: c.connectionId })),
          ),
        })),
        // The REST JSON has no reason; the state shows it (the webhooks carry it).
        recordings: recorder.list().map((r) => ({ ...recorder.toJson(r), reason: r.reason })),
        webhooks: webhooks.snapshot(),
      },
    }),
    configure(patch) {
      if ('openviduWebhookUrl' in patch) settings.webhookUrl = checkHttpUrl('openviduWebhookUrl', patch.openviduWebhookUrl);
      if ('openviduWebhookToken' in patch) settings.webhookToken = patch.openviduWebhookToken || undefined;
    },
    async close() {
      platform.closeAll();
      recorder.close();
      await webhooks.close();
    },
  };
}
