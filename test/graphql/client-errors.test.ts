/**
 * Errors of the caller's own making (an armor limit, a bad or missing variable): each carries
 * `extensions.code` BAD_USER_INPUT, is a 400 over HTTP, and is logged below error level.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger.js';
import { createFakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway } from '../fixtures/in-process-gateway.js';

const lines: { level: string; obj: unknown }[] = [];
const capture: Logger = {
  debug: (obj) => void lines.push({ level: 'debug', obj }),
  info: (obj) => void lines.push({ level: 'info', obj }),
  warn: (obj) => void lines.push({ level: 'warn', obj }),
  error: (obj) => void lines.push({ level: 'error', obj }),
  child: () => capture,
};
const gateway = createInProcessGateway([createFakeProvider()], { logger: capture });
afterAll(() => gateway.close());

async function post(body: unknown, accept = 'application/graphql-response+json') {
  const res = await gateway.fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

const ALIASES = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: providers { name }`).join(' ')} }`;
const TOKENS = `{ providers { name ${'__typename '.repeat(2100)} } }`;
const DEEP =
  '{ archives { edges { node { session { archives { edges { node { session { archives { edges { node { id } } } } } } } } } } } }';

describe('client errors', () => {
  it.each([
    ['aliases', ALIASES, /alias/i],
    ['tokens', TOKENS, /token/i],
    ['depth', DEEP, /depth/i],
  ])('should answer an armor rejection (%s) with BAD_USER_INPUT and 400, whatever the Accept header', async (_name, query, message) => {
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const { status, body } = await post({ query }, accept);
      expect({ accept, status }).toEqual({ accept, status: 400 });
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('should answer variable errors with BAD_USER_INPUT and 400', async () => {
    const query = 'query($id: ID!) { node(id: $id) { id } }';
    for (const variables of [{}, { id: null }, { id: { not: 'an id' } }]) {
      const { status, body } = await post({ query, variables });
      expect({ variables, status }).toEqual({ variables, status: 400 });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('should log client errors below error level', async () => {
    lines.length = 0;
    await post({ query: ALIASES });
    await post({ query: TOKENS });
    await post({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: {} });
    await post({ query: '{ providers { nam } }' });
    await post({ query: '{ providers { ' });
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
