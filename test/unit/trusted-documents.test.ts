import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { trustedQuery } from '../../src/http/trusted-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to a manifest file of its own; returns its path. */
function manifest(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The error loadConfig stops with for TRUSTED_DOCUMENTS=path. */
function configError(path: string): ConfigError {
  try {
    loadConfig({ TRUSTED_DOCUMENTS: path });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the manifest');
}

describe('TRUSTED_DOCUMENTS', () => {
  it('should be off when unset, and read the manifest codegen writes when set', () => {
    expect(loadConfig({}).trustedDocuments).toBeNull();
    const documents = loadConfig({ TRUSTED_DOCUMENTS: 'test/__generated__/persisted-documents.json' }).trustedDocuments;
    expect(documents?.size).toBeGreaterThan(10);
    for (const [id, document] of documents ?? []) {
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(document).toMatch(/^(query|mutation|subscription|fragment) /);
    }
  });

  it.each([
    ['a missing file', join(dir, 'none.json'), /cannot read the manifest file \(ENOENT\)/],
    ['a directory', dir, /cannot read the manifest file/],
    ['not JSON', manifest('bad.json', '{"a": '), /not JSON/],
    ['an array', manifest('array.json', '["{ providers { name } }"]'), /JSON object/],
    ['an empty object', manifest('empty.json', '{}'), /no document/],
    ['a non-string document', manifest('number.json', '{"abc": 1}'), /document string/],
    ['a document that does not parse', manifest('syntax.json', '{"abc": "query {"}'), /"abc" of the manifest is not valid GraphQL/],
    ['a document with no operation', manifest('fragment.json', '{"abc": "fragment F on Query { providers { name } }"}'), /no operation/],
  ])('should stop at start on %s, naming the variable and not the content', (_what, path, reason) => {
    const error = configError(path);
    expect(error.variable).toBe('TRUSTED_DOCUMENTS');
    expect(error.message).toMatch(/^TRUSTED_DOCUMENTS: /);
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain(dir);
  });

  it('should resolve a graphql-ws payload to its trusted document, or to a coded refusal', () => {
    const documents = new Map([['abc', '{ providers { name } }']]);
    expect(trustedQuery(documents, { query: '', documentId: 'abc' })).toBe('{ providers { name } }');
    expect(trustedQuery(documents, { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } })).toBe(
      '{ providers { name } }',
    );
    for (const params of [
      { query: '{ providers { name } }' },
      { query: '', documentId: 'abd' },
      { query: '' },
      { query: '', documentId: 42 },
      { query: '', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } },
    ]) {
      const refusal = trustedQuery(documents, params);
      if (!(refusal instanceof GraphQLError)) throw new Error(`${JSON.stringify(params)} was not refused`);
      expect(refusal.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      // Over WebSocket the error carries no HTTP status.
      expect(refusal.extensions).not.toHaveProperty('http');
    }
  });
});
