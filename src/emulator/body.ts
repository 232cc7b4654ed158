/**
 * The emulator's one request-body reader: the bytes of a request, capped, then decoded as JSON or
 * as a form. How a face answers an empty or malformed body (an OpenTok-style 400, a Spring-style
 * 400 or 415) is its own business: it maps what {@link decodeJson} found to its errors.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.js';

/** Request bodies above this size are refused with 413. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Reads the whole request body, refusing more than `limit` bytes with a 413. Reading stops at the
 * limit; the server answers and closes the connection so the rest is never buffered.
 */
export function readBody(req: IncomingMessage, limit: number = BODY_LIMIT_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, `Request body too large (limit ${limit} bytes)`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        reject(new HttpError(413, `Request body too large (limit ${limit} bytes)`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** What a body holds, read as JSON: nothing (blank), a JSON value, or text that is not JSON. */
export type DecodedJson = { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'malformed'; reason: string };

/** Decodes a body as JSON. A body of blanks only counts as empty. */
export function decodeJson(body: Buffer): DecodedJson {
  const text = body.toString('utf8');
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'malformed', reason: error instanceof Error ? error.message : 'malformed JSON' };
  }
}

/** Whether a value is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A JSON object body, the OpenTok REST and control API way. An empty body counts as `{}` because
 * several SDKs send no body at all where opentok-node sends `{}` (archive stop, stream mute:
 * docs/providers/opentok.md#sdk-quirks-the-code-follows); anything else that is not a JSON object is a 400.
 */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  const decoded = decodeJson(body);
  if (decoded.kind === 'empty') return {};
  if (decoded.kind === 'malformed') throw new HttpError(400, 'Malformed JSON in request body');
  if (!isJsonObject(decoded.value)) throw new HttpError(400, 'The request body must be a JSON object');
  return decoded.value;
}

/** A form body (`application/x-www-form-urlencoded`). */
export function parseForm(body: Buffer): URLSearchParams {
  return new URLSearchParams(body.toString('utf8'));
}

/** Whether a `Content-Type` is JSON: `application/json` or any `application/*+json`. */
export function isJsonContentType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}
