import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CJS `main` and ESM `module` without `exports`; Pothos loads the CJS build, so
  // tests must too, or graphql throws "Cannot use GraphQLScalarType from another module or realm".
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
