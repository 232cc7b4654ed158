import type { Logger } from './logger.js';

/** A logger whose lines wait, and what ends the wait. */
export interface HeldLogs {
  /** Keeps every line (its children's too) in order until released or discarded; then writes through. */
  logger: Logger;
  /** Writes the kept lines, in their order; later lines go straight through. */
  release(): void;
  /** Forgets the kept lines; later lines go straight through. */
  discard(): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/**
 * Holds what is logged while the gateway starts, so that the line a person needs first (where to
 * open it) comes before the lines its parts wrote on the way (docs/operations.md#logs).
 */
export function holdLogs(target: Logger): HeldLogs {
  let held: Array<() => void> | null = [];
  const wrap = (logger: Logger): Logger => {
    const wrapped = { child: (bindings: Record<string, unknown>) => wrap(logger.child(bindings)) } as Logger;
    for (const level of LEVELS) {
      wrapped[level] = (...args) => {
        if (held) held.push(() => logger[level](...args));
        else logger[level](...args);
      };
    }
    return wrapped;
  };
  const end = (write: boolean) => {
    const lines = held ?? [];
    held = null;
    if (write) for (const line of lines) line();
  };
  return { logger: wrap(target), release: () => end(true), discard: () => end(false) };
}
