/**
 * The built-in emulator of the video platform REST APIs: an in-memory video platform with the
 * OpenTok REST face at its root, the OpenVidu 2 REST face under `/openvidu/api`, a control API
 * under `/emulator`, OpenTok archive callbacks and OpenVidu webhooks, all on one HTTP server.
 *
 * It is written from the protocol notes (`../shared/protocols/opentok.md`, `openvidu.md`) and
 * shares no code with the gateway's adapters, so one misreading of the protocol cannot pass both;
 * the official `opentok` and `openvidu-node-client` SDKs are the conformance check (`test/contract`).
 *
 * @example
 * const emulator = await createEmulator({ archiveReadyDelayMs: 50 });
 * const ot = new OpenTok(emulator.opentok.apiKey, emulator.opentok.apiSecret, { apiUrl: emulator.url });
 * const ov = new OpenVidu(emulator.url, emulator.openvidu.secret);
 * // ...
 * await emulator.close();
 */
import { randomBytes, randomInt } from 'node:crypto';
import { ArchiveManager } from './opentok/archiving.js';
import { CallbackSender } from './opentok/callbacks.js';
import { controlRoutes, emulatorState } from './control.js';
import { FaultInjector } from './faults.js';
import { type Logger, silentLogger } from '../logger.js';
import { createOpenViduFace, generateDevSecret } from './openvidu/face.js';
import type { OpenViduSettings } from './openvidu/face.js';
import { archiveRoutes } from './opentok/routes/archives.js';
import { moderationRoutes } from './opentok/routes/moderation.js';
import { sessionRoutes } from './opentok/routes/sessions.js';
import { sipRoutes } from './opentok/routes/sip.js';
import type { Runtime, Settings } from './opentok/runtime.js';
import { listen } from './server.js';
import { Store } from './opentok/store.js';
import { Timers } from './timers.js';

/** Options of {@link createEmulator}. Every field is optional. */
export interface EmulatorOptions {
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** Port to bind; 0 picks a free one. @default 0 */
  port?: number;
  /** The project to serve. @default a generated dev project (8-digit key, 40-hex secret) */
  opentok?: { apiKey: string; apiSecret: string };
  /**
   * `true` applies the real rule that an archive cannot start with no client connected (400).
   * `false` allows it (embedded demo, where nobody joins with a real client); a warning says so
   * once at start.
   * @default true
   */
  strict?: boolean;
  /** Delay between `stopped` and `available`. @default 2000 */
  archiveReadyDelayMs?: number;
  /** A recording archive stops this long after the last client leaves. @default 60000 */
  autoStopAfterLastLeaveMs?: number;
  /** Where archive status callbacks are POSTed; none when unset. */
  callbackUrl?: string;
  /** When set, callbacks carry `Authorization: Bearer <HS256 JWT>` signed with it. */
  callbackSecret?: string;
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
  /** Where the emulator logs; silent by default. pino loggers fit. */
  logger?: Logger;
}

/** A running emulator. */
export interface Emulator {
  /**
   * Base URL, e.g. `http://127.0.0.1:43123`; the OpenTok REST API is at its root, the OpenVidu
   * one under `/openvidu/api` (the official OpenVidu node client keeps only the origin: give it
   * this URL).
   */
  readonly url: string;
  /** The project served (the secret is what SDKs and the gateway sign with). */
  readonly opentok: { apiKey: string; apiSecret: string };
  /** The OpenVidu deployment served: Basic auth `OPENVIDUAPP:<secret>`. */
  readonly openvidu: { secret: string };
  /**
   * Changes settings while running: embedded mode learns the gateway URL only after both listen.
   * A key present with the value `undefined` unsets it (callbackUrl, callbackSecret,
   * openviduWebhookUrl, openviduWebhookToken).
   */
  configure(patch: {
    callbackUrl?: string;
    callbackSecret?: string;
    strict?: boolean;
    archiveReadyDelayMs?: number;
    openviduWebhookUrl?: string;
    openviduWebhookToken?: string;
  }): void;
  /** Everything the emulator holds; the same JSON as `GET /emulator/state`. */
  state(): unknown;
  /** Closes the server, its sockets, pending callbacks and every timer. Idempotent. */
  close(): Promise<void>;
}

/** A fresh dev project: numeric 8-digit API key and a random 40-hex secret. */
export function generateDevProject(): { apiKey: string; apiSecret: string } {
  return { apiKey: String(randomInt(10_000_000, 100_000_000)), apiSecret: randomBytes(20).toString('hex') };
}

function checkDelay(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`${name} must be a non-negative number of milliseconds`);
  return value;
}

function checkCallbackUrl(value: string | undefined, name = 'callbackUrl'): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`${name} must use http or https`);
  return value;
}

function checkSecret(secret: string): string {
  if (!secret) throw new TypeError('openvidu.secret must be non-empty');
  return secret;
}

const LENIENT_WARNING =
  'emulator: lenient mode (strict=false): archives may start with no client connected; the real OpenTok API answers 400 there';

/** Starts an emulator and resolves once it listens. */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const project = { ...(options.opentok ?? generateDevProject()) };
  if (!project.apiKey || !project.apiSecret) throw new TypeError('opentok.apiKey and opentok.apiSecret must be non-empty');
  const logger: Logger = options.logger ?? silentLogger;
  const settings: Settings = {
    strict: options.strict ?? true,
    archiveReadyDelayMs: checkDelay('archiveReadyDelayMs', options.archiveReadyDelayMs ?? 2_000),
    autoStopAfterLastLeaveMs: checkDelay('autoStopAfterLastLeaveMs', options.autoStopAfterLastLeaveMs ?? 60_000),
    callbackUrl: checkCallbackUrl(options.callbackUrl),
    callbackSecret: options.callbackSecret || undefined,
  };

  const openviduSettings: OpenViduSettings = {
    recording: options.openviduRecording ?? true,
    recordingFinalize: options.openviduRecordingFinalize ?? 'sync',
    autostopMs: checkDelay('openviduAutostopMs', options.openviduAutostopMs ?? 120_000),
    webhookUrl: checkCallbackUrl(options.openviduWebhookUrl, 'openviduWebhookUrl'),
    webhookToken: options.openviduWebhookToken || undefined,
  };
  if (openviduSettings.recordingFinalize !== 'sync' && openviduSettings.recordingFinalize !== 'async') {
    throw new TypeError('openviduRecordingFinalize must be "sync" or "async"');
  }

  let baseUrl = '';
  const timers = new Timers();
  const store = new Store(project.apiKey);
  const callbacks = new CallbackSender({ apiKey: project.apiKey, target: settings, timers, logger });
  const archives = new ArchiveManager({
    store,
    timers,
    apiKey: project.apiKey,
    settings,
    baseUrl: () => baseUrl,
    onStatus: (archive) => callbacks.archiveChanged(archive),
  });
  const openvidu = createOpenViduFace({
    secret: checkSecret(options.openvidu?.secret ?? generateDevSecret()),
    settings: openviduSettings,
    timers,
    logger,
    baseUrl: () => baseUrl,
    readyDelayMs: () => settings.archiveReadyDelayMs,
  });
  const rt: Runtime = {
    project,
    settings,
    store,
    archives,
    callbacks,
    faults: new FaultInjector(),
    timers,
    logger,
    openvidu,
    baseUrl: () => baseUrl,
  };
  const routes = [
    ...sessionRoutes(rt),
    ...archiveRoutes(rt),
    ...sipRoutes(rt),
    ...moderationRoutes(rt),
    ...openvidu.routes(),
    ...controlRoutes(rt),
  ];
  const server = await listen(rt, routes, options.host ?? '127.0.0.1', options.port ?? 0);
  baseUrl = server.url;

  let warnedLenient = false;
  const warnIfLenient = (): void => {
    if (settings.strict || warnedLenient) return;
    warnedLenient = true;
    logger.warn({ strict: false }, LENIENT_WARNING);
  };
  warnIfLenient();

  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    opentok: { apiKey: project.apiKey, apiSecret: project.apiSecret },
    openvidu: { secret: openvidu.secret },
    configure(patch) {
      if ('callbackUrl' in patch) settings.callbackUrl = checkCallbackUrl(patch.callbackUrl);
      if ('callbackSecret' in patch) settings.callbackSecret = patch.callbackSecret || undefined;
      if ('openviduWebhookUrl' in patch) {
        openviduSettings.webhookUrl = checkCallbackUrl(patch.openviduWebhookUrl, 'openviduWebhookUrl');
      }
      if ('openviduWebhookToken' in patch) openviduSettings.webhookToken = patch.openviduWebhookToken || undefined;
      if (patch.archiveReadyDelayMs !== undefined) {
        settings.archiveReadyDelayMs = checkDelay('archiveReadyDelayMs', patch.archiveReadyDelayMs);
      }
      if (patch.strict !== undefined) settings.strict = patch.strict;
      warnIfLenient();
    },
    state: () => emulatorState(rt),
    close() {
      closing ??= (async () => {
        timers.close();
        archives.close();
        await Promise.all([callbacks.close(), openvidu.close(), server.close()]);
      })();
      return closing;
    },
  };
}
