import { createRequire } from 'node:module';
import { type DestinationStream, pino } from 'pino';

/**
 * The one logging surface of the gateway, its adapters and the emulator. pino loggers fit it; so
 * does {@link silentLogger}.
 */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  /** A logger that adds `bindings` to every line. */
  child(bindings: Record<string, unknown>): Logger;
}

/** A logger that says nothing (the default where a caller passes none). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};

/**
 * Paths never written to a log line: credentials, client tokens, webhook signatures and SIP
 * passwords (docs/operations.md#secrets-in-logs).
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

/** How log lines look: JSON for log collectors, or one readable line per event for a person (docs/operations.md#logs). */
export type LogFormat = 'json' | 'pretty';

/**
 * Where a pino logger of `format` writes: stdout as is for JSON; for pretty, a stream that turns
 * each line into the time, the level and the message, then the event's fields as JSON on the
 * same line (an error's stack follows on its own lines).
 */
export function logDestination(format: LogFormat): DestinationStream | undefined {
  if (format === 'json') return undefined;
  // Loaded only when asked for, so a production process never loads it. A synchronous stream in
  // this thread, not a transport: no worker thread to start, and no line lost on process.exit.
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty');
  return pretty({ sync: true, singleLine: true, ignore: 'pid,hostname,name', translateTime: 'SYS:HH:MM:ss.l' });
}

/** Creates the process logger: lines on stdout in `format`, secrets redacted. */
export function createLogger(level: string = 'info', name = 'gateway', format: LogFormat = 'json'): Logger {
  return pino({ name, level, redact: { paths: REDACT_PATHS, censor: '[Redacted]' } }, logDestination(format));
}

/** What yoga's logger interface needs. */
export interface YogaLogger {
  debug: (...args: unknown[]) => void;
  info: (...args: unknown[]) => void;
  warn: (...args: unknown[]) => void;
  error: (...args: unknown[]) => void;
}

/**
 * Describes what yoga hands its logger without ever printing the GraphQL document: `String()` of a
 * GraphQLError quotes the source around the error, and inline arguments may hold passwords or
 * tokens. Expected errors (those carrying one of our codes, and the caller's own mistakes that
 * graphql-js or the armor limits report) are not failures of the gateway: they go to debug.
 */
function describe(arg: unknown): { expected: boolean; fields: Record<string, unknown> | string } {
  if (!(arg instanceof Error)) return { expected: false, fields: typeof arg === 'string' ? arg : String(arg) };
  const original = (arg as Error & { originalError?: unknown }).originalError;
  const cause = original instanceof Error ? original : arg;
  const code = (cause as { code?: unknown }).code;
  // A GraphQL error of graphql-js's own (syntax, validation, a variable) or an armor limit is the
  // caller's mistake, not the gateway's: no stack, below error level.
  const clientError = arg.name === 'GraphQLError' && (original === undefined || original === null || /^Variable "\$/.test(arg.message));
  const expected = cause.name === 'GatewayError' || clientError;
  const path = (arg as { path?: unknown }).path;
  return {
    expected,
    fields: {
      err: { type: cause.name, message: cause.message, ...(expected ? { code } : { stack: cause.stack }) },
      ...(Array.isArray(path) ? { path: path.join('.') } : {}),
    },
  };
}

/** Adapts pino to yoga's logger, keeping GraphQL documents and variables out of the log. */
export function createYogaLogger(logger: Logger): YogaLogger {
  const log = (level: 'debug' | 'info' | 'warn' | 'error', args: unknown[]) => {
    for (const arg of args) {
      const { expected, fields } = describe(arg);
      const at = expected ? 'debug' : level;
      if (typeof fields === 'string') logger[at](fields);
      else logger[at](fields, expected ? 'request failed with an expected error' : 'GraphQL error');
    }
  };
  return {
    debug: (...args) => log('debug', args),
    info: (...args) => log('info', args),
    warn: (...args) => log('warn', args),
    error: (...args) => log('error', args),
  };
}
