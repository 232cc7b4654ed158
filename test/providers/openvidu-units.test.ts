import { afterEach, describe, expect, it, vi } from 'vitest';
import { GatewayError, type ErrorCode } from '../../src/errors.js';
import { apiBaseUrl } from '../../src/providers/openvidu/adapter.js';
import { isSafeToShow, mapOpenViduError, type OpenViduOperation } from '../../src/providers/openvidu/errors.js';
import { claimRecordingId, claimSessionId } from '../../src/providers/openvidu/ids.js';
import { recordingStatusOf, toArchiveInfo, toConnectionInfo, toSessionInfo, toStreamInfos } from '../../src/providers/openvidu/mapping.js';
import { RevocationScheduler } from '../../src/providers/openvidu/revocations.js';
import { planConnection, planRecording, planSession, planSignal } from '../../src/providers/openvidu/validation.js';
import { silentLogger } from '../../src/logger.js';

function thrown(fn: () => unknown): GatewayError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError);
    return error as GatewayError;
  }
  throw new Error('expected a GatewayError');
}

describe('id claims', () => {
  it.each([
    ['ses_YnDaGYNcd7', 'certain'],
    ['TestSession', 'possible'],
    ['my-room_1', 'possible'],
    ['1_MX4xMjM0NTZ-flNhdCBNYXIgMTUgMTQ6NDI6MjMgUERUIDIwMTR-MC40OTAxMzAyNX4', 'possible'],
    ['ses_short', 'possible'],
    ['ses_YnDaGYNcd7~2', 'no'],
    ['has space', 'no'],
    ['', 'no'],
    ['a/b', 'no'],
  ])('should claim the session id %j as %s', (id, claim) => {
    expect(claimSessionId(id)).toBe(claim);
  });

  it.each([
    ['ses_YnDaGYNcd7', 'certain'],
    ['ses_YnDaGYNcd7~2', 'certain'],
    ['ses_YnDaGYNcd7~12', 'certain'],
    ['TestSession~1', 'possible'],
    ['TestSession', 'possible'],
    ['2f1c5a34-8e2b-4f4e-9a57-0c1f6a3d1b2e', 'possible'],
    ['ses_YnDaGYNcd7~', 'no'],
    ['ses_YnDaGYNcd7~x', 'no'],
    ['a~1~2', 'no'],
    ['', 'no'],
  ])('should claim the recording id %j as %s', (id, claim) => {
    expect(claimRecordingId(id)).toBe(claim);
  });

  it('should reject non-strings', () => {
    expect(claimSessionId(42)).toBe('no');
    expect(claimRecordingId(null)).toBe('no');
  });
});

describe('base URL', () => {
  it.each([
    ['https://openvidu.example.com', 'https://openvidu.example.com/openvidu/api'],
    ['https://openvidu.example.com/', 'https://openvidu.example.com/openvidu/api'],
    ['http://localhost:4443', 'http://localhost:4443/openvidu/api'],
    ['https://example.com/video/', 'https://example.com/video/openvidu/api'],
    ['https://example.com/openvidu/api/', 'https://example.com/openvidu/api'],
  ])('should turn %s into %s', (url, base) => {
    expect(apiBaseUrl(url)).toBe(base);
  });

  it('should refuse what is not an http(s) URL', () => {
    expect(() => apiBaseUrl('openvidu.example.com')).toThrow(/absolute http/);
    expect(() => apiBaseUrl('ftp://example.com')).toThrow(/http or https/);
  });
});

describe('createSession plan', () => {
  it('should send ROUTED and MANUAL when nothing is asked', () => {
    expect(planSession({})).toEqual({ mediaMode: 'ROUTED', archiveMode: 'MANUAL', body: { mediaMode: 'ROUTED', recordingMode: 'MANUAL' } });
  });

  it('should map every OpenVidu option and the archive defaults', () => {
    const plan = planSession({
      mediaMode: 'ROUTED',
      archiveMode: 'ALWAYS',
      customSessionId: 'Room-1_a',
      forcedVideoCodec: 'VP8',
      allowTranscoding: true,
      archiveName: 'weekly~call',
      archiveResolution: '1920x1080',
    });
    expect(plan.body).toEqual({
      mediaMode: 'ROUTED',
      recordingMode: 'ALWAYS',
      customSessionId: 'Room-1_a',
      forcedVideoCodec: 'VP8',
      allowTranscoding: true,
      defaultRecordingProperties: { name: 'weekly~call', resolution: '1920x1080' },
    });
  });

  // Options OpenVidu lacks, enum values, custom id format and ALWAYS with RELAYED are the
  // schema's: test/graphql/input-rules.test.ts.
  it.each<[Parameters<typeof planSession>[0], ErrorCode, string]>([
    [{ archiveName: 'has space', archiveMode: 'ALWAYS' }, 'BAD_USER_INPUT', 'input.archiveName'],
    [{ archiveName: 'a.b' }, 'BAD_USER_INPUT', 'input.archiveName'],
    [{ archiveName: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'input.archiveName'],
    [{ archiveResolution: '99x720' }, 'BAD_USER_INPUT', 'input.archiveResolution'],
    [{ archiveResolution: '2000x720' }, 'BAD_USER_INPUT', 'input.archiveResolution'],
  ])('should refuse %j', (options, code, field) => {
    const error = thrown(() => planSession(options));
    expect(error.code).toBe(code);
    expect(error.details.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('should accept e2ee false (nothing to turn off)', () => {
    expect(planSession({ e2ee: false }).body).toEqual({ mediaMode: 'ROUTED', recordingMode: 'MANUAL' });
  });
});

describe('generateToken plan', () => {
  const now = 1_700_000_000_000;

  it('should default to PUBLISHER and 24 h', () => {
    const plan = planConnection({ sessionId: 'ses_YnDaGYNcd7' }, now);
    expect(plan).toEqual({
      role: 'PUBLISHER',
      data: null,
      expiresAt: new Date(now + 86_400_000),
      body: { type: 'WEBRTC', role: 'PUBLISHER' },
    });
  });

  it('should send data, record and kurentoOptions', () => {
    const plan = planConnection(
      {
        sessionId: 'room',
        role: 'MODERATOR',
        data: '{"name":"Ann"}',
        record: false,
        kurentoOptions: { videoMaxSendBandwidth: 500, videoMinRecvBandwidth: 0, allowedFilters: ['GStreamerFilter'] },
        expiresAt: new Date(now + 1500),
      },
      now,
    );
    expect(plan.body).toEqual({
      type: 'WEBRTC',
      role: 'MODERATOR',
      data: '{"name":"Ann"}',
      record: false,
      kurentoOptions: { videoMinRecvBandwidth: 0, videoMaxSendBandwidth: 500, allowedFilters: ['GStreamerFilter'] },
    });
    expect(plan.expiresAt.getTime()).toBe(now + 1500);
    expect(plan.data).toBe('{"name":"Ann"}');
  });

  // Roles, formats and options OpenVidu lacks, expiry, data and Kurento limits are the schema's:
  // test/graphql/input-rules.test.ts.
  it.each<[Record<string, unknown>, ErrorCode, string]>([[{ sessionId: 'no spaces please' }, 'BAD_USER_INPUT', 'input.sessionId']])(
    'should refuse %j',
    (extra, code, field) => {
      const error = thrown(() => planConnection({ sessionId: 'ses_YnDaGYNcd7', ...extra } as never, now));
      expect(error.code).toBe(code);
      expect(error.details.field).toBe(field);
    },
  );

  it('should accept the OPAQUE format, which is what it issues', () => {
    expect(planConnection({ sessionId: 'room', format: 'OPAQUE' }, now).body).toEqual({ type: 'WEBRTC', role: 'PUBLISHER' });
  });

  it('should ignore an empty layout class list', () => {
    expect(planConnection({ sessionId: 'room', initialLayoutClassList: [] }, now).body).toEqual({ type: 'WEBRTC', role: 'PUBLISHER' });
  });
});

describe('startArchive plan', () => {
  it('should send only what is set', () => {
    expect(planRecording({ sessionId: 'ses_YnDaGYNcd7' })).toEqual({ session: 'ses_YnDaGYNcd7' });
    expect(
      planRecording({
        sessionId: 'room',
        name: 'take~1',
        hasAudio: true,
        hasVideo: true,
        outputMode: 'COMPOSED',
        resolution: '1999x100',
        frameRate: 120,
        recordingLayout: 'CUSTOM',
        customLayout: 'layouts/grid',
      }),
    ).toEqual({
      session: 'room',
      name: 'take~1',
      hasAudio: true,
      hasVideo: true,
      outputMode: 'COMPOSED',
      resolution: '1999x100',
      frameRate: 120,
      recordingLayout: 'CUSTOM',
      customLayout: 'layouts/grid',
    });
    expect(planRecording({ sessionId: 'room', outputMode: 'INDIVIDUAL', ignoreFailedStreams: true })).toEqual({
      session: 'room',
      outputMode: 'INDIVIDUAL',
      ignoreFailedStreams: true,
    });
  });

  // multiArchiveTag, enum values and the rules between fields every provider shares are the
  // schema's: test/graphql/input-rules.test.ts.
  it.each<[Record<string, unknown>, ErrorCode, string]>([
    [{ name: 'my recording' }, 'BAD_USER_INPUT', 'input.name'],
    [{ name: 'take.1' }, 'BAD_USER_INPUT', 'input.name'],
    [{ resolution: '1280x99' }, 'BAD_USER_INPUT', 'input.resolution'],
    [{ resolution: '1280 x 720' }, 'BAD_USER_INPUT', 'input.resolution'],
    [{ frameRate: 0 }, 'BAD_USER_INPUT', 'input.frameRate'],
    [{ frameRate: 121 }, 'BAD_USER_INPUT', 'input.frameRate'],
    [{ frameRate: 2.5 }, 'BAD_USER_INPUT', 'input.frameRate'],
    [{ frameRate: 30, hasVideo: false }, 'BAD_USER_INPUT', 'input.frameRate'],
  ])('should refuse %j', (extra, code, field) => {
    const error = thrown(() => planRecording({ sessionId: 'ses_YnDaGYNcd7', ...extra } as never));
    expect(error.code).toBe(code);
    expect(error.details.field).toBe(field);
  });
});

describe('signal plan and paging', () => {
  it('should address one connection or everyone', () => {
    expect(planSignal({ sessionId: 's', data: 'hi' })).toEqual({ session: 's', data: 'hi' });
    expect(planSignal({ sessionId: 's', connectionId: 'con_A', type: 'chat', data: '' })).toEqual({
      session: 's',
      to: ['con_A'],
      type: 'chat',
      data: '',
    });
    expect(thrown(() => planSignal({ sessionId: 's', connectionId: 'a/b', data: '' })).details.field).toBe('input.connectionId');
  });
});

describe('mapping', () => {
  it('should read a Session object', () => {
    expect(
      toSessionInfo({
        id: 'ses_YnDaGYNcd7',
        object: 'session',
        sessionId: 'ses_YnDaGYNcd7',
        createdAt: 1538481996019,
        mediaMode: 'RELAYED',
        recordingMode: 'ALWAYS',
      }),
    ).toEqual({
      provider: 'OPENVIDU',
      sessionId: 'ses_YnDaGYNcd7',
      mediaMode: 'RELAYED',
      archiveMode: 'ALWAYS',
      createdAt: new Date(1538481996019),
    });
    // The deprecated duplicate is enough, and unknown modes fall back to OpenVidu's defaults.
    expect(toSessionInfo({ sessionId: 'x', mediaMode: 'SOMETHING' })).toMatchObject({
      sessionId: 'x',
      mediaMode: 'ROUTED',
      archiveMode: 'MANUAL',
      createdAt: null,
    });
    expect(toSessionInfo({ object: 'session' })).toBeNull();
    expect(toSessionInfo('ses_x')).toBeNull();
  });

  it('should read pending and active Connection objects', () => {
    expect(
      toConnectionInfo({
        id: 'con_X',
        object: 'connection',
        type: 'WEBRTC',
        status: 'pending',
        connectionId: 'con_X',
        sessionId: 'ses_Y',
        createdAt: 1538481999022,
        activeAt: null,
        serverData: '',
        role: 'SUBSCRIBER',
        clientData: null,
        publishers: null,
      }),
    ).toEqual({
      provider: 'OPENVIDU',
      connectionId: 'con_X',
      sessionId: 'ses_Y',
      role: 'SUBSCRIBER',
      data: null,
      createdAt: new Date(1538481999022),
      status: 'PENDING',
      activeAt: null,
      clientData: null,
      streamIds: [],
    });
    expect(
      toConnectionInfo(
        {
          connectionId: 'con_X',
          status: 'active',
          activeAt: 1538482000000,
          serverData: 'srv',
          clientData: 'cli',
          role: 'PUBLISHER',
          publishers: [{ streamId: 'str_CAM_NhxL_con_X', mediaOptions: {} }, { nope: 1 }],
          subscribers: [],
        },
        'ses_Y',
      ),
    ).toMatchObject({
      sessionId: 'ses_Y',
      status: 'ACTIVE',
      activeAt: new Date(1538482000000),
      data: 'srv',
      clientData: 'cli',
      streamIds: ['str_CAM_NhxL_con_X'],
    });
    // IP cameras have no role.
    expect(
      toConnectionInfo({ connectionId: 'ipc_IPCAM_rtsp_A1B2_x', sessionId: 's', type: 'IPCAM', role: null, status: 'active' })?.role,
    ).toBeNull();
    expect(toConnectionInfo({ status: 'pending', sessionId: 's' })).toBeNull();
  });

  it('should list streams of active connections with their video type', () => {
    const session = {
      id: 's',
      connections: {
        numberOfElements: 3,
        content: [
          {
            connectionId: 'con_A',
            status: 'active',
            publishers: [
              { streamId: 'str_CAM_a_con_A', mediaOptions: { hasVideo: true, typeOfVideo: 'CAMERA' } },
              { streamId: 'str_SCR_b_con_A', mediaOptions: { hasVideo: true, typeOfVideo: 'SCREEN' } },
            ],
          },
          {
            connectionId: 'con_B',
            status: 'active',
            publishers: [{ streamId: 'str_MIC_c_con_B', mediaOptions: { hasAudio: true, hasVideo: false } }],
          },
          { connectionId: 'con_C', status: 'pending', publishers: null },
        ],
      },
    };
    expect(toStreamInfos(session, 's').map((s) => [s.streamId, s.videoType])).toEqual([
      ['str_CAM_a_con_A', 'camera'],
      ['str_SCR_b_con_A', 'screen'],
      ['str_MIC_c_con_B', null],
    ]);
    expect(toStreamInfos({ id: 's' }, 's')).toEqual([]);
  });

  it.each([
    ['starting', 'STARTING'],
    ['started', 'STARTED'],
    ['stopped', 'STOPPED'],
    ['ready', 'AVAILABLE'],
    ['failed', 'FAILED'],
    ['available', undefined],
  ])('should map the recording status %s to %s', (wire, status) => {
    expect(recordingStatusOf(wire)).toBe(status);
  });

  it('should read a Recording object', () => {
    expect(
      toArchiveInfo({
        id: 'ses_Y~2',
        object: 'recording',
        name: 'ses_Y~2',
        outputMode: 'COMPOSED_QUICK_START',
        resolution: '1280x720',
        frameRate: 25,
        recordingLayout: 'BEST_FIT',
        sessionId: 'ses_Y',
        createdAt: 1600564785109,
        size: 1973428,
        duration: 8.6,
        url: 'https://host/openvidu/recordings/ses_Y~2/ses_Y~2.mp4',
        hasAudio: true,
        hasVideo: false,
        status: 'ready',
      }),
    ).toEqual({
      provider: 'OPENVIDU',
      archiveId: 'ses_Y~2',
      sessionId: 'ses_Y',
      name: 'ses_Y~2',
      status: 'AVAILABLE',
      createdAt: new Date(1600564785109),
      updatedAt: null,
      duration: 8.6,
      size: 1973428,
      url: 'https://host/openvidu/recordings/ses_Y~2/ses_Y~2.mp4',
      hasAudio: true,
      hasVideo: false,
      outputMode: 'COMPOSED',
      resolution: '1280x720',
      reason: null,
      multiArchiveTag: null,
    });
    expect(
      toArchiveInfo({ id: 'r', sessionId: 's', createdAt: 1, status: 'started', outputMode: 'INDIVIDUAL', resolution: '1x1' }),
    ).toMatchObject({
      outputMode: 'INDIVIDUAL',
      resolution: null,
      url: null,
    });
    expect(toArchiveInfo({ id: 'r', sessionId: 's', createdAt: 1, status: 'bogus' })).toBeNull();
    expect(toArchiveInfo({ id: 'r', sessionId: 's', status: 'started' })).toBeNull();
  });
});

describe('error table', () => {
  const json = (message: string): string =>
    JSON.stringify({ timestamp: 1700000000000, status: 400, error: 'Bad Request', message, path: '/openvidu/api/sessions' });

  it.each<[OpenViduOperation, number, ErrorCode, RegExp]>([
    ['createSession', 401, 'UPSTREAM_ERROR', /check OPENVIDU_SECRET/],
    ['createSession', 404, 'UPSTREAM_ERROR', /check OPENVIDU_URL/],
    ['getRecording', 404, 'NOT_FOUND', /recording not found/],
    ['createConnection', 404, 'NOT_FOUND', /session not found/],
    ['deleteConnection', 400, 'NOT_FOUND', /session not found/],
    ['deleteConnection', 404, 'NOT_FOUND', /connection not found/],
    ['forceUnpublish', 400, 'NOT_FOUND', /session not found/],
    ['forceUnpublish', 404, 'NOT_FOUND', /stream not found/],
    ['forceUnpublish', 405, 'PRECONDITION_FAILED', /disconnect the IP camera's connection instead/],
    ['startRecording', 406, 'PRECONDITION_FAILED', /participant must be connected/],
    ['startRecording', 409, 'CONFLICT', /already being recorded, or it is not routed/],
    ['startRecording', 422, 'BAD_USER_INPUT', /out of range/],
    ['startRecording', 501, 'UNSUPPORTED_BY_PROVIDER', /OPENVIDU_RECORDING=false/],
    ['listRecordings', 501, 'UNSUPPORTED_BY_PROVIDER', /OPENVIDU_RECORDING=false/],
    ['startRecording', 500, 'UPSTREAM_UNAVAILABLE', /HTTP 500/],
    ['stopRecording', 406, 'CONFLICT', /still starting; try again in a moment/],
    ['stopRecording', 409, 'CONFLICT', /already stopped/],
    ['deleteRecording', 409, 'CONFLICT', /stop the recording first/],
    ['signal', 406, 'PRECONDITION_FAILED', /nobody is connected to the session/],
    ['closeSession', 400, 'CONFLICT', /try again/],
    ['getSession', 503, 'UPSTREAM_UNAVAILABLE', /try again later/],
    ['getSession', 429, 'RATE_LIMITED', /retry in 1 s/],
    ['getSession', 418, 'UPSTREAM_ERROR', /HTTP 418/],
  ])('should map %s %d to %s', (operation, status, code, message) => {
    const error = mapOpenViduError(operation, status, '');
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.details).toMatchObject({ provider: 'OPENVIDU', upstreamStatus: status });
  });

  it('should tell relayed sessions from busy ones on recording start', () => {
    expect(mapOpenViduError('startRecording', 409, '', {}, { sessionRelayed: true })).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/only routed sessions can be recorded/),
    });
    expect(mapOpenViduError('startRecording', 409, '', {}, { sessionRelayed: false })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^the session is already being recorded/),
    });
  });

  it('should name the inactive connection when a targeted signal gets 406', () => {
    expect(mapOpenViduError('signal', 406, '', {}, { targeted: true }).message).toMatch(/that connection is not active/);
  });

  it('should pass a short, safe upstream message on 400 and withhold the rest', () => {
    const shown = mapOpenViduError(
      'createSession',
      400,
      json("Parameter 'customSessionId' is wrong. Must be an alphanumeric string [a-zA-Z0-9_-]"),
    );
    expect(shown.code).toBe('BAD_USER_INPUT');
    expect(shown.message).toBe(
      "OpenVidu refused the request: Parameter 'customSessionId' is wrong. Must be an alphanumeric string [a-zA-Z0-9_-]",
    );
    for (const unsafe of [
      'token wss://host?sessionId=s&token=tok_AVe8o7iltWqtijyl',
      'x'.repeat(201),
      'line\nbreak',
      '<html>',
      'leaks MY_SECRET_VALUE',
    ]) {
      const error = mapOpenViduError('createConnection', 400, json(unsafe), {}, { secret: 'MY_SECRET_VALUE' });
      expect(error.message).toBe('OpenVidu refused the request as invalid; check the input');
    }
    expect(mapOpenViduError('createSession', 400, 'Error starting recording: boom').message).toMatch(/check the input/);
  });

  it('should read Retry-After on 429', () => {
    expect(mapOpenViduError('listConnections', 429, '', { 'retry-after': '7' }).details.retryAfter).toBe(7);
  });

  it('should judge upstream messages conservatively', () => {
    expect(isSafeToShow('Parameter type is wrong')).toBe(true);
    expect(isSafeToShow(null)).toBe(false);
    expect(isSafeToShow('Authorization: Basic T1BFTlZJRFVBUFA6TVlfU0VDUkVU')).toBe(false);
    expect(isSafeToShow('has s3cr3t inside', 's3cr3t')).toBe(false);
  });
});

describe('token revocations', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should revoke each connection once at its time, earliest first', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const revoked: string[] = [];
    const scheduler = new RevocationScheduler({ revoke: async (s, c) => void revoked.push(`${s}/${c}`) });
    scheduler.schedule('s', 'c3', new Date(1_000_300));
    scheduler.schedule('s', 'c1', new Date(1_000_100));
    scheduler.schedule('s', 'c2', new Date(1_000_200));
    expect(scheduler.size).toBe(3);
    await vi.advanceTimersByTimeAsync(150);
    expect(revoked).toEqual(['s/c1']);
    await vi.advanceTimersByTimeAsync(200);
    expect(revoked).toEqual(['s/c1', 's/c2', 's/c3']);
    expect(scheduler.size).toBe(0);
    await scheduler.close();
  });

  it('should forget cancelled connections and closed sessions, and reschedule', async () => {
    vi.useFakeTimers({ now: 0 });
    const revoked: string[] = [];
    const scheduler = new RevocationScheduler({ revoke: async (s, c) => void revoked.push(`${s}/${c}`) });
    scheduler.schedule('a', 'c1', new Date(100));
    scheduler.schedule('a', 'c2', new Date(100));
    scheduler.schedule('ab', 'c3', new Date(100));
    scheduler.schedule('b', 'c4', new Date(100));
    scheduler.cancel('b', 'c4');
    scheduler.cancelSession('a');
    scheduler.schedule('ab', 'c3', new Date(500));
    await vi.advanceTimersByTimeAsync(200);
    expect(revoked).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(revoked).toEqual(['ab/c3']);
    await scheduler.close();
  });

  it('should wait longer than setTimeout allows by re-arming', async () => {
    vi.useFakeTimers({ now: 0 });
    const revoked: string[] = [];
    const scheduler = new RevocationScheduler({ revoke: async (s, c) => void revoked.push(`${s}/${c}`) });
    const thirtyDays = 30 * 86_400_000;
    scheduler.schedule('s', 'c', new Date(thirtyDays));
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(revoked).toEqual([]);
    await vi.advanceTimersByTimeAsync(thirtyDays - 2 ** 31);
    expect(revoked).toEqual(['s/c']);
    await scheduler.close();
  });

  it('should be bounded: the oldest are dropped with a warning', async () => {
    vi.useFakeTimers({ now: 0 });
    const warnings: unknown[] = [];
    const logger = { ...silentLogger, warn: (obj: object | string) => void warnings.push(obj) };
    const revoked: string[] = [];
    const scheduler = new RevocationScheduler({ revoke: async (_s, c) => void revoked.push(c), maxPending: 3, logger });
    for (const c of ['c1', 'c2', 'c3', 'c4', 'c5']) scheduler.schedule('s', c, new Date(100));
    expect(scheduler.size).toBe(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ dropped: 1, maxPending: 3 });
    await vi.advanceTimersByTimeAsync(100);
    expect(revoked.sort()).toEqual(['c3', 'c4', 'c5']);
    await scheduler.close();
  });

  it('should limit concurrency, log failures, and stop everything on close()', async () => {
    vi.useFakeTimers({ now: 0 });
    const warnings: unknown[] = [];
    const logger = { ...silentLogger, warn: (obj: object | string) => void warnings.push(obj) };
    let running = 0;
    let peak = 0;
    const scheduler = new RevocationScheduler({
      concurrency: 2,
      logger,
      revoke: async (_s, c) => {
        running += 1;
        peak = Math.max(peak, running);
        // Each revocation takes 10 ms of the fake clock, so several overlap.
        await new Promise((resolve) => setTimeout(resolve, 10));
        running -= 1;
        if (c === 'bad') throw new GatewayError('UPSTREAM_UNAVAILABLE', 'down');
      },
    });
    for (const c of ['a', 'b', 'bad', 'd', 'e']) scheduler.schedule('s', c, new Date(10));
    scheduler.schedule('s', 'late', new Date(10_000));
    await vi.advanceTimersByTimeAsync(100);
    expect(peak).toBe(2);
    expect(warnings).toEqual([expect.objectContaining({ connectionId: 'bad', code: 'UPSTREAM_UNAVAILABLE' })]);
    expect(scheduler.size).toBe(1);
    await scheduler.close();
    expect(scheduler.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    scheduler.schedule('s', 'after-close', new Date(20_000));
    expect(scheduler.size).toBe(0);
  });
});
