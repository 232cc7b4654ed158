import { print } from 'graphql';
import type { Client, SubscribePayload } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import { CreateSessionDocument, ProvidersDocument } from '../__generated__/graphql.js';
import { startTestGateway, wsClient } from '../helpers/gateway.js';

/** The manifest `npm run codegen` writes, as a deployment would point TRUSTED_DOCUMENTS at it. */
const MANIFEST = 'test/__generated__/persisted-documents.json';

/** The id codegen gave a typed document (its SHA-256, also the manifest's key). */
const idOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;

const UNKNOWN_ID = 'f'.repeat(64);

/** POSTs a raw GraphQL-over-HTTP body; resolves the status and the JSON answer. */
async function post(baseUrl: string, body: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] },
  };
}

/** Runs one operation over graphql-ws; resolves its first result, or the error it ended with. */
function overWebSocket(client: Client, payload: SubscribePayload & { documentId?: string }) {
  return new Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }>((resolve) => {
    const dispose = client.subscribe(payload, {
      next: (value) => {
        dispose();
        resolve(value as { data?: unknown });
      },
      error: (error) => resolve({ errors: error as { message: string; extensions?: { code?: string } }[] }),
      complete: () => {},
    });
  });
}

describe('trusted documents (TRUSTED_DOCUMENTS)', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ TRUSTED_DOCUMENTS: MANIFEST });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  describe('over HTTP', () => {
    it('should run a document of the manifest named by documentId, by APQ hash, and by GET', async () => {
      const byId = await post(gateway.url, { documentId: idOf(ProvidersDocument) });
      expect(byId.status).toBe(200);
      expect(byId.body.data?.providers).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'OPENTOK' })]));

      const byHash = await post(gateway.url, {
        extensions: { persistedQuery: { version: 1, sha256Hash: idOf(CreateSessionDocument) } },
        variables: { input: { mediaMode: 'ROUTED' } },
      });
      expect(byHash.body.errors).toBeUndefined();
      expect(byHash.body.data?.createSession).toMatchObject({ provider: 'OPENTOK' });

      const byGet = await fetch(`${gateway.url}/graphql?documentId=${idOf(ProvidersDocument)}`, {
        headers: { accept: 'application/graphql-response+json', 'x-graphql-yoga-csrf': '1' },
      });
      expect(byGet.status).toBe(200);
      expect(((await byGet.json()) as { data: { providers: unknown[] } }).data.providers.length).toBeGreaterThan(0);
    });

    it('should refuse query text, even of a document of the manifest, an unknown id and no id with PERSISTED_QUERY_NOT_FOUND and 400', async () => {
      for (const body of [
        { query: '{ providers { name } }' },
        { query: print(ProvidersDocument) },
        { query: print(ProvidersDocument), documentId: idOf(ProvidersDocument) },
        { documentId: UNKNOWN_ID },
        { extensions: { persistedQuery: { version: 1, sha256Hash: UNKNOWN_ID } } },
        {},
      ]) {
        const answer = await post(gateway.url, body);
        expect({ body, status: answer.status }).toEqual({ body, status: 400 });
        expect(answer.body.data).toBeUndefined();
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      }
    });

    it('should refuse a mutation that is not in the manifest before it reaches a provider', async () => {
      const before = (await (await fetch(`${gateway.emulator!.url}/emulator/state`)).json()) as { opentok?: { sessions?: unknown[] } };
      const answer = await post(gateway.url, { query: 'mutation { createSession(input: {}) { id } }' });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const after = (await (await fetch(`${gateway.emulator!.url}/emulator/state`)).json()) as typeof before;
      expect(after).toEqual(before);
    });
  });

  describe('over graphql-ws', () => {
    it('should run a document of the manifest named by documentId or APQ hash', async () => {
      const client = wsClient(gateway.url);
      try {
        const byId = await overWebSocket(client, { query: '', documentId: idOf(ProvidersDocument) });
        expect(byId.errors).toBeUndefined();
        expect((byId.data as { providers: unknown[] }).providers.length).toBeGreaterThan(0);
        const byHash = await overWebSocket(client, {
          query: '',
          extensions: { persistedQuery: { version: 1, sha256Hash: idOf(ProvidersDocument) } },
        });
        expect((byHash.data as { providers: unknown[] }).providers.length).toBeGreaterThan(0);
      } finally {
        await client.dispose();
      }
    });

    it('should refuse query text, an unknown id and no id for that operation only, with PERSISTED_QUERY_NOT_FOUND', async () => {
      const client = wsClient(gateway.url);
      try {
        for (const payload of [
          { query: '{ providers { name } }' },
          { query: print(ProvidersDocument), documentId: idOf(ProvidersDocument) },
          { query: '', documentId: UNKNOWN_ID },
          { query: '' },
        ]) {
          const result = await overWebSocket(client, payload);
          expect({ payload, result }).toMatchObject({
            payload,
            result: { errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
          });
        }
        // The socket lives on: the next trusted operation runs on it.
        const after = await overWebSocket(client, { query: '', documentId: idOf(ProvidersDocument) });
        expect(after.errors).toBeUndefined();
      } finally {
        await client.dispose();
      }
    });
  });
});
