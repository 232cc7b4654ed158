/**
 * How the gateway reaches a Vonage Video application (docs/providers/vonage.md#rest-authentication):
 * the OpenTok REST surface under `/v2/project/{applicationId}`, each request carrying
 * `Authorization: Bearer <JWT>`, RS256 with the application's private key, with the claims
 * @vonage/jwt writes — `{application_id, iat, exp, jti}` — and a fresh `jti` per request.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { OpenTokTransport } from '../opentok/client.js';
import { surfaceErrors } from '../opentok/errors.js';
import { surfacePlatform } from '../opentok/platform-names.js';

/** Options of {@link createVonageTransport}. */
interface VonageTransportOptions {
  /** Lifetime of each JWT, in seconds. Short: one JWT serves one request. @default 300 */
  ttlSeconds?: number;
  /** Clock, in milliseconds (tests). */
  now?: () => number;
}

/** The OpenTok status meanings, naming Vonage and its settings. */
export const VONAGE_ERRORS: OpenTokTransport['errors'] = surfaceErrors(surfacePlatform('VONAGE'));

/** Signs one REST JWT for `applicationId`. */
export function signRestJwt(applicationId: string, privateKey: KeyObject, iat: number, ttlSeconds: number): Promise<string> {
  return new SignJWT({ application_id: applicationId })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .setJti(randomUUID())
    .sign(privateKey);
}

/**
 * The transport of one Vonage application. Every request gets its own JWT: the `jti` is the nonce
 * the platform may use to refuse a replay, so a JWT is never reused (signing costs about a
 * millisecond, small beside the call).
 */
export function createVonageTransport(
  applicationId: string,
  privateKey: KeyObject,
  options: VonageTransportOptions = {},
): OpenTokTransport {
  const ttl = options.ttlSeconds ?? 300;
  const now = options.now ?? Date.now;
  return {
    projectId: applicationId,
    errors: VONAGE_ERRORS,
    auth: async () => ({ authorization: `Bearer ${await signRestJwt(applicationId, privateKey, Math.floor(now() / 1000), ttl)}` }),
  };
}
