/**
 * The `providers` query (ProviderInfo, src/schema/providers.ts): what each configured provider
 * declares, default first; and a provider that is not configured refused by name.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import { createOpenViduProvider } from '../../src/providers/openvidu/index.js';
import { CreateSessionDocument, ProvidersDocument } from '../__generated__/graphql.js';
import { createFakeProvider, NOTHING } from '../fixtures/fake-provider.js';
import { createInProcessGateway } from '../fixtures/in-process-gateway.js';
import { gqlOk } from '../helpers/graphql.js';

/** Adapters are built without any call; the providers query makes none either. */
const NOWHERE = 'http://127.0.0.1:1';

describe('providers over the OpenTok and OpenVidu adapters', () => {
  const gateway = createInProcessGateway([
    createOpenTokProvider({ apiKey: '12345678', apiSecret: 'x'.repeat(40), apiUrl: NOWHERE }),
    createOpenViduProvider({ url: NOWHERE, secret: 'secret' }),
  ]);
  afterAll(async () => {
    await gateway.close();
  });

  it('should list both providers and what each supports', async () => {
    const { providers } = await gateway.gqlOk(ProvidersDocument);
    expect(providers.map((p) => [p.name, p.isDefault])).toEqual([
      ['OPENTOK', true],
      ['OPENVIDU', false],
    ]);
    const [opentok, openvidu] = providers;
    expect(opentok).toMatchObject({ sip: true, archives: true, connections: false, customSessionIds: false, tokenFormats: ['JWT', 'T1'] });
    expect(openvidu).toMatchObject({
      sip: false,
      archives: true,
      connections: true,
      forceUnpublish: true,
      closeSession: true,
      customSessionIds: true,
    });
  });

  it('should refuse a provider that is not configured', async () => {
    const result = await gateway.gql(CreateSessionDocument, { input: { provider: 'VONAGE' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.provider' });
  });
});

describe('providers over what a provider declares', () => {
  const minimal = createFakeProvider({
    name: 'OPENTOK',
    capabilities: { ...NOTHING, options: { ...NOTHING.options, startArchive: ['name'] } },
  });
  const other = createFakeProvider({ name: 'OPENVIDU' });
  const gateway = createInProcessGateway([minimal, other], { defaultProvider: 'OPENVIDU' });
  afterAll(async () => {
    await gateway.close();
  });

  it('should put the default provider first and show its declarations as they are', async () => {
    const { providers } = await gqlOk<{ providers: Record<string, unknown>[] }, Record<string, never>>(
      gateway,
      '{ providers { name isDefault archives sip signals listSessions webhooks tokenFormats roles inputOptions } }',
    );
    expect(providers.map((p) => [p.name, p.isDefault])).toEqual([
      ['OPENVIDU', true],
      ['OPENTOK', false],
    ]);
    expect(providers[1]).toEqual({
      name: 'OPENTOK',
      isDefault: false,
      archives: false,
      sip: false,
      signals: false,
      listSessions: false,
      webhooks: false,
      tokenFormats: ['JWT'],
      roles: ['PUBLISHER'],
      inputOptions: ['StartArchiveInput.name'],
    });
    expect(minimal.calls).toEqual([]);
  });
});

describe('a provider the schema layer has never met', () => {
  // VONAGE has no adapter yet: this fake stands in for one. Nothing in src/schema names a
  // provider, so a new adapter needs no change there (only the catalog and its configuration).
  const vonage = createFakeProvider({ name: 'VONAGE' });
  const gateway = createInProcessGateway([vonage]);
  afterAll(async () => {
    await gateway.close();
  });

  it('should serve sessions, tokens and archives through it, with ids that route back to it', async () => {
    type Walk = {
      createSession: { id: string; sessionId: string; provider: string };
    };
    const { createSession } = await gqlOk<Walk, Record<string, never>>(
      gateway,
      'mutation { createSession(input: { mediaMode: ROUTED }) { id sessionId provider } }',
    );
    expect(createSession.provider).toBe('VONAGE');
    const { generateToken, startArchive } = await gqlOk<
      { generateToken: { provider: string; session: { id: string } }; startArchive: { id: string; archiveId: string } },
      { id: string }
    >(
      gateway,
      `mutation ($id: ID!) {
        generateToken(input: { sessionId: $id }) { provider session { id } }
        startArchive(input: { sessionId: $id, name: "standup" }) { id archiveId }
      }`,
      { id: createSession.id },
    );
    expect(generateToken).toEqual({ provider: 'VONAGE', session: { id: createSession.id } });
    const { node } = await gqlOk<{ node: { archiveId: string; session: { sessionId: string } } }, { id: string }>(
      gateway,
      'query ($id: ID!) { node(id: $id) { ... on Archive { archiveId session { sessionId } } } }',
      { id: startArchive.id },
    );
    expect(node).toEqual({ archiveId: startArchive.archiveId, session: { sessionId: createSession.sessionId } });
    expect(vonage.calls.map((c) => c.method)).toEqual(
      expect.arrayContaining(['createSession', 'generateToken', 'startArchive', 'getArchive']),
    );
  });
});
