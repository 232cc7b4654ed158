import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { badInput, type GatewayError, isGatewayError } from '../errors.js';

/**
 * The validation plugin's `validationError`: the first failed rule becomes a BAD_USER_INPUT
 * naming the field by its path from the argument (`input.expiresAt`,
 * `input.initialLayoutClassList.0`).
 */
export function validationFailure(failure: StandardSchemaV1.FailureResult): GatewayError {
  const issue = failure.issues[0];
  const field = (issue?.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.');
  return badInput(field || 'input', issue?.message ?? 'is not valid');
}

// graphql-js names the argument path of a variable it could not coerce (a value outside an enum,
// a string for an Int, a bad DateTime): `Variable "$input" got invalid value "X" at "input.role"; ...`
const COERCION = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)"; /s;

const VARIABLE = /^Variable "\$[^"]+" /;

/**
 * A variable the request got wrong is a request error: 400 when the client accepts
 * `application/graphql-response+json`, 200 under the legacy `application/json`, as the
 * GraphQL-over-HTTP spec has it (`spec: true`; yoga reads `extensions.http` and drops it from the answer).
 */
const VARIABLE_ERROR_HTTP = { status: 400, spec: true };

/**
 * Yoga's `maskError`: an expected {@link GatewayError} becomes a GraphQL error carrying
 * `extensions.code` (and the field it is about); a variable the schema's types refuse becomes a
 * BAD_USER_INPUT naming the field; other GraphQL errors the schema raised itself keep their
 * message; anything else is masked as "Unexpected error." so no internals leak.
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
  const coercion = graphqlError ? COERCION.exec(graphqlError.message) : null;
  if (graphqlError && coercion?.[1]) {
    const field = coercion[1].replace(/\[(\d+)\]/g, '.$1');
    const reason = graphqlError.originalError?.message ?? graphqlError.message.slice(coercion[0].length);
    return new GraphQLError(`${field}: ${reason}`, {
      nodes: graphqlError.nodes,
      source: graphqlError.source,
      positions: graphqlError.positions,
      extensions: { code: 'BAD_USER_INPUT', field, http: VARIABLE_ERROR_HTTP },
    });
  }
  // The other variable errors graphql-js raises before executing: a required variable missing or
  // null, a top-level value its scalar refuses.
  if (graphqlError && !isGatewayError(original) && VARIABLE.test(graphqlError.message)) {
    return new GraphQLError(graphqlError.message, {
      nodes: graphqlError.nodes,
      source: graphqlError.source,
      positions: graphqlError.positions,
      extensions: { code: 'BAD_USER_INPUT', http: VARIABLE_ERROR_HTTP },
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
