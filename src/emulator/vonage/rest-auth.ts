/**
 * REST authentication of the Vonage face (docs/providers/vonage.md#rest-authentication):
 * `Authorization: Bearer <JWT>`, RS256, verified with the application's public key, whose
 * `application_id` names the application and which carries `iat`, `exp` and a `jti` (every SDK
 * sends one). Failures answer 403 with the `{code: -1, message, description}` body of the OpenTok
 * surface the application shares.
 */
import type { KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import { HttpError } from '../http.js';
import { REST_AUTH_CLOCK_SKEW_S } from '../opentok/rest-auth.js';

/** The application the emulator serves: its id, and the public half of its key. */
export interface VonageApplication {
  applicationId: string;
  publicKey: KeyObject;
}

function forbidden(message: string, description: string): HttpError {
  return new HttpError(403, message, { code: -1, description });
}

/** The bearer token of a request, if it sends one. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

/**
 * Checks the bearer JWT and, when the route names a project, that it is this application.
 * Throws a 403 {@link HttpError} on any failure.
 *
 * @param pathKey the `{applicationId}` path segment, or `undefined` for `/session/create`.
 */
export async function authenticateVonageRest(
  headers: IncomingHttpHeaders,
  app: VonageApplication,
  pathKey: string | undefined,
): Promise<void> {
  const token = bearerToken(headers);
  if (!token) {
    throw forbidden('No suitable authentication found', 'Send Authorization: Bearer <JWT> signed with the application private key.');
  }
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token) as Record<string, unknown>;
    claims = decodeJwt(token) as Record<string, unknown>;
  } catch {
    throw forbidden('Invalid token format', 'The bearer token is not a decodable JWT.');
  }
  if (header.alg !== 'RS256') {
    throw forbidden('Invalid token format', 'The JWT must be signed with RS256 and the application private key.');
  }
  if (claims.application_id !== app.applicationId) {
    throw forbidden('Invalid application', 'The JWT "application_id" claim must name this application.');
  }
  try {
    await jwtVerify(token, app.publicKey, {
      algorithms: ['RS256'],
      clockTolerance: REST_AUTH_CLOCK_SKEW_S,
      requiredClaims: ['iat', 'exp', 'jti'],
    });
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw forbidden('Token expired', 'The bearer JWT has expired; mint a new one per request.');
    }
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      throw forbidden('Invalid token format', `Claim check failed: ${error.message}.`);
    }
    throw forbidden('Invalid token signature', 'The JWT signature does not match the application key.');
  }
  if (pathKey !== undefined && pathKey !== app.applicationId) {
    throw forbidden('Invalid application', `The path names application ${pathKey}, which the token cannot access.`);
  }
}
