import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * tsc keeps what it learnt about each file here (incremental mode): a run re-checks only the files
 * that changed and those that depend on them, with the same result as a full check.
 */
const BUILD_INFO = 'node_modules/.cache/typecheck/tsconfig.tsbuildinfo';

describe('types', () => {
  it('should type-check the whole project (tsc --noEmit, strict)', () => {
    let output = '';
    try {
      execFileSync(
        process.execPath,
        ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.', '--incremental', '--tsBuildInfoFile', BUILD_INFO],
        {
          stdio: 'pipe',
        },
      );
    } catch (error) {
      output = String((error as { stdout?: Buffer }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 180_000);
});
