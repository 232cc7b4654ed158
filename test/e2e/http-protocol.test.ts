import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { sharedGateway } from '../fixtures/shared-gateway.js';

const { url } = await sharedGateway();

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('GraphQL over HTTP audits (graphql-http), over the real server', () => {
  for (const audit of serverAudits({ url: () => `${url}/graphql`, fetchFn: fetch })) {
    it(`should pass the audit "${audit.name}"`, async () => {
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
});
