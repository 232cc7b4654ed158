/**
 * The one refusal point (src/schema/capabilities.ts) at the GraphQL level: whatever a caller asks of
 * a provider beyond what it declares is refused with UNSUPPORTED_BY_PROVIDER, naming the provider
 * and the field, before any call on it. The providers are fakes declaring what each case needs;
 * their record proves that a refusal made no call.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenViduProvider } from '../../src/providers/openvidu/index.js';
import type { Feature, Operation, ProviderCapabilities } from '../../src/providers/types.js';
import {
  CloseSessionDocument,
  CreateSessionDocument,
  DialSipDocument,
  ForceDisconnectDocument,
  ForceUnpublishDocument,
  GenerateTokenDocument,
  SendSignalDocument,
  SessionConnectionsDocument,
  SessionsDocument,
  StartArchiveDocument,
  StartBroadcastDocument,
  SetArchiveLayoutDocument,
  AddArchiveStreamDocument,
} from '../__generated__/graphql.js';
import { createFakeProvider, EVERYTHING, type FakeProvider, NOTHING, type ProviderMethod } from '../fixtures/fake-provider.js';
import { createInProcessGateway, type InProcessGateway } from '../fixtures/in-process-gateway.js';
import { firstError } from '../helpers/graphql.js';

const FUTURE = new Date(Date.now() + 60 * 60 * 1000).toISOString();

/**
 * One option of an operation set on its own (with what the input rules need beside it), and where
 * each operation's options go.
 */
const OPTION_CASES: { [Op in Operation]: { document: TypedDocumentNode<any, any>; cases: Record<string, Record<string, unknown>> } } = {
  createSession: {
    document: CreateSessionDocument,
    cases: {
      mediaMode: { mediaMode: 'ROUTED' },
      archiveMode: { archiveMode: 'ALWAYS', mediaMode: 'ROUTED' },
      location: { location: '203.0.113.7' },
      e2ee: { e2ee: true, mediaMode: 'ROUTED' },
      archiveName: { archiveName: 'daily', archiveMode: 'ALWAYS', mediaMode: 'ROUTED' },
      archiveResolution: { archiveResolution: '1280x720', archiveMode: 'ALWAYS', mediaMode: 'ROUTED' },
      customSessionId: { customSessionId: 'room-1' },
      forcedVideoCodec: { forcedVideoCodec: 'VP8' },
      allowTranscoding: { allowTranscoding: true },
    },
  },
  generateToken: {
    document: GenerateTokenDocument,
    cases: {
      role: { role: 'MODERATOR' },
      expiresAt: { expiresAt: FUTURE },
      data: { data: 'name=Ada' },
      initialLayoutClassList: { initialLayoutClassList: ['focus'] },
      format: { format: 'T1' },
      record: { record: true },
      kurentoOptions: { kurentoOptions: { videoMaxSendBandwidth: 500 } },
    },
  },
  startArchive: {
    document: StartArchiveDocument,
    cases: {
      name: { name: 'standup' },
      hasAudio: { hasAudio: true },
      hasVideo: { hasVideo: true },
      outputMode: { outputMode: 'INDIVIDUAL' },
      resolution: { resolution: '1280x720' },
      multiArchiveTag: { multiArchiveTag: 'tag' },
      frameRate: { frameRate: 30 },
      recordingLayout: { recordingLayout: 'BEST_FIT' },
      customLayout: { customLayout: 'layouts/mine.html', recordingLayout: 'CUSTOM' },
      ignoreFailedStreams: { ignoreFailedStreams: true, outputMode: 'INDIVIDUAL' },
      layout: { layout: { type: 'PIP' } },
      streamMode: { streamMode: 'MANUAL' },
      maxBitrate: { maxBitrate: 2_000_000 },
      quantizationParameter: { quantizationParameter: 25 },
      hasTranscription: { hasTranscription: true },
      transcriptionProperties: { transcriptionProperties: { primaryLanguageCode: 'en-US' }, hasTranscription: true },
    },
  },
  startBroadcast: {
    document: StartBroadcastDocument,
    // A broadcast needs an output: every case but rtmp's names the HLS one.
    cases: {
      hls: { hls: { dvr: true } },
      rtmp: { rtmp: [{ serverUrl: 'rtmps://live.example.com/app', streamName: 'key' }] },
      maxDuration: { maxDuration: 600, hls: {} },
      maxBitrate: { maxBitrate: 2_000_000, hls: {} },
      resolution: { resolution: '1280x720', hls: {} },
      layout: { layout: { type: 'BEST_FIT', screenshareType: 'PIP' }, hls: {} },
      multiBroadcastTag: { multiBroadcastTag: 'tag', hls: {} },
      streamMode: { streamMode: 'MANUAL', hls: {} },
      hasAudio: { hasAudio: true, hls: {} },
      hasVideo: { hasVideo: true, hls: {} },
    },
  },
  dialSip: {
    document: DialSipDocument,
    cases: {
      from: { from: '15551234567@example.com' },
      headers: { headers: [{ name: 'X-Customer-Id', value: '42' }] },
      auth: { auth: { username: 'user', password: 'secret' } },
      secure: { secure: true },
      video: { video: true },
      observeForceMute: { observeForceMute: true },
      streams: { streams: ['st-1'] },
    },
  },
  signal: {
    document: SendSignalDocument,
    cases: {
      connectionId: { connectionId: 'con_1' },
      type: { type: 'chat' },
    },
  },
};

/** The required arguments of each operation besides the session (createSession takes none). */
const REQUIRED: Record<Operation, Record<string, unknown>> = {
  createSession: {},
  generateToken: {},
  startArchive: {},
  dialSip: { uri: 'sip:alice@sip.example.com' },
  signal: { data: 'hello' },
  startBroadcast: {},
};

/** The provider method each operation ends in. */
const METHOD: Record<Operation, ProviderMethod> = {
  createSession: 'createSession',
  generateToken: 'generateToken',
  startArchive: 'startArchive',
  dialSip: 'dialSip',
  signal: 'signal',
  startBroadcast: 'startBroadcast',
};

/** A gateway over one fake declaring `capabilities`, with a routed session to act on. */
async function gatewayDeclaring(capabilities: ProviderCapabilities) {
  const provider = createFakeProvider({ capabilities });
  const gateway = createInProcessGateway([provider]);
  // A session to act on, created on the fake directly: the input of the call under test is all that reaches GraphQL.
  const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
  return { provider, gateway, sessionId };
}

/** The calls `provider` received while `operation` ran. */
async function callsDuring<T>(provider: FakeProvider, operation: () => Promise<T>): Promise<[T, ProviderMethod[]]> {
  const before = provider.calls.length;
  const result = await operation();
  return [result, provider.calls.slice(before).map((c) => c.method)];
}

/** `input` as the operation's variables: createSession's input has no session. */
const variablesOf = (op: Operation, sessionId: string, input: Record<string, unknown>) => ({
  input: op === 'createSession' ? input : { sessionId, ...REQUIRED[op], ...input },
});

describe('an option the provider does not declare', () => {
  const operations = Object.keys(OPTION_CASES) as Operation[];
  const rows = operations.flatMap((op) => Object.keys(OPTION_CASES[op].cases).map((option) => [op, option] as const));

  it('should have a case for every option of every operation', () => {
    for (const op of operations) expect(Object.keys(OPTION_CASES[op].cases).sort()).toEqual([...EVERYTHING.options[op]].sort());
  });

  it.each(rows)('should refuse %s with %s set, naming the field and the provider, before any call', async (op, option) => {
    const declared = { ...EVERYTHING.options, [op]: EVERYTHING.options[op].filter((o: string) => o !== option) };
    const { provider, gateway, sessionId } = await gatewayDeclaring({ ...EVERYTHING, options: declared });
    try {
      const input = variablesOf(op, sessionId, OPTION_CASES[op].cases[option]!);
      const [result, calls] = await callsDuring(provider, () => gateway.gql(OPTION_CASES[op].document, input));
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'UNSUPPORTED_BY_PROVIDER',
        field: `input.${option}`,
        provider: 'OPENTOK',
      });
      expect(calls).toEqual([]);
    } finally {
      await gateway.close();
    }
  });

  it.each(rows)('should pass %s with %s set to a provider that declares it', async (op, option) => {
    const { provider, gateway, sessionId } = await gatewayDeclaring(EVERYTHING);
    try {
      const input = variablesOf(op, sessionId, OPTION_CASES[op].cases[option]!);
      const [result, calls] = await callsDuring(provider, () => gateway.gql(OPTION_CASES[op].document, input));
      expect(result.errors).toBeUndefined();
      expect(calls).toContain(METHOD[op]);
      const [passed] = provider.callsOf(METHOD[op]).at(-1)!.args as [Record<string, unknown>];
      expect(passed).toHaveProperty(option);
    } finally {
      await gateway.close();
    }
  });
});

describe('a feature the provider does not declare', () => {
  /** One call per feature that has one, the argument it names, and the calls it may make before refusing. */
  const FEATURE_CASES: [Feature, TypedDocumentNode<any, any>, (sessionId: string) => Record<string, unknown>, string, ProviderMethod[]][] =
    [
      ['archives', StartArchiveDocument, (sessionId) => ({ input: { sessionId } }), 'input.sessionId', []],
      ['sip', DialSipDocument, (sessionId) => ({ input: { sessionId, uri: 'sip:alice@sip.example.com' } }), 'input.sessionId', []],
      ['signals', SendSignalDocument, (sessionId) => ({ input: { sessionId, data: 'hello' } }), 'input.sessionId', []],
      ['forceDisconnect', ForceDisconnectDocument, (sessionId) => ({ input: { sessionId, connectionId: 'con_1' } }), 'input.sessionId', []],
      ['forceUnpublish', ForceUnpublishDocument, (sessionId) => ({ input: { sessionId, streamId: 'str_1' } }), 'input.sessionId', []],
      ['closeSession', CloseSessionDocument, (sessionId) => ({ id: sessionId }), 'id', []],
      ['listSessions', SessionsDocument, () => ({ provider: 'OPENTOK' }), 'provider', []],
      // The session is read first; its connections are what is refused.
      ['connections', SessionConnectionsDocument, (sessionId) => ({ id: sessionId }), 'connections', ['getSession']],
      ['broadcasts', StartBroadcastDocument, (sessionId) => ({ input: { sessionId, hls: {} } }), 'input.sessionId', []],
      ['archiveLayouts', SetArchiveLayoutDocument, () => ({ input: { id: 'opentok-archive-1', layout: { type: 'PIP' } } }), 'input.id', []],
      ['archiveStreams', AddArchiveStreamDocument, () => ({ input: { id: 'opentok-archive-1', streamId: 'str_1' } }), 'input.id', []],
    ];

  it.each(FEATURE_CASES)(
    'should refuse what needs %s, naming the argument and the provider, before calling it',
    async (feature, document, variables, field, before) => {
      const { provider, gateway, sessionId } = await gatewayDeclaring({ ...EVERYTHING, [feature]: false });
      try {
        const [result, calls] = await callsDuring(provider, () => gateway.gql(document, variables(sessionId)));
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field, provider: 'OPENTOK' });
        expect(result.errors?.[0]?.message).toMatch(/OPENTOK cannot .*see the providers query/);
        expect(calls).toEqual(before);
      } finally {
        await gateway.close();
      }
    },
  );
});

describe('an option value the provider does not accept', () => {
  let provider: FakeProvider;
  let gateway: InProcessGateway;
  let sessionId: string;
  beforeAll(async () => {
    ({ provider, gateway, sessionId } = await gatewayDeclaring({
      ...NOTHING,
      options: { ...NOTHING.options, generateToken: ['role', 'format'] },
    }));
  });
  afterAll(async () => {
    await gateway.close();
  });

  it('should refuse a role or a token format it does not list, saying which it accepts', async () => {
    const [role, roleCalls] = await callsDuring(provider, () =>
      gateway.gql(GenerateTokenDocument, { input: { sessionId, role: 'MODERATOR' } }),
    );
    expect(firstError(role)).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.role' });
    expect(firstError(role).message).toBe('input.role: OPENTOK does not accept MODERATOR (it accepts PUBLISHER)');
    const [format, formatCalls] = await callsDuring(provider, () =>
      gateway.gql(GenerateTokenDocument, { input: { sessionId, format: 'T1' } }),
    );
    expect(firstError(format)).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.format' });
    expect([...roleCalls, ...formatCalls]).toEqual([]);
  });

  it('should let through what asks for nothing: null, an empty list, false where false is the default', async () => {
    const [, calls] = await callsDuring(provider, async () => {
      expect(
        (await gateway.gql(GenerateTokenDocument, { input: { sessionId, role: null, initialLayoutClassList: [] } })).errors,
      ).toBeUndefined();
      expect((await gateway.gql(CreateSessionDocument, { input: { e2ee: false, allowTranscoding: false } })).errors).toBeUndefined();
    });
    // Both calls reached the provider (the token's session is read back too).
    expect(calls).toEqual(expect.arrayContaining(['generateToken', 'createSession']));
  });
});

describe("OpenVidu's declared capabilities", () => {
  // A fake that declares exactly what the OpenVidu adapter declares: the refusals come from that data alone.
  const adapter = createOpenViduProvider({ url: 'http://127.0.0.1:1', secret: 'secret' });
  const provider = createFakeProvider({ name: 'OPENVIDU', capabilities: adapter.capabilities });
  const gateway = createInProcessGateway([provider]);
  afterAll(async () => {
    await gateway.close();
    await adapter.close();
  });

  it('should refuse what OpenVidu cannot do, before any upstream call, naming the provider', async () => {
    const created = (await gateway.gqlOk(CreateSessionDocument, { input: { provider: 'OPENVIDU' } })).createSession;
    const [, calls] = await callsDuring(provider, async () => {
      const sip = firstError(await gateway.gql(DialSipDocument, { input: { sessionId: created.id, uri: 'sip:alice@example.com' } }));
      expect(sip.code).toBe('UNSUPPORTED_BY_PROVIDER');
      expect(sip.message).toContain('OPENVIDU');
      const t1 = firstError(await gateway.gql(GenerateTokenDocument, { input: { sessionId: created.id, format: 'T1' } }));
      expect(t1).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', field: 'input.format' });
      const tagged = firstError(await gateway.gql(StartArchiveDocument, { input: { sessionId: created.id, multiArchiveTag: 'x' } }));
      expect(tagged.code).toBe('UNSUPPORTED_BY_PROVIDER');
    });
    expect(calls).toEqual([]);
  });
});
