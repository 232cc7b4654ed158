import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { printPublicSchema, printSubgraph } from '../src/schema/index.js';

/** What `npm run codegen` runs (`graphql-codegen`). */
const CODEGEN = 'node_modules/@graphql-codegen/cli/cjs/bin.js';

describe('printed artefacts', () => {
  it('should keep schema.graphql identical to the Pothos schema (run `npm run schema`)', async () => {
    await expect(printPublicSchema()).toMatchFileSnapshot('../schema.graphql');
  });

  it('should keep subgraph.graphql identical to the federation subgraph schema (run `npm run schema`)', async () => {
    await expect(printSubgraph()).toMatchFileSnapshot('../subgraph.graphql');
  });

  it('should keep the generated typed documents up to date (run `npm run codegen`)', () => {
    // `--check` exits non-zero and lists stale files when the output would change.
    // The CLI itself, not through npx: npx costs a second node start-up.
    expect(() =>
      execFileSync(process.execPath, [CODEGEN, '--config', 'codegen.ts', '--check'], {
        stdio: 'pipe',
        env: { ...process.env, CI: 'true' },
      }),
    ).not.toThrow();
  }, 60_000);
});
