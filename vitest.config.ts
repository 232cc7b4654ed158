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
    // One worker per core. Measured on 2 cores, the suite is CPU-bound (module loading, and the
    // child processes of tsc, codegen and the start-up tests): more workers than cores load the
    // same modules again and wait for the same cores, for no gain.
    maxWorkers: '100%',
    // Files share their worker's module cache: the gateway's modules load once per worker, not once
    // per file (the biggest cost of the suite). Safe because no module of src keeps mutable state
    // at module level and every file closes what it starts; the setup file below fails a file
    // that leaves fake timers on or changes process.env.
    isolate: false,
    setupFiles: ['test/fixtures/isolation.setup.ts'],
    globalSetup: ['test/fixtures/shared-gateway.setup.ts', 'test/fixtures/compiled.setup.ts'],
  },
});
