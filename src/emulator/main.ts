/**
 * `npm run emulator`: the emulator alone, configured from the environment.
 *
 * | variable | meaning |
 * |---|---|
 * | `EMULATOR_PORT` | port (default 4010) |
 * | `EMULATOR_HOST` | interface (default 127.0.0.1; 0.0.0.0 in a container) |
 * | `OPENTOK_API_KEY` + `OPENTOK_API_SECRET` | serve this project (both or neither); else a dev project is generated and printed |
 * | `EMULATOR_CALLBACK_URL` | where archive callbacks are POSTed |
 * | `OPENTOK_WEBHOOK_SECRET` | signs those callbacks |
 * | `EMULATOR_STRICT` | `true` (default) or `false`: whether archives need a connected client |
 * | `EMULATOR_ARCHIVE_READY_MS` | stopped -> available delay (default 2000) |
 * | `OPENVIDU_SECRET` | serve the OpenVidu face with this secret; else a dev secret is generated and printed |
 * | `EMULATOR_OPENVIDU_WEBHOOK_URL` | where OpenVidu webhooks are POSTed |
 * | `OPENVIDU_WEBHOOK_TOKEN` | those webhooks carry `Authorization: Bearer <token>` |
 * | `LOG_FORMAT` | `json` or `pretty` (default: `json` when `NODE_ENV=production`, else `pretty`) |
 */
import { pino } from 'pino';
import { z } from 'zod';
import { describeListenError } from '../listen-errors.js';
import { logDestination } from '../logger.js';
import { createEmulator, type Emulator } from './index.js';

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
  });

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const value = process.env[name];
  // Never echo the secrets back.
  const shown = value === undefined || /SECRET|TOKEN/.test(name) ? '' : ` (got "${value}")`;
  process.stderr.write(`Invalid ${name}: ${issue?.message ?? 'bad value'}${shown}\n`);
  process.exit(1);
}
const env = parsed.data;

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
    ...(env.EMULATOR_CALLBACK_URL ? { callbackUrl: env.EMULATOR_CALLBACK_URL } : {}),
    ...(env.OPENTOK_WEBHOOK_SECRET ? { callbackSecret: env.OPENTOK_WEBHOOK_SECRET } : {}),
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
  },
  `emulator: OpenTok REST listening on ${emulator.url}, OpenVidu REST on ${emulator.url}/openvidu/api`,
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
