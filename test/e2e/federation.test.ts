import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSubgraph } from '../../src/schema/index.js';
import { CreateSessionDocument, GenerateTokenDocument, StartArchiveDocument } from '../__generated__/graphql.js';
import { sharedGateway } from '../fixtures/shared-gateway.js';
import { joinClient } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';

const { url, emulatorUrl } = await sharedGateway();

/** A neighbour subgraph of a company supergraph that extends our entities. */
const NEIGHBOUR = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type Session @key(fields: "id") { id: ID! meetingTitle: String }
  type Archive @key(fields: "id") { id: ID! reviewedBy: String }
  type Query { meetings: [Session!]! }
`;

describe('Apollo Federation v2 subgraph', () => {
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };

  it('should serve its SDL with @link and @key on Session and Archive through _service', async () => {
    const { data } = await post('{ _service { sdl } }');
    const sdl: string = data._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6"');
    expect(sdl).toMatch(/type Session implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Archive implements Node\s+@key\(fields: "id"\)/);
  });

  it('should resolve Session and Archive representations through _entities, on both providers', async () => {
    const ot = (await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    const ov = (await gqlOk(url, CreateSessionDocument, { input: { provider: 'OPENVIDU' } })).createSession;
    const token = (await gqlOk(url, GenerateTokenDocument, { input: { sessionId: ot.id } })).generateToken;
    await joinClient(emulatorUrl, token.token);
    const archive = (await gqlOk(url, StartArchiveDocument, { input: { sessionId: ot.id } })).startArchive;

    const { data, errors } = await post(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        __typename
        ... on Session { id sessionId provider }
        ... on Archive { id archiveId status }
      } }`,
      {
        r: [
          { __typename: 'Session', id: ot.id },
          { __typename: 'Session', id: ov.id },
          { __typename: 'Archive', id: archive.id },
          { __typename: 'Session', id: 'bm90LWEtZ2xvYmFsLWlk' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { __typename: 'Session', id: ot.id, sessionId: ot.sessionId, provider: 'OPENTOK' },
      { __typename: 'Session', id: ov.id, sessionId: ov.sessionId, provider: 'OPENVIDU' },
      { __typename: 'Archive', id: archive.id, archiveId: archive.archiveId, status: 'STARTED' },
      null,
    ]);
  });

  it('should compose into a supergraph with a neighbour that extends its entities', () => {
    const result = composeServices([
      { name: 'video', url: 'http://video/graphql', typeDefs: parse(printSubgraph()) },
      { name: 'meetings', url: 'http://meetings/graphql', typeDefs: parse(NEIGHBOUR) },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('meetingTitle');
    expect(result.supergraphSdl).toContain('archiveStatusChanged');
  });
});
