import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Paths never written to a log line: credentials, client tokens, webhook signatures and SIP
 * passwords (hardening.md section 7).
 */
export const REDACT_PATHS = [
  'apiSecret',
  '*.apiSecret',
  'secret',
  '*.secret',
  'token',
  '*.token',
  'password',
  '*.password',
  '*.*.password',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers["x-opentok-auth"]',
  'variables.*.token',
];

/** Creates the process logger (JSON lines on stdout, secrets redacted). */
export function createLogger(level: string = 'info', name = 'gateway'): Logger {
  return pino({ name, level, redact: { paths: REDACT_PATHS, censor: '[Redacted]' } });
}
