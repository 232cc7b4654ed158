/**
 * `X-OPENTOK-AUTH` verification for the REST face (docs/providers/opentok.md#rest-authentication): an HS256 JWT signed with
 * the project secret, `iss` = the project API key, `ist` = "project" in the payload
 * (opentok-node, Python) or in the JWT header (Ruby), `jti` optional. Failures are 403 with the
 * `{code: -1, message, description}` body the real API sends.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import { HttpError } from '../http.js';

/** Clock skew tolerated on `exp`/`nbf`/`iat`: the SDKs mint 3-5 minute tokens. */
export const REST_AUTH_CLOCK_SKEW_S = 300;

/** The project the emulator serves. */
export interface ProjectCredentials {
  apiKey: string;
  apiSecret: string;
}

function forbidden(message: string, description: string): HttpError {
  return new HttpError(403, message, { code: -1, description });
}

/**
 * Checks the REST auth header and, when the route names a project, that it is ours.
 * Throws a 403 {@link HttpError} on any failure.
 *
 * @param pathApiKey the `{apiKey}` path segment, or `undefined` for `/session/create`
 *   (there the issuer alone names the project).
 */
export async function authenticateRest(
  headers: IncomingHttpHeaders,
  project: ProjectCredentials,
  pathApiKey: string | undefined,
): Promise<void> {
  const raw = headers['x-opentok-auth'];
  const token = Array.isArray(raw) ? raw[0] : raw;
  if (!token) {
    throw forbidden('No suitable authentication found', 'Send an X-OPENTOK-AUTH header holding a JWT signed with the project secret.');
  }

  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token) as Record<string, unknown>;
    claims = decodeJwt(token) as Record<string, unknown>;
  } catch {
    throw forbidden('Invalid token format', 'X-OPENTOK-AUTH is not a decodable JWT.');
  }
  if (header.alg !== 'HS256') {
    throw forbidden('Invalid token format', 'The JWT must be signed with HS256 and the project secret.');
  }

  // Ruby puts `ist` in the JWT header, the other SDKs in the payload: accept either.
  const ist = claims.ist ?? header.ist;
  if (ist !== 'project') {
    throw forbidden(
      'Invalid issuer format',
      ist === undefined
        ? 'The JWT needs an "ist" claim set to "project".'
        : `Issuer type "${String(ist)}" is not supported; use "project" with a project API key.`,
    );
  }
  const iss = claims.iss;
  if ((typeof iss !== 'string' && typeof iss !== 'number') || String(iss) === '') {
    throw forbidden('Invalid issuer format', 'The JWT "iss" claim must be the project API key.');
  }
  if (String(iss) !== project.apiKey) {
    throw forbidden('Issuer not found', `No project with API key ${String(iss)} is known here.`);
  }

  try {
    await jwtVerify(token, new TextEncoder().encode(project.apiSecret), {
      algorithms: ['HS256'],
      clockTolerance: REST_AUTH_CLOCK_SKEW_S,
      requiredClaims: ['iat', 'exp'],
    });
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw forbidden('Token expired', 'The X-OPENTOK-AUTH token has expired; mint a new one per request.');
    }
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      throw forbidden('Invalid token format', `Claim check failed: ${error.message}.`);
    }
    throw forbidden('Invalid token signature', 'The JWT signature does not match the project secret.');
  }

  if (pathApiKey !== undefined && pathApiKey !== project.apiKey) {
    throw forbidden('Issuer not found', `The path names project ${pathApiKey}, which the token issuer cannot access.`);
  }
}
