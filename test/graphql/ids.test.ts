/**
 * Ids at the GraphQL level (docs/architecture.md, Ids): a global id names its provider; a native id
 * is routed to the provider whose format claims it (one certain owner, else one possible owner),
 * and an id nobody or several could own is refused before any call. Two fakes stand for two
 * providers; their records show which one each call reached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdClaim } from '../../src/providers/types.js';
import { CreateSessionDocument, GenerateTokenDocument, NodeDocument, SessionDocument } from '../__generated__/graphql.js';
import { createFakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway } from '../fixtures/in-process-gateway.js';
import { firstError } from '../helpers/graphql.js';

/** Both providers could own a UUID: only the global id says whose it is. */
const uuidOrOwn =
  (prefix: string) =>
  (id: string): IdClaim =>
    id.startsWith(prefix)
      ? 'certain'
      : /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)
        ? 'possible'
        : 'no';

const opentok = createFakeProvider({ name: 'OPENTOK', claims: { session: uuidOrOwn('opentok-session-') } });
const openvidu = createFakeProvider({ name: 'OPENVIDU', claims: { session: uuidOrOwn('openvidu-session-') } });
const gateway = createInProcessGateway([opentok, openvidu]);
const SHARED_FORMAT = '2a6fc87e-0000-4000-8000-000000000000';

let onOpenTok: { id: string; sessionId: string };
let onOpenVidu: { id: string; sessionId: string };

beforeAll(async () => {
  onOpenTok = (await gateway.gqlOk(CreateSessionDocument, { input: { provider: 'OPENTOK' } })).createSession;
  onOpenVidu = (await gateway.gqlOk(CreateSessionDocument, { input: { provider: 'OPENVIDU' } })).createSession;
});
afterAll(async () => {
  await gateway.close();
});

/** The native session ids each provider has been asked to mint a token for, in order. */
const tokenSessions = () => ({
  OPENTOK: opentok.callsOf('generateToken').map((c) => (c.args[0] as { sessionId: string }).sessionId),
  OPENVIDU: openvidu.callsOf('generateToken').map((c) => (c.args[0] as { sessionId: string }).sessionId),
});

describe('global ids', () => {
  it('should encode the type, the provider and the native id, and resolve through node(id)', async () => {
    expect(Buffer.from(onOpenTok.id, 'base64').toString()).toBe(`Session:OPENTOK:${onOpenTok.sessionId}`);
    const { node } = await gateway.gqlOk(NodeDocument, { id: onOpenVidu.id });
    expect(node).toMatchObject({ __typename: 'Session', id: onOpenVidu.id, sessionId: onOpenVidu.sessionId });
  });

  it('should reach the provider the global id names, even for a native id another provider could own', async () => {
    const session = await openvidu.createSession({ customSessionId: SHARED_FORMAT });
    const global = Buffer.from(`Session:OPENVIDU:${session.sessionId}`).toString('base64');
    const before = tokenSessions();
    await gateway.gqlOk(GenerateTokenDocument, { input: { sessionId: global } });
    expect(tokenSessions()).toEqual({ OPENTOK: before.OPENTOK, OPENVIDU: [...before.OPENVIDU, SHARED_FORMAT] });
  });

  it('should refuse a global id of a provider this gateway does not serve, before any call', async () => {
    const calls = opentok.calls.length + openvidu.calls.length;
    const global = Buffer.from('Session:VONAGE:some-session').toString('base64');
    expect(firstError(await gateway.gql(GenerateTokenDocument, { input: { sessionId: global } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.sessionId',
    });
    expect(opentok.calls.length + openvidu.calls.length).toBe(calls);
  });
});

describe('native ids', () => {
  it('should route each native id to the provider certain of it', async () => {
    const before = tokenSessions();
    await gateway.gqlOk(GenerateTokenDocument, { input: { sessionId: onOpenTok.sessionId } });
    await gateway.gqlOk(GenerateTokenDocument, { input: { sessionId: onOpenVidu.sessionId } });
    expect(tokenSessions()).toEqual({
      OPENTOK: [...before.OPENTOK, onOpenTok.sessionId],
      OPENVIDU: [...before.OPENVIDU, onOpenVidu.sessionId],
    });
  });

  it('should ask for the global id when several providers could own a native id, before any call', async () => {
    const calls = opentok.calls.length + openvidu.calls.length;
    const error = firstError(await gateway.gql(GenerateTokenDocument, { input: { sessionId: SHARED_FORMAT } }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sessionId' });
    expect(error.message).toMatch(/OPENTOK or OPENVIDU; pass the global id/);
    expect(opentok.calls.length + openvidu.calls.length).toBe(calls);
  });

  it('should say NOT_FOUND, naming the argument, when no provider could own a native id', async () => {
    const calls = opentok.calls.length + openvidu.calls.length;
    expect(firstError(await gateway.gql(SessionDocument, { id: 'no provider mints this' }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    expect(opentok.calls.length + openvidu.calls.length).toBe(calls);
  });

  it('should answer null for a session the owning provider does not hold', async () => {
    const { session } = await gateway.gqlOk(SessionDocument, { id: 'openvidu-session-999' });
    expect(session).toBeNull();
    expect(openvidu.callsOf('getSession').at(-1)?.args).toEqual(['openvidu-session-999']);
  });
});
