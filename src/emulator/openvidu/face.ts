/**
 * The OpenVidu 2 face of the emulator: its settings, the platform (sessions, connections,
 * streams), the recorder and the webhook sender, wired together, plus the routes under
 * `/openvidu`. The HTTP server and the control API are shared with the OpenTok face.
 */
import { randomInt } from 'node:crypto';
import type { Route } from '../http.js';
import type { Logger } from '../../logger.js';
import type { Timers } from '../timers.js';
import { connectionJson, sessionJson } from './json.js';
import { Platform } from './platform.js';
import type { LifecycleSettings } from './platform.js';
import { Recorder } from './recorder.js';
import type { FinalizeMode } from './recorder.js';
import { configRoutes } from './routes/config.js';
import { connectionRoutes } from './routes/connections.js';
import { recordingRoutes } from './routes/recordings.js';
import { sessionRoutes } from './routes/sessions.js';
import { signalRoutes } from './routes/signals.js';
import { WebhookSender } from './webhooks.js';
import type { WebhookTarget } from './webhooks.js';

/** The OpenVidu settings; `webhookUrl` and `webhookToken` may change at run time. */
export interface OpenViduSettings extends LifecycleSettings, WebhookTarget {
  recordingFinalize: FinalizeMode;
}

/** Construction options of {@link createOpenViduFace}. */
export interface OpenViduFaceOptions {
  secret: string;
  settings: OpenViduSettings;
  timers: Timers;
  logger: Logger;
  /** The emulator URL, known once it listens: the REST base and, with ws://, the token URL. */
  baseUrl: () => string;
  /** `stopped` -> `ready` delay in async finalize mode. */
  readyDelayMs: () => number;
}

/** Everything the OpenVidu routes and the control API use. */
export interface OpenViduFace {
  readonly secret: string;
  readonly settings: OpenViduSettings;
  readonly platform: Platform;
  readonly recorder: Recorder;
  readonly webhooks: WebhookSender;
  baseUrl(): string;
  /** The routes under `/openvidu`. */
  routes(): Route[];
  /** The OpenVidu part of `GET /emulator/state` (never the secret nor the webhook token). */
  state(): Record<string, unknown>;
  close(): Promise<void>;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh dev secret: 24 random alphanumerics. */
export function generateDevSecret(): string {
  let out = '';
  for (let i = 0; i < 24; i += 1) out += ALNUM[randomInt(ALNUM.length)];
  return out;
}

/** Builds the face. */
export function createOpenViduFace(options: OpenViduFaceOptions): OpenViduFace {
  const { settings, timers, logger, baseUrl } = options;
  const webhooks = new WebhookSender(settings, timers, logger);
  const recorder = new Recorder({
    timers,
    webhooks,
    finalizeMode: () => settings.recordingFinalize,
    readyDelayMs: options.readyDelayMs,
    baseUrl,
  });
  const platform = new Platform({ recorder, webhooks, timers, settings, logger, baseUrl });

  const face: OpenViduFace = {
    secret: options.secret,
    settings,
    platform,
    recorder,
    webhooks,
    baseUrl,
    routes: () => [
      ...configRoutes(face),
      ...sessionRoutes(face),
      ...connectionRoutes(face),
      ...signalRoutes(face),
      ...recordingRoutes(face),
    ],
    state: () => ({
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
    }),
    async close() {
      platform.closeAll();
      recorder.close();
      await webhooks.close();
    },
  };
  return face;
}
