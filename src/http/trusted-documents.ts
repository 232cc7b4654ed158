import { readFileSync } from 'node:fs';
import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError, type GraphQLErrorExtensions, Kind, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The trusted documents (docs/operations.md#trusted-documents): document id (the hash the client
 * sends) to the GraphQL document it stands for.
 */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** Largest manifest read at start: far above any real client's operations, well below a mistake. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/**
 * Reads a manifest: a JSON object of document id to document text, the `persisted-documents.json`
 * that `codegen.ts`'s client preset writes. Every document must parse and hold an operation.
 * @throws Error saying what is wrong with the file (never its content)
 */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read the manifest file${code ? ` (${code})` : ''}`);
  }
  if (Buffer.byteLength(text) > MAX_MANIFEST_BYTES) throw new Error(`the manifest is larger than ${MAX_MANIFEST_BYTES} bytes`);
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new Error('the manifest is not JSON');
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error('the manifest must be a JSON object of document id to document');
  }
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(manifest)) {
    if (id.length === 0 || typeof document !== 'string')
      throw new Error('every entry of the manifest must map a document id to a document string');
    let operations: number;
    try {
      operations = parse(document).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
    } catch {
      throw new Error(`the document "${id}" of the manifest is not valid GraphQL`);
    }
    if (operations === 0) throw new Error(`the document "${id}" of the manifest holds no operation`);
    documents.set(id, document);
  }
  if (documents.size === 0) throw new Error('the manifest holds no document');
  return documents;
}

/** Why an operation is refused, the same on every transport. */
const REFUSALS = {
  arbitrary:
    'This gateway runs only trusted documents: send the documentId (or extensions.persistedQuery.sha256Hash) of a document of its manifest instead of the query text.',
  noId: 'This gateway runs only trusted documents: send the documentId (or extensions.persistedQuery.sha256Hash) of a document of its manifest.',
  unknown: 'This document id is not among the trusted documents of this gateway; the client may have been built against another manifest.',
} as const;

const CODE = 'PERSISTED_QUERY_NOT_FOUND';

/** The refusal as a GraphQL error; over HTTP with status 400 (yoga reads and drops `extensions.http`). */
function refusal(reason: keyof typeof REFUSALS, http: boolean): GraphQLError {
  const extensions: GraphQLErrorExtensions = { code: CODE, ...(http ? { http: { status: 400 } } : {}) };
  return new GraphQLError(REFUSALS[reason], { extensions });
}

/** What a client may send, over HTTP or graphql-ws. */
type Params = { query?: string | null; documentId?: unknown; extensions?: Record<string, unknown> | null };

/** The id a client sent: `documentId` (GraphQL over HTTP's trusted documents), else the APQ hash. */
function documentIdOf(params: Params): string | null {
  if (typeof params.documentId === 'string' && params.documentId.length > 0) return params.documentId;
  // The default extractor reads only `extensions`.
  return defaultExtractPersistedOperationId({ extensions: params.extensions ?? undefined }, undefined as unknown as Request, {});
}

/**
 * Yoga's persisted operations plugin over `documents`, for HTTP and SSE: a request runs only when it
 * names a document of the manifest, by `documentId` (in the body, or the query string of a GET) or
 * an APQ `sha256Hash`; query text is refused.
 */
export function useTrustedDocuments(documents: TrustedDocuments): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => documents.get(id) ?? null,
    extractPersistedOperationId: (params, request) => {
      const inUrl = request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null;
      return documentIdOf(inUrl ? { ...params, documentId: inUrl } : params);
    },
    customErrors: {
      persistedQueryOnly: () => refusal('arbitrary', true),
      keyNotFound: () => refusal('noId', true),
      notFound: () => refusal('unknown', true),
    },
  });
}

/**
 * The same rule for one graphql-ws `subscribe` payload, which yoga's plugins never see: the query
 * text of the document it names, or the error to answer that operation with. graphql-ws wants a
 * `query` string in every payload, so a client sends `query: ""` beside the id.
 */
export function trustedQuery(documents: TrustedDocuments, params: Params): string | GraphQLError {
  if (params.query) return refusal('arbitrary', false);
  const id = documentIdOf(params);
  if (id === null) return refusal('noId', false);
  return documents.get(id) ?? refusal('unknown', false);
}
