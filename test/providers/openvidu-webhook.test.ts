import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { createWebhookHandler, parseWebhook } from '../../src/providers/openvidu/webhook.js';

const body = (event: Record<string, unknown>): Buffer => Buffer.from(JSON.stringify(event));

/** A `recordingStatusChanged` event with status `ready`, as OpenVidu sends it. */
const READY = {
  event: 'recordingStatusChanged',
  timestamp: 1601395005555,
  sessionId: 'ses_Jd8tUyvhXO',
  uniqueSessionId: 'ses_Jd8tUyvhXO_1601394690713',
  startTime: 1601394992838,
  duration: 8.6,
  reason: 'recordingStoppedByServer',
  id: 'ses_Jd8tUyvhXO',
  name: 'MyRecording',
  outputMode: 'COMPOSED',
  resolution: '1280x720',
  frameRate: 25,
  recordingLayout: 'BEST_FIT',
  hasAudio: true,
  hasVideo: true,
  size: 1973428,
  status: 'ready',
};

async function rejection(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

describe('OpenVidu webhook authentication', () => {
  const handler = createWebhookHandler({ webhookToken: 'hook-token-123' });

  it.each([['Bearer hook-token-123'], ['bearer   hook-token-123'], ['hook-token-123'], [' Bearer hook-token-123 ']])(
    'should accept Authorization %j',
    async (authorization) => {
      const result = await handler({ headers: { authorization }, rawBody: body(READY) });
      expect(result.archiveChanges).toHaveLength(1);
    },
  );

  it('should find the header whatever its case and take the first of repeated values', async () => {
    await expect(handler({ headers: { Authorization: 'Bearer hook-token-123' }, rawBody: body(READY) })).resolves.toBeDefined();
    const repeated = { authorization: ['Bearer hook-token-123', 'Bearer other'] } as unknown as Record<string, string>;
    await expect(handler({ headers: repeated, rawBody: body(READY) })).resolves.toBeDefined();
  });

  it.each([
    [{}, /no Authorization header/],
    [{ authorization: '' }, /no Authorization header/],
    [{ authorization: 'Bearer hook-token-12' }, /does not match OPENVIDU_WEBHOOK_TOKEN/],
    [{ authorization: 'Bearer hook-token-1234' }, /does not match/],
    [{ authorization: 'Basic hook-token-123' }, /does not match/],
    [{ authorization: 'Bearer' }, /does not match/],
  ])('should refuse headers %j', async (headers, message) => {
    const error = await rejection(handler({ headers, rawBody: body(READY) }));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('hook-token-123');
  });

  it('should check the token before the body', async () => {
    const error = await rejection(handler({ headers: {}, rawBody: Buffer.from('not json') }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('should accept anything when no token is configured', async () => {
    const open = createWebhookHandler({});
    const result = await open({ headers: {}, rawBody: body(READY) });
    expect(result.eventType).toBe('recordingStatusChanged');
  });
});

describe('OpenVidu webhook parsing', () => {
  it('should turn recordingStatusChanged into one archive change', () => {
    const result = parseWebhook(body(READY), 0);
    expect(result).toEqual({
      eventType: 'recordingStatusChanged',
      dedupeKey: 'recordingStatusChanged:ses_Jd8tUyvhXO:ready:1601395005555',
      archiveChanges: [
        {
          occurredAt: new Date(1601395005555),
          source: 'webhook',
          archive: {
            provider: 'OPENVIDU',
            archiveId: 'ses_Jd8tUyvhXO',
            sessionId: 'ses_Jd8tUyvhXO',
            name: 'MyRecording',
            status: 'AVAILABLE',
            createdAt: new Date(1601394992838),
            updatedAt: null,
            duration: 8.6,
            size: 1973428,
            url: null,
            hasAudio: true,
            hasVideo: true,
            outputMode: 'COMPOSED',
            resolution: '1280x720',
            reason: 'recordingStoppedByServer',
            multiArchiveTag: null,
          },
        },
      ],
    });
  });

  it.each([
    ['started', 'STARTED'],
    ['stopped', 'STOPPED'],
    ['failed', 'FAILED'],
  ])('should map status %s', (status, mapped) => {
    const started = { ...READY, status, timestamp: READY.startTime, size: 0, duration: 0 };
    if (status === 'started') delete (started as Partial<typeof READY>).reason;
    const [change] = parseWebhook(body(started)).archiveChanges;
    expect(change?.archive.status).toBe(mapped);
    expect(change?.archive.reason).toBe(status === 'started' ? null : 'recordingStoppedByServer');
  });

  it('should fall back to now without a timestamp, and then give no dedupe key', () => {
    const { timestamp: _t, ...noTime } = READY;
    const result = parseWebhook(body(noTime), 1_234);
    expect(result.archiveChanges[0]?.occurredAt).toEqual(new Date(1_234));
    expect(result.dedupeKey).toBeNull();
  });

  it('should keep a malformed recording event out of the archive changes', () => {
    const result = parseWebhook(body({ ...READY, status: 'exploded' }));
    expect(result.archiveChanges).toEqual([]);
    expect(result.eventType).toBe('recordingStatusChanged');
  });

  it.each([
    [{ event: 'sessionCreated', sessionId: 'ses_A', uniqueSessionId: 'ses_A_1', timestamp: 1 }, 'sessionCreated:ses_A::1'],
    [{ event: 'sessionDestroyed', sessionId: 'ses_A', timestamp: 2, reason: 'lastParticipantLeft' }, 'sessionDestroyed:ses_A::2'],
    [
      { event: 'participantJoined', sessionId: 'ses_A', participantId: 'con_B', connectionId: 'con_B', timestamp: 3 },
      'participantJoined:con_B::3',
    ],
    [{ event: 'participantLeft', sessionId: 'ses_A', participantId: 'con_B', timestamp: 4 }, 'participantLeft:con_B::4'],
    [
      {
        event: 'webrtcConnectionCreated',
        sessionId: 'ses_A',
        connectionId: 'con_C',
        streamId: 'str_CAM_x_con_B',
        connection: 'INBOUND',
        receivingFrom: 'con_B',
        timestamp: 5,
      },
      'webrtcConnectionCreated:con_C/str_CAM_x_con_B/con_B::5',
    ],
    [{ event: 'signalSent', sessionId: 'ses_A', from: null, to: ['con_B'], type: 'chat', data: 'x', timestamp: 6 }, 'signalSent:ses_A::6'],
  ])('should report %j without archive changes', (event, key) => {
    const result = parseWebhook(body(event));
    expect(result.archiveChanges).toEqual([]);
    expect(result.eventType).toBe(event.event);
    expect(result.dedupeKey).toBe(key);
  });

  it('should give the same key to a duplicate delivery and different keys to different events', () => {
    const a = parseWebhook(body(READY)).dedupeKey;
    expect(parseWebhook(body({ ...READY })).dedupeKey).toBe(a);
    expect(parseWebhook(body({ ...READY, status: 'stopped' })).dedupeKey).not.toBe(a);
    expect(parseWebhook(body({ ...READY, id: 'ses_Jd8tUyvhXO~1' })).dedupeKey).not.toBe(a);
  });

  it('should report unknown events as unknown (bounded metric labels)', () => {
    expect(parseWebhook(body({ event: 'somethingNew', timestamp: 1 })).eventType).toBe('unknown');
  });

  it.each([
    ['not json', /not JSON/],
    ['[1,2]', /not a JSON object/],
    ['null', /not a JSON object/],
    ['{"timestamp":1}', /no "event"/],
  ])('should refuse body %j', (text, message) => {
    let error: unknown;
    try {
      parseWebhook(Buffer.from(text));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('BAD_USER_INPUT');
    expect((error as GatewayError).message).toMatch(message);
  });
});
