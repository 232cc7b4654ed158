/**
 * What OpenTok adds to the API's input rules (which the GraphQL layer applies before any adapter
 * runs: formats, lengths, consistency between fields), checked before any upstream call
 * (docs/providers/opentok.md#session-creation,
 * docs/providers/opentok.md#archives), and the translation of options into wire
 * bodies. Every failure is a BAD_USER_INPUT naming the GraphQL input field (`input.<field>`).
 */
import { badInput } from '../../errors.js';
import type { ArchiveMode, CreateSessionOptions, DialSipOptions, MediaMode, StartArchiveOptions } from '../types.js';
import type { DialSipBody } from './client.js';
import { archiveCompositionBody } from './layouts.js';

/** Archive resolutions OpenTok accepts (composed archives and ALWAYS sessions). */
const ARCHIVE_RESOLUTIONS: readonly string[] = Object.freeze(['640x480', '480x640', '1280x720', '720x1280', '1920x1080', '1080x1920']);

/** Longest archive name (session-level and per archive). */
const MAX_ARCHIVE_NAME_LENGTH = 80;

/** A validated createSession: the modes to remember and the form fields to send, in order. */
export interface SessionPlan {
  mediaMode: MediaMode;
  archiveMode: ArchiveMode;
  form: Array<[string, string]>;
}

/**
 * Applies OpenTok's defaults (RELAYED, MANUAL) and its own rules, and builds the form body
 * opentok-node sends: user fields in the order `archiveMode, e2ee, archiveName,
 * archiveResolution, location`, then `p2p.preference` last (`enabled` = relayed, `disabled` =
 * routed). The minimal body is `archiveMode=manual&p2p.preference=enabled`.
 */
export function planSession(options: CreateSessionOptions = {}): SessionPlan {
  const mediaMode = options.mediaMode ?? 'RELAYED';
  const archiveMode = options.archiveMode ?? 'MANUAL';
  // With OpenTok's RELAYED default, asking for ALWAYS or e2ee alone is not enough.
  if (archiveMode === 'ALWAYS' && mediaMode !== 'ROUTED') {
    throw badInput('input.archiveMode', 'ALWAYS needs a routed session: set mediaMode ROUTED');
  }
  if (options.e2ee === true && mediaMode !== 'ROUTED') {
    throw badInput('input.e2ee', 'end-to-end encryption needs mediaMode ROUTED');
  }
  if (options.archiveName !== undefined && options.archiveName.length > MAX_ARCHIVE_NAME_LENGTH) {
    throw badInput('input.archiveName', `must be 1 to ${MAX_ARCHIVE_NAME_LENGTH} characters`);
  }
  if (options.archiveResolution !== undefined) checkResolution('input.archiveResolution', options.archiveResolution);

  const form: Array<[string, string]> = [['archiveMode', archiveMode.toLowerCase()]];
  if (typeof options.e2ee === 'boolean') form.push(['e2ee', String(options.e2ee)]);
  if (options.archiveName) form.push(['archiveName', options.archiveName]);
  if (options.archiveResolution) form.push(['archiveResolution', options.archiveResolution]);
  if (options.location) form.push(['location', options.location]);
  form.push(['p2p.preference', mediaMode === 'ROUTED' ? 'disabled' : 'enabled']);
  return { mediaMode, archiveMode, form };
}

/** Applies OpenTok's own rules and builds the `POST P/archive` JSON body (only fields that are set). */
export function planArchive(options: StartArchiveOptions): Record<string, unknown> {
  const body: Record<string, unknown> = { sessionId: options.sessionId };
  if (options.name !== undefined && options.name !== '') {
    if (options.name.length > MAX_ARCHIVE_NAME_LENGTH) {
      throw badInput('input.name', `must be at most ${MAX_ARCHIVE_NAME_LENGTH} characters`);
    }
    body.name = options.name;
  }
  if (options.hasAudio !== undefined) body.hasAudio = options.hasAudio;
  if (options.hasVideo !== undefined) body.hasVideo = options.hasVideo;
  if (options.outputMode !== undefined) body.outputMode = options.outputMode.toLowerCase();
  if (options.resolution !== undefined) {
    checkResolution('input.resolution', options.resolution);
    body.resolution = options.resolution;
  }
  if (options.multiArchiveTag !== undefined) body.multiArchiveTag = options.multiArchiveTag;
  Object.assign(body, archiveCompositionBody(options));
  return body;
}

/**
 * Builds the `sip` object of the dial body. Headers become an object, so a name given twice
 * cannot be sent: it is refused rather than one value dropped.
 */
export function planSip(options: DialSipOptions): DialSipBody {
  const sip: DialSipBody = { uri: options.uri };
  if (options.from) sip.from = options.from;
  if (options.headers !== undefined && options.headers.length > 0) {
    const headers: Record<string, string> = {};
    for (const { name, value } of options.headers) {
      if (Object.hasOwn(headers, name)) throw badInput('input.headers', `${name} is given twice`);
      headers[name] = value;
    }
    sip.headers = headers;
  }
  if (options.auth !== undefined) sip.auth = { username: options.auth.username, password: options.auth.password };
  // Like opentok-node: the flags are sent only when true.
  if (options.secure === true) sip.secure = true;
  if (options.video === true) sip.video = true;
  if (options.observeForceMute === true) sip.observeForceMute = true;
  if (options.streams !== undefined && options.streams.length > 0) sip.streams = [...options.streams];
  return sip;
}

/** Refuses a resolution OpenTok does not record or broadcast at. */
export function checkResolution(field: string, value: string): void {
  if (!ARCHIVE_RESOLUTIONS.includes(value)) {
    throw badInput(field, `must be one of ${ARCHIVE_RESOLUTIONS.join(', ')}`);
  }
}
