/**
 * Reading OpenVidu requests the way Spring does (docs/providers/openvidu.md#how-requests-are-read): JSON bodies parsed into a
 * map, `415` for a body in another content type, `400` for malformed JSON or a missing required
 * body, and boolean query parameters with defaults.
 */
import { decodeJson, isJsonContentType, isJsonObject } from '../body.js';
import type { RouteContext } from '../http.js';
import { OpenViduError } from './errors.js';

/** A parsed JSON object body. `null` values mean "absent", as in the Java server. */
export type Params = Record<string, unknown>;

/**
 * The JSON object body of a request, or `null` when there is none. An empty body in any content
 * type counts as none: the official node client sends `application/x-www-form-urlencoded` with no
 * body on several calls.
 */
export function jsonBody(ctx: RouteContext, required: true): Params;
export function jsonBody(ctx: RouteContext, required: false): Params | null;
export function jsonBody(ctx: RouteContext, required: boolean): Params | null {
  const decoded = decodeJson(ctx.body);
  if (decoded.kind === 'empty') {
    if (required) throw new OpenViduError(400, 'Required request body is missing');
    return null;
  }
  const contentType = ctx.req.headers['content-type'];
  if (!isJsonContentType(contentType)) {
    throw new OpenViduError(415, `Content-Type '${contentType ?? 'application/octet-stream'}' is not supported`);
  }
  if (decoded.kind === 'malformed') throw new OpenViduError(400, `JSON parse error: ${decoded.reason}`);
  if (decoded.value === null) {
    if (required) throw new OpenViduError(400, 'Required request body is missing');
    return null;
  }
  if (!isJsonObject(decoded.value)) throw new OpenViduError(400, 'JSON parse error: the body must be a JSON object');
  return decoded.value;
}

const TRUE = new Set(['true', 'on', 'yes', '1']);
const FALSE = new Set(['false', 'off', 'no', '0']);

/** A boolean query parameter (`@RequestParam(defaultValue=...) boolean`); anything else is a 400. */
export function boolParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new OpenViduError(
    400,
    `Failed to convert value of type 'java.lang.String' to required type 'boolean'; Invalid boolean value [${raw}]`,
  );
}
