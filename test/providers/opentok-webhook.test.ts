import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { createWebhookHandler } from '../../src/providers/opentok/webhook.js';
import type { WebhookRequest } from '../../src/providers/types.js';

const SECRET = 'callback-signature-secret-0123456789';
const SESSION_ID = `2_${Buffer.from('1~123456~~1700000000000~abcdefghijklmnopqrstuvwx~~~').toString('base64url')}`;
const ARCHIVE_ID = 'b40ef09b-3811-4726-b508-e41a0f96c68f';

const archiveCallback = {
  id: ARCHIVE_ID,
  event: 'archive',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_060_000,
  duration: 328,
  name: 'Foo',
  partnerId: 123456,
  reason: '',
  resolution: '640x480',
  sessionId: SESSION_ID,
  size: 18_023_312,
  status: 'available',
  url: 'https://example.invalid/archive.mp4',
  outputMode: 'composed',
  hasAudio: true,
  hasVideo: false,
  someFutureField: { nested: true },
};

/** Signs `body` the way Vonage secure callbacks are signed (docs/providers/opentok.md, Callbacks). */
async function signed(
  body: string,
  options: { secret?: string; iat?: number; payloadHash?: string; alg?: string; jti?: string } = {},
): Promise<WebhookRequest> {
  const claims = {
    jti: options.jti ?? randomUUID(),
    iss: 'Vonage',
    payload_hash: options.payloadHash ?? createHash('sha256').update(body).digest('hex'),
    api_key: '123456',
    application_id: randomUUID(),
  };
  const jwt = await new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' })
    .setIssuedAt(options.iat ?? Math.floor(Date.now() / 1000))
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
  return { headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' }, rawBody: Buffer.from(body) };
}

function unsigned(body: string): WebhookRequest {
  return { headers: { 'content-type': 'application/json' }, rawBody: Buffer.from(body) };
}

async function rejection(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

describe('OpenTok webhook verification (secret set)', () => {
  const handle = createWebhookHandler({ webhookSecret: SECRET });
  const body = JSON.stringify(archiveCallback);

  it('should accept a correctly signed callback and dedupe it by jti', async () => {
    const jti = randomUUID();
    const result = await handle(await signed(body, { jti }));
    expect(result.eventType).toBe('archive');
    expect(result.dedupeKey).toBe(jti);
    expect(result.archiveChanges).toHaveLength(1);
  });

  it('should accept the header name in any case', async () => {
    const request = await signed(body);
    const result = await handle({ headers: { Authorization: request.headers.authorization }, rawBody: request.rawBody });
    expect(result.archiveChanges).toHaveLength(1);
  });

  const rejected: Array<[string, () => Promise<WebhookRequest>, RegExp]> = [
    ['a missing Authorization header', async () => unsigned(body), /not signed/],
    ['a non-Bearer Authorization header', async () => ({ ...unsigned(body), headers: { authorization: 'Basic abc' } }), /not signed/],
    ['a wrong secret', () => signed(body, { secret: 'some-other-secret-of-enough-length' }), /does not verify/],
    [
      'a forged signature',
      async () => {
        const request = await signed(body);
        const [h, p, s = ''] = (request.headers.authorization ?? '').slice(7).split('.');
        const forged = `${s.slice(0, -4)}${s.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
        return { ...request, headers: { authorization: `Bearer ${h}.${p}.${forged}` } };
      },
      /does not verify/,
    ],
    ['a stale iat', () => signed(body, { iat: Math.floor(Date.now() / 1000) - 301 }), /stale/],
    ['an iat far in the future', () => signed(body, { iat: Math.floor(Date.now() / 1000) + 600 }), /stale/],
    [
      'an altered body',
      async () => ({ ...(await signed(body)), rawBody: Buffer.from(body.replace('available', 'expired')) }),
      /payload_hash/,
    ],
    ['a payload_hash that is not hex', () => signed(body, { payloadHash: 'nope' }), /payload_hash/],
    ['an HS512 token (algorithm pinned)', () => signed(body, { alg: 'HS512' }), /does not verify/],
  ];

  it.each(rejected)('should reject %s with UNAUTHENTICATED', async (_name, makeRequest, message) => {
    const error = await rejection(handle(await makeRequest()));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
  });

  it('should verify the signature before parsing (a signed non-JSON body is BAD_USER_INPUT, unsigned is UNAUTHENTICATED)', async () => {
    expect((await rejection(handle(unsigned('not json')))).code).toBe('UNAUTHENTICATED');
    expect((await rejection(handle(await signed('not json')))).code).toBe('BAD_USER_INPUT');
  });

  it('should honour the configured clock', async () => {
    const past = Date.now() - 3_600_000;
    const handleThen = createWebhookHandler({ webhookSecret: SECRET, now: () => past });
    const request = await signed(body, { iat: Math.floor(past / 1000) });
    await expect(handleThen(request)).resolves.toMatchObject({ eventType: 'archive' });
    expect((await rejection(handle(request))).code).toBe('UNAUTHENTICATED');
  });
});

describe('OpenTok webhook parsing (no secret)', () => {
  const handle = createWebhookHandler();

  it('should accept unsigned callbacks and map the archive', async () => {
    const result = await handle(unsigned(JSON.stringify(archiveCallback)));
    expect(result.eventType).toBe('archive');
    expect(result.dedupeKey).toBe(`archive:${ARCHIVE_ID}:available:1700000060000`);
    const [change] = result.archiveChanges;
    expect(change?.source).toBe('webhook');
    expect(change?.occurredAt).toEqual(new Date(1_700_000_060_000));
    expect(change?.archive).toEqual({
      provider: 'OPENTOK',
      archiveId: ARCHIVE_ID,
      sessionId: SESSION_ID,
      name: 'Foo',
      status: 'AVAILABLE',
      createdAt: new Date(1_700_000_000_000),
      updatedAt: new Date(1_700_000_060_000),
      duration: 328,
      size: 18_023_312,
      url: 'https://example.invalid/archive.mp4',
      hasAudio: true,
      hasVideo: false,
      outputMode: 'COMPOSED',
      resolution: '640x480',
      reason: null,
      multiArchiveTag: null,
    });
  });

  it('should ignore a signature header when no secret is configured', async () => {
    const result = await handle({ ...unsigned(JSON.stringify(archiveCallback)), headers: { authorization: 'Bearer x.y.z' } });
    expect(result.archiveChanges).toHaveLength(1);
  });

  it('should parse an archive object without an event field, using createdAt and now when updatedAt is absent', async () => {
    const now = 1_800_000_000_000;
    const handleAt = createWebhookHandler({ now: () => now });
    const { event: _event, updatedAt: _updatedAt, ...bare } = archiveCallback;
    const result = await handleAt(unsigned(JSON.stringify({ ...bare, status: 'stopped', reason: 'user initiated' })));
    expect(result.eventType).toBe('archive');
    expect(result.dedupeKey).toBe(`archive:${ARCHIVE_ID}:stopped:1700000000000`);
    expect(result.archiveChanges[0]?.occurredAt).toEqual(new Date(now));
    expect(result.archiveChanges[0]?.archive).toMatchObject({ status: 'STOPPED', reason: 'user initiated', updatedAt: null });
  });

  it('should tolerate nulls, empty strings and individual output', async () => {
    const result = await handle(
      unsigned(
        JSON.stringify({
          ...archiveCallback,
          status: 'started',
          name: null,
          url: null,
          size: 0,
          duration: 0,
          outputMode: 'individual',
          resolution: '',
        }),
      ),
    );
    expect(result.archiveChanges[0]?.archive).toMatchObject({
      status: 'STARTED',
      name: null,
      url: null,
      size: 0,
      outputMode: 'INDIVIDUAL',
      resolution: null,
    });
  });

  it('should give different dedupe keys to different statuses of one archive', async () => {
    const a = await handle(unsigned(JSON.stringify({ ...archiveCallback, status: 'stopped' })));
    const b = await handle(unsigned(JSON.stringify(archiveCallback)));
    expect(a.dedupeKey).not.toBe(b.dedupeKey);
  });

  it('should parse an archive callback with an unknown status to no change', async () => {
    const result = await handle(unsigned(JSON.stringify({ ...archiveCallback, status: 'teleported' })));
    expect(result).toMatchObject({ eventType: 'archive', archiveChanges: [] });
  });

  it.each([
    ['connectionCreated', { connection: { id: 'c1', createdAt: 1, data: 'x' } }],
    ['connectionDestroyed', { reason: 'clientDisconnected', connection: { id: 'c1', createdAt: 1, data: '' } }],
    ['streamCreated', { stream: { id: 's1', connection: { id: 'c1' }, createdAt: 1, name: '', videoType: 'camera' } }],
    ['streamDestroyed', { reason: 'forceUnpublished', stream: { id: 's1' } }],
    ['callUpdated', { call: { id: 'k1', connectionId: 'c9', createdAt: 1 }, state: 'RINGING' }],
  ])('should parse the %s monitoring event to zero archive changes', async (event, extra) => {
    const result = await handle(
      unsigned(JSON.stringify({ sessionId: SESSION_ID, projectId: '123456', event, timestamp: 1_700_000_000_123, ...extra })),
    );
    expect(result.eventType).toBe(event);
    expect(result.archiveChanges).toEqual([]);
    expect(result.dedupeKey).toMatch(new RegExp(`^${event}:${SESSION_ID}:`));
  });

  it('should report unknown events as unknown', async () => {
    const result = await handle(unsigned(JSON.stringify({ event: 'somethingNew', sessionId: SESSION_ID })));
    expect(result).toMatchObject({ eventType: 'unknown', archiveChanges: [] });
  });

  it.each([['not json'], ['[1,2]'], ['"text"'], ['null'], ['']])('should reject the body %j with BAD_USER_INPUT', async (body) => {
    const error = await rejection(handle(unsigned(body)));
    expect(error.code).toBe('BAD_USER_INPUT');
  });
});
