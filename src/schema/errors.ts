import { GraphQLError } from 'graphql';
import { isGatewayError } from '../errors.js';

/**
 * Yoga's `maskError`: an expected {@link GatewayError} becomes a GraphQL error carrying
 * `extensions.code` (and the field it is about); GraphQL errors the schema raised itself keep
 * their message; anything else is masked as "Unexpected error." so no internals leak.
 */
export function maskError(error: unknown, message: string): Error {
  const graphqlError = error instanceof GraphQLError ? error : null;
  const original = graphqlError?.originalError ?? error;
  if (isGatewayError(original)) {
    const { field, provider, retryAfter } = original.details;
    return new GraphQLError(original.message, {
      nodes: graphqlError?.nodes,
      source: graphqlError?.source,
      positions: graphqlError?.positions,
      path: graphqlError?.path,
      extensions: {
        code: original.code,
        ...(field ? { field } : {}),
        ...(provider ? { provider } : {}),
        ...(retryAfter !== undefined ? { retryAfter } : {}),
      },
    });
  }
  if (graphqlError && !graphqlError.originalError) return graphqlError;
  if (graphqlError?.originalError instanceof GraphQLError) return graphqlError.originalError;
  return new GraphQLError(message, {
    nodes: graphqlError?.nodes,
    path: graphqlError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
