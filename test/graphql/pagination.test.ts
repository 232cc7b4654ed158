/**
 * Cursor pagination and Relay ids over a provider's offset paging (src/schema/pagination.ts,
 * src/schema/archive-connection.ts). The provider is a fake holding five archives of one session;
 * the adapters' own offset paging is the conformance suite's (test/conformance/cases/archives.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArchivesDocument,
  type ArchivesQuery,
  CreateSessionDocument,
  NodeDocument,
  SessionArchivesDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { createFakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway } from '../fixtures/in-process-gateway.js';
import { firstError } from '../helpers/graphql.js';

describe('archives: cursor pagination and Relay ids', () => {
  const provider = createFakeProvider();
  const gateway = createInProcessGateway([provider]);
  let session: { id: string; sessionId: string };
  const created: string[] = [];

  beforeAll(async () => {
    session = (await gateway.gqlOk(CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    // One archive at a time per session: start and stop five in a row.
    for (let i = 0; i < 5; i++) {
      const { startArchive } = await gateway.gqlOk(StartArchiveDocument, { input: { sessionId: session.id, name: `a${i}` } });
      await gateway.gqlOk(StopArchiveDocument, { id: startArchive.id });
      created.push(startArchive.archiveId);
    }
  });
  afterAll(async () => {
    await gateway.close();
  });

  it('should page through every archive of a session exactly once, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { archives }: ArchivesQuery = await gateway.gqlOk(ArchivesDocument, { sessionId: session.sessionId, first: 2, after });
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
    const { session: read } = await gateway.gqlOk(SessionArchivesDocument, { id: session.id, first: 10 });
    expect(read!.archives.totalCount).toBe(5);
    expect(read!.archives.edges.map((e) => e.node.archiveId)).toEqual([...created].reverse());
    expect(read!.archives.pageInfo.hasNextPage).toBe(false);
  });

  it('should resolve global ids through node(id)', async () => {
    const { archives } = await gateway.gqlOk(ArchivesDocument, { sessionId: session.id, first: 1 });
    const archiveNode = await gateway.gqlOk(NodeDocument, { id: archives.edges[0]!.node.id });
    expect(archiveNode.node).toMatchObject({ __typename: 'Archive', archiveId: created.at(-1) });
    const sessionNode = await gateway.gqlOk(NodeDocument, { id: session.id });
    expect(sessionNode.node).toMatchObject({ __typename: 'Session', sessionId: session.sessionId });
  });

  it('should refuse page sizes and cursors it did not hand out, before any call', async () => {
    const calls = provider.calls.length;
    expect(firstError(await gateway.gql(ArchivesDocument, { sessionId: session.id, first: 0 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(firstError(await gateway.gql(ArchivesDocument, { sessionId: session.id, after: 'nope' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect(provider.calls.length).toBe(calls);
  });
});
