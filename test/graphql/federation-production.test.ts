/**
 * A federation router reads a subgraph's schema through `{ _service { sdl } }`, an ordinary field
 * and not introspection: production turns introspection off (src/http/yoga.ts) and must leave it on.
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

describe('federation with introspection off', () => {
  it('should serve _service { sdl } in production while refusing __schema', async () => {
    gateway = createInProcessGateway([createFakeProvider()], { env: PRODUCTION });
    const headers = bearer(await hsToken({ scope: 'video:sessions:read' }));
    const introspection = await gql(gateway, '{ __schema { queryType { name } } }', {}, headers);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    for (const caller of [headers, {}]) {
      const service = await gql<{ _service: { sdl: string } }, object>(gateway, '{ _service { sdl } }', {}, caller);
      expect(service.errors).toBeUndefined();
      expect(service.data?._service.sdl).toMatch(/type Session implements Node\s+@key\(fields: "id"\)/);
    }
  });
});
