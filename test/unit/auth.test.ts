/**
 * The caller authenticator (src/http/auth.ts) against a local JWKS server and an HS256 secret:
 * what it accepts, what it refuses and why, and JWKS key rotation.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthConfig } from '../../src/config.js';
import { isGatewayError } from '../../src/errors.js';
import { createAuthenticator } from '../../src/http/auth.js';
import { hsToken, TEST_AUTH_SECRET } from '../helpers/caller-tokens.js';
import { forgerKey, type JwksServer, signWith, startJwksServer } from '../helpers/jwks-server.js';

const ISSUER = 'https://id.example.com/';
const AUDIENCE = 'video-gateway';

/** The refusal's message, or 'accepted'. */
async function verdict(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (isGatewayError(error) && error.code === 'UNAUTHENTICATED') return error.message;
    throw error;
  }
}

describe('caller tokens against a JWKS', () => {
  let jwks: JwksServer;
  let config: AuthConfig;
  beforeAll(async () => {
    jwks = await startJwksServer();
    config = { jwksUrl: jwks.url, jwtSecret: null, issuer: ISSUER, audience: AUDIENCE };
  });
  afterAll(async () => {
    await jwks.close();
  });
  const good = { iss: ISSUER, aud: AUDIENCE, scope: 'video:sessions:read video:sip', video_sessions: ['s-1'], sub: 'alice' };

  it('should accept a valid RS256 token and read its subject, scopes and sessions', async () => {
    const auth = createAuthenticator(config);
    const caller = await auth.authenticate(`Bearer ${await jwks.sign(good)}`);
    expect(caller).toEqual({ subject: 'alice', scopes: new Set(['video:sessions:read', 'video:sip']), sessions: new Set(['s-1']) });
    expect(await auth.authenticate(undefined)).toBeNull();
    expect(await auth.authenticate('')).toBeNull();
  });

  it.each([
    ['expired', { ...good, expiresIn: -120 }, /expired/],
    ['of another issuer', { ...good, iss: 'https://evil.example.com/' }, /"iss"/],
    ['without the issuer', { ...good, iss: undefined }, /"iss"/],
    ['for another audience', { ...good, aud: 'someone-else' }, /"aud"/],
  ])('should refuse a token %s', async (_name, claims, reason) => {
    const auth = createAuthenticator(config);
    const token = await jwks.sign(claims);
    const message = await verdict(auth.authenticate(`Bearer ${token}`));
    expect(message).toMatch(reason);
    expect(message).not.toContain(token);
  });

  it('should refuse a forged token (a key the JWKS does not publish, under a published kid or not)', async () => {
    const auth = createAuthenticator(config);
    const forger = await forgerKey();
    for (const kid of ['key-1', 'key-404']) {
      expect(await verdict(auth.authenticate(`Bearer ${await signWith(forger, 'RS256', kid, good)}`))).not.toBe('accepted');
    }
  });

  it('should refuse an HS256 token when keys come from a JWKS, and what is not a bearer JWT', async () => {
    const auth = createAuthenticator(config);
    expect(await verdict(auth.authenticate(`Bearer ${await hsToken(good)}`))).toMatch(/not accepted|not valid/);
    expect(await verdict(auth.authenticate('Basic dXNlcjpwYXNz'))).toMatch(/not a bearer token/);
    expect(await verdict(auth.authenticate('Bearer not.a.jwt'))).toMatch(/not valid/);
  });

  it('should fetch the JWKS again for a new kid (key rotation), and use its cache otherwise', async () => {
    const auth = createAuthenticator(config, { jwksCooldownMs: 0 });
    await auth.authenticate(`Bearer ${await jwks.sign(good, 'key-1')}`);
    const before = jwks.fetches;
    await auth.authenticate(`Bearer ${await jwks.sign(good, 'key-1')}`);
    expect(jwks.fetches).toBe(before);

    const rotated = await jwks.addKey('ES256');
    const caller = await auth.authenticate(`Bearer ${await jwks.sign(good, rotated)}`);
    expect(caller?.subject).toBe('alice');
    expect(jwks.fetches).toBe(before + 1);
  });
});

describe('caller tokens with a shared secret (HS256)', () => {
  const config: AuthConfig = { jwksUrl: null, jwtSecret: TEST_AUTH_SECRET, issuer: null, audience: null };

  it('should accept a token signed with the secret, with `scp` as an array', async () => {
    const caller = await createAuthenticator(config).authenticate(`Bearer ${await hsToken({ scp: ['video:admin'] })}`);
    expect(caller?.scopes).toEqual(new Set(['video:admin']));
    expect(caller?.sessions).toBeNull();
  });

  it('should refuse a token signed with another secret, an expired one, one without expiry, and an RS256 one', async () => {
    const auth = createAuthenticator(config);
    expect(await verdict(auth.authenticate(`Bearer ${await hsToken({}, 'x'.repeat(40))}`))).toMatch(/not valid/);
    expect(await verdict(auth.authenticate(`Bearer ${await hsToken({ expiresIn: -120 })}`))).toMatch(/expired/);
    const { SignJWT } = await import('jose');
    const noExpiry = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    expect(await verdict(auth.authenticate(`Bearer ${noExpiry}`))).toMatch(/"exp"/);
    expect(await verdict(auth.authenticate(`Bearer ${await signWith(await forgerKey(), 'RS256', 'k', {})}`))).not.toBe('accepted');
  });

  it('should check a repeated token once, and again once its remembered minute has passed', async () => {
    const auth = createAuthenticator(config);
    const token = `Bearer ${await hsToken({ scope: 'video:admin', expiresIn: 3_600 })}`;
    const verify = vi.spyOn(globalThis.crypto.subtle, 'verify');
    try {
      for (let i = 0; i < 5; i++) expect((await auth.authenticate(token))?.scopes).toEqual(new Set(['video:admin']));
      expect(verify).toHaveBeenCalledTimes(1);
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
      await auth.authenticate(token);
      expect(verify).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
      verify.mockRestore();
    }
  });

  it('should refuse a remembered token once it has expired (its exp plus the leeway)', async () => {
    const auth = createAuthenticator(config);
    // Expires in 10 s: remembered for 40 s at most (exp + 30 s leeway), less than the minute.
    const token = `Bearer ${await hsToken({ scope: 'video:admin', expiresIn: 10 })}`;
    expect(await verdict(auth.authenticate(token))).toBe('accepted');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 41_000 });
    try {
      expect(await verdict(auth.authenticate(token))).toMatch(/expired/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('should never remember a refused token', async () => {
    const auth = createAuthenticator(config);
    const forged = `Bearer ${await hsToken({ scope: 'video:admin' }, 'y'.repeat(40))}`;
    expect(await verdict(auth.authenticate(forged))).toMatch(/not valid/);
    expect(await verdict(auth.authenticate(forged))).toMatch(/not valid/);
  });

  it('should be off (nobody authenticated, nothing refused) without configuration', async () => {
    const auth = createAuthenticator(null);
    expect(auth.required).toBe(false);
    expect(await auth.authenticate('Bearer whatever')).toBeNull();
  });
});
