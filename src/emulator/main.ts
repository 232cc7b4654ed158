/**
 * `npm run emulator`: the emulator alone, configured from the environment.
 *
 * | variable | meaning |
 * |---|---|
 * | `EMULATOR_PORT` | port (default 4010) |
 * | `EMULATOR_HOST` | interface (default 127.0.0.1; 0.0.0.0 in a container) |
 * | `OPENTOK_API_KEY` + `OPENTOK_API_SECRET` | serve this project (both or neither); else a dev project is generated and printed |
 * | `EMULATOR_CALLBACK_URL` | where OpenTok callbacks are POSTed: archive, broadcast, session monitoring, SIP |
 * | `OPENTOK_WEBHOOK_SECRET` | signs those callbacks |
 * | `EMULATOR_STRICT` | `true` (default) or `false`: whether archives need a connected client |
 * | `EMULATOR_ARCHIVE_READY_MS` | stopped -> available delay (default 2000) |
 * | `VONAGE_APPLICATION_ID` + `VONAGE_PRIVATE_KEY` | serve this Vonage application (both or neither; the key as PEM text or a file path, its public half derived); else a dev application is generated, its id printed and its key written to a private temporary file whose path is printed |
 * | `EMULATOR_VONAGE_CALLBACK_URL` | where Vonage callbacks are POSTed: archive, broadcast, session monitoring, SIP |
 * | `VONAGE_WEBHOOK_SECRET` | signs those callbacks |
 * | `OPENVIDU_SECRET` | serve the OpenVidu face with this secret; else a dev secret is generated and printed |
 * | `EMULATOR_OPENVIDU_WEBHOOK_URL` | where OpenVidu webhooks are POSTed |
 * | `OPENVIDU_WEBHOOK_TOKEN` | those webhooks carry `Authorization: Bearer <token>` |
 * | `LOG_FORMAT` | `json` or `pretty` (default: `json` when `NODE_ENV=production`, else `pretty`) |
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { z } from 'zod';
import { describeListenError } from '../listen-errors.js';
import { logDestination } from '../logger.js';
import { createEmulator, type Emulator } from './index.js';
import { ConfigError, readPrivateKeySetting } from '../config.js';

/** Empty strings count as unset, as shells and .env files produce them. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const envSchema = z
  .object({
    EMULATOR_PORT: optional(z.coerce.number({ error: 'must be a port number' }).int('must be an integer').min(0).max(65_535)),
    EMULATOR_HOST: optional(z.string()),
    OPENTOK_API_KEY: optional(z.string().regex(/^\S+$/, 'must not contain spaces')),
    OPENTOK_API_SECRET: optional(z.string().regex(/^\S+$/, 'must not contain spaces')),
    EMULATOR_CALLBACK_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    OPENTOK_WEBHOOK_SECRET: optional(z.string()),
    EMULATOR_STRICT: optional(z.enum(['true', 'false'], { error: 'must be "true" or "false"' })),
    EMULATOR_ARCHIVE_READY_MS: optional(z.coerce.number({ error: 'must be a number of milliseconds' }).int('must be an integer').min(0)),
    VONAGE_APPLICATION_ID: optional(z.string().regex(/^\S+$/, 'must not contain spaces')),
    VONAGE_PRIVATE_KEY: optional(z.string()),
    EMULATOR_VONAGE_CALLBACK_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    VONAGE_WEBHOOK_SECRET: optional(z.string()),
    OPENVIDU_SECRET: optional(z.string().regex(/^\S+$/, 'must not contain spaces')),
    EMULATOR_OPENVIDU_WEBHOOK_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    OPENVIDU_WEBHOOK_TOKEN: optional(z.string()),
    LOG_FORMAT: optional(z.enum(['json', 'pretty'], { error: 'must be "json" or "pretty"' })),
  })
  .superRefine((env, ctx) => {
    if ((env.OPENTOK_API_KEY === undefined) !== (env.OPENTOK_API_SECRET === undefined)) {
      const missing = env.OPENTOK_API_KEY === undefined ? 'OPENTOK_API_KEY' : 'OPENTOK_API_SECRET';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'must be set together with the other OpenTok credential' });
    }
    if ((env.VONAGE_APPLICATION_ID === undefined) !== (env.VONAGE_PRIVATE_KEY === undefined)) {
      const missing = env.VONAGE_APPLICATION_ID === undefined ? 'VONAGE_APPLICATION_ID' : 'VONAGE_PRIVATE_KEY';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'must be set together with the other Vonage credential' });
    }
  });

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const value = process.env[name];
  // Never echo the secrets back.
  const shown = value === undefined || /SECRET|TOKEN|KEY/.test(name) ? '' : ` (got "${value}")`;
  process.stderr.write(`Invalid ${name}: ${issue?.message ?? 'bad value'}${shown}\n`);
  process.exit(1);
}
const env = parsed.data;

/** The Vonage application's private key (PEM), read like the gateway reads it. */
function vonageKey(value: string): string {
  try {
    return readPrivateKeySetting(value);
  } catch (error) {
    process.stderr.write(`Invalid ${error instanceof ConfigError ? error.message : 'VONAGE_PRIVATE_KEY'}\n`);
    process.exit(1);
  }
}
const vonage =
  env.VONAGE_APPLICATION_ID && env.VONAGE_PRIVATE_KEY
    ? { applicationId: env.VONAGE_APPLICATION_ID, privateKey: vonageKey(env.VONAGE_PRIVATE_KEY) }
    : undefined;

const host = env.EMULATOR_HOST ?? '127.0.0.1';
const port = env.EMULATOR_PORT ?? 4010;
// Not the gateway's redacting logger: the dev credentials below are printed on purpose.
const logger = pino({ name: 'emulator' }, logDestination(env.LOG_FORMAT ?? (process.env.NODE_ENV === 'production' ? 'json' : 'pretty')));
let emulator: Emulator;
try {
  emulator = await createEmulator({
    host,
    port,
    ...(env.OPENTOK_API_KEY && env.OPENTOK_API_SECRET
      ? { opentok: { apiKey: env.OPENTOK_API_KEY, apiSecret: env.OPENTOK_API_SECRET } }
      : {}),
    strict: env.EMULATOR_STRICT !== 'false',
    ...(env.EMULATOR_ARCHIVE_READY_MS !== undefined ? { archiveReadyDelayMs: env.EMULATOR_ARCHIVE_READY_MS } : {}),
    // Session-monitoring and SIP callbacks go where archive callbacks go, as the embedded emulator's do.
    ...(env.EMULATOR_CALLBACK_URL ? { callbackUrl: env.EMULATOR_CALLBACK_URL, monitoringUrl: env.EMULATOR_CALLBACK_URL } : {}),
    ...(env.OPENTOK_WEBHOOK_SECRET ? { callbackSecret: env.OPENTOK_WEBHOOK_SECRET } : {}),
    ...(vonage ? { vonage } : {}),
    ...(env.EMULATOR_VONAGE_CALLBACK_URL
      ? { vonageCallbackUrl: env.EMULATOR_VONAGE_CALLBACK_URL, vonageMonitoringUrl: env.EMULATOR_VONAGE_CALLBACK_URL }
      : {}),
    ...(env.VONAGE_WEBHOOK_SECRET ? { vonageCallbackSecret: env.VONAGE_WEBHOOK_SECRET } : {}),
    ...(env.OPENVIDU_SECRET ? { openvidu: { secret: env.OPENVIDU_SECRET } } : {}),
    ...(env.EMULATOR_OPENVIDU_WEBHOOK_URL ? { openviduWebhookUrl: env.EMULATOR_OPENVIDU_WEBHOOK_URL } : {}),
    ...(env.OPENVIDU_WEBHOOK_TOKEN ? { openviduWebhookToken: env.OPENVIDU_WEBHOOK_TOKEN } : {}),
    logger,
  });
} catch (error) {
  const target = {
    portVariable: 'EMULATOR_PORT',
    port,
    hostVariable: 'EMULATOR_HOST',
    host,
    busyHint: 'a gateway from `npm start` with its embedded emulator, or another emulator?',
  };
  const line = describeListenError(error, [target]);
  process.stderr.write(`The emulator failed to start: ${line ?? (error instanceof Error ? error.message : String(error))}\n`);
  process.exit(1);
}

logger.info(
  {
    url: emulator.url,
    openvidu: `${emulator.url}/openvidu/api`,
    control: `${emulator.url}/emulator/state`,
    callbackUrl: env.EMULATOR_CALLBACK_URL ?? null,
    openviduWebhookUrl: env.EMULATOR_OPENVIDU_WEBHOOK_URL ?? null,
    vonageCallbackUrl: env.EMULATOR_VONAGE_CALLBACK_URL ?? null,
  },
  `emulator: OpenTok REST listening on ${emulator.url} (the Vonage application too), OpenVidu REST on ${emulator.url}/openvidu/api`,
);
if (env.OPENTOK_API_KEY) {
  logger.info({ apiKey: emulator.opentok.apiKey }, 'emulator: serving the project from OPENTOK_API_KEY / OPENTOK_API_SECRET');
} else {
  // A dev project exists only in this process: print its credentials so a person can use them.
  logger.info(
    { apiKey: emulator.opentok.apiKey, apiSecret: emulator.opentok.apiSecret },
    `emulator: generated a dev project; use OPENTOK_API_KEY / OPENTOK_API_SECRET above with OPENTOK_API_URL=${emulator.url}`,
  );
}

if (vonage) {
  logger.info(
    { applicationId: emulator.vonage.applicationId },
    'emulator: serving the application from VONAGE_APPLICATION_ID / VONAGE_PRIVATE_KEY',
  );
} else {
  // The key is long and multi-line: a private file (0600) holds it, and only its path is printed.
  const keyFile = join(mkdtempSync(join(tmpdir(), 'vonage-emulator-')), 'private.key');
  writeFileSync(keyFile, emulator.vonage.privateKey, { mode: 0o600 });
  logger.info(
    { applicationId: emulator.vonage.applicationId, privateKeyFile: keyFile },
    `emulator: generated a dev Vonage application; use VONAGE_APPLICATION_ID above, VONAGE_PRIVATE_KEY=${keyFile} and VONAGE_VIDEO_HOST=${emulator.url}`,
  );
}

if (env.OPENVIDU_SECRET) {
  logger.info('emulator: serving OpenVidu with the secret from OPENVIDU_SECRET');
} else {
  // Like the dev project above: print the generated secret so a person can use it.
  logger.info(
    { openviduSecret: emulator.openvidu.secret },
    `emulator: generated an OpenVidu dev secret; use OPENVIDU_URL=${emulator.url} OPENVIDU_SECRET=<the secret above>`,
  );
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'emulator: shutting down');
    void emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'emulator: error while closing');
        process.exit(1);
      },
    );
  });
}
