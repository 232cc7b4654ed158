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
export type ArchiveStatus =
  | 'STARTING'
  | 'STARTED'
  | 'PAUSED'
  | 'STOPPED'
  | 'UPLOADED'
  | 'AVAILABLE'
  | 'EXPIRED'
  | 'FAILED'
  | 'DELETED';
export type ArchiveOutputMode = 'COMPOSED' | 'INDIVIDUAL';
/** Client token layouts. OpenTok mints JWT by default and the legacy `T1==` on request. */
export type TokenFormat = 'JWT' | 'T1';

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
}

export interface ConnectionInfo {
  provider: ProviderName;
  connectionId: string;
  sessionId: string;
  role: Role | null;
  data: string | null;
  createdAt: Date | null;
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
  ownsSessionId(sessionId: string): boolean;
  /** Whether a native archive id has this provider's format. */
  ownsArchiveId(archiveId: string): boolean;

  createSession(options: CreateSessionOptions): Promise<SessionInfo>;
  /** Null when the provider does not know the session. */
  getSession(sessionId: string): Promise<SessionInfo | null>;
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

  /**
   * Verifies (when a secret is configured) and parses one webhook. Rejects with UNAUTHENTICATED
   * when the signature is missing or wrong, BAD_USER_INPUT when the body is not a webhook.
   */
  handleWebhook(request: WebhookRequest): Promise<WebhookResult>;

  /** Releases sockets and timers. */
  close(): Promise<void>;
}
