/**
 * Upstream calls per GraphQL request, counted by a proxy between the gateway and the emulator:
 * the cases of test/e2e/upstream-calls.test.ts and test/e2e/subscription-reads.test.ts, against
 * the production gateway. Each answer is checked first, so a broken setup cannot count low.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startCountingProxy } from '../test/helpers/counting-proxy.js';
import { gqlOk, joinClient } from './graphql.js';
import { callerToken, startEmulator, startGateway } from './stack.js';

/** One counted case. */
export interface UpstreamCase {
  name: string;
  calls: number;
  goal: number;
}

/** OpenVidu sessions recorded for the listing cases (one more than a request names). */
const SESSIONS = 51;

/** Counts the upstream calls of each case with a fresh emulator, proxy and gateway. */
export async function measureUpstreamCalls(log: (line: string) => void): Promise<UpstreamCase[]> {
  const emulator = await startEmulator();
  const proxy = await startCountingProxy(emulator.url);
  // No archive polling: only the requests themselves are counted.
  const gateway = await startGateway(proxy.url, { env: { ARCHIVE_POLL_INTERVAL_MS: '0' } });
  const admin = await callerToken('video:admin');
  const gql = (query: string, variables: Record<string, unknown> = {}) => gqlOk(gateway.url, admin, query, variables);
  const clients: ReturnType<typeof createClient>[] = [];
  try {
    log(`upstream calls: recording ${SESSIONS} OpenVidu sessions`);
    const recorded = async (provider: 'OPENVIDU' | 'OPENTOK', stop: boolean) => {
      const session = (
        await gql('mutation($i: CreateSessionInput!) { createSession(input: $i) { id sessionId } }', {
          i: provider === 'OPENVIDU' ? { provider } : { provider, mediaMode: 'ROUTED' },
        })
      ).createSession as { id: string; sessionId: string };
      const token = (await gql('mutation($s: ID!) { generateToken(input: { sessionId: $s }) { token } }', { s: session.id })).generateToken
        .token;
      await joinClient(emulator.url, token);
      const archive = (await gql('mutation($s: ID!) { startArchive(input: { sessionId: $s }) { id archiveId } }', { s: session.id }))
        .startArchive as { id: string; archiveId: string };
      if (stop) await gql('mutation($a: ID!) { stopArchive(id: $a) { status } }', { a: archive.id });
      return { ...session, archive };
    };
    const sessions = [];
    for (let i = 0; i < SESSIONS; i++) sessions.push(await recorded('OPENVIDU', true));
    const named = sessions.slice(0, 50);

    const cases: UpstreamCase[] = [];
    const count = async (name: string, goal: number, request: () => Promise<void>) => {
      proxy.reset();
      await request();
      cases.push({ name, calls: proxy.requests.length, goal });
    };
    const expect = (ok: boolean, what: string) => {
      if (!ok) throw new Error(`upstream calls: wrong answer for ${what}`);
    };

    await count('archives of 50 OpenVidu sessions (`nodes`)', 3, async () => {
      const { nodes } = await gql(
        'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Session { sessionId archives(first: 5) { totalCount edges { node { archiveId } } } } } }',
        { ids: named.map((s) => s.id) },
      );
      expect(
        nodes.every(
          (n: any, i: number) => n.archives.totalCount === 1 && n.archives.edges[0].node.archiveId === named[i]!.archive.archiveId,
        ),
        'the archives of 50 sessions',
      );
    });
    await count(`\`archives(provider: OPENVIDU)\` across ${SESSIONS} sessions`, 3, async () => {
      const { archives } = await gql(
        '{ archives(provider: OPENVIDU, first: 100) { totalCount edges { node { archiveId session { sessionId } } } } }',
      );
      expect(
        archives.totalCount === SESSIONS && archives.edges.every((e: any) => e.node.session.sessionId),
        'the OpenVidu archives listing',
      );
    });
    await count("50 OpenVidu archives' sessions (`nodes`)", 3, async () => {
      const { nodes } = await gql('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Archive { archiveId session { sessionId } } } }', {
        ids: named.map((s) => s.archive.id),
      });
      expect(
        nodes.every((n: any, i: number) => n.session.sessionId === named[i]!.sessionId),
        'the sessions of 50 archives',
      );
    });

    log('upstream calls: 10 subscribers of one archive');
    const { archive } = await recorded('OPENTOK', false);
    const reader = await callerToken('video:archives:read');
    // Ten sockets open and acknowledged first, then ten subscriptions at once.
    const sockets = await Promise.all(
      Array.from(
        { length: 10 },
        () =>
          new Promise<ReturnType<typeof createClient>>((resolve) => {
            const client = createClient({
              url: `${gateway.url.replace(/^http/, 'ws')}/graphql`,
              webSocketImpl: WebSocket,
              retryAttempts: 0,
              lazy: false,
              connectionParams: { authorization: `Bearer ${reader}` },
              on: { connected: () => resolve(client) },
            });
            clients.push(client);
          }),
      ),
    );
    /** Subscribes every socket to `query` at once; checks each first event is the live archive's snapshot. */
    const snapshots = async (what: string, query: string, variables: Record<string, unknown>) => {
      const firsts = await Promise.all(
        sockets.map(
          (client) =>
            new Promise<any>((resolve, reject) => {
              client.subscribe(
                { query, variables },
                { next: resolve, error: reject, complete: () => reject(new Error('completed before its snapshot')) },
              );
            }),
        ),
      );
      expect(
        firsts.every((f) => f.data?.archiveStatusChanged?.status === 'STARTED'),
        what,
      );
    };
    await count('10 subscribers of one archive, until their snapshots', 2, () =>
      snapshots('the snapshots of 10 subscribers', 'subscription($a: ID!) { archiveStatusChanged(archiveId: $a) { status } }', {
        a: archive.id,
      }),
    );
    log('upstream calls: 10 subscribers of one session');
    const liveSession = await recorded('OPENTOK', false);
    await count("10 subscribers of one session, until their snapshots (the session's live archives)", 2, () =>
      snapshots('the snapshots of 10 session subscribers', 'subscription($s: ID!) { archiveStatusChanged(sessionId: $s) { status } }', {
        s: liveSession.id,
      }),
    );
    return cases;
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await gateway.child.stop();
    await proxy.close();
    await emulator.child.stop();
  }
}
