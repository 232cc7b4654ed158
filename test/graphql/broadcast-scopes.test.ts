/**
 * Caller scopes of broadcasts, layouts and stream selection (src/schema/scopes.ts): broadcasts under
 * video:broadcasts:read / video:broadcasts:write, archive layouts and streams under
 * video:archives:write; each allowed with its scope (or video:admin), refused without it
 * (FORBIDDEN naming it) before any provider call, and UNAUTHENTICATED with no token; the
 * `video_sessions` claim reaches broadcasts through their session.
 */
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/schema/scopes.js';
import { createFakeProvider, type FakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway, type InProcessGateway } from '../fixtures/in-process-gateway.js';
import { bearer, hsToken, TEST_AUTH_SECRET, type TestClaims } from '../helpers/caller-tokens.js';
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

async function as(claims: TestClaims, document: string, variables: Record<string, unknown> = {}): Promise<ExecutionResult> {
  return gql(gateway, document, variables, bearer(await hsToken(claims)));
}

const codes = (result: ExecutionResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);

/** A fresh session with one archive and one broadcast, made by an admin. */
async function fixture() {
  const admin = { scope: 'video:admin' };
  const created = await as(admin, 'mutation { createSession(input: {}) { id sessionId } }');
  const session = (created.data as { createSession: { id: string; sessionId: string } }).createSession;
  const archived = await as(admin, 'mutation($s: ID!) { startArchive(input: { sessionId: $s }) { id } }', { s: session.id });
  const broadcasted = await as(admin, 'mutation($s: ID!) { startBroadcast(input: { sessionId: $s, hls: {} }) { id } }', { s: session.id });
  return {
    session,
    archiveId: (archived.data as { startArchive: { id: string } }).startArchive.id,
    broadcastId: (broadcasted.data as { startBroadcast: { id: string } }).startBroadcast.id,
  };
}

type Fixture = Awaited<ReturnType<typeof fixture>>;

const OPERATIONS: { name: string; scope: string; document: string; variables: (f: Fixture) => Record<string, unknown> }[] = [
  {
    name: 'broadcast',
    scope: 'video:broadcasts:read',
    document: 'query($id: ID!) { broadcast(id: $id) { status } }',
    variables: (f) => ({ id: f.broadcastId }),
  },
  {
    name: 'broadcasts',
    scope: 'video:broadcasts:read',
    document: 'query($s: ID!) { broadcasts(sessionId: $s) { totalCount } }',
    variables: (f) => ({ s: f.session.id }),
  },
  {
    name: 'node of a broadcast',
    scope: 'video:broadcasts:read',
    document: 'query($id: ID!) { node(id: $id) { id } }',
    variables: (f) => ({ id: f.broadcastId }),
  },
  {
    name: 'startBroadcast',
    scope: 'video:broadcasts:write',
    document: 'mutation($s: ID!) { startBroadcast(input: { sessionId: $s, hls: {}, multiBroadcastTag: "x" }) { id } }',
    variables: (f) => ({ s: f.session.id }),
  },
  {
    name: 'stopBroadcast',
    scope: 'video:broadcasts:write',
    document: 'mutation($id: ID!) { stopBroadcast(id: $id) { status } }',
    variables: (f) => ({ id: f.broadcastId }),
  },
  {
    name: 'setBroadcastLayout',
    scope: 'video:broadcasts:write',
    document: 'mutation($id: ID!) { setBroadcastLayout(input: { id: $id, layout: { type: PIP } }) { id } }',
    variables: (f) => ({ id: f.broadcastId }),
  },
  {
    name: 'addBroadcastStream',
    scope: 'video:broadcasts:write',
    document: 'mutation($id: ID!) { addBroadcastStream(input: { id: $id, streamId: "s1" }) { id } }',
    variables: (f) => ({ id: f.broadcastId }),
  },
  {
    name: 'removeBroadcastStream',
    scope: 'video:broadcasts:write',
    document: 'mutation($id: ID!) { removeBroadcastStream(input: { id: $id, streamId: "s1" }) { id } }',
    variables: (f) => ({ id: f.broadcastId }),
  },
  {
    name: 'setArchiveLayout',
    scope: 'video:archives:write',
    document: 'mutation($id: ID!) { setArchiveLayout(input: { id: $id, layout: { type: PIP } }) { id } }',
    variables: (f) => ({ id: f.archiveId }),
  },
  {
    name: 'addArchiveStream',
    scope: 'video:archives:write',
    document: 'mutation($id: ID!) { addArchiveStream(input: { id: $id, streamId: "s1" }) { id } }',
    variables: (f) => ({ id: f.archiveId }),
  },
  {
    name: 'removeArchiveStream',
    scope: 'video:archives:write',
    document: 'mutation($id: ID!) { removeArchiveStream(input: { id: $id, streamId: "s1" }) { id } }',
    variables: (f) => ({ id: f.archiveId }),
  },
];

describe('scopes of broadcasts, layouts and stream selection', () => {
  it.each(OPERATIONS)('should allow $name with $scope and with video:admin', async ({ scope, document, variables }) => {
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
      const others = SCOPES.filter((s) => s !== scope && s !== 'video:admin').join(' ');
      const result = await as({ scope: others }, document, vars);
      expect(codes(result)).toContain('FORBIDDEN');
      expect(result.errors?.[0]?.message).toContain(scope);
      expect(provider.calls.slice(before)).toEqual([]);
    },
  );

  it.each(OPERATIONS)('should answer $name without a token with UNAUTHENTICATED', async ({ document, variables }) => {
    const result = await gql(gateway, document, variables(await fixture()), {});
    expect(codes(result)).toContain('UNAUTHENTICATED');
  });

  it('should check broadcastStatusChanged and the _entities resolver of broadcasts', async () => {
    const { broadcastId } = await fixture();
    const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Broadcast { broadcastId status } } }';
    const ref = { r: [{ __typename: 'Broadcast', id: broadcastId }] };
    expect((await as({ scope: 'video:broadcasts:read' }, ENTITIES, ref)).errors).toBeUndefined();
    expect(codes(await as({ scope: 'video:archives:read' }, ENTITIES, ref))).toEqual(['FORBIDDEN']);
  });

  it('should limit a caller with video_sessions to the broadcasts of its sessions', async () => {
    const mine = await fixture();
    const theirs = await fixture();
    const claims = { scope: 'video:broadcasts:read video:broadcasts:write', video_sessions: [mine.session.sessionId] };
    const READ = 'query($id: ID!) { broadcast(id: $id) { status } }';
    expect((await as(claims, READ, { id: mine.broadcastId })).errors).toBeUndefined();
    expect(codes(await as(claims, READ, { id: theirs.broadcastId }))).toEqual(['FORBIDDEN']);
    const STOP = 'mutation($id: ID!) { stopBroadcast(id: $id) { status } }';
    const before = provider.callsOf('stopBroadcast').length;
    expect(codes(await as(claims, STOP, { id: theirs.broadcastId }))).toEqual(['FORBIDDEN']);
    expect(provider.callsOf('stopBroadcast').length).toBe(before);
    expect(codes(await as(claims, '{ broadcasts { totalCount } }'))).toEqual(['FORBIDDEN']);
  });
});
