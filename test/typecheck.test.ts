import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('types', () => {
  it('should type-check the whole project (tsc --noEmit, strict)', () => {
    let output = '';
    try {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: Buffer }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 180_000);
});
