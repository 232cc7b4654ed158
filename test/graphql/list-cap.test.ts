/** The cap on list arguments: one request cannot fan out into more than 100 upstream calls. */
import { afterAll, describe, expect, it } from 'vitest';
import { LIST_ITEMS_MAX } from '../../src/schema/limits.js';
import { createFakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway } from '../fixtures/in-process-gateway.js';

const provider = createFakeProvider();
const gateway = createInProcessGateway([provider]);
afterAll(() => gateway.close());

const globalId = (i: number) => Buffer.from(`Session:OPENTOK:opentok-session-${i}`).toString('base64');
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';

describe('list arguments', () => {
  it('should refuse nodes(ids:) with more than 100 ids, from a variable or a literal, before any upstream call', async () => {
    const before = provider.calls.length;
    const ids = Array.from({ length: 1000 }, (_, i) => globalId(i));
    const fromVariable = await gateway.gql(NODES, { ids });
    expect(fromVariable.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/more than 100/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const literal = `{ nodes(ids: [${ids
      .slice(0, LIST_ITEMS_MAX + 1)
      .map((id) => JSON.stringify(id))
      .join(', ')}]) { id } }`;
    const res = await gateway.fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: literal }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(provider.calls.length).toBe(before);
  });

  it('should run nodes(ids:) with 100 ids', async () => {
    const result = await gateway.gql(NODES, { ids: Array.from({ length: LIST_ITEMS_MAX }, (_, i) => globalId(i)) });
    expect(result.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBeFalsy();
  });
});
