/**
 * The session operations at the GraphQL level, over fake providers: the scope each needs, the
 * refusal of what a provider does not declare, the input rules, the routing of render and
 * captions ids, and the `video_sessions` claim; every refusal is checked to make no provider call.
 */
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeProvider, EVERYTHING, type FakeProvider, NOTHING } from '../fixtures/fake-provider.js';
import { createInProcessGateway, type InProcessGateway } from '../fixtures/in-process-gateway.js';
import { bearer, hsToken, TEST_AUTH_SECRET, type TestClaims } from '../helpers/caller-tokens.js';
import { firstError, gql } from '../helpers/graphql.js';

/** Each new operation, the scope it needs, the capability it needs, and valid variables. */
const OPERATIONS = [
  {
    name: 'stream',
    scope: 'video:sessions:read',
    feature: null,
    document: 'query($s: ID!) { stream(sessionId: $s, streamId: "st-1") { streamId } }',
    input: null,
  },
  {
    name: 'setStreamLayoutClasses',
    scope: 'video:moderate',
    feature: 'streamLayoutClasses',
    document: 'mutation($input: SetStreamLayoutClassesInput!) { setStreamLayoutClasses(input: $input) }',
    input: { streams: [{ streamId: 'st-1', layoutClassList: ['full'] }] },
  },
  {
    name: 'muteStream',
    scope: 'video:moderate',
    feature: 'forceMute',
    document: 'mutation($input: MuteStreamInput!) { muteStream(input: $input) }',
    input: { streamId: 'st-1' },
  },
  {
    name: 'muteSession',
    scope: 'video:moderate',
    feature: 'forceMute',
    document: 'mutation($input: MuteSessionInput!) { muteSession(input: $input) }',
    input: { active: true, excludedStreamIds: ['st-1'] },
  },
  {
    name: 'playDtmf',
    scope: 'video:sip',
    feature: 'sip',
    document: 'mutation($input: PlayDtmfInput!) { playDtmf(input: $input) }',
    input: { digits: '12#' },
  },
  {
    name: 'startRender',
    scope: 'video:sessions:write',
    feature: 'renders',
    document: 'mutation($input: StartRenderInput!) { startRender(input: $input) { id } }',
    input: { url: 'https://example.com/page' },
  },
  {
    name: 'connectAudioStream',
    scope: 'video:sessions:write',
    feature: 'audioConnector',
    document: 'mutation($input: ConnectAudioStreamInput!) { connectAudioStream(input: $input) { id } }',
    input: { uri: 'wss://example.com/audio' },
  },
  {
    name: 'startCaptions',
    scope: 'video:sessions:write',
    feature: 'captions',
    document: 'mutation($input: StartCaptionsInput!) { startCaptions(input: $input) { id } }',
    input: {},
  },
  {
    name: 'connectIpCamera',
    scope: 'video:sessions:write',
    feature: 'ipCameras',
    document: 'mutation($input: ConnectIpCameraInput!) { connectIpCamera(input: $input) { id } }',
    input: { rtspUri: 'rtsp://camera.example.com/live' },
  },
] as const;

const variablesOf = (op: (typeof OPERATIONS)[number], sessionId: string) =>
  op.input === null ? { s: sessionId } : { input: { sessionId, ...op.input } };

/** The calls `provider` received while `operation` ran. */
async function callsDuring(
  provider: FakeProvider,
  operation: () => Promise<ExecutionResult<unknown>>,
): Promise<[ExecutionResult<unknown>, string[]]> {
  const before = provider.calls.length;
  const result = await operation();
  return [result, provider.calls.slice(before).map((c) => c.method)];
}

describe('session operations: caller scopes', () => {
  let provider: FakeProvider;
  let gateway: InProcessGateway;
  let sessionId: string;

  beforeAll(async () => {
    provider = createFakeProvider();
    gateway = createInProcessGateway([provider], { env: { AUTH_JWT_SECRET: TEST_AUTH_SECRET } });
    sessionId = (await provider.createSession({ mediaMode: 'ROUTED' })).sessionId;
  });
  afterAll(() => gateway.close());

  const as = async (claims: TestClaims, document: string, variables: Record<string, unknown>) =>
    gql(gateway, document, variables, bearer(await hsToken(claims)));

  for (const op of OPERATIONS) {
    it(`should allow ${op.name} with ${op.scope} and refuse it without, before any call`, async () => {
      const allowed = await as({ scope: op.scope }, op.document, variablesOf(op, sessionId));
      expect(allowed.errors).toBeUndefined();
      const [refused, calls] = await callsDuring(provider, () =>
        as({ scope: 'video:tokens:subscriber' }, op.document, variablesOf(op, sessionId)),
      );
      expect(firstError(refused).code).toBe('FORBIDDEN');
      expect(firstError(refused).message).toContain(op.scope);
      expect(calls).toEqual([]);
    });
  }

  it('should ask video:sessions:read for render, renders and node of a render, and video:sessions:write to stop one', async () => {
    const admin = { scope: 'video:admin' };
    const started = await as(
      admin,
      'mutation($s: ID!) { startRender(input: { sessionId: $s, url: "https://example.com/" }) { id renderId } }',
      { s: sessionId },
    );
    const render = (started.data as { startRender: { id: string } }).startRender;
    for (const [document, variables] of [
      ['query($id: ID!) { render(id: $id) { status } }', { id: render.id }],
      ['{ renders { totalCount } }', {}],
      ['query($id: ID!) { node(id: $id) { id } }', { id: render.id }],
    ] as const) {
      expect((await as({ scope: 'video:sessions:read' }, document, variables)).errors).toBeUndefined();
      expect(firstError(await as({ scope: 'video:moderate' }, document, variables)).code).toBe('FORBIDDEN');
    }
    const stop = 'mutation($id: ID!) { stopRender(id: $id) }';
    expect(firstError(await as({ scope: 'video:sessions:read' }, stop, { id: render.id })).code).toBe('FORBIDDEN');
    expect((await as({ scope: 'video:sessions:write' }, stop, { id: render.id })).data).toEqual({ stopRender: true });
  });

  it("should keep a caller limited to some sessions to those sessions' renders and captions", async () => {
    const admin = { scope: 'video:admin' };
    const other = (await provider.createSession({})).sessionId;
    const render = (
      (await as(admin, 'mutation($s: ID!) { startRender(input: { sessionId: $s, url: "https://example.com/" }) { id } }', { s: other }))
        .data as {
        startRender: { id: string };
      }
    ).startRender;
    const captions = (
      (await as(admin, 'mutation($s: ID!) { startCaptions(input: { sessionId: $s }) { id captionsId } }', { s: other })).data as {
        startCaptions: { id: string; captionsId: string };
      }
    ).startCaptions;
    const limited = { scope: 'video:admin', video_sessions: [sessionId] };
    expect(firstError(await as(limited, 'query($id: ID!) { render(id: $id) { status } }', { id: render.id })).code).toBe('FORBIDDEN');
    expect(firstError(await as(limited, 'mutation($id: ID!) { stopRender(id: $id) }', { id: render.id })).code).toBe('FORBIDDEN');
    expect(firstError(await as(limited, '{ renders { totalCount } }', {})).code).toBe('FORBIDDEN');
    const [byGlobal, calls] = await callsDuring(provider, () =>
      as(limited, 'mutation($id: ID!) { stopCaptions(id: $id) }', { id: captions.id }),
    );
    expect(firstError(byGlobal)).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(calls).toEqual([]);
    expect(firstError(await as(limited, 'mutation($id: ID!) { stopCaptions(id: $id) }', { id: captions.captionsId })).message).toContain(
      'global id',
    );
  });
});

describe('session operations: what a provider does not declare', () => {
  let provider: FakeProvider;
  let gateway: InProcessGateway;
  let sessionId: string;

  beforeAll(async () => {
    provider = createFakeProvider({ capabilities: { ...NOTHING, hints: { captions: 'use the client-side captions instead' } } });
    gateway = createInProcessGateway([provider]);
    sessionId = (await provider.createSession({})).sessionId;
  });
  afterAll(() => gateway.close());

  for (const op of OPERATIONS.filter((o) => o.feature !== null)) {
    it(`should refuse ${op.name} with UNSUPPORTED_BY_PROVIDER naming the provider, before any call`, async () => {
      const [result, calls] = await callsDuring(provider, () => gateway.gql(op.document, variablesOf(op, sessionId)));
      expect(firstError(result)).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.sessionId' });
      expect(firstError(result).message).toContain('OPENTOK');
      expect(calls).toEqual([]);
    });
  }

  it("should give the provider's hint, and refuse render, renders and stops of renders and captions", async () => {
    expect(firstError(await gateway.gql(OPERATIONS[7].document, variablesOf(OPERATIONS[7], sessionId))).message).toContain(
      'use the client-side captions instead',
    );
    expect(firstError(await gateway.gql('{ renders { totalCount } }')).code).toBe('UNSUPPORTED_BY_PROVIDER');
    // With no provider having renders or captions, a native id is nobody's.
    expect(firstError(await gateway.gql('{ render(id: "00000000-0000-4000-8000-000000000000") { status } }')).code).toBe('NOT_FOUND');
    expect(firstError(await gateway.gql('mutation { stopCaptions(id: "c-1") }')).code).toBe('NOT_FOUND');
  });

  it('should still read one stream (every provider can)', async () => {
    const result = await gateway.gql('query($s: ID!) { stream(sessionId: $s, streamId: "st-1") { streamId } }', { s: sessionId });
    expect(result).toEqual({ data: { stream: null } });
  });
});

describe('session operations: input rules and id routing', () => {
  let opentok: FakeProvider;
  let vonage: FakeProvider;
  let gateway: InProcessGateway;
  let sessionId: string;

  beforeAll(async () => {
    opentok = createFakeProvider({ name: 'OPENTOK', capabilities: EVERYTHING });
    vonage = createFakeProvider({ name: 'VONAGE', capabilities: EVERYTHING });
    gateway = createInProcessGateway([opentok, vonage]);
    sessionId = (await opentok.createSession({ mediaMode: 'ROUTED' })).sessionId;
  });
  afterAll(() => gateway.close());

  const BAD: Array<[string, string, Record<string, unknown>, string]> = [
    ['playDtmf', 'mutation($input: PlayDtmfInput!) { playDtmf(input: $input) }', { digits: '12x' }, 'input.digits'],
    ['playDtmf', 'mutation($input: PlayDtmfInput!) { playDtmf(input: $input) }', { digits: '' }, 'input.digits'],
    [
      'muteSession',
      'mutation($input: MuteSessionInput!) { muteSession(input: $input) }',
      { active: false, excludedStreamIds: ['a'] },
      'input.excludedStreamIds',
    ],
    [
      'setStreamLayoutClasses',
      'mutation($input: SetStreamLayoutClassesInput!) { setStreamLayoutClasses(input: $input) }',
      { streams: [] },
      'input.streams',
    ],
    [
      'setStreamLayoutClasses',
      'mutation($input: SetStreamLayoutClassesInput!) { setStreamLayoutClasses(input: $input) }',
      {
        streams: [
          { streamId: 'a', layoutClassList: [] },
          { streamId: 'a', layoutClassList: ['x'] },
        ],
      },
      'input.streams',
    ],
    [
      'setStreamLayoutClasses',
      'mutation($input: SetStreamLayoutClassesInput!) { setStreamLayoutClasses(input: $input) }',
      { streams: [{ streamId: 'a', layoutClassList: ['no spaces'] }] },
      'input.streams.0.layoutClassList.0',
    ],
    [
      'startRender',
      'mutation($input: StartRenderInput!) { startRender(input: $input) { id } }',
      { url: 'javascript:alert(1)' },
      'input.url',
    ],
    [
      'startRender',
      'mutation($input: StartRenderInput!) { startRender(input: $input) { id } }',
      { url: 'https://e.com/', maxDuration: 0 },
      'input.maxDuration',
    ],
    [
      'startRender',
      'mutation($input: StartRenderInput!) { startRender(input: $input) { id } }',
      { url: 'https://e.com/', name: 'a\nb' },
      'input.name',
    ],
    [
      'startRender',
      'mutation($input: StartRenderInput!) { startRender(input: $input) { id } }',
      { url: 'https://e.com/', statusCallbackUrl: 'ftp://e.com/' },
      'input.statusCallbackUrl',
    ],
    [
      'connectAudioStream',
      'mutation($input: ConnectAudioStreamInput!) { connectAudioStream(input: $input) { id } }',
      { uri: 'http://e.com/' },
      'input.uri',
    ],
    [
      'connectAudioStream',
      'mutation($input: ConnectAudioStreamInput!) { connectAudioStream(input: $input) { id } }',
      { uri: 'wss://e.com/', audioRate: 44100 },
      'input.audioRate',
    ],
    [
      'connectAudioStream',
      'mutation($input: ConnectAudioStreamInput!) { connectAudioStream(input: $input) { id } }',
      { uri: 'wss://e.com/', headers: [{ name: 'X A', value: '1' }] },
      'input.headers.0.name',
    ],
    [
      'startCaptions',
      'mutation($input: StartCaptionsInput!) { startCaptions(input: $input) { id } }',
      { languageCode: 'english' },
      'input.languageCode',
    ],
    [
      'connectIpCamera',
      'mutation($input: ConnectIpCameraInput!) { connectIpCamera(input: $input) { id } }',
      { rtspUri: 'ftp://cam/' },
      'input.rtspUri',
    ],
    [
      'connectIpCamera',
      'mutation($input: ConnectIpCameraInput!) { connectIpCamera(input: $input) { id } }',
      { rtspUri: 'rtsp://cam.example.com/', networkCache: -1 },
      'input.networkCache',
    ],
    [
      'dialSip',
      'mutation($input: DialSipInput!) { dialSip(input: $input) { id } }',
      { uri: 'sip:a@b.c', streams: ['..'] },
      'input.streams.0',
    ],
  ];

  for (const [name, document, input, field] of BAD) {
    it(`should refuse ${name} with ${JSON.stringify(input)}: BAD_USER_INPUT naming ${field}, before any call`, async () => {
      const [result, calls] = await callsDuring(opentok, () => gateway.gql(document, { input: { sessionId, ...input } }));
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(calls).toEqual([]);
    });
  }

  it('should pass the options through as the provider interface takes them', async () => {
    const before = opentok.calls.length;
    await gateway.gqlOk('mutation($input: MuteSessionInput!) { muteSession(input: $input) }', { input: { sessionId, active: true } });
    await gateway.gqlOk('mutation($input: PlayDtmfInput!) { playDtmf(input: $input) }', { input: { sessionId, digits: '1p2' } });
    await gateway.gqlOk('mutation($input: DialSipInput!) { dialSip(input: $input) { id } }', {
      input: { sessionId, uri: 'sip:a@b.example.com', streams: ['st-1', 'st-2'] },
    });
    expect(opentok.calls.slice(before).map((c) => [c.method, c.args[0]])).toEqual([
      ['muteSession', { sessionId, active: true, excludedStreamIds: [] }],
      ['playDtmf', { sessionId, digits: '1p2' }],
      ['dialSip', { sessionId, uri: 'sip:a@b.example.com', streams: ['st-1', 'st-2'] }],
    ]);
  });

  it("should route a render by its global id, and ask for it when a native id could be either provider's", async () => {
    const started = await gateway.gqlOk<{ startRender: { id: string; renderId: string } }, Record<string, unknown>>(
      'mutation($s: ID!) { startRender(input: { sessionId: $s, url: "https://example.com/" }) { id renderId } }',
      { s: sessionId },
    );
    const { id, renderId } = started.startRender;
    expect(await gateway.gql('query($id: ID!) { render(id: $id) { renderId provider } }', { id })).toEqual({
      data: { render: { renderId, provider: 'OPENTOK' } },
    });
    const [ambiguous, calls] = await callsDuring(opentok, () =>
      gateway.gql('query($id: ID!) { render(id: $id) { renderId } }', { id: renderId }),
    );
    expect(firstError(ambiguous)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(firstError(ambiguous).message).toContain('OPENTOK or VONAGE');
    expect(calls).toEqual([]);
  });
});
