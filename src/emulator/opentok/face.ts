/**
 * The OpenTok face of the emulator, at the root of the URL space: the REST API authenticated with
 * `X-OPENTOK-AUTH`, the project's sessions, archives and their callbacks, and the simulated clients
 * that connect with OpenTok client tokens (docs/providers/opentok.md).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { checkDelay, checkHttpUrl } from '../checks.js';
import type { Face, FaceContext } from '../face.js';
import { jsonErrorReply, routeNotFound } from '../http.js';
import { WebhookSender } from '../webhook-sender.js';
import { ArchiveManager } from './archiving.js';
import { archiveCallback, CALLBACK_POLICY } from './callbacks.js';
import * as clients from './clients.js';
import { authenticateRest } from './rest-auth.js';
import type { ProjectCredentials } from './rest-auth.js';
import { archiveRoutes } from './routes/archives.js';
import { controlRoutes } from './routes/control.js';
import { captionsRoutes } from './routes/captions.js';
import { connectRoutes } from './routes/connect.js';
import { moderationRoutes } from './routes/moderation.js';
import { renderRoutes } from './routes/renders.js';
import { sessionRoutes } from './routes/sessions.js';
import { sipRoutes } from './routes/sip.js';
import type { Runtime, Settings } from './runtime.js';
import { Store } from './store.js';

/** The OpenTok options of `createEmulator`. */
export interface OpenTokOptions {
  /** The project to serve. @default a generated dev project (8-digit key, 40-hex secret) */
  opentok?: { apiKey: string; apiSecret: string };
  /**
   * `true` applies the real rule that an archive cannot start with no client connected (400).
   * `false` allows it (embedded demo, where nobody joins with a real client); a warning says so
   * once at start.
   * @default true
   */
  strict?: boolean;
  /** A recording archive stops this long after the last client leaves. @default 60000 */
  autoStopAfterLastLeaveMs?: number;
  /** Where archive status callbacks are POSTed; none when unset. */
  callbackUrl?: string;
  /** When set, callbacks carry `Authorization: Bearer <HS256 JWT>` signed with it. */
  callbackSecret?: string;
}

/** The OpenTok settings `Emulator.configure()` may change; a key present as `undefined` unsets it. */
export interface OpenTokPatch {
  callbackUrl?: string;
  callbackSecret?: string;
  strict?: boolean;
}

/** The OpenTok face, with the project it serves. */
export interface OpenTokFace extends Face {
  readonly project: ProjectCredentials;
  configure(patch: OpenTokPatch): void;
}

/** A fresh dev project: numeric 8-digit API key and a random 40-hex secret. */
export function generateDevProject(): ProjectCredentials {
  return { apiKey: String(randomInt(10_000_000, 100_000_000)), apiSecret: randomBytes(20).toString('hex') };
}

const LENIENT_WARNING =
  'emulator: lenient mode (strict=false): archives may start with no client connected; the real OpenTok API answers 400 there';

/** Builds the OpenTok face. */
export function createOpenTokFace(options: OpenTokOptions, context: FaceContext): OpenTokFace {
  const project = { ...(options.opentok ?? generateDevProject()) };
  if (!project.apiKey || !project.apiSecret) throw new TypeError('opentok.apiKey and opentok.apiSecret must be non-empty');
  const settings: Settings = {
    strict: options.strict ?? true,
    autoStopAfterLastLeaveMs: checkDelay('autoStopAfterLastLeaveMs', options.autoStopAfterLastLeaveMs ?? 60_000),
    callbackUrl: checkHttpUrl('callbackUrl', options.callbackUrl),
    callbackSecret: options.callbackSecret || undefined,
  };
  const { timers, logger, baseUrl } = context;
  const store = new Store(project.apiKey, timers);
  const callbacks = new WebhookSender(CALLBACK_POLICY, { timers, logger });
  const archives = new ArchiveManager({
    store,
    timers,
    apiKey: project.apiKey,
    settings,
    readyDelayMs: context.readyDelayMs,
    baseUrl,
    onStatus: (archive) => {
      const callback = archiveCallback(archive, project.apiKey, settings);
      if (callback) callbacks.send(callback);
    },
  });
  const rt: Runtime = { project, settings, store, archives, callbacks, timers, logger, baseUrl };

  let warnedLenient = false;
  const warnIfLenient = (): void => {
    if (settings.strict || warnedLenient) return;
    warnedLenient = true;
    logger.warn({ strict: false }, LENIENT_WARNING);
  };
  warnIfLenient();

  return {
    project,
    prefix: '',
    faultable: true,
    routes: [
      ...sessionRoutes(rt),
      ...archiveRoutes(rt),
      ...sipRoutes(rt),
      ...moderationRoutes(rt),
      ...renderRoutes(rt),
      ...connectRoutes(rt),
      ...captionsRoutes(rt),
    ],
    async authorize(req, match) {
      // Unknown paths answer 404/405 before any credential check; every route needs the JWT.
      if (match.found) await authenticateRest(req.headers, project, match.params.apiKey);
    },
    unmatched: routeNotFound,
    errorReply: jsonErrorReply,
    ownsClientToken: clients.isOpenTokClientToken,
    connectClient: (token, client) => clients.connectClient(rt, token, client),
    ownsClient: (connectionId) => store.connection(connectionId) !== undefined,
    publish: (connectionId, body) => clients.publish(rt, connectionId, body),
    unpublish: (connectionId, streamId) => clients.unpublish(rt, connectionId, streamId),
    leave: (connectionId) => clients.leave(rt, connectionId),
    controlRoutes: () => controlRoutes(rt),
    state: () => ({
      opentok: { apiKey: project.apiKey, url: baseUrl() },
      settings: {
        strict: settings.strict,
        archiveReadyDelayMs: context.readyDelayMs(),
        autoStopAfterLastLeaveMs: settings.autoStopAfterLastLeaveMs,
        callbackUrl: settings.callbackUrl ?? null,
        callbacksSigned: Boolean(settings.callbackSecret),
      },
      sessions: [...store.sessions.values()].map((s) => ({
        sessionId: s.sessionId,
        mediaMode: s.mediaMode,
        archiveMode: s.archiveMode,
        location: s.location,
        e2ee: s.e2ee,
        archiveName: s.archiveName,
        archiveResolution: s.archiveResolution,
        createdAt: s.createdAt,
        connections: [...s.connections.values()],
        streams: [...s.streams.values()],
        archives: archives.forSession(s.sessionId).map((a) => archives.toJson(a)),
        sipCalls: [...s.sipCalls.values()],
        signals: s.signals,
        forceMute: s.forceMute,
      })),
      callbacks: callbacks.snapshot(),
    }),
    configure(patch) {
      if ('callbackUrl' in patch) settings.callbackUrl = checkHttpUrl('callbackUrl', patch.callbackUrl);
      if ('callbackSecret' in patch) settings.callbackSecret = patch.callbackSecret || undefined;
      if (patch.strict !== undefined) settings.strict = patch.strict;
      warnIfLenient();
    },
    async close() {
      archives.close();
      await callbacks.close();
    },
  };
}
