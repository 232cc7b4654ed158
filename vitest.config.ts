import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CJS `main` and ESM `module` without `exports`; Pothos loads the CJS build, so
  // tests must too, or graphql throws "Cannot use GraphQLScalarType from another module or realm".
  // Only the bare `graphql`: its subpaths (`graphql/language/parser`) resolve as they are.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    globalSetup: ['test/fixtures/shared-gateway.setup.ts'],
  },
});
