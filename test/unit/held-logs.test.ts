import { describe, expect, it } from 'vitest';
import { holdLogs } from '../../src/held-logs.js';
import type { Logger } from '../../src/logger.js';

/** A logger that records each line as `level [bindings] message`. */
function recorder(lines: string[], bindings = ''): Logger {
  const at = (level: string) => (obj: object | string, msg?: string) =>
    lines.push(`${level}${bindings} ${typeof obj === 'string' ? obj : msg}`);
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (b) => recorder(lines, `${bindings} ${JSON.stringify(b)}`),
  };
}

describe('holdLogs', () => {
  it("should keep every line, its children's too, until released, then write them in order and let later lines through", () => {
    const lines: string[] = [];
    const held = holdLogs(recorder(lines));
    const child = held.logger.child({ component: 'emulator' });
    child.warn({ strict: false }, 'lenient');
    held.logger.info('providers');
    expect(lines).toEqual([]);

    lines.push('info the URL line');
    held.release();
    child.error('later');
    expect(lines).toEqual([
      'info the URL line',
      'warn {"component":"emulator"} lenient',
      'info providers',
      'error {"component":"emulator"} later',
    ]);
  });

  it('should forget the kept lines when discarded', () => {
    const lines: string[] = [];
    const held = holdLogs(recorder(lines));
    held.logger.warn('from a start that failed');
    held.discard();
    held.release();
    held.logger.info('after');
    expect(lines).toEqual(['info after']);
  });
});
