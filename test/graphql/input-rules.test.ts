/**
 * Input rules and provider refusals at the GraphQL level over the real adapters: the schema, its
 * input rules and its generic capability check, through the gateway's yoga in process, with the
 * adapters pointed at a closed port. Any upstream call would fail with UPSTREAM_UNAVAILABLE, so a
 * refusal with the expected code proves none was made.
 *
 * Rules that moved from the adapters (and the token minter) to the schema have their assertions
 * here, with the code, field and message fragment the adapter tests expected; so do the platform
 * rules that stay in an adapter (OpenTok's 80-character names, its RELAYED default).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import { createOpenViduProvider } from '../../src/providers/openvidu/index.js';
import { CreateSessionDocument, StartArchiveDocument } from '../__generated__/graphql.js';
import { createInProcessGateway } from '../fixtures/in-process-gateway.js';
import { firstError } from '../helpers/graphql.js';

const NOWHERE = 'http://127.0.0.1:1';
const API_KEY = '46183452';
const opentok = createOpenTokProvider({ apiKey: API_KEY, apiSecret: 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0', apiUrl: NOWHERE });
const openvidu = createOpenViduProvider({ url: NOWHERE, secret: 'openvidu-secret' });
const gateway = createInProcessGateway([opentok, openvidu]);

/** An OpenTok session id of the configured project; OpenTok routes it and mints its tokens locally. */
const OPENTOK_SESSION = `1_${Buffer.from(`1~${API_KEY}~~${Date.now()}~abcdefghijklmnopqrstuvwx~~~`).toString('base64url')}`;
const OPENVIDU_SESSION = 'ses_AbCdEfGhIj';

const CREATE_SESSION = 'mutation($input: CreateSessionInput) { createSession(input: $input) { id } }';
const GENERATE_TOKEN = 'mutation($input: GenerateTokenInput!) { generateToken(input: $input) { token } }';
const START_ARCHIVE = 'mutation($input: StartArchiveInput!) { startArchive(input: $input) { id } }';
const DIAL_SIP = 'mutation($input: DialSipInput!) { dialSip(input: $input) { id } }';
const SEND_SIGNAL = 'mutation($input: SendSignalInput!) { sendSignal(input: $input) }';

/** The first error of an operation, as the server shows it. */
async function refusal(source: string, input: Record<string, unknown>): Promise<{ code: unknown; field: unknown; message: string }> {
  return firstError(await gateway.gql(source, { input }));
}

afterAll(async () => {
  await gateway.close();
});

describe('OpenTok inputs: the rules the schema took over from the adapter', () => {
  it.each([
    [{ location: 'example.com' }, 'input.location'],
    [{ mediaMode: 'ROUTED', archiveName: 'x' }, 'input.archiveName'],
    [{ mediaMode: 'ROUTED', archiveResolution: '1280x720' }, 'input.archiveResolution'],
    [{ mediaMode: 'ROUTED', archiveMode: 'ALWAYS', e2ee: true }, 'input.e2ee'],
  ])('should refuse %j to createSession before calling OpenTok (%s)', async (input, field) => {
    expect(await refusal(CREATE_SESSION, { provider: 'OPENTOK', ...input })).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    // The adapter named input.hasAudio; the schema, which always ran first over GraphQL, names input.hasVideo.
    [{ outputMode: 'INDIVIDUAL', resolution: '640x480' }, 'input.resolution'],
    [{ hasAudio: false, hasVideo: false }, 'input.hasVideo'],
  ])('should validate %j to startArchive before any upstream call', async (input, field) => {
    expect(await refusal(START_ARCHIVE, { sessionId: OPENTOK_SESSION, ...input })).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each(['http://example.com', 'sip:', 'sip:user@', 'sips:@host', 'tel:+15551234567', 'sip:user@host with space'])(
    'should refuse the SIP URI %j to dialSip',
    async (uri) => {
      expect(await refusal(DIAL_SIP, { sessionId: OPENTOK_SESSION, uri })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.uri' });
    },
  );

  it('should refuse too much data and a bad type to sendSignal', async () => {
    const tooBig = await refusal(SEND_SIGNAL, { sessionId: OPENTOK_SESSION, data: 'x'.repeat(8193) });
    expect(tooBig.field).toBe('input.data');
    const badType = await refusal(SEND_SIGNAL, { sessionId: OPENTOK_SESSION, type: 'no spaces allowed', data: '' });
    expect(badType.field).toBe('input.type');
  });

  it.each(['.', '..'])('should refuse the connection id %j, a path step, to sendSignal', async (connectionId) => {
    expect(await refusal(SEND_SIGNAL, { sessionId: OPENTOK_SESSION, connectionId, data: 'x' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.connectionId',
    });
  });
});

describe('OpenTok tokens: the rules the schema took over from the token minter', () => {
  const token = (input: Record<string, unknown>) => refusal(GENERATE_TOKEN, { sessionId: OPENTOK_SESSION, ...input });

  it('should limit connection data to 1000 characters', async () => {
    const error = await token({ data: 'x'.repeat(1001) });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.data' });
    expect(error.message).toMatch(/1000/);
  });

  it('should require the expiry in the future and within 30 days', async () => {
    const now = Date.now();
    const at = (ms: number) => new Date(ms).toISOString();
    for (const [expiresAt, message] of [
      [at(now - 1000), /future/],
      [at(now), /future/],
      [at(now + 30 * 86_400_000 + 1000), /30 days/],
      ['2026-02-30T25:61:00Z', /DateTime/],
    ] as const) {
      const error = await token({ expiresAt });
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
      expect(error.message).toMatch(message);
    }
  });

  it('should reject layout classes with spaces and unknown roles', async () => {
    // The schema names the list item; the minter named the list.
    expect(await token({ initialLayoutClassList: ['a b'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.initialLayoutClassList.0',
    });
    expect(await token({ role: 'OWNER' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
  });
});

describe('OpenVidu inputs: the refusals the schema took over from the adapter', () => {
  it('should refuse options OpenVidu lacks before any call', async () => {
    expect(await refusal(CREATE_SESSION, { provider: 'OPENVIDU', location: '10.0.0.1' })).toMatchObject({
      code: 'UNSUPPORTED_BY_PROVIDER',
      field: 'input.location',
    });
  });

  it('should refuse what OpenVidu cannot do', async () => {
    expect(await refusal(GENERATE_TOKEN, { sessionId: OPENVIDU_SESSION, role: 'PUBLISHER_ONLY' })).toMatchObject({
      code: 'UNSUPPORTED_BY_PROVIDER',
      field: 'input.role',
    });
    expect(await refusal(GENERATE_TOKEN, { sessionId: OPENVIDU_SESSION, initialLayoutClassList: ['full'] })).toMatchObject({
      code: 'UNSUPPORTED_BY_PROVIDER',
      field: 'input.initialLayoutClassList',
    });
  });

  it('should refuse multiArchiveTag', async () => {
    expect(await refusal(START_ARCHIVE, { sessionId: OPENVIDU_SESSION, multiArchiveTag: 'x' })).toMatchObject({
      code: 'UNSUPPORTED_BY_PROVIDER',
      field: 'input.multiArchiveTag',
    });
  });
});

describe('OpenVidu inputs: the rules the schema took over from the request plans', () => {
  it.each([
    [{ location: '10.0.0.1' }, 'UNSUPPORTED_BY_PROVIDER', 'input.location'],
    [{ e2ee: true }, 'UNSUPPORTED_BY_PROVIDER', 'input.e2ee'],
    [{ customSessionId: 'a b' }, 'BAD_USER_INPUT', 'input.customSessionId'],
    [{ forcedVideoCodec: 'AV1' }, 'BAD_USER_INPUT', 'input.forcedVideoCodec'],
    [{ archiveMode: 'ALWAYS', mediaMode: 'RELAYED' }, 'BAD_USER_INPUT', 'input.archiveMode'],
  ])('should refuse %j to createSession', async (input, code, field) => {
    const error = await refusal(CREATE_SESSION, { provider: 'OPENVIDU', ...input });
    expect(error).toMatchObject({ code, field });
    expect(error.message).toContain(field);
  });

  it.each([
    [{ role: 'PUBLISHER_ONLY' }, 'UNSUPPORTED_BY_PROVIDER', 'input.role'],
    [{ role: 'OWNER' }, 'BAD_USER_INPUT', 'input.role'],
    [{ initialLayoutClassList: ['focus'] }, 'UNSUPPORTED_BY_PROVIDER', 'input.initialLayoutClassList'],
    [{ format: 'JWT' }, 'UNSUPPORTED_BY_PROVIDER', 'input.format'],
    [{ format: 'T1' }, 'UNSUPPORTED_BY_PROVIDER', 'input.format'],
    [{ expiresAt: new Date(1_700_000_000_000).toISOString() }, 'BAD_USER_INPUT', 'input.expiresAt'],
    [{ expiresAt: new Date(Date.now() + 31 * 86_400_000).toISOString() }, 'BAD_USER_INPUT', 'input.expiresAt'],
    [{ expiresAt: 'not a date' }, 'BAD_USER_INPUT', 'input.expiresAt'],
    [{ data: 'x'.repeat(1001) }, 'BAD_USER_INPUT', 'input.data'],
    [{ kurentoOptions: { videoMaxSendBandwidth: -1 } }, 'BAD_USER_INPUT', 'input.kurentoOptions.videoMaxSendBandwidth'],
    // The schema names the list item.
    [{ kurentoOptions: { allowedFilters: [3] } }, 'BAD_USER_INPUT', 'input.kurentoOptions.allowedFilters.0'],
  ])('should refuse %j to generateToken', async (input, code, field) => {
    expect(await refusal(GENERATE_TOKEN, { sessionId: OPENVIDU_SESSION, ...input })).toMatchObject({ code, field });
  });

  it.each([
    [{ multiArchiveTag: 'a' }, 'UNSUPPORTED_BY_PROVIDER', 'input.multiArchiveTag'],
    [{ hasAudio: false, hasVideo: false }, 'BAD_USER_INPUT', 'input.hasVideo'],
    [{ resolution: '1280x720', outputMode: 'INDIVIDUAL' }, 'BAD_USER_INPUT', 'input.resolution'],
    [{ recordingLayout: 'GRID' }, 'BAD_USER_INPUT', 'input.recordingLayout'],
    [{ customLayout: 'x', recordingLayout: 'BEST_FIT' }, 'BAD_USER_INPUT', 'input.customLayout'],
    [{ ignoreFailedStreams: true }, 'BAD_USER_INPUT', 'input.ignoreFailedStreams'],
    [{ outputMode: 'COMPOSED_QUICK_START' }, 'BAD_USER_INPUT', 'input.outputMode'],
  ])('should refuse %j to startArchive', async (input, code, field) => {
    expect(await refusal(START_ARCHIVE, { sessionId: OPENVIDU_SESSION, ...input })).toMatchObject({ code, field });
  });
});

describe('platform rules reached through the schema', () => {
  it('should let OpenVidu apply its 200-character recording name rule, and OpenTok its 80', async () => {
    const ov = await refusal(CREATE_SESSION, {
      provider: 'OPENVIDU',
      mediaMode: 'ROUTED',
      archiveMode: 'ALWAYS',
      archiveName: 'x'.repeat(201),
    });
    expect(ov).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.archiveName' });
    expect(ov.message).toMatch(/200/);
    const ot = await refusal(START_ARCHIVE, { sessionId: OPENTOK_SESSION, name: 'x'.repeat(81) });
    expect(ot).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(ot.message).toMatch(/80/);
    expect((await refusal(START_ARCHIVE, { sessionId: OPENTOK_SESSION, name: 'x'.repeat(256) })).message).toMatch(/255/);
  });

  it('should let OpenVidu apply its frame-rate range and OpenTok its resolution list', async () => {
    expect(await refusal(START_ARCHIVE, { sessionId: OPENVIDU_SESSION, frameRate: 121 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.frameRate',
    });
    expect(await refusal(START_ARCHIVE, { sessionId: OPENTOK_SESSION, resolution: '800x600' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.resolution',
    });
  });

  it('should take false for an option that is off by default, or an empty list, as asking for nothing', async () => {
    // Past the capability check, the OpenVidu adapter calls upstream: the closed port answers.
    expect((await refusal(CREATE_SESSION, { provider: 'OPENVIDU', e2ee: false })).code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await refusal(GENERATE_TOKEN, { sessionId: OPENVIDU_SESSION, initialLayoutClassList: [] })).code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe("OpenTok's own rules reached through the gateway", () => {
  it.each([
    [{ mediaMode: 'ROUTED', archiveMode: 'ALWAYS', archiveName: 'x'.repeat(81) }, 'input.archiveName'],
    // OpenTok's default media mode is RELAYED, where end-to-end encryption cannot go.
    [{ e2ee: true }, 'input.e2ee'],
  ] as const)('should refuse %j to createSession, naming %s', async (input, field) => {
    const result = await gateway.gql(CreateSessionDocument, { input: { ...input } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([[{ name: 'n'.repeat(81) }, 'input.name']] as const)(
    'should refuse %j to startArchive, naming %s, with no archive created upstream',
    async (extra, field) => {
      const result = await gateway.gql(StartArchiveDocument, { input: { sessionId: OPENTOK_SESSION, ...extra } });
      // Not UPSTREAM_UNAVAILABLE: the adapter refused before calling its (closed) upstream.
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    },
  );
});
