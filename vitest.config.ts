import { defineConfig } from 'vitest/config';

/** Load tests that measure the gateway under stress: they run alone, after every other file. */
const ALONE = ['test/**/*.property.test.ts'];

export default defineConfig({
  // graphql 16 ships CJS `main` and ESM `module` without `exports`; Pothos loads the CJS build, so
  // tests must too, or graphql throws "Cannot use GraphQLScalarType from another module or realm".
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
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
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: ALONE, sequence: { groupOrder: 0 } } },
      // The hostile-input run throws some 12,000 requests and frames at a gateway process; beside
      // the rest of the suite on a 2-core machine it competes for the cores with every other file,
      // so it runs on its own once they are done.
      { extends: true, test: { name: 'alone', include: ALONE, sequence: { groupOrder: 1 } } },
    ],
  },
});
