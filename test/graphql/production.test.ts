/**
 * What production turns off unless asked for (src/http/yoga.ts): GraphiQL and introspection, with
 * `GRAPHIQL=true` / `INTROSPECTION=true` to turn them back on. Field suggestions stay hidden.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway, type InProcessGateway } from '../fixtures/in-process-gateway.js';
import { bearer, hsToken, TEST_AUTH_SECRET } from '../helpers/caller-tokens.js';
import { gql } from '../helpers/graphql.js';

const PRODUCTION = { NODE_ENV: 'production', AUTH_JWT_SECRET: TEST_AUTH_SECRET, EMULATOR_EMBEDDED: 'true' };

let gateway: InProcessGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

async function probe(env: Record<string, string>) {
  gateway = createInProcessGateway([createFakeProvider()], { env });
  const page = await gateway.fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } });
  const html = await page.text();
  const headers = bearer(await hsToken({ scope: 'video:admin' }));
  const introspection = await gql(gateway, '{ __schema { queryType { name } } }', {}, headers);
  const typo = await gql(gateway, '{ sesion(id: "x") { sessionId } }', {}, headers);
  return {
    graphiql: html.includes('Video GraphQL gateway'),
    introspection: !introspection.errors,
    suggestion: JSON.stringify(typo.errors).includes('Did you mean'),
  };
}

describe('GraphiQL, introspection and field suggestions', () => {
  it('should be off in production', async () => {
    expect(await probe(PRODUCTION)).toEqual({ graphiql: false, introspection: false, suggestion: false });
  });

  it('should come back in production when asked for (GRAPHIQL=true, INTROSPECTION=true)', async () => {
    expect(await probe({ ...PRODUCTION, GRAPHIQL: 'true', INTROSPECTION: 'true' })).toEqual({
      graphiql: true,
      introspection: true,
      suggestion: false,
    });
  });

  it('should be on outside production (suggestions always hidden)', async () => {
    expect(await probe({ AUTH_JWT_SECRET: TEST_AUTH_SECRET })).toEqual({ graphiql: true, introspection: true, suggestion: false });
  });
});
