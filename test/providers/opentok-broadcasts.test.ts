/**
 * The OpenTok broadcast object as the official SDKs recorded it (docs/providers/opentok.md#recorded-vs-documented),
 * the start body the adapter sends, and broadcast callbacks, signed and not.
 */
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { planBroadcast, toBroadcastInfo } from '../../src/providers/opentok/broadcasts.js';
import { layoutBody } from '../../src/providers/opentok/layouts.js';
import { planArchive } from '../../src/providers/opentok/validation.js';
import { createWebhookHandler } from '../../src/providers/opentok/webhook.js';

const SECRET = 'callback-signature-secret-0123456789';
const ID = '13dbcc23-af92-4862-9184-74b21815a814';

/** The Ruby SDK's recorded start answer of an RTMP broadcast (values shortened). */
const RECORDED_START = {
  id: ID,
  sessionId: 'SESSIONID',
  projectId: 123456,
  createdAt: 1538086900154,
  broadcastUrls: {
    hls: 'https://cdn.example.invalid/14787/playlist.m3u8',
    rtmp: [{ status: 'connecting', id: 'rubyTestStream', serverUrl: 'rtmp://x.rtmp.youtube.com/live2', streamName: '66c9-jwuh-pquf-9x18' }],
  },
  updatedAt: 1538086900489,
  status: 'started',
  maxDuration: 7200,
  resolution: '640x480',
  partnerId: 100,
  event: 'broadcast',
};

describe('the OpenTok broadcast object', () => {
  it('should read a recorded start answer, event and partnerId included', () => {
    expect(toBroadcastInfo(RECORDED_START, 'OPENTOK')).toEqual({
      provider: 'OPENTOK',
      broadcastId: ID,
      sessionId: 'SESSIONID',
      status: 'STARTED',
      createdAt: new Date(1538086900154),
      updatedAt: new Date(1538086900489),
      resolution: '640x480',
      maxDuration: 7200,
      maxBitrate: null,
      multiBroadcastTag: null,
      streamMode: 'AUTO',
      hasAudio: true,
      hasVideo: true,
      hls: { url: 'https://cdn.example.invalid/14787/playlist.m3u8', status: null, dvr: false, lowLatency: false },
      rtmp: [
        { id: 'rubyTestStream', serverUrl: 'rtmp://x.rtmp.youtube.com/live2', streamName: '66c9-jwuh-pquf-9x18', status: 'CONNECTING' },
      ],
      streams: [],
    });
  });

  it('should read the recorded stop answer, whose broadcastUrls is null', () => {
    const stopped = toBroadcastInfo({ ...RECORDED_START, status: 'stopped', broadcastUrls: null }, 'OPENTOK');
    expect(stopped).toMatchObject({ status: 'STOPPED', hls: null, rtmp: [] });
  });

  it('should read RTMP targets keyed by id, as one recorded list answer has them', () => {
    const listed = toBroadcastInfo(
      {
        ...RECORDED_START,
        streamMode: 'manual',
        streams: [],
        broadcastUrls: {
          hls: 'http://example.invalid/a.m3u8',
          rtmp: {
            foo: { serverUrl: 'rtmps://myfooserver/myfooapp', streamName: 'myfoostream1', status: 'started' },
            bar: { serverUrl: 'rtmp://mybarserver/mybarapp', streamName: 'mybarstream1', status: 'live' },
          },
        },
      },
      'OPENTOK',
    );
    expect(listed?.streamMode).toBe('MANUAL');
    expect(listed?.rtmp).toEqual([
      { id: 'foo', serverUrl: 'rtmps://myfooserver/myfooapp', streamName: 'myfoostream1', status: 'STARTED' },
      { id: 'bar', serverUrl: 'rtmp://mybarserver/mybarapp', streamName: 'mybarstream1', status: 'LIVE' },
    ]);
  });

  it('should read the documented fields: settings, hlsStatus, streams, multiBroadcastTag, numbers as strings', () => {
    const documented = toBroadcastInfo(
      {
        ...RECORDED_START,
        maxBitrate: '2000000',
        multiBroadcastTag: 'main',
        settings: { hls: { dvr: true, lowLatency: false } },
        broadcastUrls: { hls: 'https://example.invalid/p.m3u8', hlsStatus: 'live' },
        streams: [{ streamId: 's1', hasAudio: true, hasVideo: false }, { hasAudio: true }],
      },
      'VONAGE',
    );
    expect(documented).toMatchObject({
      provider: 'VONAGE',
      maxBitrate: 2_000_000,
      multiBroadcastTag: 'main',
      hls: { url: 'https://example.invalid/p.m3u8', status: 'LIVE', dvr: true, lowLatency: false },
      rtmp: [],
      streams: [{ streamId: 's1', hasAudio: true, hasVideo: false }],
    });
  });

  it.each([
    ['no id', { ...RECORDED_START, id: undefined }],
    ['no session', { ...RECORDED_START, sessionId: '' }],
    ['an unknown status', { ...RECORDED_START, status: 'queued' }],
    ['no timestamp', { ...RECORDED_START, createdAt: undefined, updatedAt: undefined }],
    ['not an object', [RECORDED_START]],
  ])('should not take an object with %s for a broadcast', (_what, dto) => {
    expect(toBroadcastInfo(dto, 'OPENTOK')).toBeNull();
  });
});

describe('the bodies the adapter sends', () => {
  it('should send only the fields that are set, with wire layout names and modes', () => {
    expect(
      planBroadcast({
        sessionId: 'S',
        hls: { lowLatency: true },
        rtmp: [
          { serverUrl: 'rtmps://a/b', streamName: 'k' },
          { id: 'yt', serverUrl: 'rtmp://c/d', streamName: 'k2' },
        ],
        layout: { type: 'BEST_FIT', screenshareType: 'VERTICAL_PRESENTATION' },
        streamMode: 'MANUAL',
        maxDuration: 600,
      }),
    ).toEqual({
      sessionId: 'S',
      outputs: {
        hls: { lowLatency: true },
        rtmp: [
          { serverUrl: 'rtmps://a/b', streamName: 'k' },
          { id: 'yt', serverUrl: 'rtmp://c/d', streamName: 'k2' },
        ],
      },
      layout: { type: 'bestFit', screenshareType: 'verticalPresentation' },
      streamMode: 'manual',
      maxDuration: 600,
    });
    expect(planBroadcast({ sessionId: 'S', hls: {} })).toEqual({ sessionId: 'S', outputs: { hls: {} } });
  });

  it('should refuse a resolution OpenTok does not broadcast at, naming the field', () => {
    expect(() => planBroadcast({ sessionId: 'S', hls: {}, resolution: '1024x768' })).toThrow(/input.resolution/);
  });

  it('should add the composition options to the archive start body', () => {
    expect(
      planArchive({
        sessionId: 'S',
        layout: { type: 'CUSTOM', stylesheet: 'stream { width: 1px; }' },
        streamMode: 'AUTO',
        quantizationParameter: 20,
        hasTranscription: true,
        transcriptionProperties: { primaryLanguageCode: 'en-US', hasSummary: true },
      }),
    ).toEqual({
      sessionId: 'S',
      layout: { type: 'custom', stylesheet: 'stream { width: 1px; }' },
      streamMode: 'auto',
      quantizationParameter: 20,
      hasTranscription: true,
      transcriptionProperties: { primaryLanguageCode: 'en-US', hasSummary: true },
    });
    expect(layoutBody({ type: 'PIP' })).toEqual({ type: 'pip' });
  });
});

describe('broadcast callbacks', () => {
  const body = JSON.stringify({ ...RECORDED_START, status: 'stopped', broadcastUrls: null });

  it('should read an unsigned callback as an unverified broadcast change keyed by id, status and time', async () => {
    const result = await createWebhookHandler()({ headers: {}, rawBody: Buffer.from(body) });
    expect(result).toMatchObject({ verified: false, eventType: 'broadcast', archiveChanges: [] });
    expect(result.broadcastChanges).toEqual([
      expect.objectContaining({
        source: 'webhook',
        occurredAt: new Date(1538086900489),
        broadcast: expect.objectContaining({ broadcastId: ID, status: 'STOPPED' }),
      }),
    ]);
    expect(result.dedupeKey).toBe(`broadcast:${ID}:stopped:1538086900489`);
  });

  it('should verify a signed callback and key it by its jti', async () => {
    const jti = randomUUID();
    const token = await new SignJWT({ payload_hash: createHash('sha256').update(body).digest('hex'), api_key: '123456' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setJti(jti)
      .setIssuer('Vonage')
      .sign(new TextEncoder().encode(SECRET));
    const result = await createWebhookHandler({ webhookSecret: SECRET })({
      headers: { authorization: `Bearer ${token}` },
      rawBody: Buffer.from(body),
    });
    expect(result).toMatchObject({ verified: true, dedupeKey: jti, eventType: 'broadcast' });
    expect(result.broadcastChanges?.[0]?.broadcast.status).toBe('STOPPED');
    await expect(createWebhookHandler({ webhookSecret: SECRET })({ headers: {}, rawBody: Buffer.from(body) })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('should count a broadcast callback it cannot read without changes', async () => {
    const result = await createWebhookHandler()({ headers: {}, rawBody: Buffer.from(JSON.stringify({ event: 'broadcast', id: ID })) });
    expect(result).toMatchObject({ eventType: 'broadcast', broadcastChanges: [], dedupeKey: null });
  });
});
