/**
 * The OpenTok (legacy Vonage/TokBox project) implementation of {@link VideoProvider}, and the
 * operations of the OpenTok REST surface that the Vonage adapter shares (../vonage/adapter.ts):
 * {@link createOpenTokSurfaceProvider} builds either from an {@link OpenTokSurface}.
 */
import { GatewayError, badInput } from '../../errors.js';
import { createHttpClient, type HttpClient } from '../rest/http.js';
import type { UpstreamObserver } from '../rest/observer.js';
import type { Logger } from '../../logger.js';
import type {
  ConnectionInfo,
  IdClaim,
  ProviderName,
  ArchiveInfo,
  ArchivePage,
  CreateSessionOptions,
  DialSipOptions,
  GenerateTokenOptions,
  ListArchivesOptions,
  ProviderCapabilities,
  SessionInfo,
  SignalOptions,
  SipCallInfo,
  StartArchiveOptions,
  StreamInfo,
  TokenInfo,
  VideoProvider,
  WebhookRequest,
  WebhookResult,
} from '../types.js';
import type {
  AudioConnectionInfo,
  CaptionsInfo,
  ConnectAudioStreamOptions,
  ConnectIpCameraOptions,
  ListRendersOptions,
  MuteSessionOptions,
  PlayDtmfOptions,
  RenderInfo,
  RenderPage,
  SessionOpsProvider,
  StartCaptionsOptions,
  StartRenderOptions,
  StreamLayoutUpdate,
} from '../session-ops-types.js';
import { ArchiveOwners } from './archive-owners.js';
import { OpenTokRestClient, type OpenTokTransport } from './client.js';
import { createClientTokenMinter, type MintedToken } from './client-tokens.js';
import { toArchiveInfo, toStreamInfo } from './mapping.js';
import {
  foreignSession,
  idNotUuid,
  notSessionId,
  surfaceHints,
  surfacePlatform,
  type SurfaceHints,
  type SurfacePlatform,
} from './platform-names.js';
import { createOpenTokTransport } from './rest-auth.js';
import { SessionCache } from './session-cache.js';
import { createOpenTokSessionOps, OPENTOK_SESSION_OPS_CAPABILITIES } from './session-ops.js';
import { decodeSessionId } from './session-ids.js';
import { checkPaging } from '../rest/paging.js';
import { planArchive, planSession, planSip } from './validation.js';
import { createWebhookHandler, type OpenTokWebhookHandler } from './webhook.js';
import { BROADCAST_OPTIONS, createOpenTokBroadcasts } from './broadcasts.js';
import type { BroadcastProvider } from '../broadcast-types.js';

/**
 * What one deployment of the OpenTok REST surface brings to the shared operations: its name, its
 * transport (project id in paths, credential headers, error table), its client tokens, its
 * callback verifier, its id rules and its capabilities. Everything else (the operations, their
 * rules and mappings) is the same for an OpenTok project and a Vonage application.
 */
export interface OpenTokSurface {
  /** Reported in every result and error; its messages name the platform after it (./platform-names.ts). */
  readonly name: ProviderName;
  readonly capabilities: ProviderCapabilities;
  /** The pooled HTTP client to its base URL; closed with the provider. */
  readonly http: HttpClient;
  readonly transport: OpenTokTransport;
  /** Mints client tokens (sync or async); checks the session belongs to {@link OpenTokTransport.projectId}. */
  readonly tokens: { mint(options: GenerateTokenOptions): MintedToken | Promise<MintedToken> };
  readonly webhook: OpenTokWebhookHandler;
  /** Its claim on a UUID archive id no provider sharing {@link archiveOwners} has reported (every archive id is a UUID). */
  readonly archiveIdClaim: Exclude<IdClaim, 'no'>;
  /** Which provider reported each archive id, shared with the sibling surface providers built alongside. */
  readonly archiveOwners: ArchiveOwners;
  /** Sessions whose modes are remembered for getSession. @default 10000 */
  readonly sessionCacheSize?: number | undefined;
  readonly logger?: Logger | undefined;
}

/** Options of {@link createOpenTokProvider}. */
export interface OpenTokProviderOptions {
  /** `OPENTOK_API_KEY`: the project API key (numeric string). */
  apiKey: string;
  /** `OPENTOK_API_SECRET`: signs REST JWTs and client tokens; never logged. */
  apiSecret: string;
  /** `OPENTOK_API_URL`. @default https://api.opentok.com */
  apiUrl?: string;
  /** `OPENTOK_WEBHOOK_SECRET`: when set, callbacks must be signed with it. */
  webhookSecret?: string;
  /** Milliseconds. @default { connectMs: 3000, headersMs: 5000, bodyMs: 5000, requestMs: 8000 } */
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number; requestMs?: number };
  /** Pool size per origin. @default 16 */
  connections?: number;
  /** Sessions whose modes are remembered for getSession. @default 10000 */
  sessionCacheSize?: number;
  logger?: Logger;
  /** Watches every REST call (metrics, traces, request id). */
  observer?: UpstreamObserver | undefined;
  /** The archive-id record shared with a Vonage provider of the same gateway. @default a record of its own */
  archiveOwners?: ArchiveOwners;
}

const PROVIDER = 'OPENTOK';
const PLATFORM = surfacePlatform(PROVIDER);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Creates the OpenTok adapter.
 *
 * - Sessions: OpenTok has no "get session" endpoint and never echoes media/archive mode, so
 *   {@link VideoProvider.getSession} decodes the id (null if it is not this project's) and reports
 *   the modes from an in-process LRU of the sessions this adapter created (lost on restart, not
 *   shared between gateway instances); for any other session it reports the platform defaults
 *   RELAYED / MANUAL, which may be wrong. `createdAt` comes from the id itself.
 * - Tokens are minted locally (JWT by default, `T1==` on request) with no upstream call.
 * - Everything else is one REST call through a pooled undici client with timeouts; only GET and
 *   DELETE are retried.
 */
export function createOpenTokProvider(options: OpenTokProviderOptions): VideoProvider {
  if (!options.apiKey || !options.apiSecret) {
    // No value in the message: a half-set credential pair is still a secret.
    throw new Error('createOpenTokProvider needs apiKey and apiSecret');
  }
  return createOpenTokSurfaceProvider({
    name: PROVIDER,
    capabilities: OPENTOK_CAPABILITIES,
    http: createHttpClient({
      provider: PROVIDER,
      displayName: PLATFORM.displayName,
      baseUrl: options.apiUrl ?? 'https://api.opentok.com',
      ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
      connections: options.connections ?? 16,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      observer: options.observer,
    }),
    transport: createOpenTokTransport(options.apiKey, options.apiSecret),
    tokens: createClientTokenMinter(options.apiKey, options.apiSecret),
    webhook: createWebhookHandler(
      options.webhookSecret === undefined || options.webhookSecret === '' ? {} : { webhookSecret: options.webhookSecret },
    ),
    archiveIdClaim: 'certain',
    archiveOwners: options.archiveOwners ?? new ArchiveOwners(),
    sessionCacheSize: options.sessionCacheSize,
    logger: options.logger,
  });
}

/** The provider of one deployment of the OpenTok REST surface (an OpenTok project, a Vonage application). */
export function createOpenTokSurfaceProvider(surface: OpenTokSurface): VideoProvider {
  return new OpenTokProvider(surface);
}

/** What OpenTok supports: the GraphQL layer refuses anything else before calling the adapter. */
export const OPENTOK_CAPABILITIES: ProviderCapabilities = {
  archives: true,
  sip: true,
  signals: true,
  forceDisconnect: true,
  connections: false,
  forceUnpublish: false,
  closeSession: false,
  listSessions: false,
  customSessionIds: false,
  webhooks: true,
  broadcasts: true,
  archiveLayouts: true,
  archiveStreams: true,
  ...OPENTOK_SESSION_OPS_CAPABILITIES,
  tokenFormats: ['JWT', 'T1'],
  roles: ['SUBSCRIBER', 'PUBLISHER', 'PUBLISHER_ONLY', 'MODERATOR'],
  options: {
    createSession: ['mediaMode', 'archiveMode', 'location', 'e2ee', 'archiveName', 'archiveResolution'],
    generateToken: ['role', 'expiresAt', 'data', 'initialLayoutClassList', 'format'],
    startArchive: [
      'name',
      'hasAudio',
      'hasVideo',
      'outputMode',
      'resolution',
      'multiArchiveTag',
      'layout',
      'streamMode',
      'maxBitrate',
      'quantizationParameter',
      'hasTranscription',
      'transcriptionProperties',
    ],
    startBroadcast: [...BROADCAST_OPTIONS],
    dialSip: ['from', 'headers', 'auth', 'secure', 'video', 'observeForceMute', 'streams'],
    signal: ['connectionId', 'type'],
  },
  hints: surfaceHints(PLATFORM),
};

/**
 * One deployment of the OpenTok REST surface. Everything it reports names `this.name`, never a
 * constant, so that an operation added here serves OpenTok and Vonage alike.
 */
class OpenTokProvider implements VideoProvider {
  readonly name: ProviderName;
  readonly capabilities: ProviderCapabilities;

  readonly #surface: OpenTokSurface;
  readonly #platform: SurfacePlatform;
  readonly #apiKey: string;
  readonly #http: HttpClient;
  readonly #rest: OpenTokRestClient;
  readonly #tokens: OpenTokSurface['tokens'];
  readonly #sessions: SessionCache;
  readonly #webhook: OpenTokWebhookHandler;
  readonly #logger: Logger | undefined;
  readonly #broadcasts: BroadcastProvider;
  readonly #ops: SessionOpsProvider;

  constructor(surface: OpenTokSurface) {
    this.#surface = surface;
    this.name = surface.name;
    this.#platform = surfacePlatform(surface.name);
    this.capabilities = surface.capabilities;
    this.#apiKey = surface.transport.projectId;
    this.#logger = surface.logger;
    this.#http = surface.http;
    this.#rest = new OpenTokRestClient({ http: this.#http, transport: surface.transport });
    this.#tokens = surface.tokens;
    this.#sessions = new SessionCache(surface.sessionCacheSize);
    this.#webhook = surface.webhook;
    this.#broadcasts = createOpenTokBroadcasts({
      provider: surface.name,
      http: this.#http,
      auth: () => surface.transport.auth(),
      projectPath: `/v2/project/${encodeURIComponent(surface.transport.projectId)}`,
      checkSession: (sessionId, field) => this.#checkSession(sessionId, field),
      claimId: (id) => this.ownsArchiveId(id),
      seen: (broadcastId) => surface.archiveOwners.record(broadcastId, surface.name),
      logger: surface.logger,
    });
    this.#ops = createOpenTokSessionOps({
      provider: surface.name,
      rest: this.#rest,
      tokens: this.#tokens,
      checkSession: (sessionId, field) => this.#checkSession(sessionId, field),
    });
  }

  /** Certain: the id decodes to the OpenTok layout with our API key (or application id) inside. */
  ownsSessionId(sessionId: string): IdClaim {
    return decodeSessionId(sessionId)?.apiKey === this.#apiKey ? 'certain' : 'no';
  }

  /**
   * Every archive id of the surface is a UUID. One this provider reported is certainly its own,
   * one another surface provider reported is not; for any other UUID the surface's claim stands
   * (OpenTok: certain; Vonage: possible, so OpenTok wins an unknown UUID when both are
   * configured). An OpenVidu recording of a session whose custom id is UUID-shaped is then reached
   * by its global id only.
   */
  ownsArchiveId(archiveId: string): IdClaim {
    if (typeof archiveId !== 'string' || !UUID.test(archiveId)) return 'no';
    const owner = this.#surface.archiveOwners.ownerOf(archiveId);
    if (owner === undefined) return this.#surface.archiveIdClaim;
    return owner === this.name ? 'certain' : 'no';
  }

  async createSession(options: CreateSessionOptions = {}): Promise<SessionInfo> {
    const plan = planSession(options);
    const sessionId = await this.#rest.createSession(plan.form);
    const createdAt = decodeSessionId(sessionId)?.createdAt ?? new Date();
    this.#sessions.set(sessionId, { mediaMode: plan.mediaMode, archiveMode: plan.archiveMode, createdAt });
    return { provider: this.name, sessionId, mediaMode: plan.mediaMode, archiveMode: plan.archiveMode, createdAt };
  }

  /**
   * Decodes the id; null when it is not this project's. Modes come from the sessions this process
   * created, else OpenTok's defaults (RELAYED / MANUAL) — OpenTok offers no way to ask.
   */
  async getSession(sessionId: string): Promise<SessionInfo | null> {
    const decoded = decodeSessionId(sessionId);
    if (decoded === null || decoded.apiKey !== this.#apiKey) return null;
    const remembered = this.#sessions.get(sessionId);
    return {
      provider: this.name,
      sessionId,
      mediaMode: remembered?.mediaMode ?? 'RELAYED',
      archiveMode: remembered?.archiveMode ?? 'MANUAL',
      createdAt: remembered?.createdAt ?? decoded.createdAt,
    };
  }

  async generateToken(options: GenerateTokenOptions): Promise<TokenInfo> {
    const minted = await this.#tokens.mint(options);
    return {
      provider: this.name,
      token: minted.token,
      sessionId: options.sessionId,
      apiKey: this.#apiKey,
      role: minted.role,
      data: minted.data,
      expiresAt: minted.expiresAt,
      format: minted.format,
      connection: null,
    };
  }

  async startArchive(options: StartArchiveOptions): Promise<ArchiveInfo> {
    this.#checkSession(options.sessionId);
    const body = planArchive(options);
    return this.#archive(await this.#rest.startArchive(body), 'startArchive');
  }

  async stopArchive(archiveId: string): Promise<ArchiveInfo> {
    this.#checkArchiveId(archiveId);
    return this.#archive(await this.#rest.stopArchive(archiveId), 'stopArchive');
  }

  async getArchive(archiveId: string): Promise<ArchiveInfo | null> {
    if (this.ownsArchiveId(archiveId) === 'no') return null;
    const dto = await this.#rest.getArchive(archiveId);
    return dto === null ? null : this.#archive(dto, 'getArchive');
  }

  async listArchives(options: ListArchivesOptions): Promise<ArchivePage> {
    checkPaging(options);
    if (options.sessionId !== undefined && options.sessionId !== null) this.#checkSession(options.sessionId, 'sessionId');
    const page = await this.#rest.listArchives({
      offset: options.offset,
      count: options.count,
      ...(options.sessionId ? { sessionId: options.sessionId } : {}),
    });
    const items: ArchiveInfo[] = [];
    for (const item of page.items) {
      const archive = toArchiveInfo(item);
      if (archive === null) {
        // One archive in a shape we do not understand must not hide the others.
        this.#logger?.warn({ provider: this.name }, 'skipped an archive list item that is not a recognisable archive');
        continue;
      }
      items.push(this.#own(archive));
    }
    return { items, totalCount: page.count };
  }

  async deleteArchive(archiveId: string): Promise<void> {
    this.#checkArchiveId(archiveId);
    await this.#rest.deleteArchive(archiveId);
  }

  /**
   * Dials out. OpenTok needs a client token for the SIP participant; like OpenTok's SIP samples we
   * mint a publisher token (the SIP leg publishes its audio) with connection data `sip=true`, so
   * other clients can tell the SIP connection apart.
   */
  async dialSip(options: DialSipOptions): Promise<SipCallInfo> {
    this.#checkSession(options.sessionId);
    const sip = planSip(options);
    const { token } = await this.#tokens.mint({ sessionId: options.sessionId, role: 'PUBLISHER', data: 'sip=true' });
    const dto = await this.#rest.dial({ sessionId: options.sessionId, token, sip });
    const sipCallId = typeof dto.id === 'string' ? dto.id : null;
    const connectionId = typeof dto.connectionId === 'string' ? dto.connectionId : null;
    if (sipCallId === null || connectionId === null) {
      throw new GatewayError('UPSTREAM_ERROR', `${this.#platform.displayName} sent an unexpected response to dial`, {
        provider: this.name,
      });
    }
    return {
      provider: this.name,
      sipCallId,
      sessionId: options.sessionId,
      connectionId,
      streamId: typeof dto.streamId === 'string' && dto.streamId !== '' ? dto.streamId : null,
    };
  }

  async forceDisconnect(sessionId: string, connectionId: string): Promise<void> {
    this.#checkSession(sessionId);
    await this.#rest.forceDisconnect(sessionId, connectionId);
  }

  async signal(options: SignalOptions): Promise<void> {
    this.#checkSession(options.sessionId);
    const body = options.type ? { type: options.type, data: options.data } : { data: options.data };
    await this.#rest.signal(options.sessionId, options.connectionId || undefined, body);
  }

  async listConnections(): Promise<ConnectionInfo[]> {
    throw this.#unsupported('listing connections', 'connections');
  }

  async forceUnpublish(): Promise<void> {
    throw this.#unsupported('force-unpublishing a stream', 'forceUnpublish');
  }

  async listSessions(): Promise<SessionInfo[]> {
    throw this.#unsupported('listing sessions', 'listSessions');
  }

  async closeSession(): Promise<void> {
    throw this.#unsupported('closing a session', 'closeSession');
  }

  async listStreams(sessionId: string): Promise<StreamInfo[]> {
    this.#checkSession(sessionId, 'sessionId');
    const page = await this.#rest.listStreams(sessionId);
    return page.items.flatMap((item) => {
      const stream = toStreamInfo(item, sessionId);
      return stream === null ? [] : [this.#own(stream)];
    });
  }

  // Broadcasts, layouts and stream selection: ./broadcasts.ts.
  ownsBroadcastId: BroadcastProvider['ownsBroadcastId'] = (id) => this.#broadcasts.ownsBroadcastId(id);
  startBroadcast: BroadcastProvider['startBroadcast'] = (o) => this.#broadcasts.startBroadcast(o);
  stopBroadcast: BroadcastProvider['stopBroadcast'] = (id) => this.#broadcasts.stopBroadcast(id);
  getBroadcast: BroadcastProvider['getBroadcast'] = (id) => this.#broadcasts.getBroadcast(id);
  listBroadcasts: BroadcastProvider['listBroadcasts'] = (o) => this.#broadcasts.listBroadcasts(o);
  setBroadcastLayout: BroadcastProvider['setBroadcastLayout'] = (id, l) => this.#broadcasts.setBroadcastLayout(id, l);
  addBroadcastStream: BroadcastProvider['addBroadcastStream'] = (id, s) => this.#broadcasts.addBroadcastStream(id, s);
  removeBroadcastStream: BroadcastProvider['removeBroadcastStream'] = (id, s) => this.#broadcasts.removeBroadcastStream(id, s);
  setArchiveLayout: BroadcastProvider['setArchiveLayout'] = (id, l) => this.#broadcasts.setArchiveLayout(id, l);
  addArchiveStream: BroadcastProvider['addArchiveStream'] = (id, s) => this.#broadcasts.addArchiveStream(id, s);
  removeArchiveStream: BroadcastProvider['removeArchiveStream'] = (id, s) => this.#broadcasts.removeArchiveStream(id, s);

  // The session operations (./session-ops.ts).
  async getStream(sessionId: string, streamId: string): Promise<StreamInfo | null> {
    const stream = await this.#ops.getStream(sessionId, streamId);
    return stream && this.#own(stream);
  }
  setStreamLayoutClasses(sessionId: string, streams: StreamLayoutUpdate[]): Promise<void> {
    return this.#ops.setStreamLayoutClasses(sessionId, streams);
  }
  muteStream(sessionId: string, streamId: string): Promise<void> {
    return this.#ops.muteStream(sessionId, streamId);
  }
  muteSession(options: MuteSessionOptions): Promise<void> {
    return this.#ops.muteSession(options);
  }
  playDtmf(options: PlayDtmfOptions): Promise<void> {
    return this.#ops.playDtmf(options);
  }
  startRender(options: StartRenderOptions): Promise<RenderInfo> {
    return this.#ops.startRender(options);
  }
  stopRender(renderId: string): Promise<void> {
    return this.#ops.stopRender(renderId);
  }
  getRender(renderId: string): Promise<RenderInfo | null> {
    return this.#ops.getRender(renderId);
  }
  listRenders(options: ListRendersOptions): Promise<RenderPage> {
    return this.#ops.listRenders(options);
  }
  connectAudioStream(options: ConnectAudioStreamOptions): Promise<AudioConnectionInfo> {
    return this.#ops.connectAudioStream(options);
  }
  startCaptions(options: StartCaptionsOptions): Promise<CaptionsInfo> {
    return this.#ops.startCaptions(options);
  }
  stopCaptions(captionsId: string): Promise<void> {
    return this.#ops.stopCaptions(captionsId);
  }
  connectIpCamera(options: ConnectIpCameraOptions): Promise<ConnectionInfo> {
    return this.#ops.connectIpCamera(options);
  }

  handleWebhook(request: WebhookRequest): Promise<WebhookResult> {
    return this.#webhook(request);
  }

  async close(): Promise<void> {
    await this.#http.close();
  }

  /** A session id of another project (or not in the OpenTok layout) never reaches the platform. */
  #checkSession(sessionId: string, field = 'input.sessionId'): void {
    const decoded = typeof sessionId === 'string' ? decodeSessionId(sessionId) : null;
    if (decoded === null) throw badInput(field, notSessionId(this.#platform));
    if (decoded.apiKey !== this.#apiKey) throw badInput(field, foreignSession(this.#platform));
  }

  #checkArchiveId(archiveId: string): void {
    if (this.ownsArchiveId(archiveId) === 'no') {
      throw new GatewayError('NOT_FOUND', idNotUuid(this.#platform, 'archive'), { provider: this.name });
    }
  }

  #archive(dto: unknown, operation: string): ArchiveInfo {
    const archive = toArchiveInfo(dto);
    if (archive === null) {
      throw new GatewayError('UPSTREAM_ERROR', `${this.#platform.displayName} sent an unexpected response to ${operation}`, {
        provider: this.name,
      });
    }
    return this.#own(archive);
  }

  /**
   * The mappers label what they read as OpenTok's; an object read from this deployment is its own.
   * An archive is recorded as this provider's (./archive-owners.ts).
   */
  #own<T extends { provider: ProviderName; archiveId?: string }>(value: T): T {
    if (typeof value.archiveId === 'string') this.#surface.archiveOwners.record(value.archiveId, this.name);
    return value.provider === this.name ? value : { ...value, provider: this.name };
  }

  /** The refusal of a direct call to what the surface cannot do (the GraphQL layer never makes one). */
  #unsupported(what: string, feature: keyof SurfaceHints): GatewayError {
    const hint = this.capabilities.hints?.[feature] ?? surfaceHints(this.#platform)[feature];
    return new GatewayError('UNSUPPORTED_BY_PROVIDER', `${this.name} does not support ${what}: ${hint}`, { provider: this.name });
  }
}
