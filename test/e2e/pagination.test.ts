import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchivesDocument,
  type ArchivesQuery,
  CreateSessionDocument,
  GenerateTokenDocument,
  NodeDocument,
  SessionArchivesDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { gqlOk, joinClient, startTestGateway } from '../helpers/gateway.js';

describe('archives: cursor pagination and Relay ids', () => {
  let gateway: Gateway;
  let session: { id: string; sessionId: string };
  const created: string[] = [];

  beforeAll(async () => {
    gateway = await startTestGateway();
    session = (await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: session.id } });
    await joinClient(gateway.emulator!.url, generateToken.token);
    // One archive at a time per session: start and stop five in a row.
    for (let i = 0; i < 5; i++) {
      const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: session.id, name: `a${i}` } });
      await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
      created.push(startArchive.archiveId);
    }
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should page through every archive of a session exactly once, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { archives }: ArchivesQuery = await gqlOk(gateway.url, ArchivesDocument, { sessionId: session.sessionId, first: 2, after });
      expect(archives.totalCount).toBe(5);
      expect(archives.edges.length).toBeLessThanOrEqual(2);
      expect(archives.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...archives.edges.map((e) => e.node.archiveId));
      pages += 1;
      if (!archives.pageInfo.hasNextPage) break;
      after = archives.pageInfo.endCursor!;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...created].reverse());
  });

  it('should serve the same list from Session.archives', async () => {
    const { session: read } = await gqlOk(gateway.url, SessionArchivesDocument, { id: session.id, first: 10 });
    expect(read!.archives.totalCount).toBe(5);
    expect(read!.archives.edges.map((e) => e.node.archiveId)).toEqual([...created].reverse());
    expect(read!.archives.pageInfo.hasNextPage).toBe(false);
  });

  it('should resolve global ids through node(id)', async () => {
    const { archives } = await gqlOk(gateway.url, ArchivesDocument, { sessionId: session.id, first: 1 });
    const archiveNode = await gqlOk(gateway.url, NodeDocument, { id: archives.edges[0]!.node.id });
    expect(archiveNode.node).toMatchObject({ __typename: 'Archive', archiveId: created.at(-1) });
    const sessionNode = await gqlOk(gateway.url, NodeDocument, { id: session.id });
    expect(sessionNode.node).toMatchObject({ __typename: 'Session', sessionId: session.sessionId });
  });
});
