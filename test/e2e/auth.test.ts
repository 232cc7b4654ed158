/**
 * Caller auth end to end: a gateway whose callers' tokens are checked against a JWKS served by a
 * local identity provider, with issuer and audience, over HTTP and over graphql-ws
 * (`connection_init`: a missing or bad token closes the socket with 4403; a scope a subscription
 * needs is refused for that operation only).
 */
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Gateway } from '../../src/gateway.js';
import { ArchiveStatusChangedDocument } from '../__generated__/graphql.js';
import { ALL_SCOPES, bearer } from '../helpers/caller-tokens.js';
import { joinClient, startTestGateway, subscribe } from '../helpers/gateway.js';
import { gql } from '../helpers/graphql.js';
import { forgerKey, type JwksServer, signWith, startJwksServer } from '../helpers/jwks-server.js';

const ISSUER = 'https://id.example.com/';
const AUDIENCE = 'video-gateway';

let jwks: JwksServer;
let gateway: Gateway;

beforeAll(async () => {
  jwks = await startJwksServer();
  gateway = await startTestGateway({ AUTH_JWKS_URL: jwks.url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
});
afterAll(async () => {
  await gateway?.close();
  await jwks?.close();
});

const token = (scope: string, extra: Record<string, unknown> = {}) => jwks.sign({ iss: ISSUER, aud: AUDIENCE, scope, ...extra });
const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

/** Sends `connection_init` with `payload`; resolves 'ack' or the close code. */
function connectionInit(payload: Record<string, unknown> | undefined): Promise<'ack' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${gateway.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', ...(payload ? { payload } : {}) })));
    ws.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        resolve('ack');
        ws.close();
      }
    });
    ws.once('close', (code) => resolve(code));
    ws.once('error', () => {});
  });
}

/** A graphql-ws client that authenticates with `authorization`. */
function client(authorization: string) {
  return createClient({
    url: `${gateway.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: { authorization },
  });
}

describe('caller auth over HTTP (JWKS, issuer, audience)', () => {
  it('should run an operation the token allows, refuse one it does not, and refuse no token', async () => {
    const writer = bearer(await token('video:sessions:write'));
    const created = await gql(gateway.url, 'mutation { createSession(input: { mediaMode: ROUTED }) { sessionId } }', {}, writer);
    expect(created.errors).toBeUndefined();
    const refused = await gql(gateway.url, '{ sessions(provider: OPENVIDU) { edges { cursor } } }', {}, writer);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toContain('video:sessions:read');
    expect(codes(await gql(gateway.url, 'mutation { createSession(input: {}) { sessionId } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['expired', { expiresIn: -120 }],
    ['of another issuer', { iss: 'https://evil.example.com/' }],
    ['for another audience', { aud: 'another-api' }],
  ])('should refuse a token %s with UNAUTHENTICATED', async (_name, claims) => {
    const bad = await token('video:admin', claims);
    const result = await gql(gateway.url, '{ providers { name } }', {}, bearer(bad));
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('should refuse a forged token with UNAUTHENTICATED', async () => {
    const forged = await signWith(await forgerKey(), 'RS256', 'key-1', { iss: ISSUER, aud: AUDIENCE, scope: 'video:admin' });
    expect(codes(await gql(gateway.url, '{ providers { name } }', {}, bearer(forged)))).toEqual(['UNAUTHENTICATED']);
  });

  it('should answer a bad token with 401 and a bearer challenge', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: 'Bearer x.y.z' },
      body: JSON.stringify({ query: '{ providers { name } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

describe('caller auth over graphql-ws', () => {
  it('should close with 4403 a connection_init without a token or with a bad one', async () => {
    expect(await connectionInit(undefined)).toBe(4403);
    expect(await connectionInit({ authorization: 'Bearer not-a-jwt' })).toBe(4403);
    expect(await connectionInit({ authorization: `Bearer ${await token('video:admin', { expiresIn: -120 })}` })).toBe(4403);
    expect(await connectionInit({ authorization: `Bearer ${await token('video:admin', { aud: 'another-api' })}` })).toBe(4403);
    const forged = await signWith(await forgerKey(), 'RS256', 'key-1', { iss: ISSUER, aud: AUDIENCE, scope: 'video:admin' });
    expect(await connectionInit({ Authorization: `Bearer ${forged}` })).toBe(4403);
  });

  it('should accept `authorization` and `Authorization` in connectionParams', async () => {
    const good = `Bearer ${await token('video:archives:read')}`;
    expect(await connectionInit({ authorization: good })).toBe('ack');
    expect(await connectionInit({ Authorization: good })).toBe('ack');
  });

  it('should run what the socket token allows and refuse the rest per operation (FORBIDDEN)', async () => {
    const admin = bearer(await token('video:admin'));
    const created = await gql(gateway.url, 'mutation { createSession(input: { mediaMode: ROUTED }) { id } }', {}, admin);
    const sessionId = (created.data as { createSession: { id: string } }).createSession.id;
    const minted = await gql(
      gateway.url,
      'mutation($s: ID!) { generateToken(input: { sessionId: $s }) { token } }',
      { s: sessionId },
      admin,
    );
    await joinClient(gateway.emulator!.url, (minted.data as { generateToken: { token: string } }).generateToken.token);
    const started = await gql(gateway.url, 'mutation($s: ID!) { startArchive(input: { sessionId: $s }) { id } }', { s: sessionId }, admin);
    const archiveId = (started.data as { startArchive: { id: string } }).startArchive.id;

    const writer = client(`Bearer ${await token('video:sessions:write video:archives:write')}`);
    const refused = subscribe(writer, ArchiveStatusChangedDocument, { archiveId });
    const [refusal] = await refused.until(1);
    expect(refusal?.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(refusal?.errors?.[0]?.message).toContain('video:archives:read');
    refused.dispose();
    // The same socket still runs what its token allows.
    const mutation = await new Promise<unknown>((resolve, reject) => {
      writer.subscribe(
        { query: 'mutation { createSession(input: {}) { sessionId } }' },
        { next: resolve, error: reject, complete: () => {} },
      );
    });
    expect((mutation as { errors?: unknown }).errors).toBeUndefined();
    await writer.dispose();

    const reader = client(`Bearer ${await token('video:archives:read')}`);
    const watched = subscribe(reader, ArchiveStatusChangedDocument, { archiveId });
    const [first] = await watched.until(1);
    expect(first?.errors).toBeUndefined();
    expect(first?.data?.archiveStatusChanged.previousStatus).toBeNull();
    watched.dispose();
    await reader.dispose();
  });
});

/** Every root field with the scope it needs; the ids name nothing, as a refusal must come first. */
const OVER_WS: { scope: string; query: string }[] = [
  { scope: 'video:sessions:read', query: '{ session(id: "ses_Nobody") { sessionId } }' },
  { scope: 'video:sessions:read', query: '{ sessions(provider: OPENVIDU) { edges { cursor } } }' },
  { scope: 'video:sessions:write', query: 'mutation { createSession(input: {}) { sessionId } }' },
  { scope: 'video:sessions:write', query: 'mutation { closeSession(id: "ses_Nobody") }' },
  { scope: 'video:tokens:subscriber', query: 'mutation { generateToken(input: { sessionId: "ses_Nobody", role: SUBSCRIBER }) { token } }' },
  { scope: 'video:tokens:publisher', query: 'mutation { generateToken(input: { sessionId: "ses_Nobody" }) { token } }' },
  { scope: 'video:tokens:moderator', query: 'mutation { generateToken(input: { sessionId: "ses_Nobody", role: MODERATOR }) { token } }' },
  { scope: 'video:archives:read', query: '{ archive(id: "ses_Nobody~1") { status } }' },
  { scope: 'video:archives:read', query: '{ archives(sessionId: "ses_Nobody") { totalCount } }' },
  { scope: 'video:archives:write', query: 'mutation { startArchive(input: { sessionId: "ses_Nobody" }) { status } }' },
  { scope: 'video:archives:write', query: 'mutation { stopArchive(id: "ses_Nobody~1") { status } }' },
  { scope: 'video:archives:write', query: 'mutation { deleteArchive(id: "ses_Nobody~1") }' },
  { scope: 'video:sip', query: 'mutation { dialSip(input: { sessionId: "ses_Nobody", uri: "sip:a@example.com" }) { sipCallId } }' },
  { scope: 'video:moderate', query: 'mutation { forceDisconnect(input: { sessionId: "ses_Nobody", connectionId: "con_X" }) }' },
  { scope: 'video:moderate', query: 'mutation { forceUnpublish(input: { sessionId: "ses_Nobody", streamId: "str_X" }) }' },
  { scope: 'video:moderate', query: 'mutation { sendSignal(input: { sessionId: "ses_Nobody", data: "hi" }) }' },
];

describe('every scope over graphql-ws', () => {
  /** Runs one operation on a socket authenticated with `scope`; the codes of its errors. */
  async function codesOver(scope: string, query: string): Promise<unknown[]> {
    const ws = client(`Bearer ${await token(scope)}`);
    try {
      const result = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
        ws.subscribe({ query }, { next: resolve, error: reject, complete: () => {} });
      });
      return codes(result);
    } finally {
      await ws.dispose();
    }
  }

  it.each(OVER_WS)('should refuse `$query` without $scope and not refuse it with', async ({ scope, query }) => {
    const refused = await codesOver(ALL_SCOPES.filter((s) => s !== scope && !s.startsWith('video:tokens:')).join(' '), query);
    expect(refused).toEqual(['FORBIDDEN']);
    for (const granted of [scope, 'video:admin']) {
      const allowed = await codesOver(granted, query);
      expect(allowed).not.toContain('FORBIDDEN');
      expect(allowed).not.toContain('UNAUTHENTICATED');
    }
  });
});
