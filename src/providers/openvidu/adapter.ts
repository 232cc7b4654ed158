/**
 * The OpenVidu 2 implementation of {@link VideoProvider}.
 */
import { GatewayError } from '../../errors.js';
import { BROADCAST_HINTS, NO_BROADCASTS } from './broadcasts.js';
import { createHttpClient, type HttpClient } from '../rest/http.js';
import type { UpstreamObserver } from '../rest/observer.js';
import type { Logger } from '../../logger.js';
import type {
  ArchiveInfo,
  ArchivePage,
  BatchReadProvider,
  ConnectionInfo,
  CreateSessionOptions,
  GenerateTokenOptions,
  IdClaim,
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
import { OpenViduRestClient } from './client.js';
import { mapOpenViduError } from './errors.js';
import { claimRecordingId, claimSessionId } from './ids.js';
import { toArchiveInfo, toConnectionInfo, toSessionInfo, toStreamInfos } from './mapping.js';
import { RevocationScheduler } from './revocations.js';
import { createOpenViduSessionOps, OPENVIDU_SESSION_OPS_CAPABILITIES, OPENVIDU_SESSION_OPS_HINTS } from './session-ops.js';
import { checkConnectionId, checkSessionId, checkStreamId, planConnection, planRecording, planSession, planSignal } from './validation.js';
import { createWebhookHandler, type OpenViduWebhookHandler } from './webhook.js';
import { createOpenViduBatchReads } from './batch-reads.js';

/** Options of {@link createOpenViduProvider}. */
export interface OpenViduProviderOptions {
  /**
   * `OPENVIDU_URL`, e.g. `https://openvidu.example.com`. The REST API is under
   * `<url>/openvidu/api`; a path prefix (a reverse proxy's) is kept, and a URL that already ends in
   * `/openvidu/api` is accepted as is.
   */
  url: string;
  /** `OPENVIDU_SECRET`: sent as Basic `OPENVIDUAPP:<secret>`; never logged. */
  secret: string;
  /**
   * `OPENVIDU_WEBHOOK_TOKEN`: when set, webhooks must carry `Authorization: Bearer <token>` (or
   * the bare token as the header value).
   */
  webhookToken?: string;
  /** Milliseconds. @default { connectMs: 3000, headersMs: 5000, bodyMs: 5000, requestMs: 8000 } */
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number; requestMs?: number };
  /**
   * Deadline of recording start and stop, which OpenVidu answers only once media is written
   * (several seconds for COMPOSED recordings). @default 30000 (the Java client's timeout)
   */
  recordingTimeoutMs?: number;
  /** Pool size per origin. @default 16 */
  connections?: number;
  /** Token expiries held in memory at once; beyond it the oldest are dropped. @default 100000 */
  maxPendingRevocations?: number;
  logger?: Logger;
  /** Watches every REST call (metrics, traces, request id). */
  observer?: UpstreamObserver | undefined;
}

const PROVIDER = 'OPENVIDU';

/** What OpenVidu 2 lacks, and what to do instead. */
const HINTS = {
  sip: 'OpenVidu 2 has no SIP in its REST API',
  location: 'OpenVidu has no media location hint; leave it out',
  e2ee: 'OpenVidu 2 has no end-to-end encryption option; leave it out',
  role: 'OpenVidu has no PUBLISHER_ONLY role; use PUBLISHER (it may also subscribe)',
  format: 'OpenVidu tokens are opaque connection URLs (format OPAQUE)',
  initialLayoutClassList: 'OpenVidu has no layout classes; use a CUSTOM recording layout instead',
  multiArchiveTag: 'OpenVidu records one recording per session at a time; stop the current recording before starting another',
} as const;

/** What OpenVidu supports: the GraphQL layer refuses anything else before calling the adapter. */
const CAPABILITIES: ProviderCapabilities = {
  archives: true,
  sip: false,
  signals: true,
  forceDisconnect: true,
  connections: true,
  forceUnpublish: true,
  closeSession: true,
  listSessions: true,
  customSessionIds: true,
  webhooks: true,
  broadcasts: false,
  archiveLayouts: false,
  archiveStreams: false,
  ...OPENVIDU_SESSION_OPS_CAPABILITIES,
  tokenFormats: ['OPAQUE'],
  roles: ['SUBSCRIBER', 'PUBLISHER', 'MODERATOR'],
  options: {
    createSession: [
      'mediaMode',
      'archiveMode',
      'archiveName',
      'archiveResolution',
      'customSessionId',
      'forcedVideoCodec',
      'allowTranscoding',
    ],
    generateToken: ['role', 'expiresAt', 'data', 'format', 'record', 'kurentoOptions'],
    startArchive: [
      'name',
      'hasAudio',
      'hasVideo',
      'outputMode',
      'resolution',
      'frameRate',
      'recordingLayout',
      'customLayout',
      'ignoreFailedStreams',
    ],
    dialSip: [],
    signal: ['connectionId', 'type'],
    startBroadcast: [],
  },
  hints: { ...HINTS, ...BROADCAST_HINTS, ...OPENVIDU_SESSION_OPS_HINTS },
};

/**
 * Creates the OpenVidu 2 adapter.
 *
 * - Sessions are created and read over REST; a `customSessionId` that already exists is fetched
 *   and returned (idempotent, like openvidu-node-client).
 * - Tokens are OpenVidu connections: each `generateToken` is one REST call creating a pending
 *   connection, returned in `TokenInfo.connection`. OpenVidu tokens never expire; this adapter
 *   deletes the pending connection at `expiresAt` (in-process, best effort: ./revocations.ts).
 * - Recordings are the archives. `GET /recordings` has no filter or paging, so `listArchives`
 *   filters and pages in the gateway.
 * - Every call goes through a pooled undici client with timeouts; only GET and DELETE are retried.
 */
export function createOpenViduProvider(options: OpenViduProviderOptions): VideoProvider {
  return new OpenViduProvider(options);
}

/** `<url>/openvidu/api`, keeping a path prefix and accepting a URL that already has the suffix. */
export function apiBaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('createOpenViduProvider: url must be an absolute http(s) URL such as https://openvidu.example.com');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error('createOpenViduProvider: url must use http or https');
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  const base = /\/openvidu\/api$/.test(path) ? path : `${path}/openvidu/api`;
  return `${parsed.origin}${base}`;
}

/** Connections of each recording pool (starts, stops): a few at a time per deployment. */
const RECORDING_CONNECTIONS = 4;

class OpenViduProvider implements VideoProvider {
  readonly name = PROVIDER;
  readonly capabilities = CAPABILITIES;

  readonly #http: HttpClient;
  readonly #recordingStartHttp: HttpClient;
  readonly #recordingStopHttp: HttpClient;
  readonly #rest: OpenViduRestClient;
  readonly #revocations: RevocationScheduler;
  readonly #webhook: OpenViduWebhookHandler;
  readonly #logger: Logger | undefined;
  readonly #ops: SessionOpsProvider;
  readonly #batch: Required<BatchReadProvider>;

  constructor(options: OpenViduProviderOptions) {
    if (!options.url || !options.secret) {
      // No value in the message: a half-set credential pair is still a secret.
      throw new Error('createOpenViduProvider needs url and secret');
    }
    const baseUrl = apiBaseUrl(options.url);
    this.#logger = options.logger;
    const common = {
      provider: PROVIDER,
      displayName: 'OpenVidu',
      baseUrl,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      observer: options.observer,
    };
    this.#http = createHttpClient({
      ...common,
      ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
      connections: options.connections ?? 16,
    });
    // Recording start/stop block until media is written: pools of their own with long
    // header/body timers, so a slow recording never ties up (or times out) the main pool. One
    // pool per purpose: stalled starts holding every connection must not make a stop wait.
    const recordingMs = options.recordingTimeoutMs ?? 30_000;
    const recordingPool = () =>
      createHttpClient({
        ...common,
        timeouts: {
          ...options.timeouts,
          headersMs: Math.max(options.timeouts?.headersMs ?? 0, recordingMs),
          bodyMs: Math.max(options.timeouts?.bodyMs ?? 0, recordingMs),
          requestMs: recordingMs,
        },
        connections: RECORDING_CONNECTIONS,
        retry: false,
      });
    this.#recordingStartHttp = recordingPool();
    this.#recordingStopHttp = recordingPool();
    this.#rest = new OpenViduRestClient({
      http: this.#http,
      recordingStartHttp: this.#recordingStartHttp,
      recordingStopHttp: this.#recordingStopHttp,
      secret: options.secret,
    });
    this.#revocations = new RevocationScheduler({
      revoke: (sessionId, connectionId) => this.#revokeIfPending(sessionId, connectionId),
      ...(options.maxPendingRevocations === undefined ? {} : { maxPending: options.maxPendingRevocations }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
    this.#ops = createOpenViduSessionOps({ rest: this.#rest, listStreams: (sessionId) => this.listStreams(sessionId) });
    this.#batch = createOpenViduBatchReads({
      rest: this.#rest,
      getSession: (sessionId) => this.getSession(sessionId),
      getArchive: (archiveId) => this.getArchive(archiveId),
      logger: options.logger,
    });
    this.#webhook = createWebhookHandler(options.webhookToken ? { webhookToken: options.webhookToken } : {});
  }

  /** Certain for `ses_` + 10 alphanumerics; possible for a custom id (`[a-zA-Z0-9_-]+`). */
  ownsSessionId(sessionId: string): IdClaim {
    return claimSessionId(sessionId);
  }

  /** Certain for a random session id with an optional `~N`; possible for another valid id. */
  ownsArchiveId(archiveId: string): IdClaim {
    return claimRecordingId(archiveId);
  }

  async createSession(options: CreateSessionOptions = {}): Promise<SessionInfo> {
    const plan = planSession(options);
    const dto = await this.#rest.createSession(plan.body);
    if (dto === null) {
      // 409: the custom id exists. Like openvidu-node-client, carry on with that session.
      const sessionId = plan.body.customSessionId;
      if (typeof sessionId !== 'string') throw mapOpenViduError('createSession', 409, '');
      const existing = await this.#rest.getSession(sessionId);
      const info = existing === null ? null : toSessionInfo(existing);
      if (info === null) {
        throw new GatewayError('CONFLICT', 'a session with this customSessionId exists but is closing; try again in a moment', {
          provider: PROVIDER,
          field: 'input.customSessionId',
          upstreamStatus: 409,
        });
      }
      return info;
    }
    const info = toSessionInfo(dto);
    if (info === null) throw unexpected('createSession');
    return info;
  }

  /** Null when OpenVidu does not know the session (never created, or closed). */
  async getSession(sessionId: string): Promise<SessionInfo | null> {
    if (claimSessionId(sessionId) === 'no') return null;
    const dto = await this.#rest.getSession(sessionId);
    if (dto === null) return null;
    const info = toSessionInfo(dto);
    if (info === null) throw unexpected('getSession');
    return info;
  }

  /** `GET /sessions`, newest first; items that are not recognisable sessions are skipped. */
  async listSessions(): Promise<SessionInfo[]> {
    const sessions = (await this.#rest.listSessions()).map((dto) => toSessionInfo(dto)).filter((s): s is SessionInfo => s !== null);
    return sessions.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  }

  /**
   * Creates a pending WEBRTC connection; its token is what a client joins with, an opaque URL
   * (`wss://host?sessionId=...&token=tok_...`) to pass as is.
   */
  async generateToken(options: GenerateTokenOptions): Promise<TokenInfo> {
    const plan = planConnection(options);
    const dto = await this.#rest.createConnection(options.sessionId, plan.body);
    const connection = toConnectionInfo(dto, options.sessionId);
    const token = (dto as { token?: unknown } | null)?.token;
    if (connection === null || typeof token !== 'string' || token === '') throw unexpected('generateToken');
    this.#revocations.schedule(connection.sessionId, connection.connectionId, plan.expiresAt);
    return {
      provider: PROVIDER,
      token,
      sessionId: connection.sessionId,
      apiKey: null,
      role: connection.role ?? plan.role,
      data: plan.data,
      expiresAt: plan.expiresAt,
      format: 'OPAQUE',
      connection,
    };
  }

  async startArchive(options: StartArchiveOptions): Promise<ArchiveInfo> {
    const body = planRecording(options);
    return this.#archive(await this.#rest.startRecording(body), 'startArchive');
  }

  async stopArchive(archiveId: string): Promise<ArchiveInfo> {
    this.#checkRecordingId(archiveId);
    return this.#archive(await this.#rest.stopRecording(archiveId), 'stopArchive');
  }

  async getArchive(archiveId: string): Promise<ArchiveInfo | null> {
    if (claimRecordingId(archiveId) === 'no') return null;
    const dto = await this.#rest.getRecording(archiveId);
    return dto === null ? null : this.#archive(dto, 'getArchive');
  }

  /** All recordings come in one call; the filter, order (newest first) and page are ours (./batch-reads.ts). */
  async listArchives(options: ListArchivesOptions): Promise<ArchivePage> {
    const [page] = await this.#batch.listArchivesBatch([options]);
    if (page === undefined) throw unexpected('listArchives');
    if (page instanceof Error) throw page;
    return page;
  }

  // Many sessions, recordings or listings at once, from one listing call (./batch-reads.ts).
  getSessions(sessionIds: readonly string[]): Promise<(SessionInfo | null)[]> {
    return this.#batch.getSessions(sessionIds);
  }
  getArchives(archiveIds: readonly string[]): Promise<(ArchiveInfo | null)[]> {
    return this.#batch.getArchives(archiveIds);
  }
  listArchivesBatch(listings: readonly ListArchivesOptions[]): Promise<(ArchivePage | Error)[]> {
    return this.#batch.listArchivesBatch(listings);
  }

  async deleteArchive(archiveId: string): Promise<void> {
    this.#checkRecordingId(archiveId);
    await this.#rest.deleteRecording(archiveId);
  }

  async dialSip(): Promise<SipCallInfo> {
    throw new GatewayError('UNSUPPORTED_BY_PROVIDER', `OPENVIDU does not support dialing SIP: ${HINTS.sip}`, { provider: PROVIDER });
  }

  /**
   * Disconnects an active client, or voids a pending token. A 400 from OpenVidu here means the
   * session is unknown, a 404 that the connection is.
   */
  async forceDisconnect(sessionId: string, connectionId: string): Promise<void> {
    checkSessionId('input.sessionId', sessionId);
    checkConnectionId('input.connectionId', connectionId);
    await this.#rest.deleteConnection(sessionId, connectionId);
    this.#revocations.cancel(sessionId, connectionId);
  }

  async signal(options: SignalOptions): Promise<void> {
    await this.#rest.signal(planSignal(options));
  }

  /** The streams of the session's active connections. */
  async listStreams(sessionId: string): Promise<StreamInfo[]> {
    checkSessionId('sessionId', sessionId);
    const dto = await this.#rest.getSession(sessionId);
    if (dto === null) {
      throw new GatewayError('NOT_FOUND', 'session not found: OpenVidu does not know this session', {
        provider: PROVIDER,
        upstreamStatus: 404,
      });
    }
    return toStreamInfos(dto, sessionId);
  }

  /** Pending connections (unused tokens) included. */
  async listConnections(sessionId: string): Promise<ConnectionInfo[]> {
    checkSessionId('sessionId', sessionId);
    const items = await this.#rest.listConnections(sessionId);
    const connections: ConnectionInfo[] = [];
    for (const item of items) {
      const connection = toConnectionInfo(item, sessionId);
      if (connection !== null) connections.push(connection);
    }
    return connections;
  }

  async forceUnpublish(sessionId: string, streamId: string): Promise<void> {
    checkSessionId('input.sessionId', sessionId);
    checkStreamId('input.streamId', streamId);
    await this.#rest.forceUnpublish(sessionId, streamId);
  }

  /** Evicts everyone, stops a running recording and voids pending tokens. */
  async closeSession(sessionId: string): Promise<void> {
    checkSessionId('input.sessionId', sessionId);
    await this.#rest.closeSession(sessionId);
    this.#revocations.cancelSession(sessionId);
  }

  // Broadcasts, layout changes and stream selection: none in OpenVidu 2 CE (./broadcasts.ts).
  ownsBroadcastId = NO_BROADCASTS.ownsBroadcastId;
  startBroadcast = NO_BROADCASTS.startBroadcast;
  stopBroadcast = NO_BROADCASTS.stopBroadcast;
  getBroadcast = NO_BROADCASTS.getBroadcast;
  listBroadcasts = NO_BROADCASTS.listBroadcasts;
  setBroadcastLayout = NO_BROADCASTS.setBroadcastLayout;
  addBroadcastStream = NO_BROADCASTS.addBroadcastStream;
  removeBroadcastStream = NO_BROADCASTS.removeBroadcastStream;
  setArchiveLayout = NO_BROADCASTS.setArchiveLayout;
  addArchiveStream = NO_BROADCASTS.addArchiveStream;
  removeArchiveStream = NO_BROADCASTS.removeArchiveStream;

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

  /** Clears pending token revocations and closes both pools. */
  async close(): Promise<void> {
    await this.#revocations.close();
    await Promise.all([this.#http.close(), this.#recordingStartHttp.close(), this.#recordingStopHttp.close()]);
  }

  /**
   * Deletes a connection only while it is still pending: deleting an active one would throw a
   * client out of the call. Gone already (session closed: 400; connection gone: 404) is fine.
   * The read-then-delete leaves a short window in which a client joining exactly at expiry is
   * disconnected; OpenVidu offers no conditional delete.
   */
  async #revokeIfPending(sessionId: string, connectionId: string): Promise<void> {
    const dto = await this.#rest.getConnection(sessionId, connectionId);
    if (toConnectionInfo(dto, sessionId)?.status !== 'PENDING') return;
    try {
      await this.#rest.deleteConnection(sessionId, connectionId);
      this.#logger?.debug({ provider: PROVIDER, sessionId, connectionId }, 'revoked an expired OpenVidu token');
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'NOT_FOUND') return;
      throw error;
    }
  }

  #checkRecordingId(archiveId: string): void {
    if (claimRecordingId(archiveId) === 'no') {
      throw new GatewayError('NOT_FOUND', 'recording not found: OpenVidu recording ids look like ses_AbCdEfGhIj or ses_AbCdEfGhIj~2', {
        provider: PROVIDER,
      });
    }
  }

  #archive(dto: unknown, operation: string): ArchiveInfo {
    const archive = toArchiveInfo(dto);
    if (archive === null) throw unexpected(operation);
    return archive;
  }
}

function unexpected(operation: string): GatewayError {
  return new GatewayError('UPSTREAM_ERROR', `OpenVidu sent an unexpected response to ${operation}`, { provider: PROVIDER });
}
