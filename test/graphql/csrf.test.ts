/**
 * CSRF prevention: a request a browser would send cross-site without a preflight (a GET, a form,
 * multipart or plain-text POST) runs only with the CSRF header, so a foreign page cannot make a
 * user's browser run a mutation.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/http/csrf.js';
import { createFakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway } from '../fixtures/in-process-gateway.js';

const provider = createFakeProvider();
const gateway = createInProcessGateway([provider]);
afterAll(() => gateway.close());

const MUTATION = 'mutation { createSession { id } }';
const endpoint = `${gateway.url}/graphql`;

function multipart(): FormData {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: MUTATION }));
  form.set('map', '{}');
  return form;
}

describe('CSRF prevention', () => {
  it.each([
    ['a form-encoded POST', () => ({ body: new URLSearchParams({ query: MUTATION }) })],
    ['a multipart POST', () => ({ body: multipart() })],
    ['a plain-text POST', () => ({ headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: MUTATION }) })],
  ])('should refuse %s of a mutation with 403 without running it', async (_name, init) => {
    const before = provider.calls.length;
    const res = await gateway.fetch(endpoint, { method: 'POST', ...init() });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/CSRF/);
    expect(provider.calls.length).toBe(before);
  });

  it('should refuse a GET query without the header and run it with the header', async () => {
    const url = `${endpoint}?query=${encodeURIComponent('{ providers { name } }')}`;
    expect((await gateway.fetch(url, { method: 'GET', headers: { accept: 'application/json' } })).status).toBe(403);
    const ok = await gateway.fetch(url, { method: 'GET', headers: { accept: 'application/json', [CSRF_HEADER]: '1' } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: { providers: unknown[] } }).data.providers.length).toBe(1);
  });

  it('should run a JSON POST, which a browser preflights, without the header', async () => {
    const res = await gateway.fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: MUTATION }),
    });
    expect(res.status).toBe(200);
    expect(provider.callsOf('createSession').length).toBeGreaterThan(0);
  });
});
