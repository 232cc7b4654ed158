/**
 * Error masking (src/schema/errors.ts, through the gateway's yoga): an expected failure reaches the
 * caller with its code and the field it is about; a variable the schema's types refuse becomes a
 * BAD_USER_INPUT naming the field; anything unexpected is masked so no internals leak.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { CreateSessionDocument } from '../__generated__/graphql.js';
import { createFakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway } from '../fixtures/in-process-gateway.js';

describe('error masking', () => {
  const provider = createFakeProvider();
  const gateway = createInProcessGateway([provider]);
  afterAll(async () => {
    await gateway.close();
  });

  it('should mask unexpected errors and keep expected ones with a code', async () => {
    const body = await gateway.gql<unknown, Record<string, never>>('{ session(id: "") { id } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it("should keep a provider's expected failure with its code and provider, and mask anything else", async () => {
    provider.failNext(
      'createSession',
      new GatewayError('UPSTREAM_UNAVAILABLE', 'OPENTOK is unreachable; retry later', { provider: 'OPENTOK' }),
    );
    const expected = await gateway.gql(CreateSessionDocument, { input: {} });
    expect(expected.errors?.[0]).toMatchObject({
      message: 'OPENTOK is unreachable; retry later',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', provider: 'OPENTOK' },
    });

    provider.failNext('createSession', new Error('socket hang up at 10.0.0.7:443 with secret s3cr3t'));
    const unexpected = await gateway.gql(CreateSessionDocument, { input: {} });
    expect(unexpected.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(unexpected)).not.toContain('s3cr3t');
  });

  it('should turn a variable the schema types refuse into a BAD_USER_INPUT naming the field', async () => {
    const calls = provider.calls.length;
    const result = await gateway.gql(CreateSessionDocument, { input: { mediaMode: 'SIDEWAYS' as never } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mediaMode' });
    expect(result.errors?.[0]?.message).toMatch(/^input\.mediaMode: /);
    expect(provider.calls.length).toBe(calls);
  });
});
