/**
 * HTTP Basic authentication of the REST API (docs/providers/openvidu.md#rest-authentication): user `OPENVIDUAPP`, password the
 * deployment secret. A failure is a 401 with a `WWW-Authenticate` challenge, which the Java client
 * needs (it does not send credentials preemptively).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { OpenViduError } from './errors.js';

export const OPENVIDU_USER = 'OPENVIDUAPP';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether the `Authorization` header carries `OPENVIDUAPP:<secret>`. */
export function hasValidCredentials(headers: IncomingHttpHeaders, secret: string): boolean {
  const header = headers.authorization ?? '';
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!m?.[1]) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  return sameText(decoded.slice(0, colon), OPENVIDU_USER) && sameText(decoded.slice(colon + 1), secret);
}

/** Throws the 401 the server answers without valid credentials. */
export function authenticateOpenVidu(headers: IncomingHttpHeaders, secret: string): void {
  if (hasValidCredentials(headers, secret)) return;
  throw new OpenViduError(401, 'Unauthorized', { headers: { 'www-authenticate': 'Basic realm="OpenVidu"' } });
}
