import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadTrustedDocuments, type TrustedDocuments } from './http/trusted-documents.js';

/**
 * The gateway's configuration, read once from the environment and validated. A bad value stops
 * the process with one line naming the variable (see {@link ConfigError}).
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `LOG_FORMAT`: JSON lines (default in production) or one readable line per event (default elsewhere). */
  logFormat: 'json' | 'pretty';
  /** The OpenTok project, when one is configured (null: none; the embedded emulator may supply one). */
  opentok: { apiKey: string; apiSecret: string; apiUrl: string } | null;
  /** Verifies signed OpenTok callbacks when set. */
  opentokWebhookSecret: string | null;
  /** The Vonage Video application, when one is configured; `privateKey` is PEM text (read from a file when the variable names one). */
  vonage: { applicationId: string; privateKey: string; videoHost: string } | null;
  /** Verifies signed Vonage callbacks when set. */
  vonageWebhookSecret: string | null;
  /** An OpenVidu 2 deployment, when one is configured. */
  openvidu: { url: string; secret: string } | null;
  /** The value OpenVidu webhooks must carry as `Authorization: Bearer <token>`, when set. */
  openviduWebhookToken: string | null;
  /** The provider `createSession` uses when none is named (null: the first configured). */
  defaultProvider: ConfigurableProvider | null;
  /** How often an archive with subscribers is polled until final; 0 turns polling off. */
  archivePollIntervalMs: number;
  emulator: {
    port: number;
    /** Where the emulator posts OpenTok callbacks; defaults to this gateway's own webhook route. */
    callbackUrl: string | null;
    /** Where the emulator posts OpenVidu webhooks; defaults to this gateway's own webhook route. */
    openviduWebhookUrl: string | null;
    /** Where the emulator posts Vonage callbacks; defaults to this gateway's own webhook route. */
    vonageCallbackUrl: string | null;
    /** True: the real rule (archive needs a connected client). Embedded default: false. */
    strict: boolean;
    archiveReadyDelayMs: number;
  };
  /** Origins allowed by CORS; `*` is accepted only outside production. */
  corsOrigins: string[];
  /** How callers are authenticated; null: the gateway is open (no caller auth). */
  auth: AuthConfig | null;
  /** True: the gateway runs open on purpose (`AUTH_DISABLED=true`), not by omission. */
  authDisabled: boolean;
  /** True in production only with `EMULATOR_EMBEDDED=true`: serve the embedded emulator when no provider is configured. */
  emulatorEmbedded: boolean;
  /** GraphiQL at `/graphql` (`GRAPHIQL`; default: on outside production). */
  graphiql: boolean;
  /** Introspection and field suggestions (`INTROSPECTION`; default: on outside production). */
  introspection: boolean;
  /** The graceful drain on SIGTERM/SIGINT (docs/operations.md, Shutdown). */
  shutdown: ShutdownConfig;
  /** Redis shared by several instances (docs/operations.md#several-instances-with-redis); null: in process. */
  redisUrl: string | null;
  /** `METRICS_TOKEN`: when set, `GET /metrics` wants `Authorization: Bearer <it>` (docs/operations.md#metrics). */
  metricsToken: string | null;
  /** OpenTelemetry tracing, when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (docs/operations.md#tracing). */
  tracing: TracingConfig | null;
  /** The trusted documents manifest, when only its operations may run (`TRUSTED_DOCUMENTS`; null: any operation). */
  trustedDocuments: TrustedDocuments | null;
}

/** Where spans are exported (OTLP over HTTP) and under which service name. */
export interface TracingConfig {
  /** The OTLP/HTTP base URL; spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  /** `OTEL_SERVICE_NAME`. @default 'video-graphql-gateway' */
  serviceName: string;
}

/** How the gateway drains on SIGTERM/SIGINT (docs/operations.md, Shutdown). */
export interface ShutdownConfig {
  /** `/readyz` answers 503 this long, the listener still accepting, before the drain begins. */
  delayMs: number;
  /** How long in-flight requests may run on once the drain has begun; then they are cut. */
  graceMs: number;
}

/** Caller authentication: bearer JWTs checked against a JWKS or a shared secret. */
export interface AuthConfig {
  /** RS256/ES256 keys are fetched from here (cached, refetched for an unknown `kid`). */
  jwksUrl: string | null;
  /** Or HS256 with this shared secret. */
  jwtSecret: string | null;
  /** Required `iss`, when set. */
  issuer: string | null;
  /** Required `aud`, when set. */
  audience: string | null;
}

/** A configuration problem; its message is the one line printed before the process exits. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/**
 * The variables that configure each provider this version can serve: all set or none (the
 * presence check); a provider counts as configured when they are. How a configured provider is
 * built is in src/providers/catalog.ts.
 */
const PROVIDER_VARIABLES = {
  OPENTOK: { variables: ['OPENTOK_API_KEY', 'OPENTOK_API_SECRET'], what: 'OpenTok credential' },
  VONAGE: { variables: ['VONAGE_APPLICATION_ID', 'VONAGE_PRIVATE_KEY'], what: 'Vonage credential' },
  OPENVIDU: { variables: ['OPENVIDU_URL', 'OPENVIDU_SECRET'], what: 'OpenVidu setting' },
} as const satisfies Record<string, { variables: readonly string[]; what: string }>;

/** A provider this version can be configured with. */
export type ConfigurableProvider = keyof typeof PROVIDER_VARIABLES;
const CONFIGURABLE = Object.keys(PROVIDER_VARIABLES) as [ConfigurableProvider, ...ConfigurableProvider[]];

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const port = z.coerce.number().int().min(0).max(65535);
const httpUrl = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ''));

/** One zod schema per variable, so an error names exactly one variable. */
const variables = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  OPENTOK_API_KEY: z.string().regex(/^\d+$/, 'must be the numeric API key of an OpenTok project').optional(),
  OPENTOK_API_SECRET: z.string().min(16, 'must be the API secret of the project (at least 16 characters)').optional(),
  OPENTOK_API_URL: httpUrl.default('https://api.opentok.com'),
  OPENTOK_WEBHOOK_SECRET: z.string().min(8, 'must be at least 8 characters').optional(),
  VONAGE_APPLICATION_ID: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be the id of a Vonage application (a UUID)')
    .optional(),
  VONAGE_PRIVATE_KEY: z.string().min(1).optional(),
  VONAGE_VIDEO_HOST: httpUrl.default('https://video.api.vonage.com'),
  VONAGE_WEBHOOK_SECRET: z.string().min(8, 'must be at least 8 characters').optional(),
  OPENVIDU_URL: httpUrl.optional(),
  OPENVIDU_SECRET: z.string().min(1, 'must not be empty').optional(),
  OPENVIDU_WEBHOOK_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  DEFAULT_PROVIDER: z.enum(CONFIGURABLE).optional(),
  ARCHIVE_POLL_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  EMULATOR_PORT: port.default(4010),
  EMULATOR_CALLBACK_URL: httpUrl.optional(),
  EMULATOR_OPENVIDU_WEBHOOK_URL: httpUrl.optional(),
  EMULATOR_VONAGE_CALLBACK_URL: httpUrl.optional(),
  EMULATOR_STRICT: booleanString.default(false),
  EMULATOR_ARCHIVE_READY_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
  CORS_ORIGINS: z.string().optional(),
  AUTH_JWKS_URL: httpUrl.optional(),
  // HS256 wants a key at least as long as the hash (RFC 7518, section 3.2).
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_DISABLED: booleanString.default(false),
  EMULATOR_EMBEDDED: booleanString.default(false),
  GRAPHIQL: booleanString.optional(),
  INTROSPECTION: booleanString.optional(),
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  // Longer than the upstream deadline (8 s, docs/operations.md, Upstream timeouts and retries), so a
  // request waiting on its provider can finish.
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_SERVICE_NAME: z.string().min(1).max(128).default('video-graphql-gateway'),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  TRUSTED_DOCUMENTS: z.string().min(1).optional(),
} as const;

/** Production default of `SHUTDOWN_DELAY_MS`: time for a load balancer to see the 503 and stop routing here. */
const PRODUCTION_SHUTDOWN_DELAY_MS = 5000;

type Variables = { [K in keyof typeof variables]: z.output<(typeof variables)[K]> };

/**
 * The PEM text of `VONAGE_PRIVATE_KEY`: the variable holds the PEM itself (newlines may be written
 * `\n`, as one-line .env files do) or the path of a file holding it. It must be an RSA private key.
 * @throws ConfigError naming the variable, never its value
 */
export function readPrivateKeySetting(value: string, variable = 'VONAGE_PRIVATE_KEY'): string {
  let pem: string;
  if (value.includes('-----BEGIN')) {
    pem = value.replace(/\\n/g, '\n');
  } else {
    try {
      pem = readFileSync(value, 'utf8');
    } catch {
      throw new ConfigError(variable, 'is neither PEM text nor the path of a readable file');
    }
  }
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'rsa') throw new Error('not RSA');
  } catch {
    throw new ConfigError(variable, 'must be an RSA private key in PEM (the text, or the path of a file holding it)');
  }
  return pem;
}

/** Reads the manifest of `TRUSTED_DOCUMENTS` at start, so a bad one stops the process like any bad variable. */
function trustedDocumentsAt(path: string): TrustedDocuments {
  try {
    return loadTrustedDocuments(path);
  } catch (error) {
    throw new ConfigError('TRUSTED_DOCUMENTS', error instanceof Error ? error.message : 'cannot be read');
  }
}

/**
 * Reads and validates the configuration.
 * @throws ConfigError naming the first bad variable
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const v = {} as Record<string, unknown>;
  for (const [name, schema] of Object.entries(variables)) {
    const raw = env[name];
    const result = schema.safeParse(raw === '' ? undefined : raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      // Never echo the value: it may be a secret.
      throw new ConfigError(name, issue?.message ?? 'invalid value');
    }
    v[name] = result.data;
  }
  const vars = v as Variables;

  const configured = new Set<ConfigurableProvider>();
  for (const name of CONFIGURABLE) {
    const { variables: names, what } = PROVIDER_VARIABLES[name];
    const missing = names.filter((n) => !vars[n as keyof Variables]);
    if (missing.length === 0) configured.add(name);
    else if (missing.length < names.length) throw new ConfigError(missing[0]!, `required when the other ${what} is set`);
  }
  // With nothing configured the embedded emulator serves every provider, the default included.
  if (vars.DEFAULT_PROVIDER && configured.size > 0 && !configured.has(vars.DEFAULT_PROVIDER)) {
    throw new ConfigError('DEFAULT_PROVIDER', `${vars.DEFAULT_PROVIDER} is not configured`);
  }

  const corsOrigins = (vars.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (corsOrigins.includes('*') && vars.NODE_ENV === 'production') {
    throw new ConfigError('CORS_ORIGINS', '"*" is not allowed in production; list the allowed origins');
  }
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin like https://app.example.com`);
    }
  }

  const production = vars.NODE_ENV === 'production';
  if (vars.AUTH_JWKS_URL && vars.AUTH_JWT_SECRET) {
    throw new ConfigError('AUTH_JWT_SECRET', 'set AUTH_JWKS_URL or AUTH_JWT_SECRET, not both');
  }
  const authConfigured = Boolean(vars.AUTH_JWKS_URL || vars.AUTH_JWT_SECRET);
  if (vars.AUTH_DISABLED && authConfigured) {
    throw new ConfigError('AUTH_DISABLED', 'is true while AUTH_JWKS_URL or AUTH_JWT_SECRET is set; choose one');
  }
  for (const name of ['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) {
    if (vars[name] && !authConfigured) throw new ConfigError(name, 'needs AUTH_JWKS_URL or AUTH_JWT_SECRET');
  }
  // Keys fetched over plain HTTP could be swapped on the way: production fetches them over TLS.
  if (production && vars.AUTH_JWKS_URL?.startsWith('http:')) {
    throw new ConfigError('AUTH_JWKS_URL', 'must be an https URL in production');
  }
  if (production && !authConfigured && !vars.AUTH_DISABLED) {
    throw new ConfigError(
      'AUTH_JWKS_URL',
      'caller authentication is required in production: set AUTH_JWKS_URL or AUTH_JWT_SECRET (or AUTH_DISABLED=true to run open on purpose)',
    );
  }
  if (production && configured.size === 0 && !vars.EMULATOR_EMBEDDED) {
    throw new ConfigError(
      'EMULATOR_EMBEDDED',
      'no provider is configured in production: set OPENTOK_API_KEY/OPENTOK_API_SECRET, VONAGE_APPLICATION_ID/VONAGE_PRIVATE_KEY or OPENVIDU_URL/OPENVIDU_SECRET (or EMULATOR_EMBEDDED=true to serve the emulator on purpose)',
    );
  }

  // The embedded emulator takes its port first: the same port would be reported as PORT in use.
  if (configured.size === 0 && vars.EMULATOR_PORT !== 0 && vars.EMULATOR_PORT === vars.PORT) {
    throw new ConfigError('EMULATOR_PORT', `must differ from PORT (both are ${vars.PORT}): the embedded emulator listens on its own port`);
  }

  return {
    env: vars.NODE_ENV,
    host: vars.HOST,
    port: vars.PORT,
    logLevel: vars.LOG_LEVEL,
    logFormat: vars.LOG_FORMAT ?? (production ? 'json' : 'pretty'),
    opentok:
      vars.OPENTOK_API_KEY && vars.OPENTOK_API_SECRET
        ? { apiKey: vars.OPENTOK_API_KEY, apiSecret: vars.OPENTOK_API_SECRET, apiUrl: vars.OPENTOK_API_URL }
        : null,
    opentokWebhookSecret: vars.OPENTOK_WEBHOOK_SECRET ?? null,
    vonage:
      vars.VONAGE_APPLICATION_ID && vars.VONAGE_PRIVATE_KEY
        ? {
            applicationId: vars.VONAGE_APPLICATION_ID,
            privateKey: readPrivateKeySetting(vars.VONAGE_PRIVATE_KEY),
            videoHost: vars.VONAGE_VIDEO_HOST,
          }
        : null,
    vonageWebhookSecret: vars.VONAGE_WEBHOOK_SECRET ?? null,
    openvidu: vars.OPENVIDU_URL && vars.OPENVIDU_SECRET ? { url: vars.OPENVIDU_URL, secret: vars.OPENVIDU_SECRET } : null,
    openviduWebhookToken: vars.OPENVIDU_WEBHOOK_TOKEN ?? null,
    defaultProvider: vars.DEFAULT_PROVIDER ?? null,
    archivePollIntervalMs: vars.ARCHIVE_POLL_INTERVAL_MS,
    emulator: {
      port: vars.EMULATOR_PORT,
      callbackUrl: vars.EMULATOR_CALLBACK_URL ?? null,
      openviduWebhookUrl: vars.EMULATOR_OPENVIDU_WEBHOOK_URL ?? null,
      vonageCallbackUrl: vars.EMULATOR_VONAGE_CALLBACK_URL ?? null,
      strict: vars.EMULATOR_STRICT,
      archiveReadyDelayMs: vars.EMULATOR_ARCHIVE_READY_MS,
    },
    corsOrigins,
    auth: authConfigured
      ? {
          jwksUrl: vars.AUTH_JWKS_URL ?? null,
          jwtSecret: vars.AUTH_JWT_SECRET ?? null,
          issuer: vars.AUTH_ISSUER ?? null,
          audience: vars.AUTH_AUDIENCE ?? null,
        }
      : null,
    authDisabled: vars.AUTH_DISABLED,
    emulatorEmbedded: vars.EMULATOR_EMBEDDED,
    graphiql: vars.GRAPHIQL ?? !production,
    introspection: vars.INTROSPECTION ?? !production,
    shutdown: { delayMs: vars.SHUTDOWN_DELAY_MS ?? (production ? PRODUCTION_SHUTDOWN_DELAY_MS : 0), graceMs: vars.SHUTDOWN_GRACE_MS },
    metricsToken: vars.METRICS_TOKEN ?? null,
    tracing: vars.OTEL_EXPORTER_OTLP_ENDPOINT ? { endpoint: vars.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: vars.OTEL_SERVICE_NAME } : null,
    redisUrl: vars.REDIS_URL ?? null,
    trustedDocuments: vars.TRUSTED_DOCUMENTS ? trustedDocumentsAt(vars.TRUSTED_DOCUMENTS) : null,
  };
}
