import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for clients and for our own end-to-end tests, from the committed
 * `schema.graphql` (`npm run codegen`; a test fails when the generated files are stale). It also
 * writes `persisted-documents.json`, a manifest of SHA-256 hash to document that `TRUSTED_DOCUMENTS`
 * accepts as is (docs/operations.md#trusted-documents).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  importExtension: '.js',
  generates: {
    'test/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
