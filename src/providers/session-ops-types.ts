/**
 * The provider-neutral model of what a platform does inside a live session beyond archives and
 * SIP dial-out: read one stream and set layout classes, force-mute, DTMF, Experience Composer
 * renders, Audio Connector (WebSocket) connections, live captions and IP cameras. `VideoProvider`
 * (./types.ts) extends {@link SessionOpsProvider}; each feature is declared in
 * {@link SessionOpsCapabilities}, and the GraphQL layer refuses what a provider does not declare
 * before calling it. Ids are provider-native, times are `Date`s.
 */
import type { ConnectionInfo, ProviderName, StreamInfo } from './types.js';

/** The features of this file, each a boolean of {@link SessionOpsCapabilities}. */
export type SessionOpsFeature = 'streamLayoutClasses' | 'forceMute' | 'renders' | 'audioConnector' | 'captions' | 'ipCameras';

/** What a provider declares about the features of this file. */
export type SessionOpsCapabilities = Record<SessionOpsFeature, boolean>;

/** A stream's new layout classes (an empty list clears them). */
export interface StreamLayoutUpdate {
  streamId: string;
  layoutClassList: string[];
}

export interface MuteSessionOptions {
  sessionId: string;
  /** True mutes every stream (and those published later); false lifts a mute-all. */
  active: boolean;
  /** Streams left alone by a mute-all. */
  excludedStreamIds?: string[];
}

export interface PlayDtmfOptions {
  sessionId: string;
  /** Only this SIP participant; every SIP participant of the session when absent. */
  connectionId?: string;
  /** `0`-`9`, `*`, `#` and `p` (a 500 ms pause). */
  digits: string;
}

/** The lifecycle of an Experience Composer render (the GraphQL `RenderStatus` enum). */
export type RenderStatus = 'STARTING' | 'STARTED' | 'STOPPED' | 'FAILED';

export interface StartRenderOptions {
  sessionId: string;
  /** The page the composer loads and publishes into the session. */
  url: string;
  /** Seconds before the render stops by itself. */
  maxDuration?: number;
  /** e.g. `1280x720`. */
  resolution?: string;
  /** Where the platform posts the render's status changes. */
  statusCallbackUrl?: string;
  /** The name of the stream it publishes. */
  name?: string;
}

export interface RenderInfo {
  provider: ProviderName;
  renderId: string;
  sessionId: string;
  status: RenderStatus;
  url: string | null;
  resolution: string | null;
  /** The stream the render publishes, once it does. */
  streamId: string | null;
  /** Why it stopped or failed, as the provider says. */
  reason: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export interface ListRendersOptions {
  /** 0-based. */
  offset: number;
  /** Page size, 1..1000. */
  count: number;
}

export interface RenderPage {
  items: RenderInfo[];
  /** Total renders at the provider (not just this page). */
  totalCount: number;
}

/** One header of the WebSocket handshake. */
export interface HeaderPair {
  name: string;
  value: string;
}

export interface ConnectAudioStreamOptions {
  sessionId: string;
  /** `ws://` or `wss://`. */
  uri: string;
  /** Only these streams' audio; every stream's when absent. */
  streams?: string[];
  headers?: HeaderPair[];
  /** Samples per second: 8000, 16000 or 24000. */
  audioRate?: number;
  /** Audio sent back over the socket is played into the session. */
  bidirectional?: boolean;
}

export interface AudioConnectionInfo {
  provider: ProviderName;
  /** The platform's id of the audio connection. */
  audioConnectionId: string;
  sessionId: string;
  /** Its connection in the session; force-disconnecting it ends the audio connection. */
  connectionId: string;
}

export interface StartCaptionsOptions {
  sessionId: string;
  /** BCP 47, e.g. `en-US`. */
  languageCode?: string;
  /** Seconds. */
  maxDuration?: number;
  /** Send partial results while a sentence is spoken. */
  partialCaptions?: boolean;
  statusCallbackUrl?: string;
}

export interface CaptionsInfo {
  provider: ProviderName;
  captionsId: string;
  sessionId: string;
}

export interface ConnectIpCameraOptions {
  sessionId: string;
  /** `rtsp://`, `rtsps://`, `http(s)://` or `file://`. */
  rtspUri: string;
  /** Server data of the connection, as with tokens. */
  data?: string;
  /** Whether INDIVIDUAL recordings include it. */
  record?: boolean;
  /** Let the media server adapt the bitrate. */
  adaptativeBitrate?: boolean;
  /** Pull the camera's feed only while someone watches. */
  onlyPlayWithSubscribers?: boolean;
  /** Milliseconds of buffer. */
  networkCache?: number;
}

/**
 * The operations of this file. Each rejects with a `GatewayError` like every provider method;
 * one a provider does not declare rejects with UNSUPPORTED_BY_PROVIDER (the GraphQL layer never
 * calls it).
 */
export interface SessionOpsProvider {
  /** One stream of a session; null when the session has no such stream. */
  getStream(sessionId: string, streamId: string): Promise<StreamInfo | null>;
  /** Sets the layout classes of several streams at once (feature `streamLayoutClasses`). */
  setStreamLayoutClasses(sessionId: string, streams: StreamLayoutUpdate[]): Promise<void>;
  /** Mutes one stream's audio (feature `forceMute`). */
  muteStream(sessionId: string, streamId: string): Promise<void>;
  /** Mutes every stream but the excluded ones, or lifts that (feature `forceMute`). */
  muteSession(options: MuteSessionOptions): Promise<void>;
  /** Plays DTMF tones to SIP participants (feature `sip`). */
  playDtmf(options: PlayDtmfOptions): Promise<void>;
  /** Starts an Experience Composer render (feature `renders`). */
  startRender(options: StartRenderOptions): Promise<RenderInfo>;
  /** Stops a render; NOT_FOUND when the provider does not know it. */
  stopRender(renderId: string): Promise<void>;
  /** Null when the provider does not know the render. */
  getRender(renderId: string): Promise<RenderInfo | null>;
  /** Newest first. */
  listRenders(options: ListRendersOptions): Promise<RenderPage>;
  /** Streams a session's audio to a WebSocket (feature `audioConnector`). */
  connectAudioStream(options: ConnectAudioStreamOptions): Promise<AudioConnectionInfo>;
  /** Starts live captions of a session (feature `captions`). */
  startCaptions(options: StartCaptionsOptions): Promise<CaptionsInfo>;
  /** Stops live captions; NOT_FOUND when the provider does not know them. */
  stopCaptions(captionsId: string): Promise<void>;
  /** Adds an IP camera to a session as a connection that publishes at once (feature `ipCameras`). */
  connectIpCamera(options: ConnectIpCameraOptions): Promise<ConnectionInfo>;
}
