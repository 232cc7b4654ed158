/**
 * OpenTok session ids (docs/providers/opentok.md#session-ids): a version character, `_`, then
 * URL-safe base64 (no padding) of a `~`-separated record
 * `version~apiKey~location~createTime~random~~~`.
 *
 * OpenTok cannot look a session up by id, so decoding is all the adapter can learn about a
 * session it did not create: which API key owns it, its location hint and its creation time.
 */

/** The fields of a decoded session id. */
export interface DecodedSessionId {
  /** The prefix before `_` (`1`, `2`). */
  version: string;
  /** The project API key in slot 1; owners compare it as a string, like opentok-node. */
  apiKey: string;
  /** The location hint (IPv4) or `''`. */
  location: string;
  /** Slot 3: epoch milliseconds in current ids, a Java `Date.toString()` in old ones. */
  createdAt: Date | null;
}

// Base64url body; `=` tolerated because some tools pad, and `+`/`/` because old ids were not
// always URL-safe.
const SESSION_ID = /^([0-9A-Za-z])_([A-Za-z0-9_\-+/]{8,}={0,2})$/;
const PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * Decodes a session id, or returns null when it does not have the OpenTok layout (wrong shape,
 * not base64, not printable ASCII, fewer than four `~` fields, or a non-numeric record version).
 */
export function decodeSessionId(sessionId: string): DecodedSessionId | null {
  if (typeof sessionId !== 'string' || sessionId.length > 512) return null;
  const match = SESSION_ID.exec(sessionId);
  if (match === null) return null;
  const [, version = '', body = ''] = match;
  const decoded = Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  if (!PRINTABLE.test(decoded)) return null;
  const fields = decoded.split('~');
  if (fields.length < 4) return null;
  const [recordVersion = '', apiKey = '', location = '', created = ''] = fields;
  if (!/^\d+$/.test(recordVersion) || apiKey === '') return null;
  return { version, apiKey, location, createdAt: parseCreateTime(created) };
}

/** Whether `sessionId` decodes to the OpenTok layout with `apiKey` in the key slot. */
export function sessionBelongsTo(sessionId: string, apiKey: string): boolean {
  return decodeSessionId(sessionId)?.apiKey === apiKey;
}

function parseCreateTime(value: string): Date | null {
  if (value === '') return null;
  const ms = /^\d{10,16}$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms) : null;
}
