import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyOptions, jwtVerify } from 'jose';
import type { AuthConfig } from '../config.js';
import { GatewayError } from '../errors.js';
import type { Caller } from '../schema/context.js';

/** Verifies callers' bearer tokens (docs/operations.md, Callers and scopes). */
export interface Authenticator {
  /** True when caller auth is on: a caller without a token is anonymous, and refused where a scope is needed. */
  readonly required: boolean;
  /**
   * Turns an `Authorization` header value into the caller: null when no header came or caller
   * auth is off.
   * @throws GatewayError UNAUTHENTICATED when a token came and is not valid
   */
  authenticate(authorization: string | null | undefined): Promise<Caller | null>;
  /**
   * Like {@link authenticate}, and says until when the token is accepted (its `exp` plus the clock
   * leeway, in epoch milliseconds), for a WebSocket that outlives it. Null when no token came.
   * @throws GatewayError UNAUTHENTICATED when a token came and is not valid
   */
  verify(authorization: string | null | undefined): Promise<VerifiedCaller | null>;
}

/** A caller and how long its token is accepted. */
export interface VerifiedCaller {
  caller: Caller;
  /** Epoch milliseconds after which the token is refused (`exp` plus the clock leeway). */
  validUntil: number;
}

/** Options of {@link createAuthenticator}. */
export interface AuthenticatorOptions {
  /** How long after a JWKS fetch an unknown `kid` may fetch it again (jose's default: 30 s). */
  jwksCooldownMs?: number;
}

/** Algorithms per key source: asymmetric keys from a JWKS, HMAC with the shared secret only. */
const JWKS_ALGORITHMS = ['RS256', 'ES256'];
const SECRET_ALGORITHMS = ['HS256'];

/** Leeway for clocks that disagree a little (seconds). */
const CLOCK_TOLERANCE_S = 30;

/**
 * Verified tokens remembered, so a client sending the same token on every request pays for its
 * signature once (docs/operations.md#callers-and-scopes): at most this many, each for at most
 * {@link VERIFIED_TTL_MS} and never past its own expiry. The bound keeps a flood of distinct
 * tokens from growing memory; the time cap lets a key removed from the key set stop working soon.
 */
const VERIFIED_CACHE_SIZE = 10_000;
const VERIFIED_TTL_MS = 60_000;

function unauthenticated(message: string): GatewayError {
  return new GatewayError('UNAUTHENTICATED', `${message}; send Authorization: Bearer <jwt>`);
}

/** Why a token was refused, in words that name no part of it. */
function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the caller token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the caller token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'the caller token is signed with a key this gateway does not know';
  if (error instanceof errors.JOSEAlgNotAllowed) return "the caller token's algorithm is not accepted";
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return 'the caller token cannot be checked now (key set unavailable)';
  }
  return 'the caller token is not valid';
}

/** Reads the scopes of `scope` (space-separated, OAuth 2) or `scp` (array, or a string). */
function scopesOf(payload: JWTPayload): Set<string> {
  const raw = payload.scope ?? payload.scp;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(' ') : [];
  return new Set(list.filter((s): s is string => typeof s === 'string' && s.length > 0));
}

/** Reads the `video_sessions` claim: absent means any session. */
function sessionsOf(payload: JWTPayload): Set<string> | null {
  const raw = payload.video_sessions;
  if (raw === undefined) return null;
  if (!Array.isArray(raw) || !raw.every((s) => typeof s === 'string')) {
    throw unauthenticated('the caller token\'s "video_sessions" claim must be an array of session ids');
  }
  return new Set(raw);
}

/**
 * Builds the authenticator for `config` (null: caller auth off). A JWKS is fetched lazily and
 * cached; a token whose `kid` is not in the cache refetches it, so key rotation needs no restart.
 */
export function createAuthenticator(config: AuthConfig | null, options: AuthenticatorOptions = {}): Authenticator {
  if (!config) return { required: false, authenticate: async () => null, verify: async () => null };
  const verifyOptions: JWTVerifyOptions = {
    algorithms: config.jwksUrl ? JWKS_ALGORITHMS : SECRET_ALGORITHMS,
    requiredClaims: ['exp'],
    clockTolerance: CLOCK_TOLERANCE_S,
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  let verify: (jwt: string) => Promise<JWTPayload>;
  if (config.jwksUrl) {
    const jwks = createRemoteJWKSet(new URL(config.jwksUrl), {
      ...(options.jwksCooldownMs !== undefined ? { cooldownDuration: options.jwksCooldownMs } : {}),
    });
    verify = async (jwt) => (await jwtVerify(jwt, jwks, verifyOptions)).payload;
  } else {
    const secret = new TextEncoder().encode(config.jwtSecret ?? '');
    verify = async (jwt) => (await jwtVerify(jwt, secret, verifyOptions)).payload;
  }

  const verified = createVerifiedCache();

  const authenticator: Authenticator = {
    required: true,
    async verify(authorization) {
      if (authorization === null || authorization === undefined || authorization === '') return null;
      const match = /^Bearer +(\S+)\s*$/i.exec(authorization);
      if (!match?.[1]) throw unauthenticated('the Authorization header is not a bearer token');
      const jwt = match[1];
      const known = verified.get(jwt);
      if (known) return known;
      let payload: JWTPayload;
      try {
        payload = await verify(jwt);
      } catch (error) {
        throw unauthenticated(reason(error));
      }
      const result: VerifiedCaller = {
        caller: { subject: typeof payload.sub === 'string' ? payload.sub : null, scopes: scopesOf(payload), sessions: sessionsOf(payload) },
        // `exp` is a required claim, so jose has checked it is a number.
        validUntil: ((payload.exp as number) + CLOCK_TOLERANCE_S) * 1000,
      };
      verified.set(jwt, result);
      return result;
    },
    async authenticate(authorization) {
      return (await authenticator.verify(authorization))?.caller ?? null;
    },
  };
  return authenticator;
}

/** The tokens already verified, each until it must be checked again (see {@link VERIFIED_CACHE_SIZE}). */
function createVerifiedCache() {
  const entries = new Map<string, { result: VerifiedCaller; until: number }>();
  return {
    get(jwt: string): VerifiedCaller | null {
      const entry = entries.get(jwt);
      if (!entry) return null;
      if (Date.now() < entry.until) return entry.result;
      entries.delete(jwt);
      return null;
    },
    set(jwt: string, result: VerifiedCaller): void {
      // A Map keeps insertion order: past the bound the oldest entry goes.
      if (entries.size >= VERIFIED_CACHE_SIZE) entries.delete(entries.keys().next().value as string);
      // The expiry check itself has no leeway once cached: `validUntil` already holds it.
      entries.set(jwt, { result, until: Math.min(Date.now() + VERIFIED_TTL_MS, result.validUntil) });
    },
  };
}
