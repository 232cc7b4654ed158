import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import type { Gateway } from '../../src/gateway.js';
import { printSubgraph } from '../../src/schema/index.js';
import { CreateSessionDocument, GenerateTokenDocument, StartArchiveDocument, StopArchiveDocument } from '../__generated__/graphql.js';
import { type CountingProxy, startCountingProxy } from '../helpers/counting-proxy.js';
import { joinClient, startTestGateway } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';
import { eventReader } from '../helpers/sse.js';

/**
 * The gateway as one subgraph of a company supergraph, queried through a real router (Hive
 * Gateway's runtime, in process) over real HTTP: a neighbour subgraph owns meetings and points at
 * our Session and Archive entities by their global ids; the router fetches them from us through
 * `_entities`. A counting proxy between the gateway and the emulator shows what each plan costs
 * upstream.
 */

/** The neighbour: meetings that reference our entities (it cannot resolve them itself). */
const NEIGHBOUR_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type Session @key(fields: "id", resolvable: false) { id: ID! }
  type Archive @key(fields: "id", resolvable: false) { id: ID! }
  type Meeting { title: String! session: Session! recording: Archive }
  type Query { meetings: [Meeting!]! }
`;

interface MeetingRow {
  title: string;
  sessionId: string;
  archiveId: string | null;
}

async function serveNeighbour(rows: () => MeetingRow[]): Promise<{ url: string; server: Server }> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(NEIGHBOUR_SDL),
    resolvers: {
      Query: {
        meetings: () =>
          rows().map((row) => ({
            title: row.title,
            session: { __typename: 'Session', id: row.sessionId },
            recording: row.archiveId ? { __typename: 'Archive', id: row.archiveId } : null,
          })),
      },
    },
  });
  const yoga = createYoga({ schema, logging: false, graphiql: false });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

describe('Querying the gateway through a federated supergraph router', () => {
  let emulator: Emulator;
  let proxy: CountingProxy;
  let gateway: Gateway;
  let neighbour: { url: string; server: Server };
  let router: GatewayRuntime;
  let rows: MeetingRow[] = [];

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
    neighbour = await serveNeighbour(() => rows);
    const { supergraphSdl, errors } = composeServices([
      { name: 'video', url: `${gateway.url}/graphql`, typeDefs: parse(printSubgraph()) },
      { name: 'meetings', url: neighbour.url, typeDefs: parse(NEIGHBOUR_SDL) },
    ]);
    expect(errors ?? []).toEqual([]);
    router = createGatewayRuntime({
      supergraph: supergraphSdl as string,
      logging: false,
      // The router subscribes over SSE with GET requests, which a browser could send without a
      // preflight: the gateway's CSRF prevention wants its header on them (docs/operations.md#csrf).
      plugins: () => [
        {
          onFetch({ options, setOptions }) {
            setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), 'x-graphql-yoga-csrf': 'router' } });
          },
        },
      ],
    });
  });

  afterAll(async () => {
    await router?.dispose();
    await new Promise((resolve) => neighbour?.server.close(resolve));
    await gateway?.close();
    await proxy?.close();
    await emulator?.close();
  });

  const viaRouter = async (query: string) => {
    const response = await router.fetch('http://router/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };

  it('should resolve sessions and archives reached from a neighbour, one upstream read per distinct object', async () => {
    const url = gateway.url;
    const otA = (await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    const otB = (await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    const ov = (await gqlOk(url, CreateSessionDocument, { input: { provider: 'OPENVIDU' } })).createSession;
    const archives = [];
    for (const session of [otA, otB]) {
      const token = (await gqlOk(url, GenerateTokenDocument, { input: { sessionId: session.id } })).generateToken;
      await joinClient(emulator.url, token.token);
      archives.push((await gqlOk(url, StartArchiveDocument, { input: { sessionId: session.id } })).startArchive);
    }
    const [archiveA, archiveB] = archives as [(typeof archives)[0], (typeof archives)[0]];
    // Six meetings over three sessions and two archives, each referenced more than once.
    rows = [
      { title: 'standup', sessionId: otA.id, archiveId: archiveA.id },
      { title: 'retro', sessionId: otA.id, archiveId: archiveA.id },
      { title: 'review', sessionId: otB.id, archiveId: archiveB.id },
      { title: 'demo', sessionId: otB.id, archiveId: archiveB.id },
      { title: 'lunch', sessionId: ov.id, archiveId: null },
      { title: 'coffee', sessionId: ov.id, archiveId: null },
    ];

    proxy.reset();
    const { data, errors } = await viaRouter(`{
      meetings { title session { id sessionId provider mediaMode } recording { id archiveId status } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.meetings).toEqual([
      {
        title: 'standup',
        session: { id: otA.id, sessionId: otA.sessionId, provider: 'OPENTOK', mediaMode: 'ROUTED' },
        recording: { id: archiveA.id, archiveId: archiveA.archiveId, status: 'STARTED' },
      },
      {
        title: 'retro',
        session: { id: otA.id, sessionId: otA.sessionId, provider: 'OPENTOK', mediaMode: 'ROUTED' },
        recording: { id: archiveA.id, archiveId: archiveA.archiveId, status: 'STARTED' },
      },
      {
        title: 'review',
        session: { id: otB.id, sessionId: otB.sessionId, provider: 'OPENTOK', mediaMode: 'ROUTED' },
        recording: { id: archiveB.id, archiveId: archiveB.archiveId, status: 'STARTED' },
      },
      {
        title: 'demo',
        session: { id: otB.id, sessionId: otB.sessionId, provider: 'OPENTOK', mediaMode: 'ROUTED' },
        recording: { id: archiveB.id, archiveId: archiveB.archiveId, status: 'STARTED' },
      },
      { title: 'lunch', session: { id: ov.id, sessionId: ov.sessionId, provider: 'OPENVIDU', mediaMode: 'ROUTED' }, recording: null },
      { title: 'coffee', session: { id: ov.id, sessionId: ov.sessionId, provider: 'OPENVIDU', mediaMode: 'ROUTED' }, recording: null },
    ]);
    // OpenTok sessions are decoded from their ids (no upstream read); the OpenVidu session and each
    // archive are read once, however many meetings point at them.
    expect(proxy.requests).toHaveLength(3);
    expect(proxy.count('GET', /\/archive\//)).toBe(2);
    expect(proxy.count('GET', /\/openvidu\/api\/sessions\//)).toBe(1);
  });

  it('should answer null for an entity the provider does not know, and keep the rest of the answer', async () => {
    const ot = (await gqlOk(gateway.url, CreateSessionDocument, { input: {} })).createSession;
    const unknownArchive = Buffer.from('Archive:OPENTOK:00000000-0000-4000-8000-000000000000').toString('base64');
    rows = [{ title: 'lost recording', sessionId: ot.id, archiveId: unknownArchive }];
    const { data, errors } = await viaRouter('{ meetings { title session { sessionId } recording { archiveId } } }');
    expect(data.meetings).toEqual([{ title: 'lost recording', session: { sessionId: ot.sessionId }, recording: null }]);
    // The router reports the missing entity under its own path (Hive's planner does); nothing else fails.
    for (const error of (errors ?? []) as { path?: unknown[] }[]) expect(error.path?.slice(0, 3)).toEqual(['meetings', 0, 'recording']);
  });

  it('should read each distinct entity once when one _entities request names it several times', async () => {
    const url = gateway.url;
    const ov = (await gqlOk(url, CreateSessionDocument, { input: { provider: 'OPENVIDU' } })).createSession;
    const ot = (await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    const token = (await gqlOk(url, GenerateTokenDocument, { input: { sessionId: ot.id } })).generateToken;
    await joinClient(emulator.url, token.token);
    const archive = (await gqlOk(url, StartArchiveDocument, { input: { sessionId: ot.id } })).startArchive;

    proxy.reset();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Session { sessionId } ... on Archive { archiveId } } }',
        variables: {
          r: [
            { __typename: 'Session', id: ov.id },
            { __typename: 'Archive', id: archive.id },
            { __typename: 'Session', id: ov.id },
            { __typename: 'Archive', id: archive.id },
            { __typename: 'Session', id: ov.id },
          ],
        },
      }),
    });
    const { data } = (await response.json()) as { data: { _entities: unknown[] } };
    expect(data._entities).toEqual([
      { sessionId: ov.sessionId },
      { archiveId: archive.archiveId },
      { sessionId: ov.sessionId },
      { archiveId: archive.archiveId },
      { sessionId: ov.sessionId },
    ]);
    expect(proxy.count('GET', /\/openvidu\/api\/sessions\//)).toBe(1);
    expect(proxy.count('GET', /\/archive\//)).toBe(1);
    expect(proxy.requests).toHaveLength(2);
  });

  it('should carry archiveStatusChanged through the router, the router subscribing to the gateway over SSE', async () => {
    const url = gateway.url;
    const ot = (await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    const token = (await gqlOk(url, GenerateTokenDocument, { input: { sessionId: ot.id } })).generateToken;
    await joinClient(emulator.url, token.token);
    const archive = (await gqlOk(url, StartArchiveDocument, { input: { sessionId: ot.id } })).startArchive;

    const response = await router.fetch('http://router/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription($id: ID) { archiveStatusChanged(archiveId: $id) { status archive { archiveId } } }',
        variables: { id: archive.id },
      }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = eventReader(response);
    // First the snapshot, then the change the stop makes.
    expect((await events.until(1))[0].data.archiveStatusChanged).toEqual({ status: 'STARTED', archive: { archiveId: archive.archiveId } });
    await gqlOk(url, StopArchiveDocument, { id: archive.id });
    expect((await events.until(2))[1].data.archiveStatusChanged.status).toBe('STOPPED');
    await events.cancel();
  });
});
