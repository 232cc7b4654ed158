/**
 * Validation of session, connection and recording properties, following the rules of the Java
 * client classes the server uses for it (`SessionProperties`, `ConnectionProperties`,
 * `RecordingProperties`, `IceServerProperties`; docs/providers/openvidu.md#how-requests-are-read): values are
 * first cast to their Java types (a wrong JSON type is a type error), `null` means absent, unknown
 * keys are ignored, then enums, regexes and ranges are checked.
 */
import { createHmac } from 'node:crypto';
import {
  CONNECTION_TYPES,
  MEDIA_MODES,
  OUTPUT_MODES,
  RECORDING_LAYOUTS,
  RECORDING_MODES,
  ROLES,
  VIDEO_CODECS,
  isComposed,
} from './model.js';
import type { ConnectionOptions, IceServer, RecordingProperties, SessionProperties } from './model.js';
import { OpenViduError } from './errors.js';
import type { Params } from './request.js';

/**
 * A property problem: `400` for types, enums and names (IllegalArgumentException in the Java
 * code), `422` for ranges (IllegalStateException from `RecordingProperties.Builder.build()`).
 */
export class PropertyError extends Error {
  constructor(
    readonly status: 400 | 422,
    message: string,
  ) {
    super(message);
    this.name = 'PropertyError';
  }
}

const typeError = (key: string): PropertyError =>
  new PropertyError(400, `Type error in some parameter: parameter '${key}' has the wrong type`);

/** `(String) params.get(key)`. */
function str(params: Params, key: string): string | null {
  const value = params[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw typeError(key);
  return value;
}

/** `(Boolean) params.get(key)`. */
function bool(params: Params, key: string): boolean | null {
  const value = params[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'boolean') throw typeError(key);
  return value;
}

/** `(Number) params.get(key)`. */
function num(params: Params, key: string): number | null {
  const value = params[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw typeError(key);
  return value;
}

function isObject(value: unknown): value is Params {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function oneOf<T extends string>(values: readonly T[], value: string, error: () => PropertyError): T {
  if (!(values as readonly string[]).includes(value)) throw error();
  return value as T;
}

/** `{"id": "media_..."}` (PRO); anything else with a value is a 400. */
function mediaNode(params: Params): string | null {
  const value = params.mediaNode;
  if (value === undefined || value === null) return null;
  if (!isObject(value) || typeof value.id !== 'string') {
    throw new PropertyError(400, "Type error in parameter 'mediaNode': it must be an object with a string 'id'");
  }
  return value.id;
}

/** The defaults baked into the server and the clients (`RecordingProperties.DefaultValues`). */
export const DEFAULT_RECORDING_PROPERTIES: Readonly<RecordingProperties> = Object.freeze({
  name: '',
  hasAudio: true,
  hasVideo: true,
  outputMode: 'COMPOSED',
  recordingLayout: 'BEST_FIT',
  customLayout: '',
  resolution: '1280x720',
  frameRate: 25,
  shmSize: 536_870_912,
  ignoreFailedStreams: false,
  mediaNode: null,
});

const RECORDING_NAME = /^[a-zA-Z0-9_\-~]+$/;
/** Width and height 100..1999. */
const RESOLUTION = /^(?:[1-9]\d{2}|1\d{3})x(?:[1-9]\d{2}|1\d{3})$/;
const MIN_SHM_SIZE = 134_217_728;

/**
 * Recording properties from a start body (or a session's `defaultRecordingProperties`), with
 * unspecified fields taken from `defaults`.
 *
 * @param swapComposed on a recording start, COMPOSED and COMPOSED_QUICK_START are swapped to
 *   match the session default.
 */
export function parseRecordingProperties(
  params: Params,
  defaults: Readonly<RecordingProperties>,
  swapComposed: boolean,
): RecordingProperties {
  // Every cast first, as the Java code does, so a type error wins over any other problem.
  const name = str(params, 'name');
  const outputModeRaw = str(params, 'outputMode');
  const hasAudio = bool(params, 'hasAudio');
  const hasVideo = bool(params, 'hasVideo');
  const layoutRaw = str(params, 'recordingLayout');
  const customLayout = str(params, 'customLayout');
  const resolution = str(params, 'resolution');
  const frameRate = num(params, 'frameRate');
  const shmSize = num(params, 'shmSize');
  const ignoreFailedStreams = bool(params, 'ignoreFailedStreams');
  const node = mediaNode(params);

  if (name !== null && name !== '' && !RECORDING_NAME.test(name)) {
    throw new PropertyError(400, "Parameter 'name' is wrong. Must be an alphanumeric string [a-zA-Z0-9_-~]+");
  }
  let outputMode =
    outputModeRaw === null
      ? defaults.outputMode
      : oneOf(OUTPUT_MODES, outputModeRaw, () => new PropertyError(400, "Type error in parameter 'outputMode'"));
  if (swapComposed && isComposed(outputMode) && isComposed(defaults.outputMode)) outputMode = defaults.outputMode;
  const recordingLayout =
    layoutRaw === null
      ? defaults.recordingLayout
      : oneOf(RECORDING_LAYOUTS, layoutRaw, () => new PropertyError(400, "Type error in parameter 'recordingLayout'"));

  const props: RecordingProperties = {
    name: name ?? defaults.name,
    hasAudio: hasAudio ?? defaults.hasAudio,
    hasVideo: hasVideo ?? defaults.hasVideo,
    outputMode,
    recordingLayout,
    customLayout: customLayout ?? defaults.customLayout,
    resolution: resolution ?? defaults.resolution,
    frameRate: frameRate === null ? defaults.frameRate : Math.trunc(frameRate),
    shmSize: shmSize === null ? defaults.shmSize : Math.trunc(shmSize),
    ignoreFailedStreams: ignoreFailedStreams ?? defaults.ignoreFailedStreams,
    mediaNode: node ?? defaults.mediaNode,
  };

  // RecordingProperties.Builder.build(): range problems are IllegalStateExceptions (422).
  if (!props.hasAudio && !props.hasVideo) {
    throw new PropertyError(422, 'Cannot start a recording with both "hasAudio" and "hasVideo" set to false');
  }
  if (isComposed(props.outputMode) && props.hasVideo) {
    if (!RESOLUTION.test(props.resolution)) {
      throw new PropertyError(422, 'Wrong "resolution" parameter. Acceptable values from 100 to 1999 for both width and height');
    }
    if (props.frameRate < 1 || props.frameRate > 120) {
      throw new PropertyError(422, 'Wrong "frameRate" parameter. Acceptable values are [1,120]');
    }
    if (props.shmSize < MIN_SHM_SIZE) {
      throw new PropertyError(422, `Wrong "shmSize" parameter. Must be ${MIN_SHM_SIZE} (128 MB) minimum`);
    }
  }
  return props;
}

const CUSTOM_SESSION_ID = /^[a-zA-Z0-9_-]+$/;

/** Session properties from a POST /sessions body (absent body: all defaults). Every error is a 400. */
export function parseSessionProperties(params: Params | null): SessionProperties {
  const p = params ?? {};
  try {
    const mediaModeRaw = str(p, 'mediaMode');
    const recordingModeRaw = str(p, 'recordingMode');
    const customSessionId = str(p, 'customSessionId') ?? '';
    const codecRaw = str(p, 'forcedVideoCodec');
    const allowTranscoding = bool(p, 'allowTranscoding');

    const undefinedModes = (): PropertyError =>
      new PropertyError(400, `RecordingMode ${String(p.recordingMode)} | MediaMode ${String(p.mediaMode)} are not defined`);
    const mediaMode = mediaModeRaw === null ? 'ROUTED' : oneOf(MEDIA_MODES, mediaModeRaw, undefinedModes);
    const recordingMode = recordingModeRaw === null ? 'MANUAL' : oneOf(RECORDING_MODES, recordingModeRaw, undefinedModes);
    if (customSessionId !== '' && !CUSTOM_SESSION_ID.test(customSessionId)) {
      throw new PropertyError(400, "Parameter 'customSessionId' is wrong. Must be an alphanumeric string [a-zA-Z0-9_-]");
    }
    const forcedVideoCodec =
      codecRaw === null
        ? 'MEDIA_SERVER_PREFERRED'
        : oneOf(VIDEO_CODECS, codecRaw, () => new PropertyError(400, "Type error in parameter 'forcedVideoCodec'"));

    let defaultRecordingProperties: RecordingProperties = { ...DEFAULT_RECORDING_PROPERTIES };
    const rawDefaults = p.defaultRecordingProperties;
    if (rawDefaults !== undefined && rawDefaults !== null) {
      if (!isObject(rawDefaults)) {
        throw new PropertyError(400, "Error in parameter 'defaultRecordingProperties'. It is not a valid JSON object");
      }
      try {
        defaultRecordingProperties = parseRecordingProperties(rawDefaults, DEFAULT_RECORDING_PROPERTIES, false);
      } catch (error) {
        if (!(error instanceof PropertyError)) throw error;
        throw new PropertyError(400, `Parameter 'defaultRecordingProperties' is not valid: ${error.message}`);
      }
    }
    return {
      mediaMode,
      recordingMode,
      customSessionId,
      forcedVideoCodec,
      allowTranscoding: allowTranscoding ?? false,
      defaultRecordingProperties,
      mediaNode: mediaNode(p),
    };
  } catch (error) {
    if (!(error instanceof PropertyError)) throw error;
    throw new PropertyError(400, `Some parameter is not valid. ${error.message}`);
  }
}

const KURENTO_INT_KEYS = ['videoMaxRecvBandwidth', 'videoMinRecvBandwidth', 'videoMaxSendBandwidth', 'videoMinSendBandwidth'] as const;

/** `kurentoOptions`: only the keys that were set, ints and a string array. */
function kurentoOptions(value: unknown): Record<string, unknown> | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new PropertyError(400, "Error in parameter 'kurentoOptions'. It is not a valid JSON object");
  const out: Record<string, unknown> = {};
  for (const key of KURENTO_INT_KEYS) {
    const v = value[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw new PropertyError(400, `Type error in some parameter of 'kurentoOptions': '${key}' must be an integer`);
    }
    out[key] = v;
  }
  const filters = value.allowedFilters;
  if (filters !== undefined && filters !== null) {
    if (!Array.isArray(filters) || filters.some((f) => typeof f !== 'string')) {
      throw new PropertyError(400, "Type error in some parameter of 'kurentoOptions': 'allowedFilters' must be an array of strings");
    }
    out.allowedFilters = [...(filters as string[])];
  }
  return out;
}

const ICE_URL = /^(stuns?|turns?):([^?]+)(?:\?(.*))?$/;

/** One custom ICE server (`IceServerProperties.Builder.build()`). */
function iceServer(value: unknown, now: number): IceServer {
  if (!isObject(value)) throw new PropertyError(400, "Error in parameter 'customIceServers'. Each item must be a JSON object");
  const url = value.url;
  const username = value.username ?? null;
  const credential = value.credential ?? null;
  const staticAuthSecret = value.staticAuthSecret ?? null;
  if (typeof url !== 'string' || url === '') throw new PropertyError(400, "Parameter 'url' of a custom ICE server is mandatory");
  for (const [key, v] of Object.entries({ username, credential, staticAuthSecret })) {
    if (v !== null && typeof v !== 'string') throw new PropertyError(400, `Type error in parameter '${key}' of a custom ICE server`);
  }
  const m = ICE_URL.exec(url);
  if (!m) throw new PropertyError(400, `Not a valid TURN/STUN uri provided. No colon found or wrong scheme in: ${url}`);
  const scheme = m[1] ?? '';
  const query = m[3];
  if (scheme.startsWith('stun')) {
    if (username !== null || credential !== null || staticAuthSecret !== null) {
      throw new PropertyError(400, 'Credentials can not be defined while using stun');
    }
    if (query !== undefined) throw new PropertyError(400, `STUN uri can't have any '?' query param: ${url}`);
    return { url };
  }
  if (query !== undefined && !/^transport=(tcp|udp)$/.test(query)) {
    throw new PropertyError(400, `Wrong value for the 'transport' query param of a TURN uri: ${url}`);
  }
  if (staticAuthSecret !== null) {
    if (username !== null || credential !== null) {
      throw new PropertyError(400, 'Give either staticAuthSecret or username and credential for a TURN server, not both');
    }
    // coturn's REST API scheme: username = expiry (Unix seconds), credential = base64 HMAC-SHA1.
    const generated = String(Math.floor(now / 1000) + 24 * 3600);
    return { url, username: generated, credential: createHmac('sha1', String(staticAuthSecret)).update(generated).digest('base64') };
  }
  if (username === null || credential === null) {
    throw new PropertyError(400, 'Credentials must be defined while using turn');
  }
  return { url, username: String(username), credential: String(credential) };
}

const RTSP_SCHEMES = new Set(['file:', 'rtsp:', 'rtsps:', 'http:', 'https:']);

/** Connection options from a POST /sessions/{id}/connection or /tokens body. Every error is a 400. */
export function parseConnectionOptions(params: Params | null, now: number): ConnectionOptions {
  const p = params ?? {};
  const typeRaw = str(p, 'type');
  const data = str(p, 'data') ?? '';
  const type =
    typeRaw === null
      ? 'WEBRTC'
      : oneOf(CONNECTION_TYPES, typeRaw, () => new PropertyError(400, `Parameter 'type' ${typeRaw} is not defined`));
  const record = bool(p, 'record') ?? true;

  if (type === 'WEBRTC') {
    const roleRaw = str(p, 'role');
    const role =
      roleRaw === null ? 'PUBLISHER' : oneOf(ROLES, roleRaw, () => new PropertyError(400, `Parameter role ${roleRaw} is not defined`));
    const kurento = kurentoOptions(p.kurentoOptions);
    const rawIce = p.customIceServers;
    let customIceServers: IceServer[] = [];
    if (rawIce !== undefined && rawIce !== null) {
      if (!Array.isArray(rawIce)) throw new PropertyError(400, "Error in parameter 'customIceServers'. It is not a valid JSON array");
      customIceServers = rawIce.map((item) => iceServer(item, now));
    }
    return {
      type,
      data,
      record,
      role,
      kurentoOptions: kurento,
      customIceServers,
      rtspUri: null,
      adaptativeBitrate: null,
      onlyPlayWithSubscribers: null,
      networkCache: null,
    };
  }

  const rtspUri = str(p, 'rtspUri');
  const adaptativeBitrate = bool(p, 'adaptativeBitrate');
  const onlyPlayWithSubscribers = bool(p, 'onlyPlayWithSubscribers');
  const networkCache = num(p, 'networkCache');
  if (rtspUri === null) throw new PropertyError(400, "Parameter 'rtspUri' is mandatory for IPCAM connections");
  let parsed: URL;
  try {
    parsed = new URL(rtspUri);
  } catch {
    throw new PropertyError(400, `Error in parameter 'rtspUri'. Not a valid URI: ${rtspUri}`);
  }
  if (!RTSP_SCHEMES.has(parsed.protocol)) {
    throw new PropertyError(400, `Error in parameter 'rtspUri'. Protocol must be one of file, rtsp, rtsps, http, https`);
  }
  return {
    type,
    data,
    record,
    role: null,
    kurentoOptions: null,
    customIceServers: [],
    rtspUri,
    adaptativeBitrate: adaptativeBitrate ?? true,
    onlyPlayWithSubscribers: onlyPlayWithSubscribers ?? true,
    networkCache: networkCache === null ? 2000 : Math.trunc(networkCache),
  };
}

/**
 * Runs a property parser and turns its {@link PropertyError} into the JSON error the endpoint
 * answers (`path` overrides the reported path, for the /recordings/start quirk).
 */
export function checked<T>(parse: () => T, path?: string): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof PropertyError) throw new OpenViduError(error.status, error.message, path === undefined ? {} : { path });
    throw error;
  }
}
