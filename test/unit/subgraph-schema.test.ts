import { printSubgraphSchema } from '@apollo/subgraph';
import { execute, type GraphQLSchema, parse, printSchema } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { builder } from '../../src/schema/builder.js';
import { schema } from '../../src/schema/index.js';
import { buildSubgraphSchema } from '../../src/schema/subgraph-schema.js';

/** What `{ _service { sdl } }` answers on `target`. */
async function serviceSdl(target: GraphQLSchema): Promise<unknown> {
  const result = await execute({ schema: target, document: parse('{ _service { sdl } }') });
  expect(result.errors).toBeUndefined();
  return (result.data as { _service: { sdl: unknown } })._service.sdl;
}

describe('the subgraph schema (src/schema/subgraph-schema.ts)', () => {
  it('should be the schema the federation plugin builds, with the same _service SDL', async () => {
    const plugin = builder.toSubGraphSchema({
      linkUrl: 'https://specs.apollo.dev/federation/v2.6',
      federationDirectives: ['@key'],
      sortSchema: true,
    });
    expect(printSchema(schema)).toBe(printSchema(plugin));
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(Object.keys(plugin.getQueryType()!.getFields()));
    const sdl = await serviceSdl(schema);
    expect(sdl).toBe(await serviceSdl(plugin));
    expect(sdl).toBe(printSubgraphSchema(schema));
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.6", import: \["@key"\]\)/);
  });

  it('should print the SDL when _service is first asked for, not before, and only once', async () => {
    const built = buildSubgraphSchema();
    const typename = () => execute({ schema: built, document: parse('{ __typename }') });
    // The first execution validates the schema (once, then cached), which walks its directives.
    expect((await typename()).data).toEqual({ __typename: 'Query' });
    // Printing the SDL walks them again (graphQLJSSchemaToAST); executing a query does not.
    const walks = vi.spyOn(built, 'getDirectives');
    expect((await typename()).data).toEqual({ __typename: 'Query' });
    expect(walks).not.toHaveBeenCalled();
    const first = await serviceSdl(built);
    expect(walks).toHaveBeenCalled();
    const walksOfFirst = walks.mock.calls.length;
    expect(await serviceSdl(built)).toBe(first);
    expect(walks.mock.calls.length).toBe(walksOfFirst);
  });
});
