import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveDocument,
  ArchivesDocument,
  CreateSessionDocument,
  DeleteArchiveDocument,
  DialSipDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { firstError, gql, gqlOk, joinClient, startTestGateway } from '../helpers/gateway.js';

describe('errors: validation before any upstream call, upstream failures mapped to codes', () => {
  let gateway: Gateway;
  let emu: string;
  let routed: { id: string; sessionId: string };
  let relayed: { id: string; sessionId: string };

  const archiveCount = async () => {
    const state = (await (await fetch(`${emu}/emulator/state`)).json()) as Record<string, unknown>;
    return JSON.stringify(state).match(/"outputMode"/g)?.length ?? 0;
  };
  const join = async (sessionId: string) => {
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId } });
    return joinClient(emu, generateToken.token);
  };

  beforeAll(async () => {
    gateway = await startTestGateway();
    emu = gateway.emulator!.url;
    routed = (await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
    relayed = (await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'RELAYED' } })).createSession;
  });
  afterAll(async () => {
    await fetch(`${emu}/emulator/faults`, { method: 'DELETE' }).catch(() => {});
    await gateway?.close();
  });

  it.each([
    [{ data: 'x'.repeat(1001) }, 'input.data'],
    [{ expiresAt: new Date(Date.now() - 60_000).toISOString() }, 'input.expiresAt'],
    [{ expiresAt: new Date(Date.now() + 31 * 86_400_000).toISOString() }, 'input.expiresAt'],
    [{ initialLayoutClassList: ['has space'] }, 'input.initialLayoutClassList.0'],
  ])('generateToken should refuse %j naming %s', async (extra, field) => {
    const result = await gql(gateway.url, GenerateTokenDocument, { input: { sessionId: routed.id, ...extra } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result).message).toContain(field);
  });

  it('should say which id is unknown to every provider', async () => {
    const result = await gql(gateway.url, GenerateTokenDocument, { input: { sessionId: 'not-a-session' } });
    expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'input.sessionId' });
  });

  it('should refuse a session id of another OpenTok project, as the official SDK does', async () => {
    const foreign = `1_${Buffer.from(`1~99999999~~${Date.now()}~abcdefghijklmnopqrstuvwx~~~`).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    const result = await gql(gateway.url, GenerateTokenDocument, { input: { sessionId: foreign } });
    expect(firstError(result).code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    expect(firstError(result).field).toBe('input.sessionId');
  });

  it.each([
    [{ mediaMode: 'RELAYED', archiveMode: 'ALWAYS' }, 'input.archiveMode'],
    [{ location: 'somewhere' }, 'input.location'],
    [{ archiveName: 'n' }, 'input.archiveName'],
    [{ mediaMode: 'ROUTED', archiveMode: 'ALWAYS', archiveName: 'x'.repeat(81) }, 'input.archiveName'],
    [{ e2ee: true }, 'input.e2ee'],
  ] as const)('createSession should refuse %j naming %s', async (input, field) => {
    const result = await gql(gateway.url, CreateSessionDocument, { input: { ...input } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    [{ resolution: 'big' }, 'input.resolution'],
    [{ resolution: '1280x720', outputMode: 'INDIVIDUAL' }, 'input.resolution'],
    [{ hasAudio: false, hasVideo: false }, 'input.hasVideo'],
    [{ name: 'n'.repeat(81) }, 'input.name'],
  ] as const)('startArchive should refuse %j naming %s, with no archive created upstream', async (extra, field) => {
    const before = await archiveCount();
    const result = await gql(gateway.url, StartArchiveDocument, { input: { sessionId: routed.id, ...extra } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await archiveCount()).toBe(before);
  });

  it('should explain that a client must be connected before archiving (strict emulator)', async () => {
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const result = await gql(gateway.url, StartArchiveDocument, { input: { sessionId: createSession.id } });
    expect(firstError(result).code).toBe('PRECONDITION_FAILED');
    expect(firstError(result).message).toMatch(/client must be connected/i);
  });

  it('should explain that only routed sessions can be archived', async () => {
    await join(relayed.id);
    const result = await gql(gateway.url, StartArchiveDocument, { input: { sessionId: relayed.id } });
    expect(firstError(result).code).toBe('PRECONDITION_FAILED');
    expect(firstError(result).message).toMatch(/routed/i);
  });

  it('should map archive conflicts: a second archive, stopping twice, deleting while recording', async () => {
    await join(routed.id);
    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: routed.id } });
    expect(firstError(await gql(gateway.url, StartArchiveDocument, { input: { sessionId: routed.id } })).code).toBe('CONFLICT');
    expect(firstError(await gql(gateway.url, DeleteArchiveDocument, { id: startArchive.id })).code).toBe('CONFLICT');
    await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
    expect(firstError(await gql(gateway.url, StopArchiveDocument, { id: startArchive.id })).code).toBe('CONFLICT');
  });

  it('should answer null for an archive the provider does not know', async () => {
    const result = await gqlOk(gateway.url, ArchiveDocument, { id: '2a6fc87e-0000-4000-8000-000000000000' });
    expect(result.archive).toBeNull();
  });

  it.each([
    ['tel:+15551234567', 'input.uri'],
    ['sip:', 'input.uri'],
  ])('dialSip should refuse the URI %s', async (uri, field) => {
    const result = await gql(gateway.url, DialSipDocument, { input: { sessionId: routed.id, uri } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('should refuse page sizes and cursors it did not hand out', async () => {
    expect(firstError(await gql(gateway.url, ArchivesDocument, { sessionId: routed.id, first: 0 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(firstError(await gql(gateway.url, ArchivesDocument, { sessionId: routed.id, after: 'nope' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('should report an upstream outage as UPSTREAM_UNAVAILABLE without leaking internals', async () => {
    await fetch(`${emu}/emulator/faults`, {
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
