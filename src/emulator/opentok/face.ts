/**
 * The OpenTok face of the emulator, at the root of the URL space: the REST API authenticated with
 * `X-OPENTOK-AUTH`, the project's sessions, archives and their callbacks, and the simulated clients
 * that connect with OpenTok client tokens (docs/providers/opentok.md).
 *
 * The store, the lifecycle and the route table are those of the OpenTok REST surface, which a
 * Vonage Video application serves too: {@link createSurfaceFace} builds a face from them for any
 * {@link SurfaceSpec} (the Vonage face, ../vonage/face.ts, is the other one), so a route added here
 * serves both.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { checkDelay, checkHttpUrl } from '../checks.js';
import type { Face, FaceContext } from '../face.js';
import { jsonErrorReply, routeNotFound } from '../http.js';
import { type Webhook, WebhookSender } from '../webhook-sender.js';
import { ArchiveManager } from './archiving.js';
import { archiveCallback, CALLBACK_POLICY } from './callbacks.js';
import { verifyClientToken, type ClientTokenVerdict } from './client-tokens.js';
import * as clients from './clients.js';
import { authenticateRest } from './rest-auth.js';
import type { ProjectCredentials } from './rest-auth.js';
import { archiveRoutes } from './routes/archives.js';
import { broadcastRoutes } from './routes/broadcasts.js';
import { BroadcastManager } from './broadcasting.js';
import { BROADCAST_CALLBACK_POLICY, broadcastCallback } from './broadcast-callbacks.js';
import { MONITORING_CALLBACK_POLICY, monitoringCallbacks } from './monitoring-callbacks.js';
import { controlRoutes } from './routes/control.js';
import { captionsRoutes } from './routes/captions.js';
import { connectRoutes } from './routes/connect.js';
import { moderationRoutes } from './routes/moderation.js';
import { renderRoutes } from './routes/renders.js';
import { sessionRoutes } from './routes/sessions.js';
import { sipRoutes } from './routes/sip.js';
import type { Runtime, Settings } from './runtime.js';
import { type SipCallRecord, Store } from './store.js';

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
  /** Where session-monitoring and SIP call callbacks are POSTed; none when unset. */
  monitoringUrl?: string;
}

/** The OpenTok settings `Emulator.configure()` may change; a key present as `undefined` unsets it. */
export interface OpenTokPatch {
  callbackUrl?: string;
  callbackSecret?: string;
  monitoringUrl?: string;
  strict?: boolean;
}

/** The OpenTok face, with the project it serves. */
export interface OpenTokFace extends Face {
  readonly project: ProjectCredentials;
  configure(patch: OpenTokPatch): void;
}

/** What tells one deployment of the OpenTok REST surface from another: its key and its credentials. */
export interface SurfaceSpec {
  /** The `{apiKey}` of its paths and the key slot of its session ids (API key, Vonage application id). */
  readonly projectKey: string;
  /** Checks the credentials of a REST request; `pathKey` is the project the path names, if any. Throws to refuse. */
  authenticate(req: IncomingMessage, pathKey: string | undefined): Promise<void>;
  /** Verifies a client token as the media servers would. */
  verifyClientToken(token: string): Promise<ClientTokenVerdict>;
  /** Whether a client token is in this deployment's format. */
  ownsClientToken(token: string): boolean;
  /** Which requests at the root it takes, when another deployment shares the root (see `Mount.claims`). */
  claims?(req: IncomingMessage, pathname: string): boolean;
  /**
   * Whether it says so in the log when lenient. `strict` is one setting for the whole emulator, so
   * one face (OpenTok) warns for every deployment of the surface.
   */
  readonly warnsLenient: boolean;
  /** Where its control routes (lost callbacks, archive files) live, so two deployments never share one. */
  readonly controlPath: string;
}

/** Options of {@link createSurfaceFace}, as `createEmulator` got them for this deployment. */
export interface SurfaceOptions {
  strict?: boolean | undefined;
  autoStopAfterLastLeaveMs?: number | undefined;
  callbackUrl?: string | undefined;
  callbackSecret?: string | undefined;
  monitoringUrl?: string | undefined;
}

/** A face of the OpenTok REST surface; its `state()` is the deployment's part, unnamed. */
export interface SurfaceFace extends Face {
  configure(patch: OpenTokPatch): void;
}

/** A fresh dev project: numeric 8-digit API key and a random 40-hex secret. */
export function generateDevProject(): ProjectCredentials {
  return { apiKey: String(randomInt(10_000_000, 100_000_000)), apiSecret: randomBytes(20).toString('hex') };
}

/** Builds the OpenTok face. */
export function createOpenTokFace(options: OpenTokOptions, context: FaceContext): OpenTokFace {
  const project = { ...(options.opentok ?? generateDevProject()) };
  if (!project.apiKey || !project.apiSecret) throw new TypeError('opentok.apiKey and opentok.apiSecret must be non-empty');
  const face = createSurfaceFace(
    {
      projectKey: project.apiKey,
      warnsLenient: true,
      controlPath: '/emulator',
      authenticate: (req, pathKey) => authenticateRest(req.headers, project, pathKey),
      verifyClientToken: (token) => verifyClientToken(token, project),
      ownsClientToken: clients.isOpenTokClientToken,
    },
    options,
    context,
  );
  return { ...face, project, state: () => ({ opentok: { apiKey: project.apiKey, url: context.baseUrl() }, ...face.state() }) };
}

/** Builds a face of the OpenTok REST surface for one deployment: its store, archives, callbacks, routes and clients. */
export function createSurfaceFace(spec: SurfaceSpec, options: SurfaceOptions, context: FaceContext): SurfaceFace {
  const project = { apiKey: spec.projectKey };
  const settings: Settings = {
    strict: options.strict ?? true,
    autoStopAfterLastLeaveMs: checkDelay('autoStopAfterLastLeaveMs', options.autoStopAfterLastLeaveMs ?? 60_000),
    callbackUrl: checkHttpUrl('callbackUrl', options.callbackUrl),
    callbackSecret: options.callbackSecret || undefined,
    monitoringUrl: checkHttpUrl('monitoringUrl', options.monitoringUrl),
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
    controlPath: spec.controlPath,
    onStatus: (archive) => {
      const callback = archiveCallback(archive, project.apiKey, settings);
      if (callback) callbacks.send(callback);
    },
  });
  const broadcastCallbacks = new WebhookSender(BROADCAST_CALLBACK_POLICY, { timers, logger });
  const broadcasts = new BroadcastManager({
    store,
    timers,
    apiKey: project.apiKey,
    settings,
    baseUrl,
    controlPath: spec.controlPath,
    onStatus: (broadcast) => {
      const callback = broadcastCallback(broadcast, project.apiKey, settings);
      if (callback) broadcastCallbacks.send(callback);
    },
  });
  const monitoringSender = new WebhookSender(MONITORING_CALLBACK_POLICY, { timers, logger });
  sendMonitoringCallbacks(store, monitoringCallbacks(project.apiKey, settings, timers), monitoringSender);
  const rt: Runtime = {
    project,
    settings,
    store,
    archives,
    callbacks,
    broadcasts,
    timers,
    logger,
    baseUrl,
    verifyClientToken: spec.verifyClientToken,
  };

  let warnedLenient = false;
  const warnIfLenient = (): void => {
    if (settings.strict || warnedLenient || !spec.warnsLenient) return;
    warnedLenient = true;
    logger.warn(
      { strict: false },
      'emulator: lenient mode (strict=false): archives may start with no client connected; the real OpenTok and Vonage APIs answer 400 there',
    );
  };
  warnIfLenient();

  return {
    prefix: '',
    ...(spec.claims ? { claims: spec.claims } : {}),
    faultable: true,
    routes: [
      ...sessionRoutes(rt),
      ...archiveRoutes(rt),
      ...sipRoutes(rt),
      ...moderationRoutes(rt),
      ...renderRoutes(rt),
      ...connectRoutes(rt),
      ...captionsRoutes(rt),
      ...broadcastRoutes(rt),
    ],
    async authorize(req, match) {
      // Unknown paths answer 404/405 before any credential check; every route needs the JWT.
      if (match.found) await spec.authenticate(req, match.params.apiKey);
    },
    unmatched: routeNotFound,
    errorReply: jsonErrorReply,
    ownsClientToken: spec.ownsClientToken,
    connectClient: (token, client) => clients.connectClient(rt, token, client),
    ownsClient: (connectionId) => store.connection(connectionId) !== undefined,
    publish: (connectionId, body) => clients.publish(rt, connectionId, body),
    unpublish: (connectionId, streamId) => clients.unpublish(rt, connectionId, streamId),
    leave: (connectionId) => clients.leave(rt, connectionId),
    controlRoutes: () => controlRoutes(rt, spec.controlPath),
    state: () => ({
      settings: {
        strict: settings.strict,
        archiveReadyDelayMs: context.readyDelayMs(),
        autoStopAfterLastLeaveMs: settings.autoStopAfterLastLeaveMs,
        callbackUrl: settings.callbackUrl ?? null,
        callbacksSigned: Boolean(settings.callbackSecret),
        monitoringUrl: settings.monitoringUrl ?? null,
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
        broadcasts: broadcasts.forSession(s.sessionId).map((b) => broadcasts.toJson(b)),
        sipCalls: [...s.sipCalls.values()],
        signals: s.signals,
        forceMute: s.forceMute,
      })),
      callbacks: callbacks.snapshot(),
      broadcastCallbacks: broadcastCallbacks.snapshot(),
      monitoringCallbacks: monitoringSender.snapshot(),
    }),
    configure(patch) {
      if ('callbackUrl' in patch) settings.callbackUrl = checkHttpUrl('callbackUrl', patch.callbackUrl);
      if ('callbackSecret' in patch) settings.callbackSecret = patch.callbackSecret || undefined;
      if ('monitoringUrl' in patch) settings.monitoringUrl = checkHttpUrl('monitoringUrl', patch.monitoringUrl);
      if (patch.strict !== undefined) settings.strict = patch.strict;
      warnIfLenient();
    },
    async close() {
      archives.close();
      broadcasts.close();
      await callbacks.close();
      await broadcastCallbacks.close();
      await monitoringSender.close();
    },
  };
}

/**
 * Sends a monitoring callback for each connection and stream coming and going, and SIP call
 * callbacks for the SIP legs: placed (`callCreated`, then `callUpdated` ACTIVE, since the emulated far
 * end answers at once) and ended (`callDestroyed`, Normal Clearing) when their connection goes.
 */
function sendMonitoringCallbacks(store: Store, build: ReturnType<typeof monitoringCallbacks>, sender: WebhookSender): void {
  const send = (webhook: Webhook | undefined) => {
    if (webhook) sender.send(webhook);
  };
  /** connection id -> the SIP call it carries, remembered for its end (the store forgets the call first). */
  const calls = new Map<string, SipCallRecord>();
  store.subscribe((event) => {
    send(build.ofStoreEvent(event));
    if (event.type === 'connectionCreated' && event.connection.kind === 'sip') {
      const { session, connection } = event;
      // The dial route records the call right after connecting its leg, in the same turn.
      queueMicrotask(() => {
        const call = [...session.sipCalls.values()].find((c) => c.connectionId === connection.connectionId);
        if (!call) return;
        calls.set(connection.connectionId, call);
        send(build.ofCall(session, 'callCreated', call));
        send(build.ofCall(session, 'callUpdated', call, { state: 'ACTIVE' }));
      });
    }
    if (event.type === 'connectionDestroyed') {
      const call = calls.get(event.connection.connectionId);
      if (!call) return;
      calls.delete(event.connection.connectionId);
      send(build.ofCall(event.session, 'callDestroyed', call, { reason_code: 700, reason_message: 'Normal Clearing' }));
    }
  });
}
