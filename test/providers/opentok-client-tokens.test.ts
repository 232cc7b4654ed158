import { createHmac, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { createClientTokenMinter } from '../../src/providers/opentok/client-tokens.js';
import { decodeSessionId } from '../../src/providers/opentok/session-ids.js';
import type { GenerateTokenOptions } from '../../src/providers/types.js';

const require = createRequire(import.meta.url);
// The official SDK is the conformance oracle (CommonJS, untyped).
const OpenTok = require('opentok') as new (
  key: string,
  secret: string,
) => {
  generateToken(sessionId: string, opts?: Record<string, unknown>, t1?: boolean): string;
};

const API_KEY = '46183452';
const API_SECRET = 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0';
const secretKey = new TextEncoder().encode(API_SECRET);

/** A session id in the current layout (docs/providers/opentok.md, Session ids): `1_` + base64url(`1~key~~ms~random~~~`). */
function sessionIdFor(apiKey: string, location = ''): string {
  const random = randomBytes(18).toString('base64');
  return `1_${Buffer.from(`1~${apiKey}~${location}~${Date.now()}~${random}~~~`).toString('base64url')}`;
}

function typesOf(claims: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, typeof v]));
}

/** T1 token -> its fields, the raw signed string and the signature (as opentok-token's helpers do). */
function decodeT1(token: string): { partner: URLSearchParams; data: URLSearchParams; raw: string } {
  expect(token.startsWith('T1==')).toBe(true);
  const decoded = Buffer.from(token.slice(4), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const raw = decoded.slice(colon + 1);
  return { partner: new URLSearchParams(decoded.slice(0, colon)), data: new URLSearchParams(raw), raw };
}

function expectBadInput(fn: () => unknown, field: string, message?: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(GatewayError);
  const error = caught as GatewayError;
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.details.field).toBe(field);
  if (message) expect(error.message).toMatch(message);
}

describe('OpenTok client tokens (JWT) against the official SDK', () => {
  const sdk = new OpenTok(API_KEY, API_SECRET);
  const minter = createClientTokenMinter(API_KEY, API_SECRET);
  const sessionId = sessionIdFor(API_KEY);

  const cases: Array<{ name: string; ours: Omit<GenerateTokenOptions, 'sessionId'>; sdk: Record<string, unknown> }> = [
    { name: 'defaults', ours: {}, sdk: {} },
    {
      name: 'every option',
      ours: {
        role: 'MODERATOR',
        data: 'name=Bob&id=7',
        initialLayoutClassList: ['focus', 'full'],
        expiresAt: new Date((Math.floor(Date.now() / 1000) + 3600) * 1000),
      },
      sdk: {
        role: 'moderator',
        data: 'name=Bob&id=7',
        initialLayoutClassList: ['focus', 'full'],
        expireTime: Math.floor(Date.now() / 1000) + 3600,
      },
    },
    { name: 'subscriber', ours: { role: 'SUBSCRIBER' }, sdk: { role: 'subscriber' } },
    { name: 'publisher-only', ours: { role: 'PUBLISHER_ONLY' }, sdk: { role: 'publisheronly' } },
    { name: 'unicode data', ours: { data: '{"name":"Zoë \\"Z\\""}' }, sdk: { data: '{"name":"Zoë \\"Z\\""}' } },
  ];

  it.each(cases)('should mint the same claim set as opentok-node ($name)', async ({ ours, sdk: sdkOptions }) => {
    const reference = decodeJwt(sdk.generateToken(sessionId, sdkOptions));
    const minted = minter.mint({ sessionId, ...ours });
    const claims = decodeJwt(minted.token);

    // Same keys in the same order, same value types.
    expect(Object.keys(claims)).toEqual(Object.keys(reference));
    expect(typesOf(claims)).toEqual(typesOf(reference));
    for (const key of ['iss', 'ist', 'session_id', 'role', 'connection_data', 'initial_layout_class_list', 'scope']) {
      expect(claims[key], key).toEqual(reference[key]);
    }
    expect(Math.abs((claims.exp as number) - (reference.exp as number))).toBeLessThanOrEqual(1);
    expect(claims.exp).toBe(claims.expire_time);
    expect(minted.expiresAt.getTime()).toBe((claims.exp as number) * 1000);

    expect(decodeProtectedHeader(minted.token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const { payload } = await jwtVerify(minted.token, secretKey, { algorithms: ['HS256'] });
    expect(payload.session_id).toBe(sessionId);
  });

  it('should default to a publisher token valid for 24 hours', () => {
    const now = Date.now();
    const minted = minter.mint({ sessionId }, now);
    const claims = decodeJwt(minted.token);
    expect(claims.role).toBe('publisher');
    expect(minted.role).toBe('PUBLISHER');
    expect(claims.exp).toBe(Math.floor(now / 1000) + 86_400);
    expect(claims.initial_layout_class_list).toBe('');
    expect(claims).not.toHaveProperty('connection_data');
    expect(minted.data).toBeNull();
  });

  it('should not verify with another secret', async () => {
    const { token } = minter.mint({ sessionId });
    await expect(jwtVerify(token, new TextEncoder().encode('not-the-secret'))).rejects.toThrow();
  });

  it('should use a fresh nonce per token', () => {
    const a = decodeJwt(minter.mint({ sessionId }).token);
    const b = decodeJwt(minter.mint({ sessionId }).token);
    expect(a.nonce).not.toBe(b.nonce);
  });
});

describe('OpenTok client tokens (T1)', () => {
  const sdk = new OpenTok(API_KEY, API_SECRET);
  const minter = createClientTokenMinter(API_KEY, API_SECRET);
  const sessionId = sessionIdFor(API_KEY);

  it('should encode partner id, an HMAC-SHA1 signature and the same fields as opentok-node', () => {
    const options = { role: 'SUBSCRIBER' as const, data: 'name=A B&x=ü', initialLayoutClassList: ['a', 'b'] };
    const minted = minter.mint({ sessionId, format: 'T1', ...options });
    expect(minted.format).toBe('T1');
    const ours = decodeT1(minted.token);

    expect(ours.partner.get('partner_id')).toBe(API_KEY);
    const expectedSig = createHmac('sha1', API_SECRET).update(ours.raw).digest('hex');
    expect(ours.partner.get('sig')).toBe(expectedSig);
    expect(createHmac('sha1', 'wrong').update(ours.raw).digest('hex')).not.toBe(ours.partner.get('sig'));

    const reference = decodeT1(
      sdk.generateToken(sessionId, { role: 'subscriber', data: options.data, initialLayoutClassList: ['a', 'b'] }, true),
    );
    expect([...ours.data.keys()]).toEqual([...reference.data.keys()]);
    for (const key of ['session_id', 'role', 'connection_data', 'initial_layout_class_list', 'scope']) {
      expect(ours.data.get(key), key).toBe(reference.data.get(key));
    }
    expect(Number(ours.data.get('expire_time'))).toBe(minted.expiresAt.getTime() / 1000);
    expect(Number(ours.data.get('create_time'))).toBeGreaterThan(1_600_000_000);
    expect(Number.isFinite(Number(ours.data.get('nonce')))).toBe(true);
  });

  it('should be verified by the helper opentok-token ships for its own tests', () => {
    const helpers = require('opentok-token/helpers.js') as {
      verifyTokenSignature(token: string, secret: string): boolean;
      decodeToken(token: string): Record<string, string>;
    };
    const { token } = minter.mint({ sessionId, format: 'T1', role: 'MODERATOR' });
    expect(helpers.verifyTokenSignature(token, API_SECRET)).toBe(true);
    expect(helpers.verifyTokenSignature(token, 'another-secret')).toBe(false);
    expect(helpers.decodeToken(token)).toMatchObject({ partner_id: API_KEY, session_id: sessionId, role: 'moderator' });
  });
});

describe('OpenTok client token refusals and validation', () => {
  const minter = createClientTokenMinter(API_KEY, API_SECRET);
  const sessionId = sessionIdFor(API_KEY);

  it('should refuse a session of another API key, like opentok-node', () => {
    const foreign = sessionIdFor('99999999');
    expect(decodeSessionId(foreign)?.apiKey).toBe('99999999');
    expect(() => new OpenTok(API_KEY, API_SECRET).generateToken(foreign)).toThrow(/belongs to the API Key/);
    expectBadInput(() => minter.mint({ sessionId: foreign }), 'input.sessionId', /does not belong to the configured OpenTok API key/);
  });

  it('should refuse a key that merely starts like ours', () => {
    expectBadInput(() => minter.mint({ sessionId: sessionIdFor(`${API_KEY}0`) }), 'input.sessionId');
  });

  it('should refuse ids that are not OpenTok session ids', () => {
    for (const bad of ['', 'ses_abc', '1_', '1_!!!!!!!!!!', `2_${Buffer.from('no tildes here').toString('base64url')}`]) {
      expectBadInput(() => minter.mint({ sessionId: bad }), 'input.sessionId');
    }
  });

  it('should accept old-layout and location-hinted ids of our key', () => {
    const old = `1_${Buffer.from(`1~${API_KEY}~~Sat Mar 15 14:42:23 PDT 2014~0.49013025~`).toString('base64url')}`;
    expect(minter.mint({ sessionId: old }).token).toMatch(/^eyJ/);
    expect(minter.mint({ sessionId: sessionIdFor(API_KEY, '10.1.2.3') }).token).toMatch(/^eyJ/);
  });

  // The limits on data, expiry, class names and roles are the schema's, which runs before the
  // minter: their refusals are asserted in test/graphql/input-rules.test.ts.
  it('should limit connection data to 1000 characters', () => {
    expect(minter.mint({ sessionId, data: 'x'.repeat(1000) }).data).toHaveLength(1000);
  });

  it('should require the expiry in the future and within 30 days', () => {
    const now = Date.now();
    const max = minter.mint({ sessionId, expiresAt: new Date(now + 30 * 86_400_000) }, now);
    expect(decodeJwt(max.token).exp).toBe(Math.floor((now + 30 * 86_400_000) / 1000));
  });

  it("should keep the joined class list within opentok-node's 1024 characters", () => {
    const classes = Array.from({ length: 20 }, (_, i) => `${'c'.repeat(60)}${i}`);
    expectBadInput(() => minter.mint({ sessionId, initialLayoutClassList: classes }), 'input.initialLayoutClassList', /1024/);
    expect(minter.mint({ sessionId, initialLayoutClassList: classes.slice(0, 10) }).token).toMatch(/^eyJ/);
  });

  it('should sign synchronously (speed is measured by `npm run bench`, not asserted here)', () => {
    const minted = minter.mint({ sessionId, data: 'name=x' });
    expect(minted).not.toBeInstanceOf(Promise);
    expect(typeof minted.token).toBe('string');
  });
});
