/**
 * `POST /session/create` (docs/providers/opentok.md#session-creation): form-encoded options, content-negotiated
 * answer (JSON array with `Accept: application/json`, XML otherwise).
 */
import { isIPv4 } from 'node:net';
import { RESOLUTIONS } from '../archiving.js';
import { parseForm } from '../../body.js';
import { HttpError, route } from '../../http.js';
import type { Reply, Route, RouteContext } from '../../http.js';
import type { Runtime } from '../runtime.js';
import type { ArchiveMode, MediaMode, NewSession, SessionRecord } from '../store.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Java `Date.toString()` style in UTC: `Fri Nov 18 15:50:36 UTC 2016`. */
export function javaDateString(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
  );
}

function invalid(message: string): HttpError {
  return new HttpError(400, message);
}

/**
 * Validates the form fields. Unknown fields are ignored (opentok-node forwards any option it is
 * given). `location=null` counts as unset: @vonage/video sends that literally.
 */
export function parseSessionForm(form: URLSearchParams): NewSession {
  const p2p = form.get('p2p.preference') ?? 'enabled';
  if (p2p !== 'enabled' && p2p !== 'disabled') {
    throw invalid('Invalid p2p.preference: must be "enabled" (relayed) or "disabled" (routed)');
  }
  const mediaMode: MediaMode = p2p === 'disabled' ? 'routed' : 'relayed';

  const archiveModeRaw = form.get('archiveMode') ?? 'manual';
  if (archiveModeRaw !== 'manual' && archiveModeRaw !== 'always') {
    throw invalid('Invalid archiveMode: must be "manual" or "always"');
  }
  const archiveMode: ArchiveMode = archiveModeRaw;
  if (archiveMode === 'always' && mediaMode !== 'routed') {
    throw invalid('A session with archiveMode "always" must use the routed media mode (p2p.preference=disabled)');
  }

  const locationRaw = form.get('location');
  const location = locationRaw === null || locationRaw === '' || locationRaw === 'null' ? null : locationRaw;
  if (location !== null && !isIPv4(location)) throw invalid('Invalid location: must be an IPv4 address');

  const archiveName = form.get('archiveName');
  if (archiveName !== null && (archiveName.length < 1 || archiveName.length > 80)) {
    throw invalid('Invalid archiveName: must be 1 to 80 characters');
  }

  const archiveResolution = form.get('archiveResolution');
  if (archiveResolution !== null) {
    if (!(RESOLUTIONS as readonly string[]).includes(archiveResolution)) {
      throw invalid(`Invalid archiveResolution: must be one of ${RESOLUTIONS.join(', ')}`);
    }
    if (archiveMode !== 'always') throw invalid('archiveResolution is allowed only with archiveMode "always"');
  }

  const e2eeRaw = form.get('e2ee') ?? 'false';
  if (e2eeRaw !== 'true' && e2eeRaw !== 'false') throw invalid('Invalid e2ee: must be "true" or "false"');
  const e2ee = e2eeRaw === 'true';
  if (e2ee && mediaMode !== 'routed') throw invalid('End-to-end encryption requires the routed media mode');
  if (e2ee && archiveMode === 'always') throw invalid('End-to-end encryption cannot be combined with archiveMode "always"');

  return { mediaMode, archiveMode, location, e2ee, archiveName, archiveResolution };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function wantsJson(ctx: RouteContext): boolean {
  const accept = ctx.req.headers.accept ?? '';
  return accept.split(',').some((part) => part.split(';')[0]?.trim().toLowerCase() === 'application/json');
}

function sessionReply(rt: Runtime, ctx: RouteContext, session: SessionRecord): Reply {
  const createDt = javaDateString(session.createdAt);
  if (wantsJson(ctx)) {
    const body = [
      {
        session_id: session.sessionId,
        project_id: rt.project.apiKey,
        partner_id: rt.project.apiKey,
        create_dt: createDt,
        media_server_url: '',
      },
    ];
    return { status: 200, body: JSON.stringify(body), contentType: 'application/json' };
  }
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<sessions><Session><session_id>${escapeXml(session.sessionId)}</session_id>` +
    `<partner_id>${escapeXml(rt.project.apiKey)}</partner_id>` +
    `<create_dt>${createDt}</create_dt></Session></sessions>`;
  return { status: 200, body: xml, contentType: 'text/xml' };
}

/** The session routes of the REST face. */
export function sessionRoutes(rt: Runtime): Route[] {
  return [
    route('POST', '/session/create', (ctx) => {
      // The real endpoint reads a form; a JSON body would silently create a default (relayed)
      // session there, so say it loudly here instead.
      if ((ctx.req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
        throw new HttpError(415, 'session/create expects an application/x-www-form-urlencoded body');
      }
      const options = parseSessionForm(parseForm(ctx.body));
      const session = rt.store.createSession(options);
      return sessionReply(rt, ctx, session);
    }),
  ];
}
