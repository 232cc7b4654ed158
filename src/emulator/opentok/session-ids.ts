/**
 * OpenTok session ids in the real format (docs/providers/opentok.md#session-ids):
 * `1_` + URL-safe base64 (no padding) of `1~<apiKey>~<location>~<createTimeMs>~<24 random chars>~~~`.
 *
 * The format matters: opentok-node decodes the id and refuses to mint tokens unless field 1
 * equals its API key, so the emulator must produce exactly this layout.
 */
import { randomBytes } from 'node:crypto';

/** The fields carried inside a session id. */
export interface DecodedSessionId {
  version: string;
  apiKey: string;
  location: string;
  createdAt: number;
  random: string;
}

function toUrlSafe(base64: string): string {
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromUrlSafe(text: string): string {
  return text.replace(/-/g, '+').replace(/_/g, '/');
}

/**
 * Mints a session id for a project. `random` is 24 base64 characters (18 random bytes), the same
 * alphabet the real ids show (`CbP9xoAfEOj+WaDmBxO0va3B`).
 */
export function mintSessionId(
  apiKey: string,
  location: string | null,
  createdAt: number,
  random: string = randomBytes(18).toString('base64'),
): string {
  const record = ['1', apiKey, location ?? '', String(createdAt), random, '', '', ''].join('~');
  return `1_${toUrlSafe(Buffer.from(record, 'utf8').toString('base64'))}`;
}

/** Decodes a session id; `null` when it is not in the OpenTok format. */
export function decodeSessionId(sessionId: string): DecodedSessionId | null {
  const m = /^([12])_([A-Za-z0-9_-]+)$/.exec(sessionId);
  if (!m?.[2]) return null;
  const fields = Buffer.from(fromUrlSafe(m[2]), 'base64').toString('utf8').split('~');
  const [version, apiKey, location, created, random] = fields;
  if (fields.length < 5 || !version || !apiKey || created === undefined || random === undefined) return null;
  const createdAt = Number(created);
  return {
    version,
    apiKey,
    location: location ?? '',
    // Old ids carry a Java date string here instead of milliseconds.
    createdAt: Number.isFinite(createdAt) ? createdAt : Date.parse(created),
    random,
  };
}
