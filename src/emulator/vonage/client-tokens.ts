/**
 * Verification of Vonage client tokens, as the media servers would do it when a client connects
 * (docs/providers/vonage.md#client-tokens): an RS256 JWT signed with the application's private key,
 * `application_id` naming the application, `scope: "session.connect"`, a `session_id`, a role
 * (publisher when absent) and an `exp`.
 */
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import { ROLES, type ClientTokenVerdict, type Role } from '../opentok/client-tokens.js';
import type { VonageApplication } from './rest-auth.js';

/** Clock skew tolerated on a client token's expiry. */
const CLIENT_TOKEN_SKEW_S = 30;

function refuse(reason: string): ClientTokenVerdict {
  return { ok: false, reason };
}

/** The claims of a JWT, without checking anything; null when it is not one. */
function peek(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } | null {
  if (token.split('.').length !== 3) return null;
  try {
    return { header: decodeProtectedHeader(token) as Record<string, unknown>, claims: decodeJwt(token) as Record<string, unknown> };
  } catch {
    return null;
  }
}

/** Whether a token is a JWT naming this application (it may still be refused). */
export function isVonageClientToken(token: string, applicationId: string): boolean {
  return peek(token)?.claims.application_id === applicationId;
}

/** Verifies a client token of the application; the caller checks that the session exists. */
export async function verifyVonageClientToken(
  token: string,
  app: VonageApplication,
  nowMs: number = Date.now(),
): Promise<ClientTokenVerdict> {
  const peeked = peek(token);
  if (peeked === null) return refuse('Token is not a decodable JWT');
  const { header, claims } = peeked;
  if (header.alg !== 'RS256') return refuse(`Unsupported token algorithm ${String(header.alg)}; Vonage application tokens are RS256`);
  if (claims.application_id !== app.applicationId) return refuse('Token was issued for another application');
  try {
    await jwtVerify(token, app.publicKey, {
      algorithms: ['RS256'],
      clockTolerance: CLIENT_TOKEN_SKEW_S,
      currentDate: new Date(nowMs),
      requiredClaims: ['exp'],
    });
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return refuse('Token has expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed) return refuse(`Token claim rejected: ${error.message}`);
    return refuse('Token signature does not match the application key');
  }
  if (claims.scope !== 'session.connect') return refuse('Token scope must be "session.connect"');
  if (typeof claims.session_id !== 'string' || claims.session_id === '') return refuse('Token has no session_id');
  const role = claims.role ?? 'publisher';
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
    return refuse(`Token role ${String(role)} is not a valid role`);
  const layout = claims.initial_layout_class_list;
  return {
    ok: true,
    grant: {
      tokenType: 'jwt',
      sessionId: claims.session_id,
      role: role as Role,
      connectionData: typeof claims.connection_data === 'string' ? claims.connection_data : null,
      initialLayoutClassList: typeof layout === 'string' ? layout.split(' ').filter((c) => c !== '') : [],
      expiresAt: claims.exp as number,
    },
  };
}
