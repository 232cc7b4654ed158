/**
 * The `X-OPENTOK-AUTH` header of OpenTok REST calls (docs/providers/opentok.md#rest-authentication): an HS256 JWT signed with
 * the project secret, with exactly the claims opentok-node sends — `{iss: apiKey, ist: "project",
 * iat, exp: iat + 300}` (no `jti`) — and no `Bearer` prefix.
 */
import { createHmac } from 'node:crypto';
import type { OpenTokTransport } from './client.js';
import { OPENTOK_ERRORS } from './errors.js';

/** base64url(`{"alg":"HS256","typ":"JWT"}`), the header jsonwebtoken writes by default. */
export const HS256_JWT_HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');

/** Options of {@link createRestAuth}. */
interface RestAuthOptions {
  /** Lifetime of each JWT. @default 300 (opentok-node's value) */
  ttlSeconds?: number;
  /** How long one JWT is reused before a fresh one is signed. @default 60 */
  reuseSeconds?: number;
  /** Clock, in milliseconds (tests). */
  now?: () => number;
}

/** Produces `X-OPENTOK-AUTH` values. */
export interface RestAuth {
  /** The JWT to send now (cached: re-signed at most once per `reuseSeconds`). */
  token(): string;
}

/**
 * Creates the REST credential for one project. Signing per request would be cheap, but a cached
 * JWT keeps the hot path allocation-free; reuse is capped well inside the 300 s lifetime, so a
 * cached token always has at least four minutes left.
 */
export function createRestAuth(apiKey: string, apiSecret: string, options: RestAuthOptions = {}): RestAuth {
  const ttl = options.ttlSeconds ?? 300;
  const reuse = Math.min(options.reuseSeconds ?? 60, Math.max(0, ttl - 30));
  const now = options.now ?? Date.now;
  let cached: { token: string; iat: number } | undefined;

  return {
    token(): string {
      const iat = Math.floor(now() / 1000);
      if (cached !== undefined && iat - cached.iat < reuse && iat >= cached.iat) return cached.token;
      const token = signHs256(apiSecret, { iss: apiKey, ist: 'project', iat, exp: iat + ttl });
      cached = { token, iat };
      return token;
    },
  };
}

/** The transport of an OpenTok project: paths under its API key, `X-OPENTOK-AUTH`, OpenTok's status table. */
export function createOpenTokTransport(apiKey: string, apiSecret: string): OpenTokTransport {
  const auth = createRestAuth(apiKey, apiSecret);
  return { projectId: apiKey, errors: OPENTOK_ERRORS, auth: () => ({ 'x-opentok-auth': auth.token() }) };
}

/** Signs `claims` as an HS256 JWT with the `{"alg":"HS256","typ":"JWT"}` header. */
function signHs256(secret: string, claims: object): string {
  const signingInput = `${HS256_JWT_HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}
