import { printSubgraphSchema } from '@apollo/subgraph';
import { EntityType, entitiesField, serviceField } from '@apollo/subgraph/dist/types.js';
import { hasResolvableKey } from '@pothos/plugin-federation';
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLUnionType,
  isObjectType,
  lexicographicSortSchema,
} from 'graphql';
import { builder } from './builder.js';

/** The federation spec the subgraph links, and the directives it imports from it. */
const LINK = { url: 'https://specs.apollo.dev/federation/v2.6', import: ['@key'] };

/**
 * The schema the server executes: the public API plus `_service` and `_entities`, so the gateway
 * also serves as an Apollo Federation v2 subgraph (docs/architecture.md#federation).
 *
 * The same schema as the federation plugin's `builder.toSubGraphSchema()` (a test compares them),
 * but `_service { sdl }` is printed when a router first asks for it, not while the gateway starts:
 * printing a subgraph's SDL builds and validates a federation schema, about a tenth of the start
 * time (docs/performance.md#startup), for a field most deployments never see queried.
 */
export function buildSubgraphSchema(): GraphQLSchema {
  const schema = builder.toSchema({ sortSchema: true, extensions: { directives: [{ name: 'link', args: LINK }] } });
  const queryType = schema.getQueryType();
  const types = Object.values(schema.getTypeMap());
  const entityTypes = types.filter(isObjectType).filter(hasResolvableKey);
  let sdl: string | null = null;
  const printed = (): string => {
    sdl ??= printSubgraphSchema(subgraph);
    return sdl;
  };
  const query: GraphQLObjectType = new GraphQLObjectType({
    name: queryType?.name ?? 'Query',
    description: queryType?.description,
    astNode: queryType?.astNode,
    extensions: queryType?.extensions,
    fields: () => ({
      ...(entityTypes.length > 0 && {
        _entities: {
          ...entitiesField,
          type: new GraphQLNonNull(
            new GraphQLList(
              new GraphQLUnionType({ ...EntityType.toConfig(), types: entityTypes.map((type) => (type === queryType ? query : type)) }),
            ),
          ),
        },
      }),
      _service: { ...serviceField, resolve: () => ({ sdl: printed() }) },
      ...queryType?.toConfig().fields,
    }),
  });
  const subgraph = lexicographicSortSchema(
    new GraphQLSchema({
      query,
      mutation: schema.getMutationType(),
      subscription: schema.getSubscriptionType(),
      extensions: schema.extensions,
      directives: schema.getDirectives(),
      extensionASTNodes: schema.extensionASTNodes,
      types: [...types.filter((type) => type.name !== 'Query'), query],
    }),
  );
  return subgraph;
}
