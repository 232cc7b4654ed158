import { type Config, ConfigError, loadConfig } from './config.js';
import { startGateway } from './gateway.js';
import { webhookPath } from './http/webhooks.js';
import { createLogger } from './logger.js';

/** `npm start`: read the configuration, start the gateway, stop cleanly on SIGINT/SIGTERM. */
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
  const logger = createLogger(config.logLevel);
  const gateway = await startGateway(config, logger);

  if (gateway.emulator) {
    logger.info(
      { emulator: gateway.emulator.url, apiKey: gateway.emulator.opentok.apiKey },
      `no provider configured: OPENTOK and OPENVIDU are served by the embedded emulator at ${gateway.emulator.url} (dev OpenTok API key ${gateway.emulator.opentok.apiKey})`,
    );
    if (!config.emulator.strict) {
      logger.warn('emulator in lenient mode: OpenTok archives may start with nobody connected (EMULATOR_STRICT=true for the real rule)');
    }
  }
  if (config.opentok) {
    logger.info({ apiUrl: config.opentok.apiUrl }, `OPENTOK live: project ${config.opentok.apiKey} at ${config.opentok.apiUrl}`);
  }
  if (config.openvidu) {
    logger.info({ url: config.openvidu.url }, `OPENVIDU live: ${config.openvidu.url}`);
  }
  const providers = gateway.app.registry.list().map((p) => p.name);
  logger.info(`providers: ${providers.join(', ')} (default ${gateway.app.registry.defaultProvider.name})`);
  const webhooks = providers.map((name) => `${gateway.url}${webhookPath(name)}`).join(', ');
  logger.info(
    `GraphQL (HTTP, SSE, WebSocket) and GraphiQL at ${gateway.url}/graphql; webhooks at ${webhooks}; OpenVidu app-server endpoints at ${gateway.url}/api/sessions`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    gateway.close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error) => {
  console.error('The gateway failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
