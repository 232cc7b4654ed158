/**
 * The OpenTok (legacy Vonage/TokBox project) implementation of {@link VideoProvider}.
 */
import { GatewayError, badInput } from '../../errors.js';
import { createHttpClient, type HttpClient } from '../rest/http.js';
import type { Logger } from '../../logger.js';
import type {
  ConnectionInfo,
  IdClaim,
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
import { OpenTokRestClient } from './client.js';
import { createClientTokenMinter, type ClientTokenMinter } from './client-tokens.js';
import { toArchiveInfo, toStreamInfo } from './mapping.js';
import { createRestAuth } from './rest-auth.js';
import { SessionCache } from './session-cache.js';
import { createOpenTokSessionOps, OPENTOK_SESSION_OPS_CAPABILITIES, OPENTOK_SESSION_OPS_HINTS } from './session-ops.js';
import { decodeSessionId } from './session-ids.js';
import { checkPaging } from '../rest/paging.js';
import { planArchive, planSession, planSip } from './validation.js';
import { createWebhookHandler, type OpenTokWebhookHandler } from './webhook.js';

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
}

const PROVIDER = 'OPENTOK';
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
  return new OpenTokProvider(options);
}

/** What OpenTok cannot do, and what to do instead. */
const HINTS = {
  connections: 'OpenTok has no REST call for it; use session monitoring callbacks',
  forceUnpublish: 'use forceDisconnect on its connection instead',
  listSessions: 'OpenTok keeps no list of sessions; store the ids you create',
  closeSession: 'OpenTok sessions never close; disconnect its clients instead',
} as const;

/** What OpenTok supports: the GraphQL layer refuses anything else before calling the adapter. */
const CAPABILITIES: ProviderCapabilities = {
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
  ...OPENTOK_SESSION_OPS_CAPABILITIES,
  tokenFormats: ['JWT', 'T1'],
  roles: ['SUBSCRIBER', 'PUBLISHER', 'PUBLISHER_ONLY', 'MODERATOR'],
  options: {
    createSession: ['mediaMode', 'archiveMode', 'location', 'e2ee', 'archiveName', 'archiveResolution'],
    generateToken: ['role', 'expiresAt', 'data', 'initialLayoutClassList', 'format'],
    startArchive: ['name', 'hasAudio', 'hasVideo', 'outputMode', 'resolution', 'multiArchiveTag'],
    dialSip: ['from', 'headers', 'auth', 'secure', 'video', 'observeForceMute', 'streams'],
    signal: ['connectionId', 'type'],
  },
  hints: { ...HINTS, ...OPENTOK_SESSION_OPS_HINTS },
};

/** The refusal of a direct call to what OpenTok cannot do (the GraphQL layer never makes one). */
function unsupported(what: string, hint: string): GatewayError {
  return new GatewayError('UNSUPPORTED_BY_PROVIDER', `OPENTOK does not support ${what}: ${hint}`, { provider: PROVIDER });
}

class OpenTokProvider implements VideoProvider {
  readonly name = PROVIDER;
  readonly capabilities = CAPABILITIES;

  readonly #apiKey: string;
  readonly #http: HttpClient;
  readonly #rest: OpenTokRestClient;
  readonly #tokens: ClientTokenMinter;
  readonly #sessions: SessionCache;
  readonly #webhook: OpenTokWebhookHandler;
  readonly #logger: Logger | undefined;
  readonly #ops: SessionOpsProvider;

  constructor(options: OpenTokProviderOptions) {
    if (!options.apiKey || !options.apiSecret) {
      // No value in the message: a half-set credential pair is still a secret.
      throw new Error('createOpenTokProvider needs apiKey and apiSecret');
    }
    this.#apiKey = options.apiKey;
    this.#logger = options.logger;
    this.#http = createHttpClient({
      provider: PROVIDER,
      displayName: 'OpenTok',
      baseUrl: options.apiUrl ?? 'https://api.opentok.com',
      ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
      connections: options.connections ?? 16,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
    this.#rest = new OpenTokRestClient({
      apiKey: options.apiKey,
      http: this.#http,
      auth: createRestAuth(options.apiKey, options.apiSecret),
    });
    this.#tokens = createClientTokenMinter(options.apiKey, options.apiSecret);
    this.#sessions = new SessionCache(options.sessionCacheSize);
    this.#ops = createOpenTokSessionOps({
      provider: PROVIDER,
      rest: this.#rest,
      tokens: this.#tokens,
      checkSession: (sessionId, field) => this.#checkSession(sessionId, field),
    });
    this.#webhook = createWebhookHandler(
      options.webhookSecret === undefined || options.webhookSecret === '' ? {} : { webhookSecret: options.webhookSecret },
    );
  }

  /** Certain: the id decodes to the OpenTok layout with our API key inside. */
  ownsSessionId(sessionId: string): IdClaim {
    return decodeSessionId(sessionId)?.apiKey === this.#apiKey ? 'certain' : 'no';
  }

  /**
   * Certain for a UUID: every OpenTok archive id is one. (An OpenVidu recording of a session whose
   * custom id is UUID-shaped is then reached by its global id only.)
   */
  ownsArchiveId(archiveId: string): IdClaim {
    return typeof archiveId === 'string' && UUID.test(archiveId) ? 'certain' : 'no';
  }

  async createSession(options: CreateSessionOptions = {}): Promise<SessionInfo> {
    const plan = planSession(options);
    const sessionId = await this.#rest.createSession(plan.form);
    const createdAt = decodeSessionId(sessionId)?.createdAt ?? new Date();
    this.#sessions.set(sessionId, { mediaMode: plan.mediaMode, archiveMode: plan.archiveMode, createdAt });
    return { provider: PROVIDER, sessionId, mediaMode: plan.mediaMode, archiveMode: plan.archiveMode, createdAt };
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
      provider: PROVIDER,
      sessionId,
      mediaMode: remembered?.mediaMode ?? 'RELAYED',
      archiveMode: remembered?.archiveMode ?? 'MANUAL',
      createdAt: remembered?.createdAt ?? decoded.createdAt,
    };
  }

  async generateToken(options: GenerateTokenOptions): Promise<TokenInfo> {
    const minted = this.#tokens.mint(options);
    return {
      provider: PROVIDER,
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
        this.#logger?.warn({ provider: PROVIDER }, 'skipped an archive list item that is not a recognisable archive');
        continue;
      }
      items.push(archive);
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
    const { token } = this.#tokens.mint({ sessionId: options.sessionId, role: 'PUBLISHER', data: 'sip=true' });
    const dto = await this.#rest.dial({ sessionId: options.sessionId, token, sip });
    const sipCallId = typeof dto.id === 'string' ? dto.id : null;
    const connectionId = typeof dto.connectionId === 'string' ? dto.connectionId : null;
    if (sipCallId === null || connectionId === null) {
      throw new GatewayError('UPSTREAM_ERROR', 'OpenTok sent an unexpected response to dial', { provider: PROVIDER });
    }
    return {
      provider: PROVIDER,
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
    throw unsupported('listing connections', HINTS.connections);
  }

  async forceUnpublish(): Promise<void> {
    throw unsupported('force-unpublishing a stream', HINTS.forceUnpublish);
  }

  async listSessions(): Promise<SessionInfo[]> {
    throw unsupported('listing sessions', HINTS.listSessions);
  }

  async closeSession(): Promise<void> {
    throw unsupported('closing a session', HINTS.closeSession);
  }

  async listStreams(sessionId: string): Promise<StreamInfo[]> {
    this.#checkSession(sessionId, 'sessionId');
    const page = await this.#rest.listStreams(sessionId);
    return page.items.map((item) => toStreamInfo(item, sessionId)).filter((s): s is StreamInfo => s !== null);
  }

  // The session operations (./session-ops.ts).
  getStream(sessionId: string, streamId: string): Promise<StreamInfo | null> {
    return this.#ops.getStream(sessionId, streamId);
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

  /** A session id of another project (or not an OpenTok id) never reaches OpenTok. */
  #checkSession(sessionId: string, field = 'input.sessionId'): void {
    const decoded = typeof sessionId === 'string' ? decodeSessionId(sessionId) : null;
    if (decoded === null) throw badInput(field, 'this is not an OpenTok session id');
    if (decoded.apiKey !== this.#apiKey) {
      throw badInput(field, 'this session does not belong to the configured OpenTok API key');
    }
  }

  #checkArchiveId(archiveId: string): void {
    if (this.ownsArchiveId(archiveId) === 'no') {
      throw new GatewayError('NOT_FOUND', 'archive not found: OpenTok archive ids are UUIDs', { provider: PROVIDER });
    }
  }

  #archive(dto: unknown, operation: string): ArchiveInfo {
    const archive = toArchiveInfo(dto);
    if (archive === null) {
      throw new GatewayError('UPSTREAM_ERROR', `OpenTok sent an unexpected response to ${operation}`, {
        provider: PROVIDER,
      });
    }
    return archive;
  }
}
