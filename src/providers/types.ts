/**
 * The provider-neutral domain model and the {@link VideoProvider} interface every adapter
 * implements. The GraphQL layer only sees these types; adapters never import GraphQL.
 *
 * Ids here are provider-native (`sessionId`, `archiveId`, `connectionId`); global ids are the
 * GraphQL layer's business. Times are `Date`s. Inputs reaching an adapter have passed the
 * provider-neutral validation of the GraphQL layer; an adapter still rejects what its own
 * platform forbids (with a {@link GatewayError} of code BAD_USER_INPUT or UNSUPPORTED_BY_PROVIDER)
 * before it makes an upstream call.
 */

export type ProviderName = 'OPENTOK' | 'VONAGE' | 'OPENVIDU';
export type Role = 'SUBSCRIBER' | 'PUBLISHER' | 'PUBLISHER_ONLY' | 'MODERATOR';
export type MediaMode = 'RELAYED' | 'ROUTED';
export type ArchiveMode = 'MANUAL' | 'ALWAYS';
export type ArchiveStatus = 'STARTING' | 'STARTED' | 'PAUSED' | 'STOPPED' | 'UPLOADED' | 'AVAILABLE' | 'EXPIRED' | 'FAILED' | 'DELETED';
export type ArchiveOutputMode = 'COMPOSED' | 'INDIVIDUAL';
/** Client token layouts. OpenTok mints JWT by default and the legacy `T1==` on request. */
export type TokenFormat = 'JWT' | 'T1' | 'OPAQUE';
/** OpenVidu's codec choice for a session's streams. */
export type ForcedVideoCodec = 'MEDIA_SERVER_PREFERRED' | 'NONE' | 'VP8' | 'VP9' | 'H264';
/** OpenVidu's composed recording layouts. */
export type RecordingLayout = 'BEST_FIT' | 'CUSTOM' | 'PICTURE_IN_PICTURE' | 'VERTICAL_PRESENTATION' | 'HORIZONTAL_PRESENTATION';

/**
 * How sure a provider is that a native id is its own: `certain` (the id's format is unmistakable,
 * e.g. an OpenTok session id carrying our API key, an OpenVidu `ses_...` id), `possible` (the
 * format fits but other providers' ids could too, e.g. a UUID, an OpenVidu custom session id) or
 * `no`. Native ids route to the one certain owner, else to the one possible owner; several
 * candidates make the caller pass the global id.
 */
export type IdClaim = 'certain' | 'possible' | 'no';

export interface CreateSessionOptions {
  mediaMode?: MediaMode;
  archiveMode?: ArchiveMode;
  /** IPv4 address hint for the media server location. */
  location?: string;
  e2ee?: boolean;
  /** Name of archives started automatically (ALWAYS mode only). */
  archiveName?: string;
  /** Resolution of archives started automatically (ALWAYS mode only), e.g. `1280x720`. */
  archiveResolution?: string;
  /** OpenVidu only: use this id instead of a random one (`[a-zA-Z0-9_-]+`). */
  customSessionId?: string;
  /** OpenVidu only. */
  forcedVideoCodec?: ForcedVideoCodec;
  /** OpenVidu only (Kurento). */
  allowTranscoding?: boolean;
}

export interface SessionInfo {
  provider: ProviderName;
  sessionId: string;
  /**
   * As created. Some providers (OpenTok) never report these back; the adapter then answers with
   * what it remembers from creating the session, or the platform default.
   */
  mediaMode: MediaMode;
  archiveMode: ArchiveMode;
  createdAt: Date | null;
}

export interface GenerateTokenOptions {
  sessionId: string;
  role?: Role;
  /** Absolute expiry; the adapter applies its default (24 h) when absent. */
  expiresAt?: Date;
  /** Connection data handed to every client (<= 1000 chars). */
  data?: string;
  initialLayoutClassList?: string[];
  format?: TokenFormat;
  /** OpenVidu only: whether this connection's streams are recorded (INDIVIDUAL recordings). */
  record?: boolean;
  /** OpenVidu only: Kurento bandwidth limits (kbps) and allowed filters. */
  kurentoOptions?: KurentoOptions;
}

export interface KurentoOptions {
  videoMaxRecvBandwidth?: number;
  videoMinRecvBandwidth?: number;
  videoMaxSendBandwidth?: number;
  videoMinSendBandwidth?: number;
  allowedFilters?: string[];
}

export interface ConnectionInfo {
  provider: ProviderName;
  connectionId: string;
  sessionId: string;
  role: Role | null;
  /** Data set by the server when the token was made. */
  data: string | null;
  createdAt: Date | null;
  /** PENDING until a client uses the token, then ACTIVE (null where the provider does not say). */
  status: 'PENDING' | 'ACTIVE' | null;
  /** When the client connected. */
  activeAt: Date | null;
  /** Data the client passed when it connected. */
  clientData: string | null;
  /** Ids of the streams this connection publishes. */
  streamIds: string[];
}

export interface TokenInfo {
  provider: ProviderName;
  token: string;
  sessionId: string;
  /** OpenTok API key / Vonage application id; null where the provider has none (OpenVidu). */
  apiKey: string | null;
  role: Role;
  data: string | null;
  expiresAt: Date;
  format: TokenFormat;
  /** Where the provider creates a connection eagerly (OpenVidu). */
  connection: ConnectionInfo | null;
}

export interface StartArchiveOptions {
  sessionId: string;
  name?: string;
  hasAudio?: boolean;
  hasVideo?: boolean;
  outputMode?: ArchiveOutputMode;
  resolution?: string;
  multiArchiveTag?: string;
  /** OpenVidu only: 1..120, composed with video. */
  frameRate?: number;
  /** OpenVidu only: composed layout. */
  recordingLayout?: RecordingLayout;
  /** OpenVidu only: path of a custom layout (with `recordingLayout: CUSTOM`). */
  customLayout?: string;
  /** OpenVidu only: INDIVIDUAL recordings go on when a stream fails. */
  ignoreFailedStreams?: boolean;
}

export interface ArchiveInfo {
  provider: ProviderName;
  archiveId: string;
  sessionId: string;
  name: string | null;
  status: ArchiveStatus;
  createdAt: Date;
  /** Last change as reported by the provider, when it reports one. */
  updatedAt: Date | null;
  /** Seconds. */
  duration: number | null;
  /** Bytes. */
  size: number | null;
  url: string | null;
  hasAudio: boolean;
  hasVideo: boolean;
  outputMode: ArchiveOutputMode;
  resolution: string | null;
  reason: string | null;
  multiArchiveTag: string | null;
}

export interface ListArchivesOptions {
  sessionId?: string;
  /** 0-based. */
  offset: number;
  /** Page size, 1..1000. */
  count: number;
}

export interface ArchivePage {
  items: ArchiveInfo[];
  /** Total matching archives at the provider (not just this page). */
  totalCount: number;
}

export interface SipHeader {
  name: string;
  value: string;
}

export interface DialSipOptions {
  sessionId: string;
  uri: string;
  from?: string;
  headers?: SipHeader[];
  auth?: { username: string; password: string };
  secure?: boolean;
  video?: boolean;
  observeForceMute?: boolean;
}

export interface SipCallInfo {
  provider: ProviderName;
  sipCallId: string;
  sessionId: string;
  connectionId: string;
  streamId: string | null;
}

export interface StreamInfo {
  provider: ProviderName;
  streamId: string;
  sessionId: string;
  videoType: string | null;
  name: string | null;
  layoutClassList: string[];
}

export interface SignalOptions {
  sessionId: string;
  /** Only this connection; the whole session when absent. */
  connectionId?: string;
  type?: string;
  data: string;
}

/** What a provider can do; the GraphQL layer turns a `false` into UNSUPPORTED_BY_PROVIDER. */
export interface ProviderCapabilities {
  archives: boolean;
  sip: boolean;
  signals: boolean;
  forceDisconnect: boolean;
  /** Listing a session's connections. */
  connections: boolean;
  /** Stopping one stream without disconnecting its client. */
  forceUnpublish: boolean;
  /** Closing a session for everyone. */
  closeSession: boolean;
  /** Listing the sessions the platform holds. */
  listSessions: boolean;
  /** Sessions with an id of the caller's choosing. */
  customSessionIds: boolean;
  tokenFormats: TokenFormat[];
  webhooks: boolean;
}

/** An archive status change, as a webhook, a poll or the gateway's own mutation observed it. */
export interface ArchiveStatusChange {
  archive: ArchiveInfo;
  /** When the provider says it happened (falls back to when we saw it). */
  occurredAt: Date;
  /** Where it came from, for logs and metrics. */
  source: 'webhook' | 'mutation' | 'poll';
}

/** A verified, parsed webhook. Events it carries that we do not model are counted and dropped. */
export interface WebhookResult {
  archiveChanges: ArchiveStatusChange[];
  /** A stable id for duplicate suppression (delivery id or a business key). */
  dedupeKey: string | null;
  /** The provider's event name, for logs and metrics (`archive`, `connectionCreated`, ...). */
  eventType: string;
}

/** The raw HTTP request of an incoming webhook. */
export interface WebhookRequest {
  headers: Record<string, string | undefined>;
  /** The body exactly as received (signatures cover these bytes). */
  rawBody: Buffer;
}

/**
 * One video platform. Every method either resolves or rejects with a `GatewayError`
 * (`src/errors.ts`) whose code is one of the design's list; anything else is a bug.
 */
export interface VideoProvider {
  readonly name: ProviderName;
  readonly capabilities: ProviderCapabilities;

  /** Whether a native session id has this provider's format (used to route native ids). */
  ownsSessionId(sessionId: string): IdClaim;
  /** Whether a native archive id has this provider's format. */
  ownsArchiveId(archiveId: string): IdClaim;

  createSession(options: CreateSessionOptions): Promise<SessionInfo>;
  /** Null when the provider does not know the session. */
  getSession(sessionId: string): Promise<SessionInfo | null>;
  /** Every session the platform holds, newest first. UNSUPPORTED_BY_PROVIDER where it cannot. */
  listSessions(): Promise<SessionInfo[]>;
  generateToken(options: GenerateTokenOptions): Promise<TokenInfo>;

  startArchive(options: StartArchiveOptions): Promise<ArchiveInfo>;
  stopArchive(archiveId: string): Promise<ArchiveInfo>;
  /** Null when the provider does not know the archive. */
  getArchive(archiveId: string): Promise<ArchiveInfo | null>;
  listArchives(options: ListArchivesOptions): Promise<ArchivePage>;
  deleteArchive(archiveId: string): Promise<void>;

  dialSip(options: DialSipOptions): Promise<SipCallInfo>;
  forceDisconnect(sessionId: string, connectionId: string): Promise<void>;
  signal(options: SignalOptions): Promise<void>;
  listStreams(sessionId: string): Promise<StreamInfo[]>;
  /** Connections of a session (pending ones too). UNSUPPORTED_BY_PROVIDER where it cannot. */
  listConnections(sessionId: string): Promise<ConnectionInfo[]>;
  /** Stops one published stream. UNSUPPORTED_BY_PROVIDER where it cannot. */
  forceUnpublish(sessionId: string, streamId: string): Promise<void>;
  /** Closes a session for everyone. UNSUPPORTED_BY_PROVIDER where it cannot. */
  closeSession(sessionId: string): Promise<void>;

  /**
   * Verifies (when a secret is configured) and parses one webhook. Rejects with UNAUTHENTICATED
   * when the signature is missing or wrong, BAD_USER_INPUT when the body is not a webhook.
   */
  handleWebhook(request: WebhookRequest): Promise<WebhookResult>;

  /** Releases sockets and timers. */
  close(): Promise<void>;
}
