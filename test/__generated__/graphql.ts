/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO-8601 string with a time zone (output is always UTC, e.g. "2026-01-31T12:00:00.000Z"). */
  DateTime: { input: string; output: string; }
};

export type AddArchiveStreamInput = {
  /** Include the stream's audio (default true). */
  hasAudio?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include the stream's video (default true). */
  hasVideo?: InputMaybe<Scalars['Boolean']['input']>;
  /** The archive: global id or provider-native id. */
  id: Scalars['ID']['input'];
  streamId: Scalars['String']['input'];
};

export type AddBroadcastStreamInput = {
  /** Include the stream's audio (default true). */
  hasAudio?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include the stream's video (default true). */
  hasVideo?: InputMaybe<Scalars['Boolean']['input']>;
  /** The broadcast: global id or provider-native id. */
  id: Scalars['ID']['input'];
  streamId: Scalars['String']['input'];
};

/** A recording of a session. Federation entity keyed by `id`. */
export type Archive = Node & {
  __typename?: 'Archive';
  /** The provider-native archive id. */
  archiveId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Seconds recorded. */
  duration?: Maybe<Scalars['Float']['output']>;
  hasAudio: Scalars['Boolean']['output'];
  hasVideo: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  multiArchiveTag?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  outputMode: ArchiveOutputMode;
  provider: VideoProvider;
  /** Why it stopped or failed, as the provider says. */
  reason?: Maybe<Scalars['String']['output']>;
  resolution?: Maybe<Scalars['String']['output']>;
  /** The recorded session. An archive outlives its session (OpenVidu closes sessions when the last client leaves): a session the provider no longer knows is described from the archive. */
  session: Session;
  /** Bytes. */
  size?: Maybe<Scalars['Float']['output']>;
  status: ArchiveStatus;
  /** Which streams it records; null where the provider does not say (OpenVidu). */
  streamMode?: Maybe<StreamMode>;
  /** The streams it records now (while recording, where the provider says). */
  streams: Array<IncludedStream>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Download URL once AVAILABLE (short-lived: read it again rather than storing it). */
  url?: Maybe<Scalars['String']['output']>;
};

export type ArchiveConnection = {
  __typename?: 'ArchiveConnection';
  edges: Array<ArchiveEdge>;
  pageInfo: PageInfo;
  /** How many archives match, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ArchiveEdge = {
  __typename?: 'ArchiveEdge';
  cursor: Scalars['String']['output'];
  node: Archive;
};

export type ArchiveMode =
  /** An archive starts automatically when the first client connects (routed sessions only). */
  | 'ALWAYS'
  /** Archives start when you call startArchive. */
  | 'MANUAL';

export type ArchiveOutputMode =
  /** One file with every stream composed into a layout. */
  | 'COMPOSED'
  /** One file per stream (delivered as a ZIP). */
  | 'INDIVIDUAL';

/** Where an archive is in its life: STARTED <-> PAUSED while recording, then STOPPED, then AVAILABLE (or UPLOADED to your storage), later EXPIRED; FAILED at any point; DELETED after deleteArchive. */
export type ArchiveStatus =
  | 'AVAILABLE'
  | 'DELETED'
  | 'EXPIRED'
  | 'FAILED'
  | 'PAUSED'
  | 'STARTED'
  | 'STARTING'
  | 'STOPPED'
  | 'UPLOADED';

/** An archive moved to a new status. */
export type ArchiveStatusEvent = {
  __typename?: 'ArchiveStatusEvent';
  archive: Archive;
  occurredAt: Scalars['DateTime']['output'];
  /** The status this subscription reported before; null on the first event of an archive (the snapshot). */
  previousStatus?: Maybe<ArchiveStatus>;
  status: ArchiveStatus;
};

/** A live-streaming broadcast of a session to HLS and RTMP outputs. Federation entity keyed by `id`. */
export type Broadcast = Node & {
  __typename?: 'Broadcast';
  /** The provider-native broadcast id. */
  broadcastId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  hasAudio: Scalars['Boolean']['output'];
  hasVideo: Scalars['Boolean']['output'];
  /** Null when it has no HLS output. */
  hls?: Maybe<BroadcastHls>;
  /** Shortcut for hls.url. */
  hlsUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Bits per second. */
  maxBitrate?: Maybe<Scalars['Int']['output']>;
  /** Seconds after which it stops by itself. */
  maxDuration?: Maybe<Scalars['Int']['output']>;
  /** As given at start (OpenTok reports it when starting, not when reading). */
  multiBroadcastTag?: Maybe<Scalars['String']['output']>;
  provider: VideoProvider;
  resolution?: Maybe<Scalars['String']['output']>;
  /** Its RTMP targets (none once stopped, on OpenTok). */
  rtmp: Array<RtmpOutput>;
  /** The broadcast session (described from the broadcast when the provider no longer knows it). */
  session: Session;
  status: BroadcastStatus;
  streamMode: StreamMode;
  /** The streams it includes now, where the provider says. */
  streams: Array<IncludedStream>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type BroadcastConnection = {
  __typename?: 'BroadcastConnection';
  edges: Array<BroadcastEdge>;
  pageInfo: PageInfo;
  /** How many broadcasts match, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type BroadcastEdge = {
  __typename?: 'BroadcastEdge';
  cursor: Scalars['String']['output'];
  node: Broadcast;
};

/** The HLS output of a broadcast. */
export type BroadcastHls = {
  __typename?: 'BroadcastHls';
  /** Viewers may rewind and pause. */
  dvr: Scalars['Boolean']['output'];
  lowLatency: Scalars['Boolean']['output'];
  status?: Maybe<BroadcastOutputStatus>;
  /** The playlist (.m3u8) viewers open; null once stopped. */
  url?: Maybe<Scalars['String']['output']>;
};

export type BroadcastHlsInput = {
  /** Viewers may rewind and pause (not with lowLatency). */
  dvr?: InputMaybe<Scalars['Boolean']['input']>;
  /** A shorter delay (not with dvr). */
  lowLatency?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where one output (HLS, or one RTMP target) of a broadcast is, as the provider reports it. */
export type BroadcastOutputStatus =
  | 'CONNECTING'
  | 'ENDED'
  | 'ERROR'
  | 'LIVE'
  | 'OFFLINE'
  | 'READY'
  | 'STARTED';

/** Where a broadcast is: STARTED (PAUSED while nobody publishes), then STOPPED, or FAILED. */
export type BroadcastStatus =
  | 'FAILED'
  | 'PAUSED'
  | 'STARTED'
  | 'STOPPED';

/** A broadcast moved to a new status. */
export type BroadcastStatusEvent = {
  __typename?: 'BroadcastStatusEvent';
  broadcast: Broadcast;
  occurredAt: Scalars['DateTime']['output'];
  /** The status this subscription reported before; null on the first event of a broadcast (the snapshot). */
  previousStatus?: Maybe<BroadcastStatus>;
  status: BroadcastStatus;
};

/** A client's connection to a session. */
export type Connection = Node & {
  __typename?: 'Connection';
  /** When the client connected. */
  activeAt?: Maybe<Scalars['DateTime']['output']>;
  /** Data the client passed when it connected. */
  clientData?: Maybe<Scalars['String']['output']>;
  connectionId: Scalars['String']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Data set by the server when the token was made. */
  data?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  role?: Maybe<Role>;
  session: Session;
  status?: Maybe<ConnectionStatus>;
  /** Streams this connection publishes. */
  streamIds: Array<Scalars['String']['output']>;
};

export type ConnectionStatus =
  /** A client is connected with it. */
  | 'ACTIVE'
  /** The token has not been used yet. */
  | 'PENDING';

export type CreateSessionInput = {
  /** OpenVidu only (Kurento). */
  allowTranscoding?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default MANUAL. ALWAYS needs ROUTED. */
  archiveMode?: InputMaybe<ArchiveMode>;
  /** Name of automatic archives (ALWAYS only), 1-255 characters; a provider may allow fewer (OpenTok 80). */
  archiveName?: InputMaybe<Scalars['String']['input']>;
  /** Resolution of automatic archives (ALWAYS only), e.g. "1280x720". */
  archiveResolution?: InputMaybe<Scalars['String']['input']>;
  /** OpenVidu: the session id to use (letters, digits, "-", "_"). Creating it again returns the existing session. */
  customSessionId?: InputMaybe<Scalars['String']['input']>;
  /** End-to-end encryption (ROUTED, not with ALWAYS). */
  e2ee?: InputMaybe<Scalars['Boolean']['input']>;
  /** OpenVidu only. */
  forcedVideoCodec?: InputMaybe<ForcedVideoCodec>;
  /** IPv4 address near the participants, a hint for where media servers run. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Default: the provider's (OpenTok RELAYED, OpenVidu ROUTED). Archiving and SIP need ROUTED. */
  mediaMode?: InputMaybe<MediaMode>;
  /** Defaults to the gateway's default provider. */
  provider?: InputMaybe<VideoProvider>;
};

export type DialSipInput = {
  /** Digest credentials of your SIP gateway. */
  auth?: InputMaybe<SipAuthInput>;
  /** "number@domain"; the number shows on the phone. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Custom headers added to the SIP INVITE (at most 32). */
  headers?: InputMaybe<Array<SipHeaderInput>>;
  /** The SIP participant obeys force-mute. */
  observeForceMute?: InputMaybe<Scalars['Boolean']['input']>;
  /** Encrypt media (SRTP). */
  secure?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global id or provider-native session id (must be ROUTED). */
  sessionId: Scalars['ID']['input'];
  /** e.g. "sip:+15551234567@sip.example.com;transport=tls". */
  uri: Scalars['String']['input'];
  /** Send composed video to the SIP endpoint. */
  video?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ForceDisconnectInput = {
  connectionId: Scalars['String']['input'];
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
};

export type ForceUnpublishInput = {
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
  streamId: Scalars['String']['input'];
};

/** OpenVidu: the video codec forced on a session's streams. */
export type ForcedVideoCodec =
  | 'H264'
  | 'MEDIA_SERVER_PREFERRED'
  | 'NONE'
  | 'VP8'
  | 'VP9';

export type GenerateTokenInput = {
  /** Connection data every client sees, at most 1000 characters. Never put secrets here. */
  data?: InputMaybe<Scalars['String']['input']>;
  /** Default 24 hours from now; at most 30 days. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** OpenTok: JWT (default) or the legacy T1. Other providers have one format. */
  format?: InputMaybe<TokenFormat>;
  /** Layout classes of streams this client publishes (composed archives). */
  initialLayoutClassList?: InputMaybe<Array<Scalars['String']['input']>>;
  /** OpenVidu only. */
  kurentoOptions?: InputMaybe<KurentoOptionsInput>;
  /** OpenVidu: whether this connection's streams are recorded (INDIVIDUAL recordings). Default true. */
  record?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default PUBLISHER. */
  role?: InputMaybe<Role>;
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
};

/** A stream a composed archive or broadcast includes, and which of its tracks. */
export type IncludedStream = {
  __typename?: 'IncludedStream';
  hasAudio: Scalars['Boolean']['output'];
  hasVideo: Scalars['Boolean']['output'];
  streamId: Scalars['String']['output'];
};

/** OpenVidu (Kurento) limits for one connection; bandwidths in kbps, 0 = unconstrained. */
export type KurentoOptionsInput = {
  /** Filters the client may apply, e.g. "GStreamerFilter". */
  allowedFilters?: InputMaybe<Array<Scalars['String']['input']>>;
  videoMaxRecvBandwidth?: InputMaybe<Scalars['Int']['input']>;
  videoMaxSendBandwidth?: InputMaybe<Scalars['Int']['input']>;
  videoMinRecvBandwidth?: InputMaybe<Scalars['Int']['input']>;
  videoMinSendBandwidth?: InputMaybe<Scalars['Int']['input']>;
};

export type LayoutInput = {
  /** With BEST_FIT only: the layout used while someone shares a screen (not CUSTOM). */
  screenshareType?: InputMaybe<LayoutType>;
  /** CSS of a CUSTOM layout (and only then), at most 10,000 characters. */
  stylesheet?: InputMaybe<Scalars['String']['input']>;
  type: LayoutType;
};

/** How the streams of a composed archive or broadcast are laid out. */
export type LayoutType =
  /** A grid that fits every stream (the default). */
  | 'BEST_FIT'
  /** Your own CSS (`stylesheet`), placing streams by their layout classes. */
  | 'CUSTOM'
  /** One large stream, the others in a row below it. */
  | 'HORIZONTAL_PRESENTATION'
  /** Picture-in-picture: one stream full size, another small in a corner. */
  | 'PIP'
  /** One large stream, the others in a column beside it. */
  | 'VERTICAL_PRESENTATION';

export type MediaMode =
  /** Clients send media to each other directly where they can (no archiving). */
  | 'RELAYED'
  /** Media goes through the platform's media servers (needed for archives and SIP). */
  | 'ROUTED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a stream to a recording archive started with streamMode MANUAL. */
  addArchiveStream: Archive;
  /** Adds a stream to a running broadcast started with streamMode MANUAL. */
  addBroadcastStream: Broadcast;
  /** Closes a session for everyone: clients are disconnected, a running recording stops. OpenVidu only. */
  closeSession: Scalars['Boolean']['output'];
  createSession: Session;
  /** Deletes an archive's file. Only AVAILABLE, UPLOADED (or already DELETED) archives can be deleted. */
  deleteArchive: Scalars['Boolean']['output'];
  /** Dials a SIP endpoint (a phone through your SIP gateway) into a routed session. */
  dialSip: SipCall;
  /** Disconnects a client (or hangs up a SIP call) from a session. */
  forceDisconnect: Scalars['Boolean']['output'];
  /** Stops one published stream without disconnecting its client. OpenVidu only. */
  forceUnpublish: Scalars['Boolean']['output'];
  /** Mints a client token for a session. OpenTok tokens are signed locally (no upstream call). */
  generateToken: Token;
  /** Removes a stream from a recording archive started with streamMode MANUAL. */
  removeArchiveStream: Archive;
  /** Removes a stream from a running broadcast started with streamMode MANUAL. */
  removeBroadcastStream: Broadcast;
  /** Sends a signal to every client of a session, or to one connection. */
  sendSignal: Scalars['Boolean']['output'];
  /** Changes the layout of a recording COMPOSED archive. */
  setArchiveLayout: Archive;
  /** Changes the layout of a running broadcast. */
  setBroadcastLayout: Broadcast;
  /** Starts recording a routed session. On OpenTok a client must be connected first. */
  startArchive: Archive;
  /** Starts broadcasting a routed session to HLS and/or RTMP outputs. */
  startBroadcast: Broadcast;
  stopArchive: Archive;
  stopBroadcast: Broadcast;
};


export type MutationAddArchiveStreamArgs = {
  input: AddArchiveStreamInput;
};


export type MutationAddBroadcastStreamArgs = {
  input: AddBroadcastStreamInput;
};


export type MutationCloseSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateSessionArgs = {
  input?: InputMaybe<CreateSessionInput>;
};


export type MutationDeleteArchiveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDialSipArgs = {
  input: DialSipInput;
};


export type MutationForceDisconnectArgs = {
  input: ForceDisconnectInput;
};


export type MutationForceUnpublishArgs = {
  input: ForceUnpublishInput;
};


export type MutationGenerateTokenArgs = {
  input: GenerateTokenInput;
};


export type MutationRemoveArchiveStreamArgs = {
  input: RemoveArchiveStreamInput;
};


export type MutationRemoveBroadcastStreamArgs = {
  input: RemoveBroadcastStreamInput;
};


export type MutationSendSignalArgs = {
  input: SendSignalInput;
};


export type MutationSetArchiveLayoutArgs = {
  input: SetArchiveLayoutInput;
};


export type MutationSetBroadcastLayoutArgs = {
  input: SetBroadcastLayoutInput;
};


export type MutationStartArchiveArgs = {
  input: StartArchiveInput;
};


export type MutationStartBroadcastArgs = {
  input: StartBroadcastInput;
};


export type MutationStopArchiveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStopBroadcastArgs = {
  id: Scalars['ID']['input'];
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A provider configured on this gateway, and what it supports. */
export type ProviderInfo = {
  __typename?: 'ProviderInfo';
  /** setArchiveLayout. */
  archiveLayouts: Scalars['Boolean']['output'];
  /** addArchiveStream / removeArchiveStream. */
  archiveStreams: Scalars['Boolean']['output'];
  archives: Scalars['Boolean']['output'];
  /** Live broadcasts (HLS, RTMP). */
  broadcasts: Scalars['Boolean']['output'];
  closeSession: Scalars['Boolean']['output'];
  connections: Scalars['Boolean']['output'];
  customSessionIds: Scalars['Boolean']['output'];
  forceDisconnect: Scalars['Boolean']['output'];
  forceUnpublish: Scalars['Boolean']['output'];
  /** The optional input fields it accepts, as `<input type>.<field>` (e.g. `StartArchiveInput.resolution`); any other optional field set on a call it serves is refused with UNSUPPORTED_BY_PROVIDER. */
  inputOptions: Array<Scalars['String']['output']>;
  /** Used by createSession when no provider is named. */
  isDefault: Scalars['Boolean']['output'];
  listSessions: Scalars['Boolean']['output'];
  name: VideoProvider;
  /** The roles its tokens can grant. */
  roles: Array<Role>;
  signals: Scalars['Boolean']['output'];
  sip: Scalars['Boolean']['output'];
  tokenFormats: Array<TokenFormat>;
  webhooks: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An archive by global id or provider-native archive id; null when the provider does not know it. */
  archive?: Maybe<Archive>;
  /** Archives, newest first: of one session, or of one provider (the default provider when none is named). */
  archives: ArchiveConnection;
  /** A broadcast by global id or provider-native id; null when the provider does not know it. */
  broadcast?: Maybe<Broadcast>;
  /** Broadcasts, newest first: of one session, or of one provider (the default provider when none is named). */
  broadcasts: BroadcastConnection;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
  /** The providers this gateway serves, default first. */
  providers: Array<ProviderInfo>;
  /** A session by global id or provider-native session id; null when the provider does not know it. */
  session?: Maybe<Session>;
  /** The sessions a provider holds (the default provider when none is named), newest first. OpenVidu only: OpenTok keeps no list. */
  sessions: SessionConnection;
};


export type QueryArchiveArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArchivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<VideoProvider>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBroadcastArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBroadcastsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<VideoProvider>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<VideoProvider>;
};

/** OpenVidu: the layout of a composed recording. */
export type RecordingLayout =
  | 'BEST_FIT'
  | 'CUSTOM'
  | 'HORIZONTAL_PRESENTATION'
  | 'PICTURE_IN_PICTURE'
  | 'VERTICAL_PRESENTATION';

export type RemoveArchiveStreamInput = {
  /** The archive: global id or provider-native id. */
  id: Scalars['ID']['input'];
  streamId: Scalars['String']['input'];
};

export type RemoveBroadcastStreamInput = {
  /** The broadcast: global id or provider-native id. */
  id: Scalars['ID']['input'];
  streamId: Scalars['String']['input'];
};

/** What a client token lets its holder do. */
export type Role =
  /** Can also force others to disconnect or unpublish. */
  | 'MODERATOR'
  /** Can connect, publish and subscribe (the default). */
  | 'PUBLISHER'
  /** Can publish but not subscribe. */
  | 'PUBLISHER_ONLY'
  /** Can connect and subscribe, not publish. */
  | 'SUBSCRIBER';

/** An RTMP target of a broadcast. */
export type RtmpOutput = {
  __typename?: 'RtmpOutput';
  /** Your name for it, when you gave one. */
  id?: Maybe<Scalars['String']['output']>;
  serverUrl: Scalars['String']['output'];
  status?: Maybe<BroadcastOutputStatus>;
  streamName: Scalars['String']['output'];
};

export type RtmpTargetInput = {
  /** Your name for it, unique in the broadcast. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** rtmp:// or rtmps:// URL of the ingest server. */
  serverUrl: Scalars['String']['input'];
  /** The stream name (key) at that server. */
  streamName: Scalars['String']['input'];
};

export type SendSignalInput = {
  /** Only this connection; every client of the session when absent. */
  connectionId?: InputMaybe<Scalars['String']['input']>;
  /** At most 8 kB (UTF-8). */
  data: Scalars['String']['input'];
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
  /** At most 128 characters: letters, digits, "-", "_", "~". */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** A video session: clients connect to it with tokens; it may be archived. Federation entity keyed by `id`. */
export type Session = Node & {
  __typename?: 'Session';
  /** As created (same caveat as mediaMode for OpenTok sessions created elsewhere: MANUAL). */
  archiveMode: ArchiveMode;
  /** Archives of this session, newest first. */
  archives: ArchiveConnection;
  /** Connections of the session, pending (token not used yet) and active. OpenVidu only. */
  connections: Array<Connection>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** As created. OpenTok never reports it back: for an OpenTok session this gateway did not create, it is the platform default (RELAYED). */
  mediaMode: MediaMode;
  provider: VideoProvider;
  /** The provider-native session id, what client SDKs need. */
  sessionId: Scalars['String']['output'];
  /** Streams being published in the session now. */
  streams: Array<Stream>;
};


/** A video session: clients connect to it with tokens; it may be archived. Federation entity keyed by `id`. */
export type SessionArchivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SessionConnection = {
  __typename?: 'SessionConnection';
  edges: Array<SessionEdge>;
  pageInfo: PageInfo;
};

export type SessionEdge = {
  __typename?: 'SessionEdge';
  cursor: Scalars['String']['output'];
  node: Session;
};

/** A connection, a stream or the session itself coming or going, or (with `snapshot`) who is there now. */
export type SessionEvent = {
  __typename?: 'SessionEvent';
  /** The connection that came or went; for stream events, the publishing connection when the provider says. */
  connectionId?: Maybe<Scalars['String']['output']>;
  /** When the provider says it happened (for snapshot events: when the connection joined, or when read). */
  occurredAt: Scalars['DateTime']['output'];
  provider: VideoProvider;
  /** Why it ended, in the provider's words (e.g. clientDisconnected, forceUnpublishByUser). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The session (described from the event when the provider no longer knows it). */
  session: Session;
  /** True for events that describe who is there now (sent first, and again after the gateway may have missed events), not a change seen live. */
  snapshot: Scalars['Boolean']['output'];
  /** The stream, for stream events. */
  streamId?: Maybe<Scalars['String']['output']>;
  type: SessionEventType;
};

/** What happened in a session. */
export type SessionEventType =
  /** A client connected to the session. */
  | 'CONNECTION_CREATED'
  /** A client left the session (or was disconnected). */
  | 'CONNECTION_DESTROYED'
  /** The session started (OpenTok: its first client joined; OpenVidu: it was created). */
  | 'SESSION_CREATED'
  /** The session ended (its last client left, or it was closed). */
  | 'SESSION_DESTROYED'
  /** A client started publishing a stream. */
  | 'STREAM_CREATED'
  /** A published stream ended. */
  | 'STREAM_DESTROYED';

export type SetArchiveLayoutInput = {
  /** The archive: global id or provider-native id. */
  id: Scalars['ID']['input'];
  layout: LayoutInput;
};

export type SetBroadcastLayoutInput = {
  /** The broadcast: global id or provider-native id. */
  id: Scalars['ID']['input'];
  layout: LayoutInput;
};

export type SipAuthInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

/** A phone or SIP endpoint dialled into a session. Hang up with forceDisconnect on its connectionId. */
export type SipCall = Node & {
  __typename?: 'SipCall';
  connectionId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  session: Session;
  sipCallId: Scalars['String']['output'];
  streamId?: Maybe<Scalars['String']['output']>;
};

/** A SIP call changed status. */
export type SipCallEvent = {
  __typename?: 'SipCallEvent';
  /** The connection the call joined the session as. */
  connectionId?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  provider: VideoProvider;
  /** When the call ended: the SIP status or the provider's clearing code. */
  reasonCode?: Maybe<Scalars['Int']['output']>;
  reasonMessage?: Maybe<Scalars['String']['output']>;
  /** The session the call is in (described from the event when the provider no longer knows it). */
  session: Session;
  /** The provider's id of the call (the `sipCallId` of `dialSip`). */
  sipCallId: Scalars['String']['output'];
  state?: Maybe<SipCallState>;
  type: SipCallEventType;
};

/** What happened to a SIP call. */
export type SipCallEventType =
  /** The call was placed. */
  | 'CALL_CREATED'
  /** The call ended (see `reasonCode` and `reasonMessage`). */
  | 'CALL_DESTROYED'
  /** The call moved to a new state (see `state`). */
  | 'CALL_UPDATED'
  /** The call's audio was muted by a moderator (only for calls dialled with observeForceMute). */
  | 'MUTE_FORCED';

/** The state of a SIP call, as its provider reports it. */
export type SipCallState =
  | 'ACTIVE'
  | 'DIALING'
  | 'HANGUP'
  | 'ON_HOLD'
  | 'RINGING';

export type SipHeaderInput = {
  /** Header name, e.g. "X-Customer-Id". */
  name: Scalars['String']['input'];
  /** One line of at most 1024 characters. */
  value: Scalars['String']['input'];
};

export type StartArchiveInput = {
  /** OpenVidu: path of a custom layout (with recordingLayout: CUSTOM). */
  customLayout?: InputMaybe<Scalars['String']['input']>;
  /** OpenVidu: 1-120 (composed with video). */
  frameRate?: InputMaybe<Scalars['Int']['input']>;
  /** Default true. */
  hasAudio?: InputMaybe<Scalars['Boolean']['input']>;
  /** OpenTok: also transcribe the recording. */
  hasTranscription?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default true. */
  hasVideo?: InputMaybe<Scalars['Boolean']['input']>;
  /** OpenVidu: INDIVIDUAL recordings go on when one stream fails. */
  ignoreFailedStreams?: InputMaybe<Scalars['Boolean']['input']>;
  /** OpenTok: COMPOSED layout (OpenVidu: recordingLayout). */
  layout?: InputMaybe<LayoutInput>;
  /** OpenTok: COMPOSED video bitrate, 100000-6000000 bits/s (not with quantizationParameter). */
  maxBitrate?: InputMaybe<Scalars['Int']['input']>;
  /** OpenTok: lets several archives of one session run at once: each needs its own tag. */
  multiArchiveTag?: InputMaybe<Scalars['String']['input']>;
  /** At most 255 characters; a provider may allow fewer (OpenTok 80; OpenVidu 200 letters, digits, "_", "-", "~"). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default COMPOSED. */
  outputMode?: InputMaybe<ArchiveOutputMode>;
  /** OpenTok: COMPOSED constant quality, 15-40, lower is better (not with maxBitrate). */
  quantizationParameter?: InputMaybe<Scalars['Int']['input']>;
  /** OpenVidu: composed layout. */
  recordingLayout?: InputMaybe<RecordingLayout>;
  /** COMPOSED only, e.g. "1280x720" (OpenTok: 640x480, 480x640, 1280x720, 720x1280, 1920x1080, 1080x1920). */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
  /** OpenTok: AUTO (default) records every stream; MANUAL only those added. */
  streamMode?: InputMaybe<StreamMode>;
  /** With hasTranscription: true. */
  transcriptionProperties?: InputMaybe<TranscriptionPropertiesInput>;
};

export type StartBroadcastInput = {
  /** Default true. */
  hasAudio?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default true. */
  hasVideo?: InputMaybe<Scalars['Boolean']['input']>;
  /** An HLS output; give hls, rtmp or both. */
  hls?: InputMaybe<BroadcastHlsInput>;
  layout?: InputMaybe<LayoutInput>;
  /** Video bitrate, 100000-6000000 bits/s. */
  maxBitrate?: InputMaybe<Scalars['Int']['input']>;
  /** Seconds, 60-36000, after which it stops by itself. */
  maxDuration?: InputMaybe<Scalars['Int']['input']>;
  /** Lets several broadcasts of one session run at once: each needs its own tag. */
  multiBroadcastTag?: InputMaybe<Scalars['String']['input']>;
  /** e.g. "1280x720" (OpenTok: 640x480, 480x640, 1280x720, 720x1280, 1920x1080, 1080x1920). */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** Up to 5 RTMP targets. */
  rtmp?: InputMaybe<Array<RtmpTargetInput>>;
  /** Global id or provider-native session id (a routed session). */
  sessionId: Scalars['ID']['input'];
  /** AUTO (default): every stream; MANUAL: only those added. */
  streamMode?: InputMaybe<StreamMode>;
};

/** A stream a client publishes in a session. */
export type Stream = {
  __typename?: 'Stream';
  layoutClassList: Array<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  streamId: Scalars['String']['output'];
  /** "camera", "screen" or "custom". */
  videoType?: Maybe<Scalars['String']['output']>;
};

/** Which streams a composed archive or broadcast includes. */
export type StreamMode =
  /** Every stream of the session, as they come and go (the default). */
  | 'AUTO'
  /** Only the streams added with addArchiveStream / addBroadcastStream. */
  | 'MANUAL';

export type Subscription = {
  __typename?: 'Subscription';
  /** Archive status changes, live. With `archiveId`, the archive's current status comes first (previousStatus: null), then every change, so a late or reconnecting client never misses the final status. With `sessionId`, the current status of each of the session's live (not yet final) archives first, then changes of every archive of that session. Events of one archive never go backwards and duplicates are dropped. */
  archiveStatusChanged: ArchiveStatusEvent;
  /** Broadcast status changes, live. With `broadcastId`, the broadcast's current status comes first (previousStatus: null), then every change. With `sessionId`, the current status of each of the session's running broadcasts first, then changes of every broadcast of that session. Fed by the provider's broadcast callbacks and this gateway's own mutations; events never go backwards and duplicates are dropped. */
  broadcastStatusChanged: BroadcastStatusEvent;
  /** Who comes and goes in a session, live: connections and streams created and destroyed, and the session starting and ending. Where the provider can list them, who is there now comes first (`snapshot: true`: OpenVidu connections and streams, OpenTok and Vonage streams), and again after the gateway may have missed events. Fed by the provider's session-monitoring callbacks or webhooks (docs/operations.md#session-monitoring); duplicates and stale events are dropped. */
  sessionEvents: SessionEvent;
  /** The status changes of a session's SIP calls, live, from the provider's SIP call callbacks (docs/operations.md#session-monitoring). Only signed callbacks are published: a call's status cannot be read back to check a hint. */
  sipCallStatusChanged: SipCallEvent;
};


export type SubscriptionArchiveStatusChangedArgs = {
  archiveId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionBroadcastStatusChangedArgs = {
  broadcastId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionSessionEventsArgs = {
  sessionId: Scalars['ID']['input'];
};


export type SubscriptionSipCallStatusChangedArgs = {
  sessionId: Scalars['ID']['input'];
};

/** A client token: hand `token` (with `apiKey` and `sessionId` on OpenTok) to a client SDK to join the session. */
export type Token = {
  __typename?: 'Token';
  /** OpenTok API key / Vonage application id; null for OpenVidu. */
  apiKey?: Maybe<Scalars['String']['output']>;
  /** Where the provider creates a connection eagerly (OpenVidu); null otherwise. */
  connection?: Maybe<Connection>;
  data?: Maybe<Scalars['String']['output']>;
  /** OpenTok: the token's own expiry. OpenVidu tokens do not expire by themselves: the gateway revokes the unused token (deletes its pending connection) at this time, best effort. */
  expiresAt: Scalars['DateTime']['output'];
  format: TokenFormat;
  provider: VideoProvider;
  role: Role;
  session: Session;
  /** The provider-native session id. */
  sessionId: Scalars['String']['output'];
  token: Scalars['String']['output'];
};

/** The layout of a client token. */
export type TokenFormat =
  /** OpenTok: a JWT (HS256), what current client SDKs expect (the default). */
  | 'JWT'
  /** A provider-made token to pass as is (OpenVidu: the connection URL with its token). */
  | 'OPAQUE'
  /** OpenTok: the legacy "T1==" token, for old client SDKs. */
  | 'T1';

export type TranscriptionPropertiesInput = {
  /** Also write a summary of the transcript. */
  hasSummary?: InputMaybe<Scalars['Boolean']['input']>;
  /** BCP 47, e.g. "en-US". */
  primaryLanguageCode?: InputMaybe<Scalars['String']['input']>;
};

/** A video platform the gateway can talk to. */
export type VideoProvider =
  /** OpenTok (legacy Vonage/TokBox project: API key and secret). */
  | 'OPENTOK'
  /** OpenVidu 2.x deployment. */
  | 'OPENVIDU'
  /** Vonage Video application (application id and private key). */
  | 'VONAGE';

export type ArchiveFieldsFragment = { __typename?: 'Archive', id: string, archiveId: string, name?: string | null, status: ArchiveStatus, createdAt: string, duration?: number | null, size?: number | null, url?: string | null, hasAudio: boolean, hasVideo: boolean, outputMode: ArchiveOutputMode, resolution?: string | null, reason?: string | null, session: { __typename?: 'Session', id: string, sessionId: string } };

export type StartArchiveMutationVariables = Exact<{
  input: StartArchiveInput;
}>;


export type StartArchiveMutation = { __typename?: 'Mutation', startArchive: { __typename?: 'Archive', id: string, archiveId: string, name?: string | null, status: ArchiveStatus, createdAt: string, duration?: number | null, size?: number | null, url?: string | null, hasAudio: boolean, hasVideo: boolean, outputMode: ArchiveOutputMode, resolution?: string | null, reason?: string | null, session: { __typename?: 'Session', id: string, sessionId: string } } };

export type StopArchiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StopArchiveMutation = { __typename?: 'Mutation', stopArchive: { __typename?: 'Archive', id: string, archiveId: string, name?: string | null, status: ArchiveStatus, createdAt: string, duration?: number | null, size?: number | null, url?: string | null, hasAudio: boolean, hasVideo: boolean, outputMode: ArchiveOutputMode, resolution?: string | null, reason?: string | null, session: { __typename?: 'Session', id: string, sessionId: string } } };

export type DeleteArchiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteArchiveMutation = { __typename?: 'Mutation', deleteArchive: boolean };

export type ArchiveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveQuery = { __typename?: 'Query', archive?: { __typename?: 'Archive', id: string, archiveId: string, name?: string | null, status: ArchiveStatus, createdAt: string, duration?: number | null, size?: number | null, url?: string | null, hasAudio: boolean, hasVideo: boolean, outputMode: ArchiveOutputMode, resolution?: string | null, reason?: string | null, session: { __typename?: 'Session', id: string, sessionId: string } } | null };

export type ArchivesQueryVariables = Exact<{
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArchivesQuery = { __typename?: 'Query', archives: { __typename?: 'ArchiveConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ArchiveEdge', cursor: string, node: { __typename?: 'Archive', id: string, archiveId: string, name?: string | null, status: ArchiveStatus } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type SessionArchivesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionArchivesQuery = { __typename?: 'Query', session?: { __typename?: 'Session', archives: { __typename?: 'ArchiveConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ArchiveEdge', node: { __typename?: 'Archive', archiveId: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ArchiveStatusChangedSubscriptionVariables = Exact<{
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  archiveId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ArchiveStatusChangedSubscription = { __typename?: 'Subscription', archiveStatusChanged: { __typename?: 'ArchiveStatusEvent', status: ArchiveStatus, previousStatus?: ArchiveStatus | null, occurredAt: string, archive: { __typename?: 'Archive', id: string, archiveId: string, status: ArchiveStatus, url?: string | null, size?: number | null, duration?: number | null } } };

export type BroadcastFieldsFragment = { __typename?: 'Broadcast', id: string, broadcastId: string, status: BroadcastStatus, provider: VideoProvider, createdAt: string, updatedAt?: string | null, hlsUrl?: string | null, resolution?: string | null, maxDuration?: number | null, maxBitrate?: number | null, multiBroadcastTag?: string | null, streamMode: StreamMode, hasAudio: boolean, hasVideo: boolean, hls?: { __typename?: 'BroadcastHls', url?: string | null, status?: BroadcastOutputStatus | null, dvr: boolean, lowLatency: boolean } | null, rtmp: Array<{ __typename?: 'RtmpOutput', id?: string | null, serverUrl: string, streamName: string, status?: BroadcastOutputStatus | null }>, streams: Array<{ __typename?: 'IncludedStream', streamId: string, hasAudio: boolean, hasVideo: boolean }>, session: { __typename?: 'Session', id: string, sessionId: string } };

export type StartBroadcastMutationVariables = Exact<{
  input: StartBroadcastInput;
}>;


export type StartBroadcastMutation = { __typename?: 'Mutation', startBroadcast: { __typename?: 'Broadcast', id: string, broadcastId: string, status: BroadcastStatus, provider: VideoProvider, createdAt: string, updatedAt?: string | null, hlsUrl?: string | null, resolution?: string | null, maxDuration?: number | null, maxBitrate?: number | null, multiBroadcastTag?: string | null, streamMode: StreamMode, hasAudio: boolean, hasVideo: boolean, hls?: { __typename?: 'BroadcastHls', url?: string | null, status?: BroadcastOutputStatus | null, dvr: boolean, lowLatency: boolean } | null, rtmp: Array<{ __typename?: 'RtmpOutput', id?: string | null, serverUrl: string, streamName: string, status?: BroadcastOutputStatus | null }>, streams: Array<{ __typename?: 'IncludedStream', streamId: string, hasAudio: boolean, hasVideo: boolean }>, session: { __typename?: 'Session', id: string, sessionId: string } } };

export type StopBroadcastMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StopBroadcastMutation = { __typename?: 'Mutation', stopBroadcast: { __typename?: 'Broadcast', id: string, broadcastId: string, status: BroadcastStatus, provider: VideoProvider, createdAt: string, updatedAt?: string | null, hlsUrl?: string | null, resolution?: string | null, maxDuration?: number | null, maxBitrate?: number | null, multiBroadcastTag?: string | null, streamMode: StreamMode, hasAudio: boolean, hasVideo: boolean, hls?: { __typename?: 'BroadcastHls', url?: string | null, status?: BroadcastOutputStatus | null, dvr: boolean, lowLatency: boolean } | null, rtmp: Array<{ __typename?: 'RtmpOutput', id?: string | null, serverUrl: string, streamName: string, status?: BroadcastOutputStatus | null }>, streams: Array<{ __typename?: 'IncludedStream', streamId: string, hasAudio: boolean, hasVideo: boolean }>, session: { __typename?: 'Session', id: string, sessionId: string } } };

export type BroadcastQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BroadcastQuery = { __typename?: 'Query', broadcast?: { __typename?: 'Broadcast', id: string, broadcastId: string, status: BroadcastStatus, provider: VideoProvider, createdAt: string, updatedAt?: string | null, hlsUrl?: string | null, resolution?: string | null, maxDuration?: number | null, maxBitrate?: number | null, multiBroadcastTag?: string | null, streamMode: StreamMode, hasAudio: boolean, hasVideo: boolean, hls?: { __typename?: 'BroadcastHls', url?: string | null, status?: BroadcastOutputStatus | null, dvr: boolean, lowLatency: boolean } | null, rtmp: Array<{ __typename?: 'RtmpOutput', id?: string | null, serverUrl: string, streamName: string, status?: BroadcastOutputStatus | null }>, streams: Array<{ __typename?: 'IncludedStream', streamId: string, hasAudio: boolean, hasVideo: boolean }>, session: { __typename?: 'Session', id: string, sessionId: string } } | null };

export type BroadcastsQueryVariables = Exact<{
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  provider?: InputMaybe<VideoProvider>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BroadcastsQuery = { __typename?: 'Query', broadcasts: { __typename?: 'BroadcastConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BroadcastEdge', cursor: string, node: { __typename?: 'Broadcast', id: string, broadcastId: string, status: BroadcastStatus, provider: VideoProvider, createdAt: string, updatedAt?: string | null, hlsUrl?: string | null, resolution?: string | null, maxDuration?: number | null, maxBitrate?: number | null, multiBroadcastTag?: string | null, streamMode: StreamMode, hasAudio: boolean, hasVideo: boolean, hls?: { __typename?: 'BroadcastHls', url?: string | null, status?: BroadcastOutputStatus | null, dvr: boolean, lowLatency: boolean } | null, rtmp: Array<{ __typename?: 'RtmpOutput', id?: string | null, serverUrl: string, streamName: string, status?: BroadcastOutputStatus | null }>, streams: Array<{ __typename?: 'IncludedStream', streamId: string, hasAudio: boolean, hasVideo: boolean }>, session: { __typename?: 'Session', id: string, sessionId: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SetBroadcastLayoutMutationVariables = Exact<{
  input: SetBroadcastLayoutInput;
}>;


export type SetBroadcastLayoutMutation = { __typename?: 'Mutation', setBroadcastLayout: { __typename?: 'Broadcast', id: string, status: BroadcastStatus } };

export type AddBroadcastStreamMutationVariables = Exact<{
  input: AddBroadcastStreamInput;
}>;


export type AddBroadcastStreamMutation = { __typename?: 'Mutation', addBroadcastStream: { __typename?: 'Broadcast', id: string, streams: Array<{ __typename?: 'IncludedStream', streamId: string, hasAudio: boolean, hasVideo: boolean }> } };

export type RemoveBroadcastStreamMutationVariables = Exact<{
  input: RemoveBroadcastStreamInput;
}>;


export type RemoveBroadcastStreamMutation = { __typename?: 'Mutation', removeBroadcastStream: { __typename?: 'Broadcast', id: string, streams: Array<{ __typename?: 'IncludedStream', streamId: string }> } };

export type SetArchiveLayoutMutationVariables = Exact<{
  input: SetArchiveLayoutInput;
}>;


export type SetArchiveLayoutMutation = { __typename?: 'Mutation', setArchiveLayout: { __typename?: 'Archive', id: string, status: ArchiveStatus } };

export type AddArchiveStreamMutationVariables = Exact<{
  input: AddArchiveStreamInput;
}>;


export type AddArchiveStreamMutation = { __typename?: 'Mutation', addArchiveStream: { __typename?: 'Archive', id: string, streamMode?: StreamMode | null, streams: Array<{ __typename?: 'IncludedStream', streamId: string, hasAudio: boolean, hasVideo: boolean }> } };

export type RemoveArchiveStreamMutationVariables = Exact<{
  input: RemoveArchiveStreamInput;
}>;


export type RemoveArchiveStreamMutation = { __typename?: 'Mutation', removeArchiveStream: { __typename?: 'Archive', id: string, streams: Array<{ __typename?: 'IncludedStream', streamId: string }> } };

export type BroadcastStatusChangedSubscriptionVariables = Exact<{
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  broadcastId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type BroadcastStatusChangedSubscription = { __typename?: 'Subscription', broadcastStatusChanged: { __typename?: 'BroadcastStatusEvent', status: BroadcastStatus, previousStatus?: BroadcastStatus | null, occurredAt: string, broadcast: { __typename?: 'Broadcast', id: string, broadcastId: string, hlsUrl?: string | null } } };

export type DialSipMutationVariables = Exact<{
  input: DialSipInput;
}>;


export type DialSipMutation = { __typename?: 'Mutation', dialSip: { __typename?: 'SipCall', id: string, sipCallId: string, connectionId: string, streamId?: string | null, session: { __typename?: 'Session', sessionId: string } } };

export type ForceDisconnectMutationVariables = Exact<{
  input: ForceDisconnectInput;
}>;


export type ForceDisconnectMutation = { __typename?: 'Mutation', forceDisconnect: boolean };

export type ForceUnpublishMutationVariables = Exact<{
  input: ForceUnpublishInput;
}>;


export type ForceUnpublishMutation = { __typename?: 'Mutation', forceUnpublish: boolean };

export type SendSignalMutationVariables = Exact<{
  input: SendSignalInput;
}>;


export type SendSignalMutation = { __typename?: 'Mutation', sendSignal: boolean };

export type SessionEventsSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SessionEventsSubscription = { __typename?: 'Subscription', sessionEvents: { __typename?: 'SessionEvent', type: SessionEventType, provider: VideoProvider, connectionId?: string | null, streamId?: string | null, occurredAt: string, reason?: string | null, snapshot: boolean, session: { __typename?: 'Session', id: string, sessionId: string } } };

export type SipCallStatusChangedSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SipCallStatusChangedSubscription = { __typename?: 'Subscription', sipCallStatusChanged: { __typename?: 'SipCallEvent', type: SipCallEventType, provider: VideoProvider, sipCallId: string, connectionId?: string | null, state?: SipCallState | null, reasonCode?: number | null, reasonMessage?: string | null, occurredAt: string, session: { __typename?: 'Session', sessionId: string } } };

export type CreateSessionMutationVariables = Exact<{
  input?: InputMaybe<CreateSessionInput>;
}>;


export type CreateSessionMutation = { __typename?: 'Mutation', createSession: { __typename?: 'Session', id: string, sessionId: string, provider: VideoProvider, mediaMode: MediaMode, archiveMode: ArchiveMode, createdAt?: string | null } };

export type SessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionQuery = { __typename?: 'Query', session?: { __typename?: 'Session', id: string, sessionId: string, provider: VideoProvider, mediaMode: MediaMode, archiveMode: ArchiveMode, streams: Array<{ __typename?: 'Stream', streamId: string, videoType?: string | null }> } | null };

export type SessionConnectionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionConnectionsQuery = { __typename?: 'Query', session?: { __typename?: 'Session', connections: Array<{ __typename?: 'Connection', id: string, connectionId: string, status?: ConnectionStatus | null, role?: Role | null, data?: string | null, clientData?: string | null, activeAt?: string | null, streamIds: Array<string> }> } | null };

export type CloseSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseSessionMutation = { __typename?: 'Mutation', closeSession: boolean };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Archive', archiveId: string, status: ArchiveStatus, id: string }
    | { __typename: 'Broadcast', id: string }
    | { __typename: 'Connection', id: string }
    | { __typename: 'Session', sessionId: string, id: string }
    | { __typename: 'SipCall', id: string }
   | null };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderInfo', name: VideoProvider, isDefault: boolean, archives: boolean, sip: boolean, connections: boolean, forceUnpublish: boolean, closeSession: boolean, customSessionIds: boolean, tokenFormats: Array<TokenFormat> }> };

export type ConnectionNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectionNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Archive', id: string }
    | { __typename?: 'Broadcast', id: string }
    | { __typename?: 'Connection', connectionId: string, status?: ConnectionStatus | null, id: string, session: { __typename?: 'Session', sessionId: string } }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SipCall', id: string }
   | null };

export type SessionsQueryVariables = Exact<{
  provider?: InputMaybe<VideoProvider>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', edges: Array<{ __typename?: 'SessionEdge', cursor: string, node: { __typename?: 'Session', id: string, sessionId: string, provider: VideoProvider } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type GenerateTokenMutationVariables = Exact<{
  input: GenerateTokenInput;
}>;


export type GenerateTokenMutation = { __typename?: 'Mutation', generateToken: { __typename?: 'Token', token: string, sessionId: string, provider: VideoProvider, apiKey?: string | null, role: Role, data?: string | null, expiresAt: string, format: TokenFormat, session: { __typename?: 'Session', id: string, sessionId: string }, connection?: { __typename?: 'Connection', id: string, connectionId: string, status?: ConnectionStatus | null, role?: Role | null, data?: string | null } | null } };

export const ArchiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<ArchiveFieldsFragment, unknown>;
export const BroadcastFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dvr"}},{"kind":"Field","name":{"kind":"Name","value":"lowLatency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rtmp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"streamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxBitrate"}},{"kind":"Field","name":{"kind":"Name","value":"multiBroadcastTag"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<BroadcastFieldsFragment, unknown>;
export const StartArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StartArchiveMutation, StartArchiveMutationVariables>;
export const StopArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StopArchiveMutation, StopArchiveMutationVariables>;
export const DeleteArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteArchiveMutation, DeleteArchiveMutationVariables>;
export const ArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Archive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<ArchiveQuery, ArchiveQueryVariables>;
export const ArchivesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Archives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ArchivesQuery, ArchivesQueryVariables>;
export const SessionArchivesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionArchives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionArchivesQuery, SessionArchivesQueryVariables>;
export const ArchiveStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ArchiveStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archiveId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"archiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archiveId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveStatusChangedSubscription, ArchiveStatusChangedSubscriptionVariables>;
export const StartBroadcastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBroadcast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartBroadcastInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBroadcast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dvr"}},{"kind":"Field","name":{"kind":"Name","value":"lowLatency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rtmp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"streamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxBitrate"}},{"kind":"Field","name":{"kind":"Name","value":"multiBroadcastTag"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StartBroadcastMutation, StartBroadcastMutationVariables>;
export const StopBroadcastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopBroadcast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopBroadcast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dvr"}},{"kind":"Field","name":{"kind":"Name","value":"lowLatency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rtmp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"streamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxBitrate"}},{"kind":"Field","name":{"kind":"Name","value":"multiBroadcastTag"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StopBroadcastMutation, StopBroadcastMutationVariables>;
export const BroadcastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Broadcast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dvr"}},{"kind":"Field","name":{"kind":"Name","value":"lowLatency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rtmp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"streamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxBitrate"}},{"kind":"Field","name":{"kind":"Name","value":"multiBroadcastTag"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<BroadcastQuery, BroadcastQueryVariables>;
export const BroadcastsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Broadcasts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProvider"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcasts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dvr"}},{"kind":"Field","name":{"kind":"Name","value":"lowLatency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rtmp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"streamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxBitrate"}},{"kind":"Field","name":{"kind":"Name","value":"multiBroadcastTag"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<BroadcastsQuery, BroadcastsQueryVariables>;
export const SetBroadcastLayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBroadcastLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBroadcastLayoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBroadcastLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetBroadcastLayoutMutation, SetBroadcastLayoutMutationVariables>;
export const AddBroadcastStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBroadcastStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBroadcastStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBroadcastStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}}]}}]}}]} as unknown as DocumentNode<AddBroadcastStreamMutation, AddBroadcastStreamMutationVariables>;
export const RemoveBroadcastStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveBroadcastStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveBroadcastStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBroadcastStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveBroadcastStreamMutation, RemoveBroadcastStreamMutationVariables>;
export const SetArchiveLayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetArchiveLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetArchiveLayoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setArchiveLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetArchiveLayoutMutation, SetArchiveLayoutMutationVariables>;
export const AddArchiveStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddArchiveStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddArchiveStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addArchiveStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}}]}}]}}]} as unknown as DocumentNode<AddArchiveStreamMutation, AddArchiveStreamMutationVariables>;
export const RemoveArchiveStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveArchiveStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveArchiveStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeArchiveStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveArchiveStreamMutation, RemoveArchiveStreamMutationVariables>;
export const BroadcastStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BroadcastStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"broadcastId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcastStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"broadcastId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"broadcastId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"broadcast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}}]}}]}}]}}]} as unknown as DocumentNode<BroadcastStatusChangedSubscription, BroadcastStatusChangedSubscriptionVariables>;
export const DialSipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DialSip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DialSipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialSip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sipCallId"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<DialSipMutation, DialSipMutationVariables>;
export const ForceDisconnectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceDisconnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForceDisconnectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceDisconnect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ForceDisconnectMutation, ForceDisconnectMutationVariables>;
export const ForceUnpublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceUnpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForceUnpublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceUnpublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ForceUnpublishMutation, ForceUnpublishMutationVariables>;
export const SendSignalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendSignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendSignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SendSignalMutation, SendSignalMutationVariables>;
export const SessionEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<SessionEventsSubscription, SessionEventsSubscriptionVariables>;
export const SipCallStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SipCallStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sipCallStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"sipCallId"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonMessage"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<SipCallStatusChangedSubscription, SipCallStatusChangedSubscriptionVariables>;
export const CreateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSessionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mediaMode"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateSessionMutation, CreateSessionMutationVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mediaMode"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"videoType"}}]}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SessionConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionConnections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"clientData"}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamIds"}}]}}]}}]}}]} as unknown as DocumentNode<SessionConnectionsQuery, SessionConnectionsQueryVariables>;
export const CloseSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CloseSessionMutation, CloseSessionMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"archives"}},{"kind":"Field","name":{"kind":"Name","value":"sip"}},{"kind":"Field","name":{"kind":"Name","value":"connections"}},{"kind":"Field","name":{"kind":"Name","value":"forceUnpublish"}},{"kind":"Field","name":{"kind":"Name","value":"closeSession"}},{"kind":"Field","name":{"kind":"Name","value":"customSessionIds"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFormats"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const ConnectionNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionNodeQuery, ConnectionNodeQueryVariables>;
export const SessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProvider"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SessionsQuery, SessionsQueryVariables>;
export const GenerateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateTokenMutation, GenerateTokenMutationVariables>;