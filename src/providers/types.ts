/**
 * The provider-neutral domain model and the {@link VideoProvider} interface every adapter
 * implements. The GraphQL layer only sees these types; adapters never import GraphQL.
 *
 * Ids here are provider-native (`sessionId`, `archiveId`, `connectionId`); global ids are the
 * GraphQL layer's business. Times are `Date`s. Inputs reaching an adapter through the GraphQL
 * layer have passed its validation (formats and limits every provider shares) and its check of
 * the adapter's {@link ProviderCapabilities} (nothing the adapter does not declare); an adapter
 * only rejects what its own platform adds (with a {@link GatewayError} of code BAD_USER_INPUT)
 * before it makes an upstream call.
 */

import type { SessionOpsCapabilities, SessionOpsFeature, SessionOpsProvider } from './session-ops-types.js';

/** Every provider the API can name (the GraphQL `VideoProvider` enum). */
export const PROVIDER_NAMES = ['OPENTOK', 'VONAGE', 'OPENVIDU'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];
/** What a client token lets its holder do (the GraphQL `Role` enum). */
export const ROLES = ['SUBSCRIBER', 'PUBLISHER', 'PUBLISHER_ONLY', 'MODERATOR'] as const;
export type Role = (typeof ROLES)[number];
/** The GraphQL `MediaMode` enum. */
export const MEDIA_MODES = ['RELAYED', 'ROUTED'] as const;
export type MediaMode = (typeof MEDIA_MODES)[number];
/** The GraphQL `ArchiveMode` enum. */
export const ARCHIVE_MODES = ['MANUAL', 'ALWAYS'] as const;
export type ArchiveMode = (typeof ARCHIVE_MODES)[number];
export type ArchiveStatus = 'STARTING' | 'STARTED' | 'PAUSED' | 'STOPPED' | 'UPLOADED' | 'AVAILABLE' | 'EXPIRED' | 'FAILED' | 'DELETED';
export type ArchiveOutputMode = 'COMPOSED' | 'INDIVIDUAL';
/** Client token layouts. OpenTok mints JWT by default and the legacy `T1==` on request. */
export type TokenFormat = 'JWT' | 'T1' | 'OPAQUE';
/** The video codecs a session's streams can be forced to (the GraphQL `ForcedVideoCodec` enum). */
export const FORCED_VIDEO_CODECS = ['MEDIA_SERVER_PREFERRED', 'NONE', 'VP8', 'VP9', 'H264'] as const;
export type ForcedVideoCodec = (typeof FORCED_VIDEO_CODECS)[number];
/** The layouts of a composed recording (the GraphQL `RecordingLayout` enum). */
export const RECORDING_LAYOUTS = ['BEST_FIT', 'CUSTOM', 'PICTURE_IN_PICTURE', 'VERTICAL_PRESENTATION', 'HORIZONTAL_PRESENTATION'] as const;
export type RecordingLayout = (typeof RECORDING_LAYOUTS)[number];

/**
 * How sure a provider is that a native id is its own: `certain` (the id's format is unmistakable,
 * e.g. an OpenTok session id carrying our API key, an OpenVidu `ses_...` id), `possible` (the
 * format fits but other providers' ids could too, e.g. a UUID, an OpenVidu custom session id) or
 * `no`. Native ids route to the one certain owner, else to the one possible owner; several
 * candidates make the caller pass the global id.
 */
export type IdClaim = 'certain' | 'possible' | 'no';

export type * from './broadcast-types.js';
import type {
  ArchiveCompositionInfo,
  ArchiveCompositionOptions,
  BroadcastCapabilities,
  BroadcastFeature,
  BroadcastOperationOptions,
  BroadcastProvider,
  BroadcastStatusChange,
} from './broadcast-types.js';
export type * from './session-event-types.js';
import type { SessionEventInfo, SipCallEventInfo } from './session-event-types.js';
export type * from './batch-types.js';
import type { BatchReadProvider } from './batch-types.js';

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
  /** Use this id instead of a random one. */
  customSessionId?: string;
  /** The video codec every stream of the session must use. */
  forcedVideoCodec?: ForcedVideoCodec;
  /** Let the media server transcode streams that do not use the forced codec. */
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
  /** Connection data handed to every client. */
  data?: string;
  initialLayoutClassList?: string[];
  format?: TokenFormat;
  /** Whether this connection's streams are recorded (INDIVIDUAL recordings). */
  record?: boolean;
  /** Kurento media server limits (kbps) and allowed filters. */
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

export interface StartArchiveOptions extends ArchiveCompositionOptions {
  sessionId: string;
  name?: string;
  hasAudio?: boolean;
  hasVideo?: boolean;
  outputMode?: ArchiveOutputMode;
  resolution?: string;
  multiArchiveTag?: string;
  /** Frames per second of a composed recording with video. */
  frameRate?: number;
  /** Composed layout. */
  recordingLayout?: RecordingLayout;
  /** Path of a custom layout (with `recordingLayout: CUSTOM`). */
  customLayout?: string;
  /** INDIVIDUAL recordings go on when a stream fails. */
  ignoreFailedStreams?: boolean;
}

export interface ArchiveInfo extends ArchiveCompositionInfo {
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
  /** Only these streams' audio reaches the SIP participant; every stream's when absent. */
  streams?: string[];
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

/**
 * The optional inputs of each operation that takes some: what {@link ProviderCapabilities.options}
 * declares, by name. The ids an operation acts on (and a SIP `uri`, a signal's `data`) are not
 * options: every provider that has the operation takes them.
 */
export interface OperationOptions extends BroadcastOperationOptions {
  createSession: CreateSessionOptions;
  generateToken: Omit<GenerateTokenOptions, 'sessionId'>;
  startArchive: Omit<StartArchiveOptions, 'sessionId'>;
  dialSip: Omit<DialSipOptions, 'sessionId' | 'uri'>;
  signal: Omit<SignalOptions, 'sessionId' | 'data'>;
}

/** An operation that takes options. */
export type Operation = keyof OperationOptions;

/** The name of an option of `Op` (of any operation by default). */
export type OptionName<Op extends Operation = Operation> = Op extends Operation ? keyof OperationOptions[Op] & string : never;

/** What a provider can or cannot do as a whole (each is a field of the GraphQL `ProviderInfo`). */
export type Feature =
  | 'archives'
  | 'sip'
  | 'signals'
  | 'forceDisconnect'
  | 'connections'
  | 'forceUnpublish'
  | 'closeSession'
  | 'listSessions'
  | 'customSessionIds'
  | 'webhooks'
  | BroadcastFeature
  | SessionOpsFeature;

/**
 * What a provider supports, as data. The GraphQL layer refuses, before any upstream call, whatever
 * a caller asks of a provider beyond this (UNSUPPORTED_BY_PROVIDER naming the provider and the
 * field); an adapter declares only its own abilities and never mentions another provider's.
 */
export interface ProviderCapabilities extends BroadcastCapabilities, SessionOpsCapabilities {
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
  webhooks: boolean;
  /** The token formats it issues (the values `generateToken`'s `format` may take). */
  tokenFormats: TokenFormat[];
  /** The roles its tokens can grant (the values `generateToken`'s `role` may take). */
  roles: Role[];
  /** The options each operation accepts; any other option a caller sets is refused. */
  options: { [Op in Operation]: OptionName<Op>[] };
  /**
   * What to do instead, in the provider's own words, for a feature or an option it lacks (or an
   * option value it does not accept), shown after the refusal.
   */
  hints?: Partial<Record<Feature | OptionName, string>>;
}

/** An archive status change, as a webhook, a poll or the gateway's own mutation observed it. */
export interface ArchiveStatusChange {
  archive: ArchiveInfo;
  /** When the provider says it happened (falls back to when we saw it). */
  occurredAt: Date;
  /** Where it came from, for logs and metrics. */
  source: 'webhook' | 'mutation' | 'poll';
}

/** A parsed webhook. Events it carries that we do not model are counted and dropped. */
export interface WebhookResult {
  /**
   * True when its signature or shared token was checked against a configured secret. An
   * unverified webhook is only a hint: the receiver re-reads each archive it names from the
   * provider and publishes what the provider says (docs/operations.md, Webhooks).
   */
  verified: boolean;
  archiveChanges: ArchiveStatusChange[];
  /** Broadcast status changes it carries (absent: none). */
  broadcastChanges?: BroadcastStatusChange[];
  /** Connections, streams and sessions coming and going (absent: none). */
  sessionEvents?: SessionEventInfo[];
  /** SIP call status changes (absent: none). */
  sipCallEvents?: SipCallEventInfo[];
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
export interface VideoProvider extends BroadcastProvider, SessionOpsProvider, BatchReadProvider {
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
  /** CONFLICT when the archive is no longer recording; NOT_FOUND when the provider does not know it. */
  stopArchive(archiveId: string): Promise<ArchiveInfo>;
  /** Null when the provider does not know the archive. */
  getArchive(archiveId: string): Promise<ArchiveInfo | null>;
  /** Newest first. */
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
   * Verifies (when a secret is configured) and parses one webhook, saying in `verified` whether it
   * did. Rejects with UNAUTHENTICATED when the signature is missing or wrong, BAD_USER_INPUT when
   * the body is not a webhook.
   */
  handleWebhook(request: WebhookRequest): Promise<WebhookResult>;

  /** Releases sockets and timers. */
  close(): Promise<void>;
}
