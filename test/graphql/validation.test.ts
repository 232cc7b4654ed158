/**
 * The input rules every provider shares (src/schema/limits.ts), at the GraphQL level: each refusal
 * is a BAD_USER_INPUT naming the field by its path from the argument, and comes before any call on
 * the provider. The provider is a fake that can do everything, so the schema's rules are the only
 * refusals and the fake's record proves that none of them made a call.
 *
 * A platform's own narrower rules live in its adapter: ./input-rules.test.ts runs them over the
 * real adapters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateSessionDocument, DialSipDocument, GenerateTokenDocument, StartArchiveDocument } from '../__generated__/graphql.js';
import { createFakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway } from '../fixtures/in-process-gateway.js';
import { firstError } from '../helpers/graphql.js';

const provider = createFakeProvider();
const gateway = createInProcessGateway([provider]);
let routed: { id: string; sessionId: string };

/** Runs `operation` and asserts that it made no call on the provider. */
async function withoutCalls<T>(operation: () => Promise<T>): Promise<T> {
  const before = provider.calls.length;
  const result = await operation();
  expect(provider.calls.slice(before)).toEqual([]);
  return result;
}

beforeAll(async () => {
  routed = (await gateway.gqlOk(CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession;
});
afterAll(async () => {
  await gateway.close();
});

describe('generateToken', () => {
  it.each([
    [{ data: 'x'.repeat(1001) }, 'input.data'],
    [{ expiresAt: new Date(Date.now() - 60_000).toISOString() }, 'input.expiresAt'],
    [{ expiresAt: new Date(Date.now() + 31 * 86_400_000).toISOString() }, 'input.expiresAt'],
    [{ initialLayoutClassList: ['has space'] }, 'input.initialLayoutClassList.0'],
  ])('should refuse %j naming %s, before any call', async (extra, field) => {
    const result = await withoutCalls(() => gateway.gql(GenerateTokenDocument, { input: { sessionId: routed.id, ...extra } }));
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result).message).toContain(field);
  });
});

describe('createSession', () => {
  it.each([
    [{ mediaMode: 'RELAYED', archiveMode: 'ALWAYS' }, 'input.archiveMode'],
    [{ location: 'somewhere' }, 'input.location'],
    [{ archiveName: 'n' }, 'input.archiveName'],
  ] as const)('should refuse %j naming %s, before any call', async (input, field) => {
    const result = await withoutCalls(() => gateway.gql(CreateSessionDocument, { input: { ...input } }));
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('startArchive', () => {
  it.each([
    [{ resolution: 'big' }, 'input.resolution'],
    [{ resolution: '1280x720', outputMode: 'INDIVIDUAL' }, 'input.resolution'],
    [{ hasAudio: false, hasVideo: false }, 'input.hasVideo'],
  ] as const)('should refuse %j naming %s, with no archive started', async (extra, field) => {
    const result = await withoutCalls(() => gateway.gql(StartArchiveDocument, { input: { sessionId: routed.id, ...extra } }));
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(provider.callsOf('startArchive')).toEqual([]);
  });
});

describe('dialSip', () => {
  it.each([
    ['tel:+15551234567', 'input.uri'],
    ['sip:', 'input.uri'],
  ])('should refuse the URI %s, before any call', async (uri, field) => {
    const result = await withoutCalls(() => gateway.gql(DialSipDocument, { input: { sessionId: routed.id, uri } }));
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
