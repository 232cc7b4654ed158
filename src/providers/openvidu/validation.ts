/**
 * What OpenVidu 2 adds to the API's input rules (which the GraphQL layer applies before any
 * adapter runs: formats, lengths, consistency between fields, and nothing OpenVidu does not
 * declare in its capabilities), checked before any upstream call (docs/providers/openvidu.md#sessions,
 * docs/providers/openvidu.md#recordings), and the translation of options into wire bodies. Every failure is a
 * BAD_USER_INPUT naming the GraphQL input field (`input.<field>`).
 *
 * Bodies carry only the keys the caller set (plus the few we always decide ourselves, such as a
 * session's `mediaMode`): OpenVidu fills in the rest from its own defaults and the session's
 * `defaultRecordingProperties`.
 */
import { badInput } from '../../errors.js';
import type {
  ArchiveMode,
  CreateSessionOptions,
  GenerateTokenOptions,
  KurentoOptions,
  MediaMode,
  Role,
  SignalOptions,
  StartArchiveOptions,
} from '../types.js';
import { CONNECTION_OR_STREAM_ID, SESSION_ID } from './ids.js';

/** Recording names (and thus file names): `[a-zA-Z0-9_\-~]+` (OpenVidu's own check). */
const RECORDING_NAME = /^[A-Za-z0-9_~-]+$/;
/** Longest recording name: it becomes a file name (`<name>.mp4`), and file systems stop at 255 bytes. */
const MAX_RECORDING_NAME_LENGTH = 200;
/** Each side of a composed recording's resolution. */
const RESOLUTION_RANGE = Object.freeze({ min: 100, max: 1999 });
/** Frames per second of a composed recording. */
const FRAME_RATE_RANGE = Object.freeze({ min: 1, max: 120 });
/** Default token lifetime. OpenVidu tokens never expire by themselves: see ./revocations.ts. */
const DEFAULT_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

const KURENTO_KEYS = [
  'videoMaxRecvBandwidth',
  'videoMinRecvBandwidth',
  'videoMaxSendBandwidth',
  'videoMinSendBandwidth',
  'allowedFilters',
] as const satisfies readonly (keyof KurentoOptions)[];

function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

/** A session plan: the modes we report and the `POST /sessions` body. */
export interface SessionPlan {
  mediaMode: MediaMode;
  archiveMode: ArchiveMode;
  body: Record<string, unknown>;
}

/**
 * Builds the `POST /sessions` body. `mediaMode` is always sent (ROUTED unless asked otherwise:
 * OpenVidu's default, and the only mode it can record), and so is `recordingMode`.
 * `archiveName`/`archiveResolution` become the session's `defaultRecordingProperties`, which
 * OpenVidu applies to every recording of the session that does not say otherwise (automatic ones
 * in ALWAYS mode included).
 */
export function planSession(options: CreateSessionOptions = {}): SessionPlan {
  const mediaMode = options.mediaMode ?? 'ROUTED';
  const archiveMode = options.archiveMode ?? 'MANUAL';
  const body: Record<string, unknown> = { mediaMode, recordingMode: archiveMode };
  if (isSet(options.customSessionId)) body.customSessionId = options.customSessionId;
  if (isSet(options.forcedVideoCodec)) body.forcedVideoCodec = options.forcedVideoCodec;
  if (isSet(options.allowTranscoding)) body.allowTranscoding = options.allowTranscoding;
  const defaults: Record<string, unknown> = {};
  if (isSet(options.archiveName)) defaults.name = checkRecordingName('input.archiveName', options.archiveName);
  if (isSet(options.archiveResolution)) defaults.resolution = checkResolution('input.archiveResolution', options.archiveResolution);
  if (Object.keys(defaults).length > 0) body.defaultRecordingProperties = defaults;
  return { mediaMode, archiveMode, body };
}

/** A connection plan: what we report and the `POST /sessions/{id}/connection` body. */
export interface ConnectionPlan {
  role: Role;
  data: string | null;
  expiresAt: Date;
  body: Record<string, unknown>;
}

/**
 * Builds the connection body `{type: "WEBRTC", role, data?, record?, kurentoOptions?}`. The
 * expiry is the gateway's own (OpenVidu tokens do not expire): 24 h from now unless asked
 * otherwise.
 */
export function planConnection(options: GenerateTokenOptions, nowMs: number = Date.now()): ConnectionPlan {
  checkSessionId('input.sessionId', options.sessionId);
  const role = options.role ?? 'PUBLISHER';
  const expiresAt = options.expiresAt ?? new Date(nowMs + DEFAULT_TOKEN_TTL_MS);
  const body: Record<string, unknown> = { type: 'WEBRTC', role };
  let data: string | null = null;
  if (isSet(options.data)) {
    body.data = options.data;
    data = options.data === '' ? null : options.data;
  }
  if (isSet(options.record)) body.record = options.record;
  if (isSet(options.kurentoOptions)) {
    const kurento: Record<string, unknown> = {};
    for (const key of KURENTO_KEYS) {
      if (isSet(options.kurentoOptions[key])) kurento[key] = options.kurentoOptions[key];
    }
    body.kurentoOptions = kurento;
  }
  return { role, data, expiresAt, body };
}

/**
 * Applies OpenVidu's own recording rules and builds the `POST /recordings/start` body. Composed
 * video settings are refused where OpenVidu would silently ignore them (a recording without
 * video).
 */
export function planRecording(options: StartArchiveOptions): Record<string, unknown> {
  checkSessionId('input.sessionId', options.sessionId);
  const body: Record<string, unknown> = { session: options.sessionId };
  if (isSet(options.name) && options.name !== '') body.name = checkRecordingName('input.name', options.name);
  if (isSet(options.hasAudio)) body.hasAudio = options.hasAudio;
  if (isSet(options.hasVideo)) body.hasVideo = options.hasVideo;
  if (isSet(options.outputMode)) body.outputMode = options.outputMode;

  const withVideo = (field: string): void => {
    if (options.hasVideo === false) throw badInput(field, 'only applies to recordings with video');
  };
  if (isSet(options.resolution)) {
    withVideo('input.resolution');
    body.resolution = checkResolution('input.resolution', options.resolution);
  }
  if (isSet(options.frameRate)) {
    withVideo('input.frameRate');
    if (!Number.isInteger(options.frameRate) || options.frameRate < FRAME_RATE_RANGE.min || options.frameRate > FRAME_RATE_RANGE.max) {
      throw badInput('input.frameRate', `must be a whole number from ${FRAME_RATE_RANGE.min} to ${FRAME_RATE_RANGE.max}`);
    }
    body.frameRate = options.frameRate;
  }
  if (isSet(options.recordingLayout)) {
    withVideo('input.recordingLayout');
    body.recordingLayout = options.recordingLayout;
  }
  if (isSet(options.customLayout)) {
    withVideo('input.customLayout');
    body.customLayout = options.customLayout;
  }
  if (isSet(options.ignoreFailedStreams)) body.ignoreFailedStreams = options.ignoreFailedStreams;
  return body;
}

/** Builds the `POST /signal` body `{session, to?, type?, data}`. */
export function planSignal(options: SignalOptions): Record<string, unknown> {
  checkSessionId('input.sessionId', options.sessionId);
  const body: Record<string, unknown> = { session: options.sessionId };
  if (isSet(options.connectionId)) {
    checkConnectionId('input.connectionId', options.connectionId);
    body.to = [options.connectionId];
  }
  if (isSet(options.type) && options.type !== '') body.type = options.type;
  body.data = options.data;
  return body;
}

/** A session id OpenVidu could hold (`[a-zA-Z0-9_-]+`); BAD_USER_INPUT naming `field` otherwise. */
export function checkSessionId(field: string, sessionId: unknown): string {
  if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId)) {
    throw badInput(field, 'this is not an OpenVidu session id (letters, digits, "_" and "-" only)');
  }
  return sessionId;
}

/** A connection id (`con_...`, `ipc_...`); BAD_USER_INPUT naming `field` otherwise. */
export function checkConnectionId(field: string, connectionId: unknown): string {
  if (typeof connectionId !== 'string' || !CONNECTION_OR_STREAM_ID.test(connectionId)) {
    throw badInput(field, 'this is not an OpenVidu connection id');
  }
  return connectionId;
}

/** A stream id (`str_CAM_..._con_...`); BAD_USER_INPUT naming `field` otherwise. */
export function checkStreamId(field: string, streamId: unknown): string {
  if (typeof streamId !== 'string' || !CONNECTION_OR_STREAM_ID.test(streamId)) {
    throw badInput(field, 'this is not an OpenVidu stream id');
  }
  return streamId;
}

function checkRecordingName(field: string, name: unknown): string {
  if (typeof name !== 'string' || !RECORDING_NAME.test(name)) {
    throw badInput(field, 'OpenVidu recording names may only contain letters, digits, "_", "-" and "~" (no spaces)');
  }
  if (name.length > MAX_RECORDING_NAME_LENGTH) {
    throw badInput(field, `must be at most ${MAX_RECORDING_NAME_LENGTH} characters (it becomes a file name)`);
  }
  return name;
}

function checkResolution(field: string, value: unknown): string {
  const match = typeof value === 'string' ? /^(\d{3,4})x(\d{3,4})$/.exec(value) : null;
  const inRange = (side: string | undefined): boolean => {
    const n = Number(side);
    return n >= RESOLUTION_RANGE.min && n <= RESOLUTION_RANGE.max;
  };
  if (match === null || !inRange(match[1]) || !inRange(match[2])) {
    throw badInput(field, `must be WIDTHxHEIGHT with each side from ${RESOLUTION_RANGE.min} to ${RESOLUTION_RANGE.max}, e.g. 1280x720`);
  }
  return value as string;
}
