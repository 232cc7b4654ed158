/** GraphQL operations as a client sends them (POST /graphql), over real HTTP or to yoga in process. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';

/** Where operations go: a base URL (real HTTP), or a base URL with the fetch that serves it (yoga in process). */
export type Endpoint = string | { url: string; fetch: (url: string, init: RequestInit) => Promise<Response> };

/** One GraphQL operation, POSTed to `/graphql` of `endpoint`. */
export async function gql<R, V>(
  endpoint: Endpoint,
  document: TypedDocumentNode<R, V> | string,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<ExecutionResult<R>> {
  const { url, fetch: send } = typeof endpoint === 'string' ? { url: endpoint, fetch: globalThis.fetch } : endpoint;
  const response = await send(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  return (await response.json()) as ExecutionResult<R>;
}

/** Like {@link gql}, but fails the test when the operation returned errors. */
export async function gqlOk<R, V>(endpoint: Endpoint, document: TypedDocumentNode<R, V> | string, variables?: V): Promise<R> {
  const result = await gql(endpoint, document, variables);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** The first error's code, message and field, for error assertions. */
export function firstError(result: ExecutionResult<unknown>): { code: unknown; message: string; field: unknown } {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error, got data ${JSON.stringify(result.data)}`);
  return { code: error.extensions?.code, message: error.message, field: error.extensions?.field };
}
