/**
 * What OpenTok forbids, checked before any upstream call (protocol notes 4.3 and 6), and the
 * translation of valid options into wire bodies. Every failure is a BAD_USER_INPUT naming the
 * GraphQL input field (`input.<field>`).
 */
import { isIPv4 } from 'node:net';
import { badInput } from '../../errors.js';
import type { ArchiveMode, CreateSessionOptions, DialSipOptions, MediaMode, SignalOptions, StartArchiveOptions } from '../types.js';
import type { DialSipBody } from './client.js';

/** Archive resolutions OpenTok accepts (composed archives and ALWAYS sessions). */
export const ARCHIVE_RESOLUTIONS: readonly string[] = Object.freeze([
  '640x480',
  '480x640',
  '1280x720',
  '720x1280',
  '1920x1080',
  '1080x1920',
]);

/** Longest archive name (session-level and per archive). */
export const MAX_ARCHIVE_NAME_LENGTH = 80;
/** Signal limits (413 otherwise): type 128 bytes, data 8 kB. */
export const MAX_SIGNAL_TYPE_BYTES = 128;
export const MAX_SIGNAL_DATA_BYTES = 8192;

/** A validated createSession: the modes to remember and the form fields to send, in order. */
export interface SessionPlan {
  mediaMode: MediaMode;
  archiveMode: ArchiveMode;
  form: Array<[string, string]>;
}

/**
 * Validates session options and builds the form body opentok-node sends: user fields in the
 * order `archiveMode, e2ee, archiveName, archiveResolution, location`, then `p2p.preference` last
 * (`enabled` = relayed, `disabled` = routed). The minimal body is
 * `archiveMode=manual&p2p.preference=enabled`.
 */
export function planSession(options: CreateSessionOptions = {}): SessionPlan {
  const mediaMode = options.mediaMode ?? 'RELAYED';
  const archiveMode = options.archiveMode ?? 'MANUAL';
  if (mediaMode !== 'RELAYED' && mediaMode !== 'ROUTED') throw badInput('input.mediaMode', 'must be RELAYED or ROUTED');
  if (archiveMode !== 'MANUAL' && archiveMode !== 'ALWAYS') throw badInput('input.archiveMode', 'must be MANUAL or ALWAYS');
  if (archiveMode === 'ALWAYS' && mediaMode !== 'ROUTED') {
    throw badInput('input.archiveMode', 'ALWAYS needs a routed session: set mediaMode ROUTED');
  }
  if (options.location !== undefined && options.location !== null && !isIPv4(options.location)) {
    throw badInput('input.location', 'must be an IPv4 address');
  }
  if (options.archiveName !== undefined && options.archiveName !== null) {
    if (archiveMode !== 'ALWAYS') throw badInput('input.archiveName', 'is only allowed with archiveMode ALWAYS');
    if (options.archiveName.length < 1 || options.archiveName.length > MAX_ARCHIVE_NAME_LENGTH) {
      throw badInput('input.archiveName', `must be 1 to ${MAX_ARCHIVE_NAME_LENGTH} characters`);
    }
  }
  if (options.archiveResolution !== undefined && options.archiveResolution !== null) {
    if (archiveMode !== 'ALWAYS') throw badInput('input.archiveResolution', 'is only allowed with archiveMode ALWAYS');
    checkResolution('input.archiveResolution', options.archiveResolution);
  }
  if (options.e2ee === true) {
    if (mediaMode !== 'ROUTED') throw badInput('input.e2ee', 'end-to-end encryption needs mediaMode ROUTED');
    if (archiveMode === 'ALWAYS') throw badInput('input.e2ee', 'end-to-end encrypted sessions cannot be archived (archiveMode ALWAYS)');
  }

  const form: Array<[string, string]> = [['archiveMode', archiveMode.toLowerCase()]];
  if (typeof options.e2ee === 'boolean') form.push(['e2ee', String(options.e2ee)]);
  if (options.archiveName) form.push(['archiveName', options.archiveName]);
  if (options.archiveResolution) form.push(['archiveResolution', options.archiveResolution]);
  if (options.location) form.push(['location', options.location]);
  form.push(['p2p.preference', mediaMode === 'ROUTED' ? 'disabled' : 'enabled']);
  return { mediaMode, archiveMode, form };
}

/** Validates archive options and builds the `POST P/archive` JSON body (only fields that are set). */
export function planArchive(options: StartArchiveOptions): Record<string, unknown> {
  const body: Record<string, unknown> = { sessionId: options.sessionId };
  if (options.name !== undefined && options.name !== null && options.name !== '') {
    if (options.name.length > MAX_ARCHIVE_NAME_LENGTH) {
      throw badInput('input.name', `must be at most ${MAX_ARCHIVE_NAME_LENGTH} characters`);
    }
    body.name = options.name;
  }
  if (options.hasAudio === false && options.hasVideo === false) {
    throw badInput('input.hasAudio', 'hasAudio and hasVideo cannot both be false');
  }
  if (typeof options.hasAudio === 'boolean') body.hasAudio = options.hasAudio;
  if (typeof options.hasVideo === 'boolean') body.hasVideo = options.hasVideo;
  const outputMode = options.outputMode ?? undefined;
  if (outputMode !== undefined && outputMode !== 'COMPOSED' && outputMode !== 'INDIVIDUAL') {
    throw badInput('input.outputMode', 'must be COMPOSED or INDIVIDUAL');
  }
  if (outputMode !== undefined) body.outputMode = outputMode.toLowerCase();
  if (options.resolution !== undefined && options.resolution !== null) {
    if (outputMode === 'INDIVIDUAL') {
      throw badInput('input.resolution', 'is only allowed for COMPOSED archives');
    }
    checkResolution('input.resolution', options.resolution);
    body.resolution = options.resolution;
  }
  if (options.multiArchiveTag !== undefined && options.multiArchiveTag !== null) {
    if (!/^[\x20-\x7e]{1,200}$/.test(options.multiArchiveTag)) {
      throw badInput('input.multiArchiveTag', 'must be 1 to 200 printable characters');
    }
    body.multiArchiveTag = options.multiArchiveTag;
  }
  return body;
}

// `sip:` / `sips:`, optional userinfo, then a host name, IPv4 or [IPv6], optional port, then
// optional `;params` / `?headers`.
const SIP_URI =
  /^sips?:(?:[^@\s]+@)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::\d{1,5})?(?:[;?]\S*)?$/i;
// RFC 3261 `token` characters for header names.
const HEADER_NAME = /^[A-Za-z0-9!%'*+.^_`|~-]+$/;

/** Validates SIP dial options and builds the `sip` object of the dial body. */
export function planSip(options: DialSipOptions): DialSipBody {
  const uri = typeof options.uri === 'string' ? options.uri.trim() : '';
  if (uri.length > 1024 || !SIP_URI.test(uri)) {
    throw badInput('input.uri', 'must be a SIP URI with a host, such as sip:user@sip.example.com;transport=tls');
  }
  const sip: DialSipBody = { uri };
  if (options.from !== undefined && options.from !== null && options.from !== '') {
    if (!/^[\x21-\x7e]{1,256}$/.test(options.from)) {
      throw badInput('input.from', 'must be a number@domain or similar, without spaces');
    }
    sip.from = options.from;
  }
  if (options.headers !== undefined && options.headers !== null && options.headers.length > 0) {
    const headers: Record<string, string> = {};
    for (const { name, value } of options.headers) {
      if (typeof name !== 'string' || !HEADER_NAME.test(name)) {
        throw badInput('input.headers', `"${String(name).slice(0, 40)}" is not a valid SIP header name`);
      }
      if (typeof value !== 'string' || /[\r\n]/.test(value) || value.length > 1024) {
        throw badInput('input.headers', `the value of ${name} must be one line of at most 1024 characters`);
      }
      if (Object.hasOwn(headers, name)) throw badInput('input.headers', `${name} is given twice`);
      headers[name] = value;
    }
    sip.headers = headers;
  }
  if (options.auth !== undefined && options.auth !== null) {
    if (typeof options.auth.username !== 'string' || options.auth.username === '') {
      throw badInput('input.auth.username', 'is required when auth is given');
    }
    if (typeof options.auth.password !== 'string') throw badInput('input.auth.password', 'must be a string');
    sip.auth = { username: options.auth.username, password: options.auth.password };
  }
  // Like opentok-node: the flags are sent only when true.
  if (options.secure === true) sip.secure = true;
  if (options.video === true) sip.video = true;
  if (options.observeForceMute === true) sip.observeForceMute = true;
  return sip;
}

/** Validates a signal: type <= 128 bytes of `[A-Za-z0-9_~-]`, data <= 8 kB. */
export function checkSignal(options: SignalOptions): { type?: string; data: string } {
  if (options.connectionId !== undefined && options.connectionId !== null && options.connectionId === '') {
    throw badInput('input.connectionId', 'must not be empty');
  }
  const body: { type?: string; data: string } = { data: options.data };
  if (options.type !== undefined && options.type !== null && options.type !== '') {
    if (Buffer.byteLength(options.type) > MAX_SIGNAL_TYPE_BYTES || !/^[A-Za-z0-9_~-]+$/.test(options.type)) {
      throw badInput('input.type', 'must be at most 128 letters, digits, "-", "_" or "~"');
    }
    body.type = options.type;
  }
  if (typeof options.data !== 'string') throw badInput('input.data', 'must be a string');
  if (Buffer.byteLength(options.data) > MAX_SIGNAL_DATA_BYTES) throw badInput('input.data', 'must be at most 8 kB');
  return body;
}

function checkResolution(field: string, value: string): void {
  if (!ARCHIVE_RESOLUTIONS.includes(value)) {
    throw badInput(field, `must be one of ${ARCHIVE_RESOLUTIONS.join(', ')}`);
  }
}
