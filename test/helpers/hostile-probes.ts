/**
 * What the hostile-input property test (test/e2e/hostile.property.test.ts) throws at a gateway,
 * as fast-check arbitraries: each value is a {@link Probe}, a description of one HTTP request or
 * one WebSocket conversation, which the test then sends and judges. Payload sizes are bounded on
 * purpose: a few bodies over the caps, not thousands.
 */
import fc from 'fast-check';
import { print } from 'graphql';
import {
  ArchiveDocument,
  ArchivesDocument,
  ArchiveStatusChangedDocument,
  CloseSessionDocument,
  ConnectionNodeDocument,
  CreateSessionDocument,
  DeleteArchiveDocument,
  DialSipDocument,
  ForceDisconnectDocument,
  ForceUnpublishDocument,
  GenerateTokenDocument,
  NodeDocument,
  ProvidersDocument,
  SendSignalDocument,
  SessionArchivesDocument,
  SessionConnectionsDocument,
  SessionDocument,
  SessionsDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';

/** Which caller credentials a probe carries (the test turns each into a header value). */
export type Credential = 'admin' | 'narrow' | 'none' | 'expired' | 'forged' | 'alg-none' | 'garbage';

/** How an OpenTok callback is signed. */
export type Signing = 'valid' | 'none' | 'stale' | 'future' | 'wrong-secret' | 'other-body' | 'alg-none' | 'garbage' | 'replay';

/** One WebSocket frame: a text frame (JSON or not), or binary. */
export type Frame = { text: string } | { binary: number[] };

/** One thing the test sends. */
export type Probe =
  | {
      kind: 'graphql';
      method: 'POST' | 'GET';
      /** The request body (POST) or the query string (GET), as sent. */
      payload: string;
      contentType: string | null;
      credential: Credential;
      csrfHeader: boolean;
      origin: string | null;
      accept: string;
      /** Sent in several pieces with chunked transfer encoding. */
      chunked: boolean;
    }
  | { kind: 'huge'; path: string; size: number; chunked: boolean; fill: string }
  | { kind: 'opentok-webhook'; body: string; signing: Signing; contentType: string }
  | { kind: 'openvidu-webhook'; body: string; bearer: string | null; contentType: string }
  | { kind: 'websocket'; protocol: string | null; origin: string | null; init: Frame | null; frames: Frame[] };

/** Real ids of objects the test created first, so some probes reach the platform for real. */
export interface Fixtures {
  sessionIds: string[];
  archiveIds: string[];
  connectionIds: string[];
}

/** Ids a URL path or a parser could choke on. */
const NASTY_IDS = [
  '..',
  '.',
  '../..',
  '%2F',
  '%2e%2e',
  '..%2F..',
  '/',
  '\\',
  '%00',
  '\u0000',
  '\u202e',
  '\ufeff',
  '会话',
  '🎥🎥',
  'a/b',
  'ses_..',
  'ses_../../config',
  '?x=1',
  '#frag',
  ' ',
  '',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '1_MX4xMjM0NTY3OH5-MTcwMDAwMDAwMDAwMH5hYmNk',
  '2a6fc87e-0000-4000-8000-000000000000',
  'con_..',
  '$(reboot)',
  '<script>alert(1)</script>',
];

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A hostile id: nasty, forged global, very long, random text, or a real one. */
export function hostileId(fixtures: Fixtures): fc.Arbitrary<string> {
  const real = [...fixtures.sessionIds, ...fixtures.archiveIds, ...fixtures.connectionIds];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_IDS) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('Session', 'Archive', 'Connection', 'SipCall', 'Nope'),
          fc.constantFrom('OPENTOK', 'OPENVIDU', 'VONAGE', ''),
          fc.constantFrom(...NASTY_IDS),
        )
        .map(([type, provider, id]) => b64(`${type}:${provider}:${id}`)),
    },
    { weight: 1, arbitrary: fc.integer({ min: 257, max: 12_000 }).map((n) => 'a'.repeat(n)) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 3_000 }).map((n) => '../'.repeat(n)) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: real.length ? fc.constantFrom(...real) : fc.constant('x') },
  );
}

/** A value of any shape, for a variable or an input field. */
function hostileValue(fixtures: Fixtures): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: hostileId(fixtures) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'PUBLISHER',
        'MODERATOR',
        'SUBSCRIBER',
        'ROUTED',
        'RELAYED',
        'ALWAYS',
        'OPENTOK',
        'OPENVIDU',
        'GOD',
        'COMPOSED',
        '1280x720',
        'sip:a@b.c',
      ),
    },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
    // Nesting and width bombs inside variables (the list cap is 100).
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((depth) => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`)) },
    { weight: 1, arbitrary: fc.integer({ min: 90, max: 3_000 }).map((n) => Array.from({ length: n }, (_, i) => `x${i}`)) },
  );
}

const INPUT_FIELDS = [
  'sessionId',
  'connectionId',
  'streamId',
  'role',
  'data',
  'expiresAt',
  'initialLayoutClassList',
  'kurentoOptions',
  'record',
  'format',
  'mediaMode',
  'archiveMode',
  'archiveName',
  'archiveResolution',
  'customSessionId',
  'location',
  'provider',
  'forcedVideoCodec',
  'allowTranscoding',
  'name',
  'multiArchiveTag',
  'frameRate',
  'resolution',
  'outputMode',
  'hasAudio',
  'hasVideo',
  'customLayout',
  'recordingLayout',
  'uri',
  'headers',
  'auth',
  'from',
  'secure',
  'video',
  'type',
  '__proto__',
];

/** The typed documents of test/operations, each with the variables it declares. */
const DOCUMENTS: { query: string; variables: string[] }[] = [
  { query: print(CreateSessionDocument), variables: ['input'] },
  { query: print(GenerateTokenDocument), variables: ['input'] },
  { query: print(StartArchiveDocument), variables: ['input'] },
  { query: print(DialSipDocument), variables: ['input'] },
  { query: print(ForceDisconnectDocument), variables: ['input'] },
  { query: print(ForceUnpublishDocument), variables: ['input'] },
  { query: print(SendSignalDocument), variables: ['input'] },
  { query: print(StopArchiveDocument), variables: ['id'] },
  { query: print(DeleteArchiveDocument), variables: ['id'] },
  { query: print(CloseSessionDocument), variables: ['id'] },
  { query: print(ArchiveDocument), variables: ['id'] },
  { query: print(SessionDocument), variables: ['id'] },
  { query: print(SessionConnectionsDocument), variables: ['id'] },
  { query: print(NodeDocument), variables: ['id'] },
  { query: print(ConnectionNodeDocument), variables: ['id'] },
  { query: print(ArchivesDocument), variables: ['sessionId', 'first', 'after'] },
  { query: print(SessionArchivesDocument), variables: ['id', 'first', 'after'] },
  { query: print(SessionsDocument), variables: ['provider', 'first', 'after'] },
  { query: print(ProvidersDocument), variables: [] },
];

/** One of our operations with variables of the wrong types, hostile ids, or bombs. */
function operationWithHostileVariables(fixtures: Fixtures): fc.Arbitrary<{ query: string; variables: unknown; operationName?: string }> {
  const value = hostileValue(fixtures);
  const input = fc.oneof(fc.dictionary(fc.constantFrom(...INPUT_FIELDS), value, { maxKeys: 6 }), value);
  return fc.constantFrom(...DOCUMENTS).chain((document) =>
    fc.record({
      query: fc.constant(document.query),
      variables: fc.oneof(
        { weight: 8, arbitrary: fc.record(Object.fromEntries(document.variables.map((name) => [name, name === 'input' ? input : value]))) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
      ),
    }),
  );
}

/** Documents built to exhaust a parser, a validator or an executor. */
function bombDocument(fixtures: Fixtures): fc.Arbitrary<string> {
  const id = hostileId(fixtures).map((s) => JSON.stringify(s));
  return fc.oneof(
    fc
      .integer({ min: 3, max: 60 })
      .map((depth) => `{ ${'archives { edges { node { session { '.repeat(depth)}id${' } } } }'.repeat(depth)} }`),
    fc.integer({ min: 10, max: 700 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: providers { name }`).join(' ')} }`),
    fc.integer({ min: 100, max: 4_000 }).map((n) => `{ providers { ${'name '.repeat(n)}} }`),
    fc.integer({ min: 5, max: 300 }).map((n) => `{ providers ${'@include(if: true) '.repeat(n)}{ name } }`),
    fc.integer({ min: 2, max: 200 }).map((n) => `{ nodes(ids: [${Array.from({ length: n }, () => '"x"').join(',')}]) { id } }`),
    fc.constant('query A { ...F } fragment F on Query { ...G } fragment G on Query { ...F }'),
    fc.constant('{ __schema { types { name fields { name args { name } } } } }'),
    fc.constant('{ __type(name: "Session") { fields { name } } }'),
    fc.constant('{ sesion(id: "x") { sessionId } }'),
    fc.constant('{ _service { sdl } }'),
    fc.constant('{ _entities(representations: [{ __typename: "Session", id: "x" }]) { __typename } }'),
    fc.constant('query A { providers { name } } query B { providers { name } }'),
    fc.constant('subscription { archiveStatusChanged { status } }'),
    id.map((s) => `{ session(id: ${s}) { id sessionId archives { totalCount } connections { id } streams { streamId } } }`),
    id.map((s) => `{ archive(id: ${s}) { id url } }`),
    id.map((s) => `mutation { forceDisconnect(input: { sessionId: ${s}, connectionId: ${s} }) }`),
    id.map((s) => `mutation { sendSignal(input: { sessionId: ${s}, connectionId: ${s}, type: "t", data: "d" }) }`),
    fc.integer({ min: 1_000, max: 60_000 }).map((n) => `{ session(id: "${'x'.repeat(n)}") { id } }`),
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 120 }),
  );
}

/** Bodies that are not the JSON object GraphQL over HTTP wants. */
const malformedJson: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom(
    '{"query":',
    '{"query": "{ providers { name } }", "variables": "x"}',
    '{"query": "{ providers { name } }", "extensions": 5}',
    '{"query": {}}',
    '{"query": null}',
    '{"query": "{ providers { name } }", "operationName": 7}',
    '[{"query": "{ providers { name } }"}, {"query": "{ providers { name } }"}]',
    '\ufeff{"query": "{ providers { name } }"}',
    '{"query": "{ providers { name } }", "query": "mutation { createSession { id } }"}',
    '{"__proto__": {"polluted": true}, "query": "{ providers { name } }"}',
    '{"query": "{ providers { name } }", "documentId": "abc"}',
  ),
  fc.integer({ min: 100, max: 40_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc
    .integer({ min: 100, max: 20_000 })
    .map((depth) => `{"query": "{ providers { name } }", "variables": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`),
  fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([v, cut]) => {
    const text = JSON.stringify({ query: '{ providers { name } }', variables: v });
    return text.slice(0, cut % (text.length + 1));
  }),
);

const CREDENTIALS: fc.Arbitrary<Credential> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('admin' as const) },
  { weight: 2, arbitrary: fc.constantFrom<Credential>('narrow', 'none') },
  { weight: 2, arbitrary: fc.constantFrom<Credential>('expired', 'forged', 'alg-none', 'garbage') },
);

const ORIGINS = fc.constantFrom(null, null, null, 'https://app.example.com', 'https://evil.example', 'null');

/** A GraphQL request over HTTP: our operations with hostile variables, bombs, or malformed bodies. */
export function graphqlProbe(fixtures: Fixtures): fc.Arbitrary<Probe> {
  const body = fc.oneof(
    { weight: 5, arbitrary: operationWithHostileVariables(fixtures).map((op) => JSON.stringify(op)) },
    { weight: 4, arbitrary: bombDocument(fixtures).map((query) => JSON.stringify({ query })) },
    { weight: 3, arbitrary: malformedJson },
  );
  const post = fc.record({
    kind: fc.constant('graphql' as const),
    method: fc.constant('POST' as const),
    payload: body,
    contentType: fc.oneof(
      { weight: 10, arbitrary: fc.constant('application/json') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'application/graphql-response+json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/graphql',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
        ),
      },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    credential: CREDENTIALS,
    csrfHeader: fc.boolean(),
    origin: ORIGINS,
    accept: fc.constantFrom('application/graphql-response+json', 'application/json', '*/*', 'text/event-stream', 'text/html'),
    chunked: fc.boolean(),
  });
  const get = fc.record({
    kind: fc.constant('graphql' as const),
    method: fc.constant('GET' as const),
    payload: fc.oneof(
      bombDocument(fixtures).map((query) => `query=${encodeURIComponent(query)}`),
      operationWithHostileVariables(fixtures).map(
        (op) => `query=${encodeURIComponent(op.query)}&variables=${encodeURIComponent(JSON.stringify(op.variables))}`,
      ),
      fc.string({ maxLength: 200 }).map((s) => `query=${encodeURIComponent('{ providers { name } }')}&variables=${encodeURIComponent(s)}`),
      fc.string({ maxLength: 200 }),
    ),
    contentType: fc.constant(null),
    credential: CREDENTIALS,
    csrfHeader: fc.boolean(),
    origin: ORIGINS,
    // Never an event stream over GET: a valid subscription would then stay open.
    accept: fc.constantFrom('application/graphql-response+json', 'application/json', 'text/html'),
    chunked: fc.constant(false),
  });
  return fc.oneof({ weight: 5, arbitrary: post }, { weight: 1, arbitrary: get });
}

/** A body over a cap, declared or chunked. */
export const hugeProbe: fc.Arbitrary<Probe> = fc.record({
  kind: fc.constant('huge' as const),
  path: fc.constantFrom('/graphql', '/webhooks/opentok', '/webhooks/openvidu', '/api/sessions'),
  size: fc.constantFrom(120_000, 400_000, 1_200_000),
  chunked: fc.boolean(),
  fill: fc.constantFrom(' ', 'a', '[', '{"a":'),
});

const ARCHIVE_STATUSES = ['started', 'stopped', 'uploaded', 'available', 'failed', 'paused', 'expired', 'deleted', 'STARTED', 'weird', ''];

/** An OpenTok callback body: an archive callback with hostile fields, a monitoring event, or junk. */
function opentokBody(fixtures: Fixtures): fc.Arbitrary<string> {
  const archive = fc.record(
    {
      id: fc.oneof(fc.uuid(), hostileId(fixtures)),
      event: fc.constantFrom('archive', undefined, 'connectionCreated', 'streamDestroyed', 'sessionNotification', 7),
      status: fc.constantFrom(...ARCHIVE_STATUSES),
      sessionId: hostileId(fixtures),
      createdAt: fc.oneof(fc.integer(), fc.constant(Date.now()), fc.string({ maxLength: 10 })),
      updatedAt: fc.oneof(fc.integer(), fc.constant(Date.now())),
      duration: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 5 })),
      size: fc.oneof(fc.integer(), fc.constant(-1)),
      url: fc.constantFrom(null, 'https://evil.example/malware.mp4', 'javascript:alert(1)', ''),
      name: fc.string({ maxLength: 50 }),
      partnerId: fc.oneof(fc.integer(), fc.string({ maxLength: 10 })),
      reason: fc.string({ maxLength: 20 }),
      outputMode: fc.constantFrom('composed', 'individual', 'x'),
    },
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 6, arbitrary: archive.map((a) => JSON.stringify(a)) }, { weight: 2, arbitrary: malformedJson });
}

/** An OpenVidu webhook body: a recording change with hostile fields, another event, or junk. */
function openviduBody(fixtures: Fixtures): fc.Arbitrary<string> {
  const event = fc.record(
    {
      event: fc.constantFrom(
        'recordingStatusChanged',
        'sessionCreated',
        'sessionDestroyed',
        'participantJoined',
        'webrtcConnectionCreated',
        'nope',
        '',
        5,
      ),
      id: hostileId(fixtures),
      sessionId: hostileId(fixtures),
      status: fc.constantFrom('started', 'stopped', 'ready', 'failed', 'starting', 'x', ''),
      timestamp: fc.oneof(fc.constant(Date.now()), fc.integer(), fc.string({ maxLength: 10 }), fc.constant(null)),
      startTime: fc.oneof(fc.constant(Date.now()), fc.integer()),
      duration: fc.oneof(fc.double(), fc.integer()),
      size: fc.integer(),
      name: fc.string({ maxLength: 40 }),
      outputMode: fc.constantFrom('COMPOSED', 'INDIVIDUAL', 'x'),
      reason: fc.string({ maxLength: 20 }),
      connectionId: hostileId(fixtures),
    },
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 6, arbitrary: event.map((e) => JSON.stringify(e)) }, { weight: 2, arbitrary: malformedJson });
}

const WEBHOOK_CONTENT_TYPES = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
);

/** A forged, stale, replayed or junk webhook to either provider. */
export function webhookProbe(fixtures: Fixtures): fc.Arbitrary<Probe> {
  return fc.oneof(
    fc.record({
      kind: fc.constant('opentok-webhook' as const),
      body: opentokBody(fixtures),
      signing: fc.constantFrom<Signing>(
        'valid',
        'valid',
        'none',
        'stale',
        'future',
        'wrong-secret',
        'other-body',
        'alg-none',
        'garbage',
        'replay',
        'replay',
      ),
      contentType: WEBHOOK_CONTENT_TYPES,
    }),
    fc.record({
      kind: fc.constant('openvidu-webhook' as const),
      body: openviduBody(fixtures),
      bearer: fc.constantFrom(null, null, 'Bearer wrong-token-value', 'Basic T1BFTlZJRFVBUFA6eA==', 'Bearer '),
      contentType: WEBHOOK_CONTENT_TYPES,
    }),
  );
}

const text = (value: unknown): Frame => ({ text: JSON.stringify(value) });

/**
 * graphql-ws frames a socket survives: operations (hostile or not, each answered alone), pings,
 * completes of unknown ids.
 */
function survivableFrame(fixtures: Fixtures): fc.Arbitrary<Frame> {
  const subscribePayload = fc.oneof(
    operationWithHostileVariables(fixtures),
    bombDocument(fixtures).map((query) => ({ query })),
    fc.constant({ query: print(ArchiveStatusChangedDocument), variables: { sessionId: fixtures.sessionIds[0] ?? 'x' } }),
  );
  return fc.oneof(
    // `op#` becomes the frame's position: a reused id would end the socket (4409).
    { weight: 4, arbitrary: subscribePayload.map((payload) => text({ id: 'op#', type: 'subscribe', payload })) },
    { weight: 2, arbitrary: fc.nat({ max: 80 }).map((n) => text({ id: `op${n}`, type: 'complete' })) },
    { weight: 3, arbitrary: fc.constantFrom(text({ type: 'ping' }), text({ type: 'pong' }), text({ type: 'ping', payload: { a: 1 } })) },
  );
}

/** Frames that end a conversation: out of order, malformed, or of the wrong side. */
const closingFrame: fc.Arbitrary<Frame> = fc.oneof(
  fc.constantFrom(
    text({ type: 'connection_init' }),
    text({ type: 'connection_ack' }),
    text({ type: 'next', id: '1', payload: {} }),
    text({ type: 'error', id: '1', payload: [] }),
    text({ type: 'subscribe' }),
    text({ id: 5, type: 'subscribe', payload: { query: 1 } }),
    text({ id: 'twice', type: 'subscribe', payload: { query: 'subscription { archiveStatusChanged(sessionId: "x") { status } }' } }),
    text({ type: 'nope' }),
    text(null),
    text([]),
  ),
  fc.string({ maxLength: 100 }).map((s) => ({ text: s })),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }).map((bytes) => ({ binary: bytes })),
);

/** A WebSocket conversation: an upgrade, maybe a connection_init, then frames. */
export function websocketProbe(fixtures: Fixtures): fc.Arbitrary<Probe> {
  const init = fc.oneof(
    { weight: 8, arbitrary: fc.constant(text({ type: 'connection_init', payload: { authorization: 'ADMIN' } })) },
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        text({ type: 'connection_init' }),
        text({ type: 'connection_init', payload: { authorization: 'Bearer nope' } }),
        text({ type: 'connection_init', payload: { authorization: 'EXPIRED' } }),
        text({ type: 'connection_init', payload: 'string' }),
        text({ type: 'connection_init', payload: { pad: 'x'.repeat(70 * 1024) } }),
        { text: '{"type":"connection_init"' },
      ),
    },
  );
  return fc.record({
    kind: fc.constant('websocket' as const),
    protocol: fc.oneof(
      { weight: 10, arbitrary: fc.constant('graphql-transport-ws') },
      { weight: 1, arbitrary: fc.constantFrom('graphql-ws', null) },
    ),
    origin: ORIGINS,
    init,
    frames: fc
      .tuple(fc.array(survivableFrame(fixtures), { minLength: 10, maxLength: 90, size: 'max' }), fc.option(closingFrame, { freq: 2 }))
      .map(([frames, last]) => [
        ...frames.map((frame, i) => ('text' in frame ? { text: frame.text.replace('"op#"', `"op${i}"`) } : frame)),
        ...(last ? [last] : []),
      ]),
  });
}

/** Every kind of probe, most of them GraphQL requests. */
export function anyProbe(fixtures: Fixtures): fc.Arbitrary<Probe> {
  return fc.oneof(
    { weight: 60, arbitrary: graphqlProbe(fixtures) },
    { weight: 20, arbitrary: webhookProbe(fixtures) },
    { weight: 20, arbitrary: websocketProbe(fixtures) },
    { weight: 1, arbitrary: hugeProbe },
  );
}
