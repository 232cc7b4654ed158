import { isIPv4 } from 'node:net';
import { z } from 'zod';

/**
 * Every limit and pattern the API applies to its inputs, whichever provider serves the call, and
 * the rules built from them: one per field, and the rules between fields of an input. The GraphQL
 * input types attach them (`validate`), so they run before any resolver and any upstream call; a
 * failure is a BAD_USER_INPUT naming the field (`input.expiresAt: must be in the future`). Inputs
 * that arrive other than through GraphQL are checked with the same rules (./validation.ts).
 *
 * A platform's own narrower rules (OpenTok's archive resolutions and 80-character names,
 * OpenVidu's recording-name characters, resolution and frame-rate ranges) stay in its adapter:
 * the caps here are never tighter than a platform's, so those rules are reached.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Longest token life the platforms accept. */
const TOKEN_LIFETIME_MAX_MS = 30 * DAY_MS;
/** Longest connection data of a token. */
const TOKEN_DATA_MAX = 1000;
/** A layout class: letters, digits, "-", "_". */
const LAYOUT_CLASS = /^[A-Za-z0-9_-]{1,64}$/;
/** Most layout classes in one list. */
const LAYOUT_CLASSES_MAX = 32;
/** Longest archive name any provider may accept (a file name); platforms cap lower in their adapters. */
const ARCHIVE_NAME_MAX = 255;
/** A video resolution, width x height. */
const RESOLUTION = /^\d{3,4}x\d{3,4}$/;
/** A session id of the caller's choosing. */
const CUSTOM_SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** A tag that lets several archives of one session run at once. */
const MULTI_ARCHIVE_TAG = /^[A-Za-z0-9 _.:-]{1,80}$/;
/** A custom recording layout: a relative path of printable characters. */
const CUSTOM_LAYOUT = /^[\x20-\x7e]{0,255}$/;
/** Kurento bandwidth limits, in kbps (0: unconstrained). */
const BANDWIDTH_MAX_KBPS = 100_000;
/** A media filter name, e.g. "GStreamerFilter". */
const FILTER_NAME = /^[A-Za-z0-9_.]{1,64}$/;
/** Most filters one connection may be allowed. */
const FILTERS_MAX = 16;
/**
 * `sip:` / `sips:`, optional userinfo, then a host name, IPv4 or [IPv6], optional port, then
 * optional `;params` / `?headers`.
 */
const SIP_URI =
  /^sips?:(?:[^@\s]+@)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::\d{1,5})?(?:[;?]\S*)?$/i;
/** Longest SIP URI, SIP header value. */
const SIP_TEXT_MAX = 1024;
/** The caller id shown on the phone (`number@domain`): printable, no spaces or angle brackets. */
const SIP_FROM = /^[\x21-\x3b\x3d\x3f-\x7e]{1,256}$/;
/** A SIP header name: RFC 3261 `token` characters. */
const SIP_HEADER_NAME = /^[A-Za-z0-9.!%*_+`'~-]{1,64}$/;
/** Most custom SIP headers. */
const SIP_HEADERS_MAX = 32;
/** Longest SIP digest username or password. */
const SIP_CREDENTIAL_MAX = 256;
/** A connection or stream id as the platforms mint them. */
const NATIVE_ID = /^[A-Za-z0-9_.:~-]{1,256}$/;
/** A signal type. */
const SIGNAL_TYPE = /^[A-Za-z0-9_~-]{0,128}$/;
/** Largest signal payload, in UTF-8 bytes. */
const SIGNAL_DATA_MAX_BYTES = 8192;
/**
 * Most items in any list a caller passes, as an argument or inside a variable (`nodes(ids:)`
 * included): each id may cost an upstream call.
 */
export const LIST_ITEMS_MAX = 100;
/** Most RTMP targets of one broadcast. */
export const RTMP_TARGETS_MAX = 5;
/** How long a broadcast may run before it stops by itself, in seconds. */
const BROADCAST_DURATION = Object.freeze({ min: 60, max: 36_000 });
/** Video bitrate of a composed archive or broadcast, in bits per second. */
const BITRATE = Object.freeze({ min: 100_000, max: 6_000_000 });
/** Constant-quality setting of a composed archive (lower is better). */
const QUANTIZATION = Object.freeze({ min: 15, max: 40 });
/** Longest CSS of a custom layout. */
const STYLESHEET_MAX = 10_000;
/** An RTMP ingest URL: `rtmp://` or `rtmps://`, a host, an optional path. */
const RTMP_SERVER_URL = /^rtmps?:\/\/[^\s/?#]+(?:[/?][^\s]*)?$/i;
/** Longest RTMP URL or stream name. */
const RTMP_TEXT_MAX = 1024;
/** An RTMP stream name (key): printable, no spaces. */
const RTMP_STREAM_NAME = /^[\x21-\x7e]+$/;
/** The caller's name of an RTMP target. */
const RTMP_TARGET_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
/** A BCP 47 language tag of a transcription or captions, e.g. `en-US`. */
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** Page sizes of every connection field. */
export const PAGE_SIZE = Object.freeze({ default: 20, min: 1, max: 100 });

const ONE_LINE = /^[^\r\n]*$/;

/** `.` and `..` fit {@link NATIVE_ID} but are path steps, not ids: in a URL they would move up a level. */
const notDots = (id: string) => id !== '.' && id !== '..';

/** Field rules shared by several input fields. */
export const rules = {
  resolution: z.string().regex(RESOLUTION, 'must look like "1280x720"'),
  archiveName: z.string().max(ARCHIVE_NAME_MAX, `must be at most ${ARCHIVE_NAME_MAX} characters`),
  /** The name of a session's automatic archives. */
  automaticArchiveName: z.string().min(1, 'must not be empty').max(ARCHIVE_NAME_MAX, `must be at most ${ARCHIVE_NAME_MAX} characters`),
  location: z.string().refine((v) => isIPv4(v), 'must be an IPv4 address, e.g. "203.0.113.7"'),
  customSessionId: z.string().regex(CUSTOM_SESSION_ID, 'must be 1-128 letters, digits, "-" or "_"'),
  multiArchiveTag: z.string().regex(MULTI_ARCHIVE_TAG, 'must be 1-80 letters, digits, spaces or "_.:-"'),
  /** Tags of concurrent broadcasts follow those of concurrent archives. */
  multiBroadcastTag: z.string().regex(MULTI_ARCHIVE_TAG, 'must be 1-80 letters, digits, spaces or "_.:-"'),
  broadcastDuration: z
    .number()
    .int()
    .min(BROADCAST_DURATION.min, `must be between ${BROADCAST_DURATION.min} and ${BROADCAST_DURATION.max} seconds`)
    .max(BROADCAST_DURATION.max, `must be between ${BROADCAST_DURATION.min} and ${BROADCAST_DURATION.max} seconds`),
  bitrate: z
    .number()
    .int()
    .min(BITRATE.min, `must be between ${BITRATE.min} and ${BITRATE.max} bits per second`)
    .max(BITRATE.max, `must be between ${BITRATE.min} and ${BITRATE.max} bits per second`),
  quantizationParameter: z
    .number()
    .int()
    .min(QUANTIZATION.min, `must be between ${QUANTIZATION.min} and ${QUANTIZATION.max}`)
    .max(QUANTIZATION.max, `must be between ${QUANTIZATION.min} and ${QUANTIZATION.max}`),
  stylesheet: z.string().min(1, 'must not be empty').max(STYLESHEET_MAX, `must be at most ${STYLESHEET_MAX} characters`),
  rtmpTargets: z.array(z.unknown()).max(RTMP_TARGETS_MAX, `at most ${RTMP_TARGETS_MAX} RTMP targets`),
  rtmpServerUrl: z
    .string()
    .max(RTMP_TEXT_MAX, 'is too long')
    .regex(RTMP_SERVER_URL, 'must be an rtmp:// or rtmps:// URL, such as "rtmps://live.example.com/app"'),
  rtmpStreamName: z
    .string()
    .min(1, 'must not be empty')
    .max(RTMP_TEXT_MAX, 'is too long')
    .regex(RTMP_STREAM_NAME, 'must be printable, without spaces'),
  rtmpTargetId: z.string().regex(RTMP_TARGET_ID, 'must be 1-64 letters, digits or "_.:-"'),
  languageCode: z.string().regex(LANGUAGE_CODE, 'must be a language code such as "en-US"'),
  customLayout: z.string().regex(CUSTOM_LAYOUT, 'must be a relative path of at most 255 printable characters'),
  /** Read the clock when they run: built once, run per request. */
  expiresAt: z
    .date()
    .refine((d) => d.getTime() > Date.now(), 'must be in the future')
    .refine((d) => d.getTime() <= Date.now() + TOKEN_LIFETIME_MAX_MS, 'must be at most 30 days from now'),
  tokenData: z.string().max(TOKEN_DATA_MAX, `must be at most ${TOKEN_DATA_MAX} characters`),
  layoutClasses: z
    .array(z.string().regex(LAYOUT_CLASS, 'each class must be 1-64 letters, digits, "-" or "_"'))
    .max(LAYOUT_CLASSES_MAX, `at most ${LAYOUT_CLASSES_MAX} classes`),
  bandwidth: z
    .number()
    .int()
    .min(0, 'must be a whole number of kbps, 0 meaning unconstrained')
    .max(BANDWIDTH_MAX_KBPS, `must be at most ${BANDWIDTH_MAX_KBPS} kbps`),
  filters: z
    .array(z.string().regex(FILTER_NAME, 'must be a filter name like "GStreamerFilter"'))
    .max(FILTERS_MAX, `at most ${FILTERS_MAX} filters`),
  sipUri: z
    .string()
    .max(SIP_TEXT_MAX, 'is too long')
    .regex(SIP_URI, 'must be a SIP URI with a host, such as "sip:user@sip.example.com;transport=tls"'),
  sipFrom: z.string().regex(SIP_FROM, 'must look like "number@domain", without spaces'),
  sipHeaderName: z
    .string()
    .regex(SIP_HEADER_NAME, 'must be a SIP header name (letters, digits, "-", ".", "!", "%", "*", "_", "+", "`", "\'", "~")'),
  sipHeaderValue: z.string().max(SIP_TEXT_MAX, 'is too long').regex(ONE_LINE, 'must not contain line breaks'),
  sipHeaders: z.array(z.unknown()).max(SIP_HEADERS_MAX, `at most ${SIP_HEADERS_MAX} headers`),
  sipCredential: z.string().min(1, 'must not be empty').max(SIP_CREDENTIAL_MAX, 'is too long'),
  connectionId: z.string().regex(NATIVE_ID, 'is not a connection id').refine(notDots, 'is not a connection id'),
  streamId: z.string().regex(NATIVE_ID, 'is not a stream id').refine(notDots, 'is not a stream id'),
  signalType: z.string().regex(SIGNAL_TYPE, 'must be at most 128 letters, digits, "-", "_" or "~"'),
  signalData: z.string().refine((v) => Buffer.byteLength(v) <= SIGNAL_DATA_MAX_BYTES, 'must be at most 8 kB'),
  pageSize: z
    .number()
    .int()
    .min(PAGE_SIZE.min, `must be between ${PAGE_SIZE.min} and ${PAGE_SIZE.max}`)
    .max(PAGE_SIZE.max, `must be between ${PAGE_SIZE.min} and ${PAGE_SIZE.max}`),
} as const;

/** A custom issue, the only kind the rules between fields raise. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; path: string[]; message: string }): void;
}

const isSet = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * The rules between the fields of a new session. Providers differ in their default media mode
 * (OpenTok RELAYED, OpenVidu ROUTED): the adapter checks what needs ROUTED against its own default.
 */
export function sessionConsistency(
  input: {
    mediaMode?: string | null;
    archiveMode?: string | null;
    e2ee?: boolean | null;
    archiveName?: unknown;
    archiveResolution?: unknown;
  },
  ctx: IssueSink,
): void {
  if (input.archiveMode === 'ALWAYS' && input.mediaMode === 'RELAYED') {
    ctx.addIssue({
      code: 'custom',
      path: ['archiveMode'],
      message: 'ALWAYS needs mediaMode: ROUTED (only routed sessions can be archived)',
    });
  }
  if (input.archiveMode !== 'ALWAYS') {
    for (const key of ['archiveName', 'archiveResolution'] as const) {
      if (isSet(input[key])) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'only applies with archiveMode: ALWAYS (name and size of automatic archives)',
        });
      }
    }
  }
  if (input.e2ee && input.mediaMode === 'RELAYED') {
    ctx.addIssue({ code: 'custom', path: ['e2ee'], message: 'end-to-end encryption needs mediaMode: ROUTED' });
  }
  if (input.e2ee && input.archiveMode === 'ALWAYS') {
    ctx.addIssue({ code: 'custom', path: ['e2ee'], message: 'end-to-end encrypted sessions cannot be archived; use archiveMode: MANUAL' });
  }
}

/** The rules between the fields of a new archive. */
export function archiveConsistency(
  input: {
    hasAudio?: boolean | null;
    hasVideo?: boolean | null;
    outputMode?: string | null;
    resolution?: unknown;
    frameRate?: unknown;
    recordingLayout?: string | null;
    customLayout?: string | null;
    ignoreFailedStreams?: boolean | null;
    layout?: unknown;
    maxBitrate?: number | null;
    quantizationParameter?: number | null;
    hasTranscription?: boolean | null;
    transcriptionProperties?: unknown;
  },
  ctx: IssueSink,
): void {
  if (isSet(input.maxBitrate) && isSet(input.quantizationParameter)) {
    ctx.addIssue({ code: 'custom', path: ['quantizationParameter'], message: 'give maxBitrate or quantizationParameter, not both' });
  }
  if (isSet(input.transcriptionProperties) && input.hasTranscription !== true) {
    ctx.addIssue({ code: 'custom', path: ['transcriptionProperties'], message: 'only applies with hasTranscription: true' });
  }
  if (input.hasAudio === false && input.hasVideo === false) {
    ctx.addIssue({
      code: 'custom',
      path: ['hasVideo'],
      message: 'an archive needs audio or video; hasAudio and hasVideo cannot both be false',
    });
  }
  if (input.outputMode === 'INDIVIDUAL') {
    for (const key of [
      'resolution',
      'frameRate',
      'recordingLayout',
      'customLayout',
      'layout',
      'maxBitrate',
      'quantizationParameter',
    ] as const) {
      if (isSet(input[key])) ctx.addIssue({ code: 'custom', path: [key], message: 'only applies to COMPOSED archives' });
    }
  } else if (isSet(input.ignoreFailedStreams)) {
    ctx.addIssue({ code: 'custom', path: ['ignoreFailedStreams'], message: 'only applies to INDIVIDUAL archives' });
  }
  if (input.customLayout && input.recordingLayout && input.recordingLayout !== 'CUSTOM') {
    ctx.addIssue({ code: 'custom', path: ['customLayout'], message: 'only applies with recordingLayout: CUSTOM' });
  }
}

/** The rules between the fields of a layout. */
export function layoutConsistency(
  input: { type?: string | null; stylesheet?: string | null; screenshareType?: string | null },
  ctx: IssueSink,
): void {
  if (input.type === 'CUSTOM' && !input.stylesheet) {
    ctx.addIssue({ code: 'custom', path: ['stylesheet'], message: 'a CUSTOM layout needs a stylesheet' });
  }
  if (input.type !== 'CUSTOM' && isSet(input.stylesheet)) {
    ctx.addIssue({ code: 'custom', path: ['stylesheet'], message: 'only applies to a CUSTOM layout' });
  }
  if (isSet(input.screenshareType) && input.type !== 'BEST_FIT') {
    ctx.addIssue({ code: 'custom', path: ['screenshareType'], message: 'only applies with type: BEST_FIT' });
  }
  if (input.screenshareType === 'CUSTOM') {
    ctx.addIssue({ code: 'custom', path: ['screenshareType'], message: 'cannot be CUSTOM (a screen-share layout has no stylesheet)' });
  }
}

/** The rules between the fields of a new broadcast. */
export function broadcastConsistency(
  input: {
    hls?: { dvr?: boolean | null; lowLatency?: boolean | null } | null;
    rtmp?: ReadonlyArray<{ id?: string | null }> | null;
    hasAudio?: boolean | null;
    hasVideo?: boolean | null;
  },
  ctx: IssueSink,
): void {
  if (!input.hls && !input.rtmp?.length) {
    ctx.addIssue({ code: 'custom', path: ['hls'], message: 'a broadcast needs an output: give hls, rtmp or both' });
  }
  if (input.hls?.dvr && input.hls.lowLatency) {
    ctx.addIssue({ code: 'custom', path: ['hls', 'lowLatency'], message: 'cannot be used with dvr; choose one' });
  }
  if (input.hasAudio === false && input.hasVideo === false) {
    ctx.addIssue({
      code: 'custom',
      path: ['hasVideo'],
      message: 'a broadcast needs audio or video; hasAudio and hasVideo cannot both be false',
    });
  }
  const seen = new Set<string>();
  for (const [index, target] of (input.rtmp ?? []).entries()) {
    if (!target.id) continue;
    if (seen.has(target.id))
      ctx.addIssue({ code: 'custom', path: ['rtmp', String(index), 'id'], message: 'is used by another RTMP target' });
    seen.add(target.id);
  }
}

/** DTMF digits: `0`-`9`, `*`, `#`, and `p` for a 500 ms pause. */
const DTMF_DIGITS = /^[0-9*#p]{1,256}$/;
/** Longest URL a caller passes (a page to render, a callback, a WebSocket, a camera). */
const URL_MAX = 2048;
/** Longest render or captions run any provider accepts, in seconds; platforms cap lower in their adapters. */
const RUN_SECONDS_MAX = 36_000;
/** The sample rates the Audio Connector streams at. */
const AUDIO_RATES: readonly number[] = [8000, 16000, 24000];
/** Longest name of a rendered stream. */
const RENDER_NAME_MAX = 200;
/** Most headers sent with a WebSocket handshake. */
const WS_HEADERS_MAX = 32;
/** An IP camera's buffer, in milliseconds. */
const NETWORK_CACHE_MAX_MS = 60_000;

/** A URL of one of `schemes`, at most {@link URL_MAX} characters. */
const urlOf = (schemes: readonly string[], example: string) =>
  z
    .string()
    .max(URL_MAX, `must be at most ${URL_MAX} characters`)
    .refine(
      (v) => {
        try {
          const url = new URL(v);
          return schemes.includes(url.protocol) && (url.protocol === 'file:' || url.hostname !== '');
        } catch {
          return false;
        }
      },
      `must be an absolute ${schemes.map((s) => s.slice(0, -1)).join(', ')} URL such as "${example}"`,
    );

/** Field rules of streams, moderation, DTMF, renders, the Audio Connector, captions and IP cameras. */
export const sessionOpsRules = {
  dtmfDigits: z.string().regex(DTMF_DIGITS, 'must be 1-256 of 0-9, *, # and p (a pause)'),
  streamLayouts: z
    .array(z.looseObject({ streamId: z.string() }))
    .min(1, 'name at least one stream')
    .refine((items) => new Set(items.map((i) => i.streamId)).size === items.length, 'each stream may appear once'),
  excludedStreamIds: z.array(rules.streamId),
  httpUrl: urlOf(['http:', 'https:'], 'https://example.com/page'),
  websocketUri: urlOf(['ws:', 'wss:'], 'wss://example.com/audio'),
  rtspUri: urlOf(['rtsp:', 'rtsps:', 'http:', 'https:', 'file:'], 'rtsp://camera.example.com/stream'),
  runSeconds: z
    .number()
    .int()
    .min(1, 'must be a whole number of seconds')
    .max(RUN_SECONDS_MAX, `must be at most ${RUN_SECONDS_MAX} seconds`),
  renderName: z
    .string()
    .min(1, 'must not be empty')
    .max(RENDER_NAME_MAX, `must be at most ${RENDER_NAME_MAX} characters`)
    .regex(ONE_LINE, 'must not contain line breaks'),
  audioRate: z.number().refine((v) => AUDIO_RATES.includes(v), `must be one of ${AUDIO_RATES.join(', ')}`),
  wsHeaders: z.array(z.unknown()).max(WS_HEADERS_MAX, `at most ${WS_HEADERS_MAX} headers`),
  languageCode: z.string().regex(LANGUAGE_CODE, 'must be a language tag such as "en-US"'),
  networkCache: z
    .number()
    .int()
    .min(0, 'must be milliseconds, 0 or more')
    .max(NETWORK_CACHE_MAX_MS, `must be at most ${NETWORK_CACHE_MAX_MS} ms`),
} as const;

/** The rules between the fields of a mute-all: exclusions only mean something while muting. */
export function muteConsistency(input: { active?: boolean | null; excludedStreamIds?: readonly string[] | null }, ctx: IssueSink): void {
  if (input.active === false && input.excludedStreamIds && input.excludedStreamIds.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['excludedStreamIds'],
      message: 'only applies with active: true (lifting a mute-all lifts it for every stream)',
    });
  }
}
