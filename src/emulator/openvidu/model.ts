/**
 * The OpenVidu 2 entities the emulator holds (docs/providers/openvidu.md), in the vocabulary of
 * the wire: upper-case enums, `connectionId`, `streamId`, recording ids equal to session ids.
 */
import type { TimerHandle } from '../clock.js';

export const MEDIA_MODES = ['ROUTED', 'RELAYED'] as const;
export type MediaMode = (typeof MEDIA_MODES)[number];

export const RECORDING_MODES = ['MANUAL', 'ALWAYS'] as const;
export type RecordingMode = (typeof RECORDING_MODES)[number];

export const VIDEO_CODECS = ['MEDIA_SERVER_PREFERRED', 'NONE', 'VP8', 'VP9', 'H264'] as const;
export type VideoCodec = (typeof VIDEO_CODECS)[number];

export const OUTPUT_MODES = ['COMPOSED', 'COMPOSED_QUICK_START', 'INDIVIDUAL'] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

export const RECORDING_LAYOUTS = ['BEST_FIT', 'CUSTOM', 'PICTURE_IN_PICTURE', 'VERTICAL_PRESENTATION', 'HORIZONTAL_PRESENTATION'] as const;
export type RecordingLayout = (typeof RECORDING_LAYOUTS)[number];

export const ROLES = ['SUBSCRIBER', 'PUBLISHER', 'MODERATOR'] as const;
export type Role = (typeof ROLES)[number];

export const CONNECTION_TYPES = ['WEBRTC', 'IPCAM'] as const;
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

export type TypeOfVideo = 'CAMERA' | 'SCREEN' | 'CUSTOM' | 'IPCAM';

/** Recording properties, every field resolved (the Session and Recording JSON show a subset). */
export interface RecordingProperties {
  /** `""` means "the recording id". */
  name: string;
  hasAudio: boolean;
  hasVideo: boolean;
  outputMode: OutputMode;
  recordingLayout: RecordingLayout;
  customLayout: string;
  resolution: string;
  frameRate: number;
  shmSize: number;
  ignoreFailedStreams: boolean;
  mediaNode: string | null;
}

/** Session properties as POST /sessions resolved them. */
export interface SessionProperties {
  mediaMode: MediaMode;
  recordingMode: RecordingMode;
  /** `""` when the id was generated. */
  customSessionId: string;
  forcedVideoCodec: VideoCodec;
  allowTranscoding: boolean;
  defaultRecordingProperties: RecordingProperties;
  mediaNode: string | null;
}

/** A TURN/STUN server handed to one connection. */
export interface IceServer {
  url: string;
  username?: string;
  credential?: string;
}

/** What POST /sessions/{id}/connection (or /tokens) asked for. */
export interface ConnectionOptions {
  type: ConnectionType;
  /** Server data (`serverData` in the JSON). */
  data: string;
  record: boolean;
  /** `null` for IPCAM connections. */
  role: Role | null;
  kurentoOptions: Record<string, unknown> | null;
  customIceServers: IceServer[];
  rtspUri: string | null;
  adaptativeBitrate: boolean | null;
  onlyPlayWithSubscribers: boolean | null;
  networkCache: number | null;
}

/** A published stream. */
export interface Publisher {
  readonly streamId: string;
  readonly createdAt: number;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
  readonly typeOfVideo: TypeOfVideo;
  readonly frameRate: number | null;
  /** A JSON string, as the server reports it: `{"width":640,"height":480}`. */
  readonly videoDimensions: string | null;
}

/** A connection: pending (token not used yet) or active (a participant). */
export interface Connection {
  readonly connectionId: string;
  readonly sessionId: string;
  readonly createdAt: number;
  /** The whole token string (`ws://...?sessionId=...&token=tok_...`); `null` for IPCAM. */
  readonly token: string | null;
  readonly options: ConnectionOptions;
  status: 'pending' | 'active';
  activeAt: number | null;
  location: string | null;
  ip: string | null;
  platform: string | null;
  clientData: string | null;
  readonly publishers: Map<string, Publisher>;
}

/** A session; `active` once somebody joined. */
export interface Session {
  readonly sessionId: string;
  readonly createdAt: number;
  readonly properties: SessionProperties;
  active: boolean;
  /** Set by a REST stop: an ALWAYS session is not recorded again. */
  recordingManuallyStopped: boolean;
  /** Pending and active connections, in creation order. */
  readonly connections: Map<string, Connection>;
  /** The autostop countdown, while one runs. */
  autostop: TimerHandle | undefined;
}

export type RecordingStatus = 'starting' | 'started' | 'stopped' | 'ready' | 'failed';

/** A recording on the emulated storage. */
export interface Recording {
  readonly id: string;
  readonly sessionId: string;
  readonly uniqueSessionId: string;
  /** Resolved; `name` is never empty here. */
  readonly properties: RecordingProperties;
  readonly createdAt: number;
  status: RecordingStatus;
  /** Why it stopped, once it did. */
  reason: string | null;
  stoppedAt: number | null;
  size: number;
  /** Seconds. */
  duration: number;
}

/** `<sessionId>_<createdAt>`, the id webhooks use to tell session incarnations apart. */
export function uniqueSessionId(session: Session): string {
  return `${session.sessionId}_${session.createdAt}`;
}

/** The active connections (participants) of a session. */
export function participants(session: Session): Connection[] {
  return [...session.connections.values()].filter((c) => c.status === 'active');
}

/** Every stream published in a session. */
export function publishers(session: Session): Publisher[] {
  return participants(session).flatMap((c) => [...c.publishers.values()]);
}

/** Whether the output mode is a composed one (QUICK_START included). */
export function isComposed(outputMode: OutputMode): boolean {
  return outputMode === 'COMPOSED' || outputMode === 'COMPOSED_QUICK_START';
}
