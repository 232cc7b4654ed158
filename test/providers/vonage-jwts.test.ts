/**
 * The JWTs the Vonage adapter signs: REST bearer JWTs (claims, lifetime, a fresh `jti` per
 * request) and client tokens (the claim set of @vonage/video's generateClientToken, which the SDK
 * itself mints here for comparison).
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { Video } from '@vonage/video';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { createVonageTokenMinter } from '../../src/providers/vonage/client-tokens.js';
import { createVonageTransport } from '../../src/providers/vonage/rest-auth.js';

const APP = '5f2c7e8a-1b3d-4c5e-9f60-718293a4b5c6';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const SESSION = `1_${Buffer.from(`1~${APP}~~1700000000000~abcdefghijklmnopqrstuvwx~~~`).toString('base64url')}`;
const FOREIGN = `1_${Buffer.from('1~00000000-0000-4000-8000-0000000000aa~~1700000000000~abcdefghijklmnopqrstuvwx~~~').toString('base64url')}`;

async function bearer(transport: ReturnType<typeof createVonageTransport>): Promise<string> {
  const headers = await transport.auth();
  const match = /^Bearer (\S+)$/.exec(headers.authorization ?? '');
  if (!match?.[1]) throw new Error('no bearer token');
  return match[1];
}

describe('Vonage REST JWTs', () => {
  it('should sign RS256 with exactly application_id, iat, exp and jti, living five minutes', async () => {
    const now = 1_800_000_000_000;
    const jwt = await bearer(createVonageTransport(APP, privateKey, { now: () => now }));
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'RS256', typ: 'JWT' });
    const claims = decodeJwt(jwt);
    expect(Object.keys(claims).sort()).toEqual(['application_id', 'exp', 'iat', 'jti']);
    expect(claims).toMatchObject({ application_id: APP, iat: now / 1000, exp: now / 1000 + 300 });
    expect(claims.jti).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const verified = await jwtVerify(jwt, publicKey, { algorithms: ['RS256'], currentDate: new Date(now) });
    expect(verified.payload.application_id).toBe(APP);
  });

  it('should be expired once its lifetime has passed', async () => {
    const now = Date.now() - 301_000;
    const jwt = await bearer(createVonageTransport(APP, privateKey, { now: () => now }));
    await expect(jwtVerify(jwt, publicKey, { algorithms: ['RS256'] })).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });

  it('should give every request its own jti, even within one second', async () => {
    const transport = createVonageTransport(APP, privateKey, { now: () => 1_800_000_000_000 });
    const jtis = new Set<unknown>();
    for (let i = 0; i < 20; i += 1) jtis.add(decodeJwt(await bearer(transport)).jti);
    expect(jtis.size).toBe(20);
  });

  it('should name the application in the path and Vonage in errors', () => {
    const transport = createVonageTransport(APP, privateKey);
    expect(transport.projectId).toBe(APP);
    expect(transport.errors).toMatchObject({ provider: 'VONAGE', displayName: 'Vonage' });
    expect(transport.errors.credentials).toMatch(/VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY/);
  });
});

describe('Vonage client tokens', () => {
  const minter = createVonageTokenMinter(APP, privateKey);

  it('should carry the claim set @vonage/video mints, in its order and with its values', async () => {
    const now = Date.now();
    const ours = await minter.mint(
      { sessionId: SESSION, role: 'MODERATOR', data: 'name=Ada', initialLayoutClassList: ['focus', 'big'] },
      now,
    );
    const sdk = new Video({ applicationId: APP, privateKey: PEM }).generateClientToken(SESSION, {
      role: 'moderator',
      data: 'name=Ada',
      initialLayoutClassList: ['focus', 'big'],
    });
    expect(decodeProtectedHeader(ours.token)).toEqual(decodeProtectedHeader(sdk));
    const mine = decodeJwt(ours.token);
    const theirs = decodeJwt(sdk);
    expect(Object.keys(mine)).toEqual(Object.keys(theirs));
    const stable = (c: Record<string, unknown>) => ({ ...c, jti: 'x', iat: 0, exp: 0 });
    expect(stable(mine)).toEqual(stable(theirs));
    expect(mine).toMatchObject({ scope: 'session.connect', sub: 'video', acl: { paths: { '/session/**': {} } }, role: 'moderator' });
    expect(ours).toMatchObject({ role: 'MODERATOR', data: 'name=Ada', format: 'JWT' });
    await jwtVerify(ours.token, publicKey as KeyObject, { algorithms: ['RS256'] });
  });

  it('should default to a publisher for 24 hours, and keep an explicit expiry', async () => {
    const now = 1_800_000_000_000;
    const plain = await minter.mint({ sessionId: SESSION }, now);
    expect(decodeJwt(plain.token)).toMatchObject({
      role: 'publisher',
      exp: now / 1000 + 86_400,
      iat: now / 1000,
      initial_layout_class_list: '',
    });
    expect(decodeJwt(plain.token)).not.toHaveProperty('connection_data');
    const expiresAt = new Date(now + 3_600_000);
    const timed = await minter.mint({ sessionId: SESSION, expiresAt }, now);
    expect(decodeJwt(timed.token).exp).toBe(expiresAt.getTime() / 1000);
    expect(timed.expiresAt).toEqual(expiresAt);
  });

  it('should give every token its own jti', async () => {
    const tokens = await Promise.all(Array.from({ length: 10 }, () => minter.mint({ sessionId: SESSION }, 1_800_000_000_000)));
    expect(new Set(tokens.map((t) => decodeJwt(t.token).jti)).size).toBe(10);
  });

  it('should refuse a session of another application or not in the session id layout, naming the field', async () => {
    for (const sessionId of [FOREIGN, 'ses_ABCDEFGHIJ', '']) {
      const error = await minter.mint({ sessionId }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GatewayError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.sessionId' } });
    }
  });
});
