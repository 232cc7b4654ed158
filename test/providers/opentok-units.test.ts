import { decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/errors.js';
import { mapOpenTokError, parseErrorBody, type OpenTokOperation } from '../../src/providers/opentok/errors.js';
import { toArchiveInfo, toStreamInfo } from '../../src/providers/opentok/mapping.js';
import { createRestAuth } from '../../src/providers/opentok/rest-auth.js';
import { SessionCache } from '../../src/providers/opentok/session-cache.js';
import { decodeSessionId, sessionBelongsTo } from '../../src/providers/opentok/session-ids.js';

describe('REST auth (X-OPENTOK-AUTH)', () => {
  it('should sign opentok-node’s claim set and reuse the JWT for a minute', async () => {
    let now = 1_700_000_000_000;
    const auth = createRestAuth('123456', 'rest-secret', { now: () => now });
    const first = auth.token();
    const { payload } = await jwtVerify(first, new TextEncoder().encode('rest-secret'), {
      algorithms: ['HS256'],
      currentDate: new Date(now),
    });
    expect(payload).toEqual({ iss: '123456', ist: 'project', iat: 1_700_000_000, exp: 1_700_000_300 });

    now += 59_000;
    expect(auth.token()).toBe(first);
    now += 1_000;
    const second = auth.token();
    expect(second).not.toBe(first);
    expect(decodeJwt(second).iat).toBe(1_700_000_060);
  });

  it('should re-sign when the clock goes backwards', () => {
    let now = 1_700_000_100_000;
    const auth = createRestAuth('1', 's', { now: () => now });
    const first = auth.token();
    now -= 10_000;
    expect(auth.token()).not.toBe(first);
  });
});

describe('session ids', () => {
  it('should decode the old layout', () => {
    const decoded = decodeSessionId('1_MX4xMjM0NTZ-flNhdCBNYXIgMTUgMTQ6NDI6MjMgUERUIDIwMTR-MC40OTAxMzAyNX4');
    expect(decoded).toMatchObject({ version: '1', apiKey: '123456', location: '' });
    expect(decoded?.createdAt?.getUTCFullYear()).toBe(2014);
  });

  it('should decode the current layout with a location and a millisecond create time', () => {
    const id = `2_${Buffer.from('1~46183452~127.0.0.1~1672888668177~CbP9xoAfEOj+WaDmBxO0va3B~~~').toString('base64url')}`;
    expect(decodeSessionId(id)).toEqual({
      version: '2',
      apiKey: '46183452',
      location: '127.0.0.1',
      createdAt: new Date(1_672_888_668_177),
    });
    expect(sessionBelongsTo(id, '46183452')).toBe(true);
    expect(sessionBelongsTo(id, '4618345')).toBe(false);
  });

  it.each([
    '',
    'x',
    '1_',
    '12_abc',
    '1_####',
    `1_${Buffer.from('a~b').toString('base64url')}`,
    `1_${Buffer.from('x~1~~2~').toString('base64url')}`,
    `1_${Buffer.from([0xff, 0x7e, 0x01, 0x7e, 0x7e, 0x7e]).toString('base64url')}`,
  ])('should reject %j', (id) => {
    expect(decodeSessionId(id)).toBeNull();
  });
});

describe('session cache', () => {
  it('should evict the least recently used entry', () => {
    const cache = new SessionCache(2);
    const entry = { mediaMode: 'ROUTED' as const, archiveMode: 'MANUAL' as const, createdAt: new Date() };
    cache.set('a', entry);
    cache.set('b', entry);
    cache.get('a');
    cache.set('c', entry);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(entry);
    expect(cache.size).toBe(2);
  });
});

describe('archive and stream mapping', () => {
  it('should map a REST archive, tolerating strings for numbers and unknown properties', () => {
    const archive = toArchiveInfo({
      id: 'b40ef09b-3811-4726-b508-e41a0f96c68f',
      status: 'PAUSED',
      sessionId: '2_abc',
      name: '',
      createdAt: '1700000000000',
      updatedAt: 1_700_000_001_000,
      size: '42',
      duration: 3,
      url: '',
      hasAudio: 'false',
      outputMode: 'composed',
      resolution: '1280x720',
      reason: '',
      password: '',
      streams: [{ streamId: 's', hasAudio: true }],
      sha256sum: 'abc',
      multiArchiveTag: 'tag',
    });
    expect(archive).toEqual({
      provider: 'OPENTOK',
      archiveId: 'b40ef09b-3811-4726-b508-e41a0f96c68f',
      sessionId: '2_abc',
      name: null,
      status: 'PAUSED',
      createdAt: new Date(1_700_000_000_000),
      updatedAt: new Date(1_700_000_001_000),
      duration: 3,
      size: 42,
      url: null,
      hasAudio: false,
      hasVideo: true,
      outputMode: 'COMPOSED',
      resolution: '1280x720',
      reason: null,
      multiArchiveTag: 'tag',
      streams: [{ streamId: 's', hasAudio: true, hasVideo: true }],
    });
  });

  it.each([
    ['no id', { status: 'started', sessionId: 's', createdAt: 1 }],
    ['no session', { id: 'a', status: 'started', createdAt: 1 }],
    ['unknown status', { id: 'a', status: 'queued', sessionId: 's', createdAt: 1 }],
    ['no timestamp', { id: 'a', status: 'started', sessionId: 's' }],
    ['an array', []],
    ['null', null],
  ])('should return null for %s', (_name, dto) => {
    expect(toArchiveInfo(dto)).toBeNull();
  });

  it('should know every OpenTok status', () => {
    const statuses = ['started', 'paused', 'stopped', 'uploaded', 'available', 'expired', 'failed', 'deleted'];
    const mapped = statuses.map((status) => toArchiveInfo({ id: 'a', status, sessionId: 's', createdAt: 1 })?.status);
    expect(mapped).toEqual(['STARTED', 'PAUSED', 'STOPPED', 'UPLOADED', 'AVAILABLE', 'EXPIRED', 'FAILED', 'DELETED']);
  });

  it('should map streams', () => {
    expect(toStreamInfo({ id: 's1', videoType: 'camera', name: '', layoutClassList: ['full', 3] }, 'sess')).toEqual({
      provider: 'OPENTOK',
      streamId: 's1',
      sessionId: 'sess',
      videoType: 'camera',
      name: null,
      layoutClassList: ['full'],
    });
    expect(toStreamInfo({ videoType: 'camera' }, 'sess')).toBeNull();
  });
});

describe('OpenTok error mapping', () => {
  const json = (body: object): string => JSON.stringify(body);
  const cases: Array<[OpenTokOperation, number, string, ErrorCode, RegExp]> = [
    [
      'startArchive',
      400,
      json({ code: 400, message: 'No clients are connected to the session.' }),
      'PRECONDITION_FAILED',
      /a client must be connected/,
    ],
    ['startArchive', 400, json({ code: 400, message: 'Invalid resolution' }), 'BAD_USER_INPUT', /Invalid resolution/],
    ['startArchive', 409, json({ code: 15008, message: 'Conflict' }), 'PRECONDITION_FAILED', /mediaMode ROUTED/],
    ['startArchive', 409, json({ message: 'Only routed sessions are allowed to initiate archives.' }), 'PRECONDITION_FAILED', /routed/],
    ['startArchive', 409, json({ message: 'Recording already in progress' }), 'CONFLICT', /multiArchiveTag/],
    [
      'stopArchive',
      409,
      json({ message: 'Conflict. You are trying to stop an archive that is not recording.' }),
      'CONFLICT',
      /^the archive is not recording$/,
    ],
    ['deleteArchive', 409, '', 'CONFLICT', /available/],
    ['getArchive', 404, '', 'NOT_FOUND', /archive not found/],
    ['startArchive', 404, '', 'NOT_FOUND', /session not found/],
    ['forceDisconnect', 404, '', 'NOT_FOUND', /connection not found/],
    ['dial', 409, '', 'PRECONDITION_FAILED', /routed/],
    ['createSession', 403, json({ code: -1, message: 'Invalid token format' }), 'UPSTREAM_ERROR', /OPENTOK_API_KEY and OPENTOK_API_SECRET/],
    ['listArchives', 401, '', 'UPSTREAM_ERROR', /credentials/],
    ['signal', 413, '', 'BAD_USER_INPUT', /8 kB/],
    ['createSession', 500, '<html>oops</html>', 'UPSTREAM_UNAVAILABLE', /HTTP 500/],
    [
      'createSession',
      503,
      '<?xml version="1.0"?><errorPayload><code>-1</code><message>down</message></errorPayload>',
      'UPSTREAM_UNAVAILABLE',
      /HTTP 503/,
    ],
    ['createSession', 418, '', 'UPSTREAM_ERROR', /HTTP 418/],
  ];

  it.each(cases)('should map %s %i to %s', (operation, status, body, code, message) => {
    const error = mapOpenTokError(operation, status, body);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.details).toMatchObject({ provider: 'OPENTOK', upstreamStatus: status });
  });

  it('should name the field of a too-large signal', () => {
    expect(mapOpenTokError('signal', 413, '').details.field).toBe('input.data');
  });

  it('should carry Retry-After on 429', () => {
    const error = mapOpenTokError('listArchives', 429, '', { 'retry-after': '7' });
    expect(error).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfter: 7, upstreamStatus: 429 } });
  });

  it.each([
    'x'.repeat(200),
    'token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 rejected',
    'bad T1==cGFydG5lcl9pZD0xMjM0NTY',
    '<b>markup</b>',
    'line\nbreak',
  ])('should not pass an unsafe upstream message through: %j', (message) => {
    const error = mapOpenTokError('createSession', 400, JSON.stringify({ code: 400, message }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).not.toContain(message.slice(0, 20));
  });

  it('should parse JSON and XML error bodies', () => {
    expect(parseErrorBody('{"code":15008,"message":"m"}')).toEqual({ code: 15008, message: 'm' });
    expect(parseErrorBody('<errorPayload><code>404</code><message>gone</message></errorPayload>')).toEqual({
      code: 404,
      message: 'gone',
    });
    expect(parseErrorBody('nonsense')).toEqual({ code: null, message: null });
  });
});
