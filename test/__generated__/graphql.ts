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

/** A session's audio streamed to a WebSocket (Audio Connector). End it with forceDisconnect on its connectionId. */
export type AudioConnection = Node & {
  __typename?: 'AudioConnection';
  /** The provider-native id. */
  audioConnectionId: Scalars['String']['output'];
  /** Its connection in the session. */
  connectionId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  session: Session;
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

/** Live captions of a session. Stop them with stopCaptions. */
export type Captions = Node & {
  __typename?: 'Captions';
  /** The provider-native id. */
  captionsId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  session: Session;
};

export type ConnectAudioStreamInput = {
  /** Samples per second: 8000, 16000 or 24000 (default 16000). */
  audioRate?: InputMaybe<Scalars['Int']['input']>;
  /** Audio the endpoint sends back is played into the session. */
  bidirectional?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sent with the WebSocket handshake (at most 32). */
  headers?: InputMaybe<Array<WebSocketHeaderInput>>;
  /** Global id or provider-native session id (must be ROUTED). */
  sessionId: Scalars['ID']['input'];
  /** Only these streams' audio; every stream's when absent. */
  streams?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The ws:// or wss:// endpoint that receives the audio. */
  uri: Scalars['String']['input'];
};

export type ConnectIpCameraInput = {
  /** Let the media server adapt the bitrate (default true). */
  adaptativeBitrate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Server data of the connection, seen by every client (at most 1000 characters). */
  data?: InputMaybe<Scalars['String']['input']>;
  /** Milliseconds of buffer, 0-60000 (default 2000). */
  networkCache?: InputMaybe<Scalars['Int']['input']>;
  /** Pull the camera's feed only while someone subscribes (default true). */
  onlyPlayWithSubscribers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether INDIVIDUAL recordings include it (default true). */
  record?: InputMaybe<Scalars['Boolean']['input']>;
  /** The camera feed: rtsp://, rtsps://, http(s):// or file://. */
  rtspUri: Scalars['String']['input'];
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
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
  /** Only these streams' audio reaches the SIP participant; every stream's when absent. */
  streams?: InputMaybe<Array<Scalars['String']['input']>>;
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
  /** Streams a routed session's audio to a WebSocket (Audio Connector). */
  connectAudioStream: AudioConnection;
  /** Adds an IP camera to a session: a connection that is active at once and publishes the feed as a stream. Remove it with forceDisconnect. */
  connectIpCamera: Connection;
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
  /** Mutes every stream of a session but the excluded ones (active: true), or lifts that (active: false). */
  muteSession: Scalars['Boolean']['output'];
  /** Mutes one stream's audio; its publisher may unmute. */
  muteStream: Scalars['Boolean']['output'];
  /** Plays DTMF tones to one SIP participant, or to every SIP participant of the session. */
  playDtmf: Scalars['Boolean']['output'];
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
  /** Sets the layout classes of streams of a session, by which composed archives and broadcasts lay them out. */
  setStreamLayoutClasses: Scalars['Boolean']['output'];
  /** Starts recording a routed session. On OpenTok a client must be connected first. */
  startArchive: Archive;
  /** Starts broadcasting a routed session to HLS and/or RTMP outputs. */
  startBroadcast: Broadcast;
  /** Starts live captions of a routed session's audio; clients receive them through their SDK. */
  startCaptions: Captions;
  /** Starts an Experience Composer render: the page is loaded and published into the session as a stream. */
  startRender: Render;
  stopArchive: Archive;
  stopBroadcast: Broadcast;
  /** Stops live captions, named by the global id startCaptions returned or the provider-native captionsId. */
  stopCaptions: Scalars['Boolean']['output'];
  /** Stops a render; its stream leaves the session. The render stays readable, with status STOPPED. */
  stopRender: Scalars['Boolean']['output'];
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


export type MutationConnectAudioStreamArgs = {
  input: ConnectAudioStreamInput;
};


export type MutationConnectIpCameraArgs = {
  input: ConnectIpCameraInput;
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


export type MutationMuteSessionArgs = {
  input: MuteSessionInput;
};


export type MutationMuteStreamArgs = {
  input: MuteStreamInput;
};


export type MutationPlayDtmfArgs = {
  input: PlayDtmfInput;
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


export type MutationSetStreamLayoutClassesArgs = {
  input: SetStreamLayoutClassesInput;
};


export type MutationStartArchiveArgs = {
  input: StartArchiveInput;
};


export type MutationStartBroadcastArgs = {
  input: StartBroadcastInput;
};


export type MutationStartCaptionsArgs = {
  input: StartCaptionsInput;
};


export type MutationStartRenderArgs = {
  input: StartRenderInput;
};


export type MutationStopArchiveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStopBroadcastArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStopCaptionsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStopRenderArgs = {
  id: Scalars['ID']['input'];
};

export type MuteSessionInput = {
  /** True mutes the audio of every stream, and of streams published later; false lifts that. */
  active: Scalars['Boolean']['input'];
  /** Streams a mute-all leaves alone (with active: true only). */
  excludedStreamIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
};

export type MuteStreamInput = {
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
  streamId: Scalars['String']['input'];
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

export type PlayDtmfInput = {
  /** Only this SIP participant (a SipCall connectionId); every SIP participant of the session when absent. */
  connectionId?: InputMaybe<Scalars['String']['input']>;
  /** 0-9, *, # and p (a 500 ms pause), at most 256. */
  digits: Scalars['String']['input'];
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
};

/** A provider configured on this gateway, and what it supports. */
export type ProviderInfo = {
  __typename?: 'ProviderInfo';
  /** setArchiveLayout. */
  archiveLayouts: Scalars['Boolean']['output'];
  /** addArchiveStream / removeArchiveStream. */
  archiveStreams: Scalars['Boolean']['output'];
  archives: Scalars['Boolean']['output'];
  /** connectAudioStream. */
  audioConnector: Scalars['Boolean']['output'];
  /** Live broadcasts (HLS, RTMP). */
  broadcasts: Scalars['Boolean']['output'];
  /** startCaptions and stopCaptions. */
  captions: Scalars['Boolean']['output'];
  closeSession: Scalars['Boolean']['output'];
  connections: Scalars['Boolean']['output'];
  customSessionIds: Scalars['Boolean']['output'];
  forceDisconnect: Scalars['Boolean']['output'];
  /** muteStream and muteSession. */
  forceMute: Scalars['Boolean']['output'];
  forceUnpublish: Scalars['Boolean']['output'];
  /** The optional input fields it accepts, as `<input type>.<field>` (e.g. `StartArchiveInput.resolution`); any other optional field set on a call it serves is refused with UNSUPPORTED_BY_PROVIDER. */
  inputOptions: Array<Scalars['String']['output']>;
  /** connectIpCamera. */
  ipCameras: Scalars['Boolean']['output'];
  /** Used by createSession when no provider is named. */
  isDefault: Scalars['Boolean']['output'];
  listSessions: Scalars['Boolean']['output'];
  name: VideoProvider;
  /** Experience Composer renders. */
  renders: Scalars['Boolean']['output'];
  /** The roles its tokens can grant. */
  roles: Array<Role>;
  signals: Scalars['Boolean']['output'];
  sip: Scalars['Boolean']['output'];
  /** setStreamLayoutClasses. */
  streamLayoutClasses: Scalars['Boolean']['output'];
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
  /** A render by global id or provider-native render id; null when the provider does not know it. */
  render?: Maybe<Render>;
  /** The renders of one provider (the default provider when none is named), newest first. */
  renders: RenderConnection;
  /** A session by global id or provider-native session id; null when the provider does not know it. */
  session?: Maybe<Session>;
  /** The sessions a provider holds (the default provider when none is named), newest first. OpenVidu only: OpenTok keeps no list. */
  sessions: SessionConnection;
  /** One stream published in a session now; null when the session has no such stream. */
  stream?: Maybe<Stream>;
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


export type QueryRenderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRendersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<VideoProvider>;
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<VideoProvider>;
};


export type QueryStreamArgs = {
  sessionId: Scalars['ID']['input'];
  streamId: Scalars['String']['input'];
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

/** An Experience Composer render: a web page loaded by the platform and published into a session as a stream. */
export type Render = Node & {
  __typename?: 'Render';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  provider: VideoProvider;
  /** Why it stopped or failed, as the provider says. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The provider-native render id. */
  renderId: Scalars['String']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  session: Session;
  status: RenderStatus;
  /** The stream it publishes, once it does. */
  streamId?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The page being rendered. */
  url?: Maybe<Scalars['String']['output']>;
};

export type RenderConnection = {
  __typename?: 'RenderConnection';
  edges: Array<RenderEdge>;
  pageInfo: PageInfo;
  /** How many renders the provider holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RenderEdge = {
  __typename?: 'RenderEdge';
  cursor: Scalars['String']['output'];
  node: Render;
};

/** Where an Experience Composer render is in its life. */
export type RenderStatus =
  | 'FAILED'
  | 'STARTED'
  | 'STARTING'
  | 'STOPPED';

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

export type SetStreamLayoutClassesInput = {
  /** Global id or provider-native session id. */
  sessionId: Scalars['ID']['input'];
  /** Each stream once; the others keep their classes. */
  streams: Array<StreamLayoutInput>;
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

export type StartCaptionsInput = {
  /** The spoken language, e.g. "en-US" (the default). */
  languageCode?: InputMaybe<Scalars['String']['input']>;
  /** Seconds before they stop by themselves (OpenTok: at most 14400, the default). */
  maxDuration?: InputMaybe<Scalars['Int']['input']>;
  /** Send partial results while a sentence is spoken (default true). */
  partialCaptions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global id or provider-native session id (must be ROUTED). */
  sessionId: Scalars['ID']['input'];
  /** Where the provider posts status changes. */
  statusCallbackUrl?: InputMaybe<Scalars['String']['input']>;
};

export type StartRenderInput = {
  /** Seconds before it stops by itself (OpenTok: 60-36000, default 1800). */
  maxDuration?: InputMaybe<Scalars['Int']['input']>;
  /** The name of the stream it publishes. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** e.g. "1280x720" (OpenTok: 640x480, 480x640, 1280x720, 720x1280, 1920x1080, 1080x1920). */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** Global id or provider-native session id (must be ROUTED). */
  sessionId: Scalars['ID']['input'];
  /** Where the provider posts status changes. */
  statusCallbackUrl?: InputMaybe<Scalars['String']['input']>;
  /** The http(s) page to load; it must run without anyone interacting. */
  url: Scalars['String']['input'];
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

export type StreamLayoutInput = {
  /** The classes the stream gets in composed layouts (at most 32; an empty list clears them). */
  layoutClassList: Array<Scalars['String']['input']>;
  streamId: Scalars['String']['input'];
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

export type WebSocketHeaderInput = {
  /** Header name, e.g. "X-Customer-Id". */
  name: Scalars['String']['input'];
  /** One line of at most 1024 characters. */
  value: Scalars['String']['input'];
};

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

export type StreamQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  streamId: Scalars['String']['input'];
}>;


export type StreamQuery = { __typename?: 'Query', stream?: { __typename?: 'Stream', streamId: string, videoType?: string | null, name?: string | null, layoutClassList: Array<string> } | null };

export type SessionStreamsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionStreamsQuery = { __typename?: 'Query', session?: { __typename?: 'Session', streams: Array<{ __typename?: 'Stream', streamId: string, videoType?: string | null, layoutClassList: Array<string> }> } | null };

export type SetStreamLayoutClassesMutationVariables = Exact<{
  input: SetStreamLayoutClassesInput;
}>;


export type SetStreamLayoutClassesMutation = { __typename?: 'Mutation', setStreamLayoutClasses: boolean };

export type MuteStreamMutationVariables = Exact<{
  input: MuteStreamInput;
}>;


export type MuteStreamMutation = { __typename?: 'Mutation', muteStream: boolean };

export type MuteSessionMutationVariables = Exact<{
  input: MuteSessionInput;
}>;


export type MuteSessionMutation = { __typename?: 'Mutation', muteSession: boolean };

export type PlayDtmfMutationVariables = Exact<{
  input: PlayDtmfInput;
}>;


export type PlayDtmfMutation = { __typename?: 'Mutation', playDtmf: boolean };

export type RenderFieldsFragment = { __typename?: 'Render', id: string, renderId: string, provider: VideoProvider, status: RenderStatus, url?: string | null, resolution?: string | null, streamId?: string | null, reason?: string | null, createdAt?: string | null, updatedAt?: string | null, session: { __typename?: 'Session', sessionId: string } };

export type StartRenderMutationVariables = Exact<{
  input: StartRenderInput;
}>;


export type StartRenderMutation = { __typename?: 'Mutation', startRender: { __typename?: 'Render', id: string, renderId: string, provider: VideoProvider, status: RenderStatus, url?: string | null, resolution?: string | null, streamId?: string | null, reason?: string | null, createdAt?: string | null, updatedAt?: string | null, session: { __typename?: 'Session', sessionId: string } } };

export type StopRenderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StopRenderMutation = { __typename?: 'Mutation', stopRender: boolean };

export type RenderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RenderQuery = { __typename?: 'Query', render?: { __typename?: 'Render', id: string, renderId: string, provider: VideoProvider, status: RenderStatus, url?: string | null, resolution?: string | null, streamId?: string | null, reason?: string | null, createdAt?: string | null, updatedAt?: string | null, session: { __typename?: 'Session', sessionId: string } } | null };

export type RendersQueryVariables = Exact<{
  provider?: InputMaybe<VideoProvider>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RendersQuery = { __typename?: 'Query', renders: { __typename?: 'RenderConnection', totalCount: number, edges: Array<{ __typename?: 'RenderEdge', cursor: string, node: { __typename?: 'Render', id: string, renderId: string, status: RenderStatus } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ConnectAudioStreamMutationVariables = Exact<{
  input: ConnectAudioStreamInput;
}>;


export type ConnectAudioStreamMutation = { __typename?: 'Mutation', connectAudioStream: { __typename?: 'AudioConnection', id: string, audioConnectionId: string, connectionId: string, session: { __typename?: 'Session', sessionId: string } } };

export type StartCaptionsMutationVariables = Exact<{
  input: StartCaptionsInput;
}>;


export type StartCaptionsMutation = { __typename?: 'Mutation', startCaptions: { __typename?: 'Captions', id: string, captionsId: string, session: { __typename?: 'Session', sessionId: string } } };

export type StopCaptionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StopCaptionsMutation = { __typename?: 'Mutation', stopCaptions: boolean };

export type ConnectIpCameraMutationVariables = Exact<{
  input: ConnectIpCameraInput;
}>;


export type ConnectIpCameraMutation = { __typename?: 'Mutation', connectIpCamera: { __typename?: 'Connection', id: string, connectionId: string, status?: ConnectionStatus | null, role?: Role | null, data?: string | null, streamIds: Array<string> } };

export type ProviderSessionOpsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderSessionOpsQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderInfo', name: VideoProvider, streamLayoutClasses: boolean, forceMute: boolean, renders: boolean, audioConnector: boolean, captions: boolean, ipCameras: boolean, sip: boolean }> };

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
    | { __typename: 'AudioConnection', id: string }
    | { __typename: 'Broadcast', id: string }
    | { __typename: 'Captions', id: string }
    | { __typename: 'Connection', id: string }
    | { __typename: 'Render', id: string }
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
    | { __typename?: 'AudioConnection', id: string }
    | { __typename?: 'Broadcast', id: string }
    | { __typename?: 'Captions', id: string }
    | { __typename?: 'Connection', connectionId: string, status?: ConnectionStatus | null, id: string, session: { __typename?: 'Session', sessionId: string } }
    | { __typename?: 'Render', id: string }
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
export const RenderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RenderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Render"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"renderId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<RenderFieldsFragment, unknown>;
export const StartArchiveDocument = {"__meta__":{"hash":"e0fb4473a22dc1cd02395379093db978bc3bcd5ab6b8be3ac6433472f92d4dc8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StartArchiveMutation, StartArchiveMutationVariables>;
export const StopArchiveDocument = {"__meta__":{"hash":"d9472e152d5589730bbf8601e9b16830ffa9894b84fee562890c0ae546e47a21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StopArchiveMutation, StopArchiveMutationVariables>;
export const DeleteArchiveDocument = {"__meta__":{"hash":"ef870570c4272c965bfe36d7d34ec1ecac97ceb44f06b917d0cab08160b8655c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteArchiveMutation, DeleteArchiveMutationVariables>;
export const ArchiveDocument = {"__meta__":{"hash":"d65b42e91a215581c51da26e9fa7d82220c79579f45061e2f00a51688ed0c7b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Archive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"outputMode"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<ArchiveQuery, ArchiveQueryVariables>;
export const ArchivesDocument = {"__meta__":{"hash":"9e8e0758d231d4517bb5337fb47efd8754979d93883a9825f10869c74cdbe5c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Archives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ArchivesQuery, ArchivesQueryVariables>;
export const SessionArchivesDocument = {"__meta__":{"hash":"aa11b9a651f9f5b63af67975999facca0dd457d01030ad3ffc4ca4d3f2937c2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionArchives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionArchivesQuery, SessionArchivesQueryVariables>;
export const ArchiveStatusChangedDocument = {"__meta__":{"hash":"06c0b8a009dabf31b2608dd2fa3acc7a72643dd907b09341b819986d0304db38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ArchiveStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archiveId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"archiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archiveId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveStatusChangedSubscription, ArchiveStatusChangedSubscriptionVariables>;
export const StartBroadcastDocument = {"__meta__":{"hash":"a799276dbc2d91692d8334636de4cc3dc7baacba6cc48022d4ab566e891b6d37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBroadcast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartBroadcastInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBroadcast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dvr"}},{"kind":"Field","name":{"kind":"Name","value":"lowLatency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rtmp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"streamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxBitrate"}},{"kind":"Field","name":{"kind":"Name","value":"multiBroadcastTag"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StartBroadcastMutation, StartBroadcastMutationVariables>;
export const StopBroadcastDocument = {"__meta__":{"hash":"2ac31efa037797e128a1b60989af9f51cf88673dd09d28bdebfc814349b9ee8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopBroadcast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopBroadcast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dvr"}},{"kind":"Field","name":{"kind":"Name","value":"lowLatency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rtmp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"streamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxBitrate"}},{"kind":"Field","name":{"kind":"Name","value":"multiBroadcastTag"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StopBroadcastMutation, StopBroadcastMutationVariables>;
export const BroadcastDocument = {"__meta__":{"hash":"936f47d108223c3d18bdc291e18fbba37e0b071d664f29ce16bc5cc58ee844ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Broadcast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dvr"}},{"kind":"Field","name":{"kind":"Name","value":"lowLatency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rtmp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"streamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxBitrate"}},{"kind":"Field","name":{"kind":"Name","value":"multiBroadcastTag"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<BroadcastQuery, BroadcastQueryVariables>;
export const BroadcastsDocument = {"__meta__":{"hash":"d11f73c5ee603ab63f77fb1a0688f8fc30d2f12993d3c73c7bf3f49f46f5fbb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Broadcasts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProvider"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcasts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dvr"}},{"kind":"Field","name":{"kind":"Name","value":"lowLatency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rtmp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"streamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxBitrate"}},{"kind":"Field","name":{"kind":"Name","value":"multiBroadcastTag"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<BroadcastsQuery, BroadcastsQueryVariables>;
export const SetBroadcastLayoutDocument = {"__meta__":{"hash":"0bee134214dd28faf1e87a2629ccee3713f200c49f70d6783fa38bff3b278be5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBroadcastLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBroadcastLayoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBroadcastLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetBroadcastLayoutMutation, SetBroadcastLayoutMutationVariables>;
export const AddBroadcastStreamDocument = {"__meta__":{"hash":"af0d17c88c0181a6fc3f513207b4905cae2d5ed570470f738e4dd6a50975e494"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBroadcastStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBroadcastStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBroadcastStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}}]}}]}}]} as unknown as DocumentNode<AddBroadcastStreamMutation, AddBroadcastStreamMutationVariables>;
export const RemoveBroadcastStreamDocument = {"__meta__":{"hash":"bd3734e9c262dc797f61ae39278831131864a1c8f6edb9b85947ee96f2418fa9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveBroadcastStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveBroadcastStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBroadcastStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveBroadcastStreamMutation, RemoveBroadcastStreamMutationVariables>;
export const SetArchiveLayoutDocument = {"__meta__":{"hash":"91aaa15fcb44a6e836ba65ff32447c63cb7565195a60f94b39ef20aa535a1607"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetArchiveLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetArchiveLayoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setArchiveLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetArchiveLayoutMutation, SetArchiveLayoutMutationVariables>;
export const AddArchiveStreamDocument = {"__meta__":{"hash":"28522010aebdaa55acc75552e48c0c0d3e9f936c39b67ab124fbab03a6adf742"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddArchiveStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddArchiveStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addArchiveStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streamMode"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"hasVideo"}}]}}]}}]}}]} as unknown as DocumentNode<AddArchiveStreamMutation, AddArchiveStreamMutationVariables>;
export const RemoveArchiveStreamDocument = {"__meta__":{"hash":"ebef66df1197a20e400de7ff106eed2686244d0cc1665163c3d7fbc946250920"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveArchiveStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveArchiveStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeArchiveStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveArchiveStreamMutation, RemoveArchiveStreamMutationVariables>;
export const BroadcastStatusChangedDocument = {"__meta__":{"hash":"04b9428898aace61f609357ba9fa56b3218a9d01214e2cf71271a6c0737de0b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BroadcastStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"broadcastId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcastStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"broadcastId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"broadcastId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"broadcast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"broadcastId"}},{"kind":"Field","name":{"kind":"Name","value":"hlsUrl"}}]}}]}}]}}]} as unknown as DocumentNode<BroadcastStatusChangedSubscription, BroadcastStatusChangedSubscriptionVariables>;
export const DialSipDocument = {"__meta__":{"hash":"0a465ea7841989d91ec6e04ea0945c8644d261fcb6b6f8483a52e24b879a6521"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DialSip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DialSipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialSip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sipCallId"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<DialSipMutation, DialSipMutationVariables>;
export const ForceDisconnectDocument = {"__meta__":{"hash":"721924f6e5b9ef6ce35d391aa2586516dd0e071d87ec2dcbb4c1b17af8e66565"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceDisconnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForceDisconnectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceDisconnect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ForceDisconnectMutation, ForceDisconnectMutationVariables>;
export const ForceUnpublishDocument = {"__meta__":{"hash":"2096753b464ac8aa49a1bbea47427f7b594576986abbe83fa9b5af449d0eb7db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceUnpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForceUnpublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceUnpublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ForceUnpublishMutation, ForceUnpublishMutationVariables>;
export const SendSignalDocument = {"__meta__":{"hash":"a160ae8475822a837ae009a0e99ff0e08c202c5688885e8eb9ee03016a2df23d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendSignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendSignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SendSignalMutation, SendSignalMutationVariables>;
export const SessionEventsDocument = {"__meta__":{"hash":"a56e8e39b9c565ac67be30c88fc7e92f0e10ee4ea5a4ddeba471ad90fc0a38a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<SessionEventsSubscription, SessionEventsSubscriptionVariables>;
export const SipCallStatusChangedDocument = {"__meta__":{"hash":"baf1b5a855c1c760109a23c7aa5a447239362cc3291ff9fe8cf6c1ea8ed594aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SipCallStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sipCallStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"sipCallId"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonMessage"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<SipCallStatusChangedSubscription, SipCallStatusChangedSubscriptionVariables>;
export const StreamDocument = {"__meta__":{"hash":"f31d3fc49acc3ba4dcb60cbb8f8fd82b35de20175eb29f79bfa0390208a6fc95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"streamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"videoType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"layoutClassList"}}]}}]}}]} as unknown as DocumentNode<StreamQuery, StreamQueryVariables>;
export const SessionStreamsDocument = {"__meta__":{"hash":"3196ce120a3dde4945e3946504a079a2eaccfeb8f74b8ae2de8a8144ecda402f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionStreams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"videoType"}},{"kind":"Field","name":{"kind":"Name","value":"layoutClassList"}}]}}]}}]}}]} as unknown as DocumentNode<SessionStreamsQuery, SessionStreamsQueryVariables>;
export const SetStreamLayoutClassesDocument = {"__meta__":{"hash":"975065744096edfa1ccf9487b5daef11eac546d78dc0158373bc22a1fc04e002"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStreamLayoutClasses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStreamLayoutClassesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStreamLayoutClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetStreamLayoutClassesMutation, SetStreamLayoutClassesMutationVariables>;
export const MuteStreamDocument = {"__meta__":{"hash":"3131d6796a13c0c3d341315468ba1a0d5b6d8544d2d9c51a49f6197937c0a614"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MuteStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MuteStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"muteStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MuteStreamMutation, MuteStreamMutationVariables>;
export const MuteSessionDocument = {"__meta__":{"hash":"46e97090376940d896470b8bc4e878c4e3b0b27bf8cdee086d522e1c0ba16bb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MuteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MuteSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"muteSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MuteSessionMutation, MuteSessionMutationVariables>;
export const PlayDtmfDocument = {"__meta__":{"hash":"41a246d8b28578fcc20096d6a553d24d004947f3d572f334aaa6a2b1f4c5b2c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlayDtmf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlayDtmfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"playDtmf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<PlayDtmfMutation, PlayDtmfMutationVariables>;
export const StartRenderDocument = {"__meta__":{"hash":"be8fe166245b9f78fe62ac4fa7db5d87d1e763bccdb50432c34f418c9ee8f31e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRenderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RenderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RenderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Render"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"renderId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StartRenderMutation, StartRenderMutationVariables>;
export const StopRenderDocument = {"__meta__":{"hash":"f190bad692c03575313d790ff15e88c666a43a04564dc11c886e24f9bb6aee61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopRender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopRender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<StopRenderMutation, StopRenderMutationVariables>;
export const RenderDocument = {"__meta__":{"hash":"d9a9814852c0b670ba4f2d6f01c500d071786a4c977ddf3027603c6e538b04bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Render"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"render"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RenderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RenderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Render"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"renderId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<RenderQuery, RenderQueryVariables>;
export const RendersDocument = {"__meta__":{"hash":"ad1b8b5aba9de5863408f829f65b1140a27197c1222d4aac9c49c409ef6a5634"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Renders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProvider"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"renderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RendersQuery, RendersQueryVariables>;
export const ConnectAudioStreamDocument = {"__meta__":{"hash":"48b330a155b452049c2f7d66e7782822200d0076691ff0fc30fcc1167cbfaab0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectAudioStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectAudioStreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectAudioStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audioConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectAudioStreamMutation, ConnectAudioStreamMutationVariables>;
export const StartCaptionsDocument = {"__meta__":{"hash":"180b8acef823130898c66e671cb3e4b03b5c4920f3f5df9ce485bc72b9d2e4c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCaptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCaptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCaptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"captionsId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<StartCaptionsMutation, StartCaptionsMutationVariables>;
export const StopCaptionsDocument = {"__meta__":{"hash":"9ac125c7a16d56211395662c4c9c879b5b10599d50ec556cf3a7ab2eaea7ba24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopCaptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopCaptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<StopCaptionsMutation, StopCaptionsMutationVariables>;
export const ConnectIpCameraDocument = {"__meta__":{"hash":"c5a54fa3ff971ea38b7fd187a040e02f98a4170a7948da08daea7537c994111d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectIpCamera"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectIpCameraInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectIpCamera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"streamIds"}}]}}]}}]} as unknown as DocumentNode<ConnectIpCameraMutation, ConnectIpCameraMutationVariables>;
export const ProviderSessionOpsDocument = {"__meta__":{"hash":"7668a2554bd8651d28640dc88da234ae8700911a9bfa95a5fdba8924a08d7183"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderSessionOps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"streamLayoutClasses"}},{"kind":"Field","name":{"kind":"Name","value":"forceMute"}},{"kind":"Field","name":{"kind":"Name","value":"renders"}},{"kind":"Field","name":{"kind":"Name","value":"audioConnector"}},{"kind":"Field","name":{"kind":"Name","value":"captions"}},{"kind":"Field","name":{"kind":"Name","value":"ipCameras"}},{"kind":"Field","name":{"kind":"Name","value":"sip"}}]}}]}}]} as unknown as DocumentNode<ProviderSessionOpsQuery, ProviderSessionOpsQueryVariables>;
export const CreateSessionDocument = {"__meta__":{"hash":"fd908dd5f3a761e72d74cc8430684dad34a3f5e50450d66c1d003c68bf87631e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSessionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mediaMode"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateSessionMutation, CreateSessionMutationVariables>;
export const SessionDocument = {"__meta__":{"hash":"ef96b2cecc3122fadaf4f47620aac6694f9ae0138c1d2a9f5756bd920aa43b1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mediaMode"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"videoType"}}]}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SessionConnectionsDocument = {"__meta__":{"hash":"27740e0e5e8a7192d7fbe6cf7691685dab1814d2bf1d6fbe5804d9e96c9204df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionConnections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"clientData"}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamIds"}}]}}]}}]}}]} as unknown as DocumentNode<SessionConnectionsQuery, SessionConnectionsQueryVariables>;
export const CloseSessionDocument = {"__meta__":{"hash":"eaad6300d0df3bd59bfae5c17040f11877d60c88b2cdd6b6692343e64767ab45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CloseSessionMutation, CloseSessionMutationVariables>;
export const NodeDocument = {"__meta__":{"hash":"ce7eaac14b6ace596a2fb88918b3a2d8c71f75314376f0bd828cfc81edf3e89a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Archive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const ProvidersDocument = {"__meta__":{"hash":"8e3fa827ccf0ad8db4f6c2414228ea20bc38a30071bdbfda5868dc870ca17067"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"archives"}},{"kind":"Field","name":{"kind":"Name","value":"sip"}},{"kind":"Field","name":{"kind":"Name","value":"connections"}},{"kind":"Field","name":{"kind":"Name","value":"forceUnpublish"}},{"kind":"Field","name":{"kind":"Name","value":"closeSession"}},{"kind":"Field","name":{"kind":"Name","value":"customSessionIds"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFormats"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const ConnectionNodeDocument = {"__meta__":{"hash":"f0ea78b161b65963c1967bbf6c297e056282427dcf39e8ada9dfb2f623cec522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionNodeQuery, ConnectionNodeQueryVariables>;
export const SessionsDocument = {"__meta__":{"hash":"188d0b27ecccd526608af48367f75cfb0fbc9f10e56daf91eaf13149beed0c8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProvider"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SessionsQuery, SessionsQueryVariables>;
export const GenerateTokenDocument = {"__meta__":{"hash":"9b5cd349da5f1dbf938c9e2411f3b8b3d97a80c9af80dbd03336553bc68e5c69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateTokenMutation, GenerateTokenMutationVariables>;