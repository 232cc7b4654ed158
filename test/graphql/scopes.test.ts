/**
 * Caller scopes at the GraphQL level (src/schema/scopes.ts): every operation is allowed with the
 * scope the design's table gives it (or video:admin) and refused without it, FORBIDDEN naming the
 * scope, before any call reaches the provider; no token is UNAUTHENTICATED; generateToken is capped
 * by role; the `video_sessions` claim limits a caller to its sessions. Over a fake provider, with
 * HS256 tokens (AUTH_JWT_SECRET).
 */
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeProvider, type FakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway, type InProcessGateway } from '../fixtures/in-process-gateway.js';
import { ALL_SCOPES, bearer, hsToken, TEST_AUTH_SECRET, type TestClaims } from '../helpers/caller-tokens.js';
import { gql } from '../helpers/graphql.js';

let provider: FakeProvider;
let gateway: InProcessGateway;

beforeAll(() => {
  provider = createFakeProvider();
  gateway = createInProcessGateway([provider], { env: { AUTH_JWT_SECRET: TEST_AUTH_SECRET } });
});
afterAll(async () => {
  await gateway.close();
});

/** One operation with the given headers. */
function run(document: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<ExecutionResult> {
  return gql(gateway, document, variables, headers);
}

/** One operation as a caller with these claims. */
async function as(claims: TestClaims, document: string, variables: Record<string, unknown> = {}) {
  return run(document, variables, bearer(await hsToken(claims)));
}

const codes = (result: ExecutionResult) => (result.errors ?? []).map((e) => e.extensions?.code);

/** A fresh session with one archive, made by an admin, in native and global ids. */
async function fixture() {
  const admin = { scope: 'video:admin' };
  const created = await as(admin, 'mutation { createSession(input: {}) { id sessionId } }');
  const session = (created.data as { createSession: { id: string; sessionId: string } }).createSession;
  const started = await as(admin, 'mutation($s: ID!) { startArchive(input: { sessionId: $s }) { id archiveId } }', {
    s: session.sessionId,
  });
  const archive = (started.data as { startArchive: { id: string; archiveId: string } }).startArchive;
  return { session, archive };
}

type Fixture = Awaited<ReturnType<typeof fixture>>;

/** Each operation of the API with the scope it needs. */
const OPERATIONS: { name: string; scope: string; document: string; variables: (f: Fixture) => Record<string, unknown> }[] = [
  {
    name: 'session',
    scope: 'video:sessions:read',
    document: 'query($id: ID!) { session(id: $id) { sessionId } }',
    variables: (f) => ({ id: f.session.id }),
  },
  { name: 'sessions', scope: 'video:sessions:read', document: '{ sessions { edges { node { sessionId } } } }', variables: () => ({}) },
  {
    name: 'node of a session',
    scope: 'video:sessions:read',
    document: 'query($id: ID!) { node(id: $id) { id } }',
    variables: (f) => ({ id: f.session.id }),
  },
  {
    name: 'Session.streams',
    scope: 'video:sessions:read',
    document: 'query($id: ID!) { session(id: $id) { streams { streamId } } }',
    variables: (f) => ({ id: f.session.id }),
  },
  {
    name: 'archive',
    scope: 'video:archives:read',
    document: 'query($id: ID!) { archive(id: $id) { status } }',
    variables: (f) => ({ id: f.archive.id }),
  },
  {
    name: 'archives',
    scope: 'video:archives:read',
    document: 'query($s: ID) { archives(sessionId: $s) { totalCount } }',
    variables: (f) => ({ s: f.session.sessionId }),
  },
  {
    name: 'node of an archive',
    scope: 'video:archives:read',
    document: 'query($id: ID!) { node(id: $id) { id } }',
    variables: (f) => ({ id: f.archive.id }),
  },
  {
    name: 'createSession',
    scope: 'video:sessions:write',
    document: 'mutation { createSession(input: {}) { sessionId } }',
    variables: () => ({}),
  },
  {
    name: 'closeSession',
    scope: 'video:sessions:write',
    document: 'mutation($id: ID!) { closeSession(id: $id) }',
    variables: (f) => ({ id: f.session.id }),
  },
  {
    name: 'startArchive',
    scope: 'video:archives:write',
    document: 'mutation($s: ID!) { startArchive(input: { sessionId: $s }) { status } }',
    variables: (f) => ({ s: f.session.id }),
  },
  {
    name: 'stopArchive',
    scope: 'video:archives:write',
    document: 'mutation($id: ID!) { stopArchive(id: $id) { status } }',
    variables: (f) => ({ id: f.archive.id }),
  },
  {
    name: 'deleteArchive',
    scope: 'video:archives:write',
    document: 'mutation($id: ID!) { deleteArchive(id: $id) }',
    variables: (f) => ({ id: f.archive.id }),
  },
  {
    name: 'dialSip',
    scope: 'video:sip',
    document: 'mutation($s: ID!) { dialSip(input: { sessionId: $s, uri: "sip:alice@example.com" }) { sipCallId } }',
    variables: (f) => ({ s: f.session.id }),
  },
  {
    name: 'forceDisconnect',
    scope: 'video:moderate',
    document: 'mutation($s: ID!) { forceDisconnect(input: { sessionId: $s, connectionId: "conn-1" }) }',
    variables: (f) => ({ s: f.session.id }),
  },
  {
    name: 'forceUnpublish',
    scope: 'video:moderate',
    document: 'mutation($s: ID!) { forceUnpublish(input: { sessionId: $s, streamId: "stream-1" }) }',
    variables: (f) => ({ s: f.session.id }),
  },
  {
    name: 'sendSignal',
    scope: 'video:moderate',
    document: 'mutation($s: ID!) { sendSignal(input: { sessionId: $s, data: "hello" }) }',
    variables: (f) => ({ s: f.session.id }),
  },
];

describe('caller scopes over HTTP', () => {
  it.each(OPERATIONS)('should allow $name with $scope, and with video:admin', async ({ scope, document, variables }) => {
    for (const granted of [scope, 'video:admin']) {
      const result = await as({ scope: granted }, document, variables(await fixture()));
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    }
  });

  it.each(OPERATIONS)(
    'should refuse $name without $scope (FORBIDDEN naming it) before any provider call',
    async ({ scope, document, variables }) => {
      const vars = variables(await fixture());
      const before = provider.calls.length;
      const others = ALL_SCOPES.filter((s) => s !== scope).join(' ');
      const result = await as({ scope: others }, document, vars);
      expect(codes(result)).toContain('FORBIDDEN');
      expect(result.errors?.[0]?.message).toContain(scope);
      expect(provider.calls.slice(before).filter((c) => c.method !== 'getSession' && c.method !== 'getArchive')).toEqual([]);
    },
  );

  it.each(OPERATIONS)('should answer $name without a token with UNAUTHENTICATED', async ({ document, variables }) => {
    const result = await run(document, variables(await fixture()), {});
    expect(codes(result)).toContain('UNAUTHENTICATED');
  });

  it('should check the federation _entities resolver like session and archive', async () => {
    const { session, archive } = await fixture();
    const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Session { sessionId } ... on Archive { archiveId } } }';
    const sessionRef = { r: [{ __typename: 'Session', id: session.id }] };
    const archiveRef = { r: [{ __typename: 'Archive', id: archive.id }] };
    expect((await as({ scope: 'video:sessions:read' }, ENTITIES, sessionRef)).errors).toBeUndefined();
    expect((await as({ scope: 'video:archives:read' }, ENTITIES, archiveRef)).errors).toBeUndefined();
    const refused = await as({ scope: 'video:archives:read' }, ENTITIES, sessionRef);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toContain('video:sessions:read');
    expect(codes(await as({ scope: 'video:sessions:read' }, ENTITIES, archiveRef))).toEqual(['FORBIDDEN']);
    expect(codes(await run(ENTITIES, sessionRef, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('should read scopes from `scp` (an array) as from `scope`', async () => {
    const result = await as({ scp: ['video:sessions:write'] }, 'mutation { createSession(input: {}) { sessionId } }');
    expect(result.errors).toBeUndefined();
  });

  it('should let any verified caller list the providers, and nobody without a token', async () => {
    expect((await as({ scope: '' }, '{ providers { name } }')).errors).toBeUndefined();
    expect(codes(await run('{ providers { name } }', {}, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('should refuse a bad token as a whole with UNAUTHENTICATED, without echoing it', async () => {
    const forged = await hsToken({ scope: 'video:admin' }, 'another-secret-of-at-least-32-characters!');
    const result = await run('{ providers { name } }', {}, bearer(forged));
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(result)).not.toContain(forged);
    expect(codes(await run('{ providers { name } }', {}, { authorization: 'Basic dXNlcjpwYXNz' }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('role capping of generateToken', () => {
  const MINT = 'mutation($s: ID!, $role: Role) { generateToken(input: { sessionId: $s, role: $role }) { role } }';
  const CASES: { scope: string; allowed: (string | null)[] }[] = [
    { scope: 'video:tokens:subscriber', allowed: ['SUBSCRIBER'] },
    { scope: 'video:tokens:publisher', allowed: ['SUBSCRIBER', 'PUBLISHER', 'PUBLISHER_ONLY', null] },
    { scope: 'video:tokens:moderator', allowed: ['SUBSCRIBER', 'PUBLISHER', 'PUBLISHER_ONLY', 'MODERATOR', null] },
    { scope: 'video:admin', allowed: ['SUBSCRIBER', 'PUBLISHER', 'PUBLISHER_ONLY', 'MODERATOR', null] },
    { scope: 'video:sessions:write video:moderate', allowed: [] },
  ];
  const NEEDED: Record<string, string> = {
    SUBSCRIBER: 'video:tokens:subscriber',
    PUBLISHER: 'video:tokens:publisher',
    PUBLISHER_ONLY: 'video:tokens:publisher',
    MODERATOR: 'video:tokens:moderator',
    null: 'video:tokens:publisher',
  };

  it.each(CASES)('should let $scope mint exactly $allowed', async ({ scope, allowed }) => {
    const { session } = await fixture();
    for (const role of ['SUBSCRIBER', 'PUBLISHER', 'PUBLISHER_ONLY', 'MODERATOR', null]) {
      const before = provider.callsOf('generateToken').length;
      const result = await as({ scope }, MINT, { s: session.id, role });
      if (allowed.includes(role)) {
        expect(result.errors, `${scope} ${role}`).toBeUndefined();
      } else {
        expect(codes(result), `${scope} ${role}`).toEqual(['FORBIDDEN']);
        expect(result.errors?.[0]?.message).toContain(NEEDED[String(role)]);
        expect(provider.callsOf('generateToken').length).toBe(before);
      }
    }
  });
});

describe('the video_sessions claim', () => {
  it('should let a caller act on its sessions, named by native or global id, and on nothing else', async () => {
    const mine = await fixture();
    const other = await fixture();
    const scope = 'video:admin';
    for (const claim of [[mine.session.sessionId], [mine.session.id]]) {
      const claims = { scope, video_sessions: claim };
      const MINT = 'mutation($s: ID!) { generateToken(input: { sessionId: $s, role: SUBSCRIBER }) { role } }';
      expect((await as(claims, MINT, { s: mine.session.sessionId })).errors).toBeUndefined();
      expect((await as(claims, MINT, { s: mine.session.id })).errors).toBeUndefined();
      expect(codes(await as(claims, MINT, { s: other.session.sessionId }))).toEqual(['FORBIDDEN']);
      expect(codes(await as(claims, MINT, { s: other.session.id }))).toEqual(['FORBIDDEN']);

      const ARCHIVE = 'query($id: ID!) { archive(id: $id) { archiveId } }';
      expect((await as(claims, ARCHIVE, { id: mine.archive.id })).errors).toBeUndefined();
      expect(codes(await as(claims, ARCHIVE, { id: other.archive.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await as(claims, 'mutation($id: ID!) { stopArchive(id: $id) { status } }', { id: other.archive.archiveId }))).toEqual([
        'FORBIDDEN',
      ]);
      const NODE = 'query($id: ID!) { node(id: $id) { id } }';
      expect(codes(await as(claims, NODE, { id: other.session.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await as(claims, NODE, { id: other.archive.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await as(claims, 'query { archives { totalCount } }'))).toEqual(['FORBIDDEN']);

      const listed = await as(claims, '{ sessions(first: 100) { edges { node { sessionId } } } }');
      const ids = (listed.data as { sessions: { edges: { node: { sessionId: string } }[] } }).sessions.edges.map((e) => e.node.sessionId);
      expect(ids).toEqual([mine.session.sessionId]);
    }
  });

  it('should refuse a token whose video_sessions claim is not a list of ids', async () => {
    expect(codes(await as({ scope: 'video:admin', video_sessions: 'all' }, '{ providers { name } }'))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('subscriptions over SSE', () => {
  const WATCH = 'subscription($id: ID!) { archiveStatusChanged(archiveId: $id) { status } }';

  /** Opens the subscription and returns the first event's payload. */
  async function firstEvent(headers: Record<string, string>, id: string): Promise<ExecutionResult> {
    const response = await gateway.fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
      body: JSON.stringify({ query: WATCH, variables: { id } }),
    });
    const reader = response.body!.getReader();
    let text = '';
    while (!/\ndata: .*\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    const data = /data: (.*)\n/.exec(text)?.[1];
    return JSON.parse(data ?? '{}') as ExecutionResult;
  }

  it('should start archiveStatusChanged with video:archives:read and refuse it without', async () => {
    const { archive } = await fixture();
    const allowed = await firstEvent(bearer(await hsToken({ scope: 'video:archives:read' })), archive.id);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ archiveStatusChanged: { status: 'STARTED' } });
    const refused = await firstEvent(bearer(await hsToken({ scope: 'video:archives:write video:sessions:read' })), archive.id);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toContain('video:archives:read');
    expect(codes(await firstEvent({}, archive.id))).toEqual(['UNAUTHENTICATED']);
  });
});
