import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import { startTestGateway } from '../helpers/gateway.js';

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(async () => {
  await gateway?.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('GraphQL over HTTP audits (graphql-http), over the real server', () => {
  for (const audit of serverAudits({ url: () => `${gateway.url}/graphql`, fetchFn: fetch })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status === 'error') throw result.reason;
      // Warnings (SHOULD) count as failures too: yoga passes every one.
      expect(result.status === 'warn' ? String(result.reason) : 'ok').toBe('ok');
    });
  }
});

describe('limits on what a caller can send', () => {
  it('should refuse a body over 100 kB with 413 before parsing it', async () => {
    const res = await post(JSON.stringify({ query: `{ providers { name } } # ${'x'.repeat(110 * 1024)}` }));
    expect(res.status).toBe(413);
  });

  it('should refuse queries nested too deep', async () => {
    const deep =
      '{ archives { edges { node { session { archives { edges { node { session { archives { edges { node { id } } } } } } } } } } } }';
    const body = (await (await post(JSON.stringify({ query: deep }))).json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('should refuse alias batching', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: providers { name }`).join(' ');
    const body = (await (await post(JSON.stringify({ query: `{ ${aliases} }` }))).json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('should mask unexpected errors and keep expected ones with a code', async () => {
    const body = (await (await post(JSON.stringify({ query: '{ session(id: "") { id } }' }))).json()) as {
      errors?: { message: string; extensions?: { code?: string; field?: string } }[];
    };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
