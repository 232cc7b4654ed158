/**
 * What OpenVidu 2 forbids or lacks, checked before any upstream call (protocol notes 4), and the
 * translation of valid options into wire bodies. Invalid values are BAD_USER_INPUT and options
 * OpenVidu has no equivalent for are UNSUPPORTED_BY_PROVIDER; both name the GraphQL input field
 * (`input.<field>`).
 *
 * Bodies carry only the keys the caller set (plus the few we always decide ourselves, such as a
 * session's `mediaMode`): OpenVidu fills in the rest from its own defaults and the session's
 * `defaultRecordingProperties`.
 */
import { GatewayError, badInput } from '../../errors.js';
import type {
  ArchiveMode,
  CreateSessionOptions,
  ForcedVideoCodec,
  GenerateTokenOptions,
  KurentoOptions,
  MediaMode,
  RecordingLayout,
  Role,
  SignalOptions,
  StartArchiveOptions,
} from '../types.js';
import { CONNECTION_OR_STREAM_ID, SESSION_ID } from './ids.js';

const PROVIDER = 'OPENVIDU';

/** Recording names (and thus file names): `[a-zA-Z0-9_\-~]+` (OpenVidu's own check). */
export const RECORDING_NAME = /^[A-Za-z0-9_~-]+$/;
/** Longest recording name: it becomes a file name (`<name>.mp4`), and file systems stop at 255 bytes. */
export const MAX_RECORDING_NAME_LENGTH = 200;
/** Each side of a composed recording's resolution. */
export const RESOLUTION_RANGE = Object.freeze({ min: 100, max: 1999 });
/** Frames per second of a composed recording. */
export const FRAME_RATE_RANGE = Object.freeze({ min: 1, max: 120 });
/** Default token lifetime. OpenVidu tokens never expire by themselves: see ./revocations.ts. */
export const DEFAULT_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
/** Longest accepted token lifetime. */
export const MAX_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Longest connection data (the gateway-wide rule). */
export const MAX_CONNECTION_DATA_LENGTH = 1000;

const ROLES: ReadonlySet<Role> = new Set<Role>(['SUBSCRIBER', 'PUBLISHER', 'MODERATOR']);
const CODECS: ReadonlySet<ForcedVideoCodec> = new Set<ForcedVideoCodec>(['MEDIA_SERVER_PREFERRED', 'NONE', 'VP8', 'VP9', 'H264']);
const LAYOUTS: ReadonlySet<RecordingLayout> = new Set<RecordingLayout>([
  'BEST_FIT',
  'CUSTOM',
  'PICTURE_IN_PICTURE',
  'VERTICAL_PRESENTATION',
  'HORIZONTAL_PRESENTATION',
]);
const KURENTO_LIMITS = ['videoMaxRecvBandwidth', 'videoMinRecvBandwidth', 'videoMaxSendBandwidth', 'videoMinSendBandwidth'] as const;

/** An option OpenVidu has no equivalent for. */
export function unsupportedOption(field: string, why: string): GatewayError {
  return new GatewayError('UNSUPPORTED_BY_PROVIDER', `${field}: ${why}`, { field, provider: PROVIDER });
}

function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

/** A validated createSession: the modes we report and the `POST /sessions` body. */
export interface SessionPlan {
  mediaMode: MediaMode;
  archiveMode: ArchiveMode;
  body: Record<string, unknown>;
}

/**
 * Validates session options and builds the `POST /sessions` body. `mediaMode` is always sent
 * (ROUTED unless asked otherwise: OpenVidu's default, and the only mode it can record), and so is
 * `recordingMode`. `archiveName`/`archiveResolution` become the session's
 * `defaultRecordingProperties`, which OpenVidu applies to every recording of the session that
 * does not say otherwise (automatic ones in ALWAYS mode included).
 */
export function planSession(options: CreateSessionOptions = {}): SessionPlan {
  if (isSet(options.location)) {
    throw unsupportedOption('input.location', 'OpenVidu has no media location hint; leave it out');
  }
  if (options.e2ee === true) {
    throw unsupportedOption('input.e2ee', 'OpenVidu 2 has no end-to-end encryption option; leave it out');
  }
  const mediaMode = options.mediaMode ?? 'ROUTED';
  const archiveMode = options.archiveMode ?? 'MANUAL';
  if (mediaMode !== 'ROUTED' && mediaMode !== 'RELAYED') throw badInput('input.mediaMode', 'must be ROUTED or RELAYED');
  if (archiveMode !== 'MANUAL' && archiveMode !== 'ALWAYS') throw badInput('input.archiveMode', 'must be MANUAL or ALWAYS');
  if (archiveMode === 'ALWAYS' && mediaMode !== 'ROUTED') {
    throw badInput('input.archiveMode', 'ALWAYS needs a routed session: set mediaMode ROUTED (OpenVidu only records routed sessions)');
  }

  const body: Record<string, unknown> = { mediaMode, recordingMode: archiveMode };
  if (isSet(options.customSessionId)) {
    if (typeof options.customSessionId !== 'string' || !SESSION_ID.test(options.customSessionId)) {
      throw badInput('input.customSessionId', 'must be letters, digits, "_" or "-" only');
    }
    body.customSessionId = options.customSessionId;
  }
  if (isSet(options.forcedVideoCodec)) {
    if (!CODECS.has(options.forcedVideoCodec)) {
      throw badInput('input.forcedVideoCodec', `must be one of ${[...CODECS].join(', ')}`);
    }
    body.forcedVideoCodec = options.forcedVideoCodec;
  }
  if (isSet(options.allowTranscoding)) {
    if (typeof options.allowTranscoding !== 'boolean') throw badInput('input.allowTranscoding', 'must be a boolean');
    body.allowTranscoding = options.allowTranscoding;
  }
  const defaults: Record<string, unknown> = {};
  if (isSet(options.archiveName)) defaults.name = checkRecordingName('input.archiveName', options.archiveName);
  if (isSet(options.archiveResolution)) defaults.resolution = checkResolution('input.archiveResolution', options.archiveResolution);
  if (Object.keys(defaults).length > 0) body.defaultRecordingProperties = defaults;
  return { mediaMode, archiveMode, body };
}

/** A validated generateToken: what we report and the `POST /sessions/{id}/connection` body. */
export interface ConnectionPlan {
  role: Role;
  data: string | null;
  expiresAt: Date;
  body: Record<string, unknown>;
}

/**
 * Validates token options and builds the connection body `{type: "WEBRTC", role, data?, record?,
 * kurentoOptions?}`. The expiry is the gateway's own (OpenVidu tokens do not expire): default
 * 24 h from now, at most 30 days, in the future.
 */
export function planConnection(options: GenerateTokenOptions, nowMs: number = Date.now()): ConnectionPlan {
  checkSessionId('input.sessionId', options.sessionId);
  const role = options.role ?? 'PUBLISHER';
  if (role === 'PUBLISHER_ONLY') {
    throw unsupportedOption('input.role', 'OpenVidu has no PUBLISHER_ONLY role; use PUBLISHER (it may also subscribe)');
  }
  if (!ROLES.has(role)) throw badInput('input.role', 'must be one of SUBSCRIBER, PUBLISHER, MODERATOR');
  if (isSet(options.format) && options.format !== 'OPAQUE') {
    throw unsupportedOption('input.format', 'OpenVidu tokens are opaque connection URLs (format OPAQUE), neither JWT nor T1');
  }
  if (isSet(options.initialLayoutClassList) && options.initialLayoutClassList.length > 0) {
    throw unsupportedOption('input.initialLayoutClassList', 'OpenVidu has no layout classes; use a CUSTOM recording layout instead');
  }

  let expiresAt: Date;
  if (isSet(options.expiresAt)) {
    const at = options.expiresAt instanceof Date ? options.expiresAt.getTime() : NaN;
    if (Number.isNaN(at)) throw badInput('input.expiresAt', 'must be a date');
    if (at <= nowMs) throw badInput('input.expiresAt', 'must be in the future');
    if (at > nowMs + MAX_TOKEN_TTL_MS) throw badInput('input.expiresAt', 'must be at most 30 days from now');
    expiresAt = new Date(at);
  } else {
    expiresAt = new Date(nowMs + DEFAULT_TOKEN_TTL_MS);
  }

  const body: Record<string, unknown> = { type: 'WEBRTC', role };
  let data: string | null = null;
  if (isSet(options.data)) {
    if (typeof options.data !== 'string') throw badInput('input.data', 'must be a string');
    if (options.data.length > MAX_CONNECTION_DATA_LENGTH) {
      throw badInput('input.data', `must be at most ${MAX_CONNECTION_DATA_LENGTH} characters`);
    }
    body.data = options.data;
    data = options.data === '' ? null : options.data;
  }
  if (isSet(options.record)) {
    if (typeof options.record !== 'boolean') throw badInput('input.record', 'must be a boolean');
    body.record = options.record;
  }
  if (isSet(options.kurentoOptions)) body.kurentoOptions = checkKurentoOptions(options.kurentoOptions);
  return { role, data, expiresAt, body };
}

function checkKurentoOptions(options: KurentoOptions): Record<string, unknown> {
  if (typeof options !== 'object' || Array.isArray(options)) throw badInput('input.kurentoOptions', 'must be an object');
  const out: Record<string, unknown> = {};
  for (const key of KURENTO_LIMITS) {
    const value = options[key];
    if (!isSet(value)) continue;
    if (!Number.isInteger(value) || value < 0) {
      throw badInput(`input.kurentoOptions.${key}`, 'must be a whole number of kbps, 0 meaning unconstrained');
    }
    out[key] = value;
  }
  if (isSet(options.allowedFilters)) {
    if (!Array.isArray(options.allowedFilters) || !options.allowedFilters.every((f) => typeof f === 'string' && f !== '')) {
      throw badInput('input.kurentoOptions.allowedFilters', 'must be a list of filter names such as GStreamerFilter');
    }
    out.allowedFilters = [...options.allowedFilters];
  }
  return out;
}

/**
 * Validates recording options and builds the `POST /recordings/start` body. OpenVidu records one
 * recording per session at a time, so `multiArchiveTag` is refused.
 */
export function planRecording(options: StartArchiveOptions): Record<string, unknown> {
  checkSessionId('input.sessionId', options.sessionId);
  if (isSet(options.multiArchiveTag)) {
    throw unsupportedOption(
      'input.multiArchiveTag',
      'OpenVidu records one recording per session at a time; stop the current recording before starting another',
    );
  }
  const body: Record<string, unknown> = { session: options.sessionId };
  if (isSet(options.name) && options.name !== '') body.name = checkRecordingName('input.name', options.name);
  if (options.hasAudio === false && options.hasVideo === false) {
    throw badInput('input.hasVideo', 'a recording needs audio or video; hasAudio and hasVideo cannot both be false');
  }
  if (isSet(options.hasAudio)) body.hasAudio = options.hasAudio;
  if (isSet(options.hasVideo)) body.hasVideo = options.hasVideo;
  const outputMode = options.outputMode ?? undefined;
  if (outputMode !== undefined && outputMode !== 'COMPOSED' && outputMode !== 'INDIVIDUAL') {
    throw badInput('input.outputMode', 'must be COMPOSED or INDIVIDUAL');
  }
  if (outputMode !== undefined) body.outputMode = outputMode;

  // Composed-with-video settings: refused where OpenVidu would silently ignore them.
  const composedOnly = (field: string): void => {
    if (outputMode === 'INDIVIDUAL') throw badInput(field, 'only applies to COMPOSED recordings');
    if (options.hasVideo === false) throw badInput(field, 'only applies to recordings with video');
  };
  if (isSet(options.resolution)) {
    composedOnly('input.resolution');
    body.resolution = checkResolution('input.resolution', options.resolution);
  }
  if (isSet(options.frameRate)) {
    composedOnly('input.frameRate');
    if (!Number.isInteger(options.frameRate) || options.frameRate < FRAME_RATE_RANGE.min || options.frameRate > FRAME_RATE_RANGE.max) {
      throw badInput('input.frameRate', `must be a whole number from ${FRAME_RATE_RANGE.min} to ${FRAME_RATE_RANGE.max}`);
    }
    body.frameRate = options.frameRate;
  }
  if (isSet(options.recordingLayout)) {
    composedOnly('input.recordingLayout');
    if (!LAYOUTS.has(options.recordingLayout)) throw badInput('input.recordingLayout', `must be one of ${[...LAYOUTS].join(', ')}`);
    body.recordingLayout = options.recordingLayout;
  }
  if (isSet(options.customLayout)) {
    composedOnly('input.customLayout');
    if (typeof options.customLayout !== 'string' || !/^[\x20-\x7e]{0,255}$/.test(options.customLayout)) {
      throw badInput('input.customLayout', 'must be a relative path of at most 255 printable characters');
    }
    if (isSet(options.recordingLayout) && options.recordingLayout !== 'CUSTOM') {
      throw badInput('input.customLayout', 'only applies with recordingLayout CUSTOM');
    }
    body.customLayout = options.customLayout;
  }
  if (isSet(options.ignoreFailedStreams)) {
    if (outputMode !== 'INDIVIDUAL') throw badInput('input.ignoreFailedStreams', 'only applies to INDIVIDUAL recordings');
    body.ignoreFailedStreams = options.ignoreFailedStreams;
  }
  return body;
}

/** Validates a signal and builds the `POST /signal` body `{session, to?, type?, data}`. */
export function planSignal(options: SignalOptions): Record<string, unknown> {
  checkSessionId('input.sessionId', options.sessionId);
  const body: Record<string, unknown> = { session: options.sessionId };
  if (isSet(options.connectionId)) {
    checkConnectionId('input.connectionId', options.connectionId);
    body.to = [options.connectionId];
  }
  if (isSet(options.type) && options.type !== '') {
    if (typeof options.type !== 'string') throw badInput('input.type', 'must be a string');
    body.type = options.type;
  }
  if (typeof options.data !== 'string') throw badInput('input.data', 'must be a string');
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
