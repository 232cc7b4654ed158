/**
 * Errors through the whole gateway: what only the real adapters and the emulator can show (native
 * ids no provider owns, the platforms' preconditions and conflicts, an upstream outage). The input
 * rules refused before any upstream call are tested in process (test/graphql).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveDocument,
  CreateSessionDocument,
  DeleteArchiveDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { sharedGateway } from '../fixtures/shared-gateway.js';
import { joinClient, startTestGateway } from '../helpers/gateway.js';
import { firstError, gql, gqlOk } from '../helpers/graphql.js';

const { url, emulatorUrl } = await sharedGateway();

describe('errors: upstream failures mapped to codes', () => {
  let routed: { id: string; sessionId: string };
  let relayed: { id: string; sessionId: string };

  const join = async (sessionId: string) => {
    const { generateToken } = await gqlOk(url, GenerateTokenDocument, { input: { sessionId } });
    return joinClient(emulatorUrl, generateToken.token);
  };

  beforeAll(async () => {
    routed = (await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    relayed = (await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'RELAYED' } })).createSession;
  });

  it('should say which id is unknown to every provider', async () => {
    const result = await gql(url, GenerateTokenDocument, { input: { sessionId: 'not-a-session' } });
    expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'input.sessionId' });
  });

  it('should refuse a session id of another OpenTok project, as the official SDK does', async () => {
    const foreign = `1_${Buffer.from(`1~99999999~~${Date.now()}~abcdefghijklmnopqrstuvwx~~~`).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    const result = await gql(url, GenerateTokenDocument, { input: { sessionId: foreign } });
    expect(firstError(result).code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    expect(firstError(result).field).toBe('input.sessionId');
  });

  it('should explain that a client must be connected before archiving (strict emulator)', async () => {
    const { createSession } = await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const result = await gql(url, StartArchiveDocument, { input: { sessionId: createSession.id } });
    expect(firstError(result).code).toBe('PRECONDITION_FAILED');
    expect(firstError(result).message).toMatch(/client must be connected/i);
  });

  it('should explain that only routed sessions can be archived', async () => {
    await join(relayed.id);
    const result = await gql(url, StartArchiveDocument, { input: { sessionId: relayed.id } });
    expect(firstError(result).code).toBe('PRECONDITION_FAILED');
    expect(firstError(result).message).toMatch(/routed/i);
  });

  it('should map archive conflicts: a second archive, stopping twice, deleting while recording', async () => {
    await join(routed.id);
    const { startArchive } = await gqlOk(url, StartArchiveDocument, { input: { sessionId: routed.id } });
    expect(firstError(await gql(url, StartArchiveDocument, { input: { sessionId: routed.id } })).code).toBe('CONFLICT');
    expect(firstError(await gql(url, DeleteArchiveDocument, { id: startArchive.id })).code).toBe('CONFLICT');
    await gqlOk(url, StopArchiveDocument, { id: startArchive.id });
    expect(firstError(await gql(url, StopArchiveDocument, { id: startArchive.id })).code).toBe('CONFLICT');
  });

  it('should answer null for an archive the provider does not know', async () => {
    const result = await gqlOk(url, ArchiveDocument, { id: '2a6fc87e-0000-4000-8000-000000000000' });
    expect(result.archive).toBeNull();
  });
});

// Its own gateway: an injected fault hits whichever call matches it first, and the shared gateway
// serves other files at the same time.
describe('errors: an upstream outage', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should report an upstream outage as UPSTREAM_UNAVAILABLE without leaking internals', async () => {
    await fetch(`${gateway.emulator!.url}/emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'POST', path: '/session/create', status: 503, body: { message: 'internal detail 42' }, times: 1 }),
    });
    const result = await gql(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const error = firstError(result);
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).not.toContain('internal detail 42');
    expect(error.message).not.toContain(gateway.emulator!.opentok.apiSecret);
  });
});
