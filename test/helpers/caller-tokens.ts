/** Caller JWTs for tests, signed as an identity provider would sign them (jose). */
import { SignJWT } from 'jose';
import { SCOPES } from '../../src/schema/scopes.js';

/** An HS256 secret for `AUTH_JWT_SECRET` in tests (at least 32 characters). */
export const TEST_AUTH_SECRET = 'test-caller-auth-secret-0123456789abcdef';

/** Every scope of the API but `video:admin`, for "all but one" cases. */
export const ALL_SCOPES = SCOPES.filter((scope) => scope !== 'video:admin');

/** What a test token carries. */
export interface TestClaims {
  scope?: string;
  scp?: string[];
  video_sessions?: unknown;
  sub?: string;
  iss?: string;
  aud?: string;
  /** Seconds from now; negative: already expired. @default 600 */
  expiresIn?: number;
}

/** Signs an HS256 caller token with `secret` (default {@link TEST_AUTH_SECRET}). */
export async function hsToken(claims: TestClaims, secret: string = TEST_AUTH_SECRET): Promise<string> {
  const { expiresIn = 600, iss, aud, sub = 'test-caller', ...rest } = claims;
  let jwt = new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn);
  if (iss) jwt = jwt.setIssuer(iss);
  if (aud) jwt = jwt.setAudience(aud);
  return jwt.sign(new TextEncoder().encode(secret));
}

/** The `Authorization` header of a bearer token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
