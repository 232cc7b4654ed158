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

/** OpenVidu (Kurento) limits for one connection; bandwidths in kbps, 0 = unconstrained. */
export type KurentoOptionsInput = {
  /** Filters the client may apply, e.g. "GStreamerFilter". */
  allowedFilters?: InputMaybe<Array<Scalars['String']['input']>>;
  videoMaxRecvBandwidth?: InputMaybe<Scalars['Int']['input']>;
  videoMaxSendBandwidth?: InputMaybe<Scalars['Int']['input']>;
  videoMinRecvBandwidth?: InputMaybe<Scalars['Int']['input']>;
  videoMinSendBandwidth?: InputMaybe<Scalars['Int']['input']>;
};

export type MediaMode =
  /** Clients send media to each other directly where they can (no archiving). */
  | 'RELAYED'
  /** Media goes through the platform's media servers (needed for archives and SIP). */
  | 'ROUTED';

export type Mutation = {
  __typename?: 'Mutation';
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
  /** Sends a signal to every client of a session, or to one connection. */
  sendSignal: Scalars['Boolean']['output'];
  /** Starts recording a routed session. On OpenTok a client must be connected first. */
  startArchive: Archive;
  stopArchive: Archive;
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


export type MutationSendSignalArgs = {
  input: SendSignalInput;
};


export type MutationStartArchiveArgs = {
  input: StartArchiveInput;
};


export type MutationStopArchiveArgs = {
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
  archives: Scalars['Boolean']['output'];
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
  /** Default true. */
  hasVideo?: InputMaybe<Scalars['Boolean']['input']>;
  /** OpenVidu: INDIVIDUAL recordings go on when one stream fails. */
  ignoreFailedStreams?: InputMaybe<Scalars['Boolean']['input']>;
  /** OpenTok: lets several archives of one session run at once: each needs its own tag. */
  multiArchiveTag?: InputMaybe<Scalars['String']['input']>;
  /** At most 255 characters; a provider may allow fewer (OpenTok 80; OpenVidu 200 letters, digits, "_", "-", "~"). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default COMPOSED. */
  outputMode?: InputMaybe<ArchiveOutputMode>;
  /** OpenVidu: composed layout. */
  recordingLayout?: InputMaybe<RecordingLayout>;
  /** COMPOSED only, e.g. "1280x720" (OpenTok: 640x480, 480x640, 1280x720, 720x1280, 1920x1080, 1080x1920). */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
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

export type Subscription = {
  __typename?: 'Subscription';
  /** Archive status changes, live. With `archiveId`, the archive's current status comes first (previousStatus: null), then every change, so a late or reconnecting client never misses the final status. With `sessionId`, the current status of each of the session's live (not yet final) archives first, then changes of every archive of that session. Events of one archive never go backwards and duplicates are dropped. */
  archiveStatusChanged: ArchiveStatusEvent;
};


export type SubscriptionArchiveStatusChangedArgs = {
  archiveId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
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
export const StartArchiveDocument = {"__meta__":{"hash":"e0fb4473a22dc1cd02395379093db978bc3bcd5ab6b8be3ac6433472f92d4dc8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StartArchiveMutation, StartArchiveMutationVariables>;
export const StopArchiveDocument = {"__meta__":{"hash":"d9472e152d5589730bbf8601e9b16830ffa9894b84fee562890c0ae546e47a21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StopArchiveMutation, StopArchiveMutationVariables>;
export const DeleteArchiveDocument = {"__meta__":{"hash":"ef870570c4272c965bfe36d7d34ec1ecac97ceb44f06b917d0cab08160b8655c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteArchiveMutation, DeleteArchiveMutationVariables>;
export const ArchiveDocument = {"__meta__":{"hash":"d65b42e91a215581c51da26e9fa7d82220c79579f45061e2f00a51688ed0c7b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Archive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<ArchiveQuery, ArchiveQueryVariables>;
export const ArchivesDocument = {"__meta__":{"hash":"9e8e0758d231d4517bb5337fb47efd8754979d93883a9825f10869c74cdbe5c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Archives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ArchivesQuery, ArchivesQueryVariables>;
export const SessionArchivesDocument = {"__meta__":{"hash":"aa11b9a651f9f5b63af67975999facca0dd457d01030ad3ffc4ca4d3f2937c2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionArchives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionArchivesQuery, SessionArchivesQueryVariables>;
export const ArchiveStatusChangedDocument = {"__meta__":{"hash":"06c0b8a009dabf31b2608dd2fa3acc7a72643dd907b09341b819986d0304db38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ArchiveStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archiveId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"archiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archiveId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveStatusChangedSubscription, ArchiveStatusChangedSubscriptionVariables>;
export const DialSipDocument = {"__meta__":{"hash":"0a465ea7841989d91ec6e04ea0945c8644d261fcb6b6f8483a52e24b879a6521"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DialSip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DialSipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialSip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sipCallId"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<DialSipMutation, DialSipMutationVariables>;
export const ForceDisconnectDocument = {"__meta__":{"hash":"721924f6e5b9ef6ce35d391aa2586516dd0e071d87ec2dcbb4c1b17af8e66565"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceDisconnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForceDisconnectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceDisconnect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ForceDisconnectMutation, ForceDisconnectMutationVariables>;
export const ForceUnpublishDocument = {"__meta__":{"hash":"2096753b464ac8aa49a1bbea47427f7b594576986abbe83fa9b5af449d0eb7db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceUnpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForceUnpublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceUnpublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ForceUnpublishMutation, ForceUnpublishMutationVariables>;
export const SendSignalDocument = {"__meta__":{"hash":"a160ae8475822a837ae009a0e99ff0e08c202c5688885e8eb9ee03016a2df23d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendSignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendSignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SendSignalMutation, SendSignalMutationVariables>;
export const CreateSessionDocument = {"__meta__":{"hash":"fd908dd5f3a761e72d74cc8430684dad34a3f5e50450d66c1d003c68bf87631e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSessionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mediaMode"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateSessionMutation, CreateSessionMutationVariables>;
export const SessionDocument = {"__meta__":{"hash":"ef96b2cecc3122fadaf4f47620aac6694f9ae0138c1d2a9f5756bd920aa43b1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mediaMode"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"videoType"}}]}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SessionConnectionsDocument = {"__meta__":{"hash":"27740e0e5e8a7192d7fbe6cf7691685dab1814d2bf1d6fbe5804d9e96c9204df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionConnections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"clientData"}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamIds"}}]}}]}}]}}]} as unknown as DocumentNode<SessionConnectionsQuery, SessionConnectionsQueryVariables>;
export const CloseSessionDocument = {"__meta__":{"hash":"eaad6300d0df3bd59bfae5c17040f11877d60c88b2cdd6b6692343e64767ab45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CloseSessionMutation, CloseSessionMutationVariables>;
export const NodeDocument = {"__meta__":{"hash":"ce7eaac14b6ace596a2fb88918b3a2d8c71f75314376f0bd828cfc81edf3e89a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const ProvidersDocument = {"__meta__":{"hash":"8e3fa827ccf0ad8db4f6c2414228ea20bc38a30071bdbfda5868dc870ca17067"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"archives"}},{"kind":"Field","name":{"kind":"Name","value":"sip"}},{"kind":"Field","name":{"kind":"Name","value":"connections"}},{"kind":"Field","name":{"kind":"Name","value":"forceUnpublish"}},{"kind":"Field","name":{"kind":"Name","value":"closeSession"}},{"kind":"Field","name":{"kind":"Name","value":"customSessionIds"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFormats"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const ConnectionNodeDocument = {"__meta__":{"hash":"f0ea78b161b65963c1967bbf6c297e056282427dcf39e8ada9dfb2f623cec522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionNodeQuery, ConnectionNodeQueryVariables>;
export const SessionsDocument = {"__meta__":{"hash":"188d0b27ecccd526608af48367f75cfb0fbc9f10e56daf91eaf13149beed0c8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProvider"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SessionsQuery, SessionsQueryVariables>;
export const GenerateTokenDocument = {"__meta__":{"hash":"9b5cd349da5f1dbf938c9e2411f3b8b3d97a80c9af80dbd03336553bc68e5c69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateTokenMutation, GenerateTokenMutationVariables>;