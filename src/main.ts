import { type Config, ConfigError, loadConfig } from './config.js';
import { type Gateway, startGateway } from './gateway.js';
import { holdLogs } from './held-logs.js';
import { webhookPath, webhookTrustLine } from './http/webhooks.js';
import { describeListenError, type ListenTarget } from './listen-errors.js';
import { createLogger, type Logger } from './logger.js';

/** How long closing may run past the drain (providers, emulator) before the process exits 1 anyway. */
const SHUTDOWN_MARGIN_MS = 10_000;

/** Says how callers are authenticated; an open gateway is one loud line (docs/operations.md, Callers and scopes). */
function logAuth(config: Config, logger: Logger): void {
  const { auth } = config;
  if (auth) {
    const source = auth.jwksUrl ? `the JWKS at ${auth.jwksUrl} (RS256/ES256)` : 'AUTH_JWT_SECRET (HS256)';
    const claims = [auth.issuer ? `iss ${auth.issuer}` : '', auth.audience ? `aud ${auth.audience}` : ''].filter(Boolean).join(', ');
    logger.info(`caller auth on: bearer JWTs verified against ${source}${claims ? `, requiring ${claims}` : ''}`);
  } else if (config.authDisabled) {
    logger.warn('caller auth disabled on purpose (AUTH_DISABLED=true): anyone who reaches this gateway may use all of it');
  } else {
    logger.warn(
      'CALLER AUTH IS OFF: anyone who reaches this gateway can create sessions, mint moderator tokens, record and dial out; set AUTH_JWKS_URL or AUTH_JWT_SECRET (refused in production)',
    );
  }
}

/** The servers `npm start` listens with, so a failed listen names its variable. */
function listenTargets(config: Config): ListenTarget[] {
  return [
    { portVariable: 'PORT', port: config.port, hostVariable: 'HOST', host: config.host, busyHint: 'another gateway?' },
    {
      portVariable: 'EMULATOR_PORT',
      port: config.emulator.port,
      hostVariable: null,
      host: '127.0.0.1',
      busyHint: 'a standalone emulator from `npm run emulator`, or another gateway with its embedded one?',
    },
  ];
}

/**
 * `npm start`: read the configuration, start the gateway, drain on SIGINT/SIGTERM; the exit code
 * says whether the drain was clean (0) or had to cut connections (1).
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, 'gateway', config.logFormat);
  // What the parts log while starting waits until the line saying where to open the gateway.
  const startup = holdLogs(logger);
  let gateway: Gateway;
  try {
    gateway = await startGateway(config, startup.logger);
  } catch (error) {
    startup.discard();
    const line = describeListenError(error, listenTargets(config));
    console.error(`The gateway failed to start: ${line ?? (error instanceof Error ? error.message : String(error))}`);
    process.exit(1);
  }

  const graphiql = config.graphiql ? ' and GraphiQL' : '';
  logger.info(`GraphQL (HTTP, SSE, WebSocket)${graphiql} at ${gateway.url}/graphql`);
  if (gateway.emulator) {
    const lenient = config.emulator.strict ? '' : '; lenient, EMULATOR_STRICT=true for the real rule';
    logger.info(
      { emulator: gateway.emulator.url, apiKey: gateway.emulator.opentok.apiKey, applicationId: gateway.emulator.vonage.applicationId },
      `no provider configured: OPENTOK, VONAGE and OPENVIDU are served by the embedded emulator at ${gateway.emulator.url} (dev OpenTok API key ${gateway.emulator.opentok.apiKey}, dev Vonage application ${gateway.emulator.vonage.applicationId}${lenient})`,
    );
  }
  startup.release();
  if (gateway.emulator && config.env === 'production') {
    logger.warn(
      'EMULATOR_EMBEDDED=true IN PRODUCTION: every session, token and archive is FAKE, served by the in-process emulator, not by a video platform',
    );
  }
  logAuth(config, logger);
  if (config.opentok) {
    logger.info({ apiUrl: config.opentok.apiUrl }, `OPENTOK live: project ${config.opentok.apiKey} at ${config.opentok.apiUrl}`);
  }
  if (config.vonage) {
    logger.info(
      { videoHost: config.vonage.videoHost },
      `VONAGE live: application ${config.vonage.applicationId} at ${config.vonage.videoHost}`,
    );
  }
  if (config.openvidu) {
    logger.info({ url: config.openvidu.url }, `OPENVIDU live: ${config.openvidu.url}`);
  }
  const providers = gateway.app.registry.list().map((p) => p.name);
  logger.info(`providers: ${providers.join(', ')} (default ${gateway.app.registry.defaultProvider.name})`);
  logger.info(webhookTrustLine(config, providers));
  const webhooks = providers.map((name) => `${gateway.url}${webhookPath(name)}`).join(', ');
  logger.info(`webhooks at ${webhooks}; OpenVidu app-server endpoints at ${gateway.url}/api/sessions`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const { delayMs, graceMs } = config.shutdown;
    logger.info({ signal, delayMs, graceMs }, 'shutting down: /readyz answers 503, in-flight requests drain');
    // Past the drain, closing the providers waits at most for their upstream deadline.
    const force = setTimeout(
      () => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      },
      delayMs + graceMs + SHUTDOWN_MARGIN_MS,
    );
    force.unref();
    gateway.close().then(
      ({ cutRequests, cutSockets }) => {
        if (cutRequests + cutSockets === 0) {
          logger.info('drained cleanly');
          process.exit(0);
        }
        logger.warn(
          { cutRequests, cutSockets },
          `the ${graceMs} ms grace ran out: cut ${cutRequests} request(s) and ${cutSockets} WebSocket(s)`,
        );
        process.exit(1);
      },
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: a second signal during the drain is ignored, not the default (kill).
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error) => {
  console.error('The gateway failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
