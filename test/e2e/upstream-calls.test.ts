import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import type { Gateway } from '../../src/gateway.js';
import { CreateSessionDocument, GenerateTokenDocument, StartArchiveDocument, StopArchiveDocument } from '../__generated__/graphql.js';
import { type CountingProxy, startCountingProxy } from '../helpers/counting-proxy.js';
import { joinClient, startTestGateway } from '../helpers/gateway.js';
import { gql, gqlOk } from '../helpers/graphql.js';

/**
 * What one GraphQL request costs upstream, counted by a proxy between the gateway and the
 * emulator: reads of many objects in one request share the provider's listing calls where it has
 * them (docs/architecture.md#batching), and cost one read per object where it has none.
 */
describe('Upstream calls of one request', () => {
  let emulator: Emulator;
  let proxy: CountingProxy;
  let gateway: Gateway;
  /** OpenVidu sessions, each with one stopped recording; the first 50 are the ones a test names. */
  const sessions: { id: string; sessionId: string; archiveId: string; archive: string }[] = [];

  /** A session with a connected client and one recording of it, started and stopped. */
  const recordedSession = async (provider: 'OPENVIDU' | 'OPENTOK', stop: boolean) => {
    const input = provider === 'OPENVIDU' ? { provider } : { provider, mediaMode: 'ROUTED' as const };
    const session = (await gqlOk(gateway.url, CreateSessionDocument, { input })).createSession;
    const token = (await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: session.id } })).generateToken;
    await joinClient(emulator.url, token.token);
    const archive = (await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: session.id } })).startArchive;
    if (stop) await gqlOk(gateway.url, StopArchiveDocument, { id: archive.id });
    return { id: session.id, sessionId: session.sessionId, archiveId: archive.archiveId, archive: archive.id };
  };

  beforeAll(async () => {
    emulator = await createEmulator({ archiveReadyDelayMs: 60_000 });
    proxy = await startCountingProxy(emulator.url);
    gateway = await startTestGateway({
      OPENTOK_API_KEY: emulator.opentok.apiKey,
      OPENTOK_API_SECRET: emulator.opentok.apiSecret,
      OPENTOK_API_URL: proxy.url,
      OPENVIDU_URL: proxy.url,
      OPENVIDU_SECRET: emulator.openvidu.secret,
    });
    for (let i = 0; i < 51; i += 1) sessions.push(await recordedSession('OPENVIDU', true));
  }, 120_000);

  afterAll(async () => {
    await gateway?.close();
    await proxy?.close();
    await emulator?.close();
  });

  it('should read the archives of 50 OpenVidu sessions with one recordings listing', async () => {
    const named = sessions.slice(0, 50);
    proxy.reset();
    const { nodes } = await gqlOk<
      { nodes: { sessionId: string; archives: { totalCount: number; edges: { node: { archiveId: string } }[] } }[] },
      object
    >(
      gateway.url,
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Session { sessionId archives(first: 5) { totalCount edges { node { archiveId } } } } } }`,
      { ids: named.map((s) => s.id) },
    );
    expect(nodes).toEqual(
      named.map((s) => ({ sessionId: s.sessionId, archives: { totalCount: 1, edges: [{ node: { archiveId: s.archiveId } }] } })),
    );
    // The sessions themselves: one listing of sessions; their archives: one listing of recordings.
    expect(proxy.count('GET', /^\/openvidu\/api\/recordings$/)).toBe(1);
    expect(proxy.count('GET', /^\/openvidu\/api\/sessions$/)).toBe(1);
    expect(proxy.requests).toHaveLength(2);
  });

  it('should read the archives of every listed OpenVidu session with one listing each', async () => {
    proxy.reset();
    const { sessions: page } = await gqlOk<{ sessions: { edges: { node: { archives: { totalCount: number } } }[] } }, object>(
      gateway.url,
      '{ sessions(provider: OPENVIDU, first: 50) { edges { node { sessionId archives(first: 2) { totalCount } } } } }',
    );
    expect(page.edges).toHaveLength(50);
    for (const edge of page.edges) expect(edge.node.archives.totalCount).toBe(1);
    expect(proxy.count('GET', /^\/openvidu\/api\/sessions$/)).toBe(1);
    expect(proxy.count('GET', /^\/openvidu\/api\/recordings$/)).toBe(1);
    expect(proxy.requests).toHaveLength(2);
  });

  it("should read the sessions of an OpenVidu listing's 51 archives with one sessions listing", async () => {
    proxy.reset();
    const { archives } = await gqlOk<
      { archives: { totalCount: number; edges: { node: { archiveId: string; session: { sessionId: string } } }[] } },
      object
    >(gateway.url, '{ archives(provider: OPENVIDU, first: 100) { totalCount edges { node { archiveId session { sessionId } } } } }');
    expect(archives.totalCount).toBe(51);
    expect(archives.edges.map((e) => e.node).sort((a, b) => a.archiveId.localeCompare(b.archiveId))).toEqual(
      sessions
        .map((s) => ({ archiveId: s.archiveId, session: { sessionId: s.sessionId } }))
        .sort((a, b) => a.archiveId.localeCompare(b.archiveId)),
    );
    expect(proxy.count('GET', /^\/openvidu\/api\/recordings$/)).toBe(1);
    expect(proxy.count('GET', /^\/openvidu\/api\/sessions$/)).toBe(1);
    expect(proxy.requests).toHaveLength(2);
  });

  it('should read 50 OpenVidu archives and their sessions by id with one listing each', async () => {
    const named = sessions.slice(0, 50);
    proxy.reset();
    const { nodes } = await gqlOk<{ nodes: { archiveId: string; session: { sessionId: string } }[] }, object>(
      gateway.url,
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Archive { archiveId session { sessionId } } } }',
      { ids: named.map((s) => s.archive) },
    );
    expect(nodes).toEqual(named.map((s) => ({ archiveId: s.archiveId, session: { sessionId: s.sessionId } })));
    expect(proxy.count('GET', /^\/openvidu\/api\/recordings$/)).toBe(1);
    expect(proxy.count('GET', /^\/openvidu\/api\/sessions$/)).toBe(1);
    expect(proxy.requests).toHaveLength(2);
  });

  it('should answer null for the ids a listing does not hold, and the others from the same listing', async () => {
    const [first, second] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
    const global = (local: string) => Buffer.from(local).toString('base64');
    proxy.reset();
    const { data, errors } = await gql<{ nodes: ({ sessionId?: string; archiveId?: string } | null)[] }, object>(
      gateway.url,
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Session { sessionId } ... on Archive { archiveId } } }',
      {
        ids: [
          first.id,
          global('Session:OPENVIDU:ses_Gone000000'),
          second.id,
          first.archive,
          global('Archive:OPENVIDU:ses_Gone000000'),
          second.archive,
        ],
      },
    );
    expect(data?.nodes).toEqual([
      { sessionId: first.sessionId },
      null,
      { sessionId: second.sessionId },
      { archiveId: first.archiveId },
      null,
      { archiveId: second.archiveId },
    ]);
    expect((errors ?? []).map((e) => (e.extensions as { code?: string }).code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(proxy.count('GET', /^\/openvidu\/api\/sessions$/)).toBe(1);
    expect(proxy.count('GET', /^\/openvidu\/api\/recordings$/)).toBe(1);
    expect(proxy.requests).toHaveLength(2);
  });

  it('should keep one read per object where the provider has no listing to share (OpenTok archives)', async () => {
    const recorded = [];
    for (let i = 0; i < 3; i += 1) recorded.push(await recordedSession('OPENTOK', false));
    proxy.reset();
    const { nodes } = await gqlOk<{ nodes: { archiveId: string; session: { sessionId: string } }[] }, object>(
      gateway.url,
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Archive { archiveId session { sessionId } } } }',
      { ids: recorded.map((s) => s.archive) },
    );
    expect(nodes).toEqual(recorded.map((s) => ({ archiveId: s.archiveId, session: { sessionId: s.sessionId } })));
    // One GET per archive; OpenTok sessions are read from their ids, without an upstream call.
    expect(proxy.count('GET', /\/archive\/[^/]+$/)).toBe(3);
    expect(proxy.requests).toHaveLength(3);
  });
});
