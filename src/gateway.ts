import type { Config } from './config.js';
import type { Emulator } from './emulator/index.js';
import { createEventServices } from './events/event-services.js';
import { type App, createApp } from './http/app.js';
import type { DrainReport } from './http/drain.js';
import { webhookPath } from './http/webhooks.js';
import type { Logger } from './logger.js';
import { createObservability } from './observability/index.js';
import { configuredProviders, emulatedProviders } from './providers/catalog.js';
import { createProviderRegistry } from './providers/registry.js';

/** A running gateway, as `npm start` runs it. */
export interface Gateway {
  /** Base URL, e.g. `http://127.0.0.1:4000` (GraphQL at `/graphql`). */
  url: string;
  app: App;
  /** The embedded emulator, when no provider was configured. */
  emulator: Emulator | null;
  /**
   * Drains the server (see {@link App.close}), then closes the event services (the Redis
   * connections), the providers and the emulator; resolves to what the drain had to cut.
   */
  close(graceMs?: number): Promise<DrainReport>;
}

/**
 * Starts the gateway from a configuration: the configured providers, or, when none is configured,
 * the embedded emulator with the OpenTok, Vonage and OpenVidu adapters pointed at it and its callbacks
 * pointed back at this gateway's webhook routes.
 */
export async function startGateway(config: Config, logger: Logger): Promise<Gateway> {
  let emulator: Emulator | null = null;
  const providerLogger = logger.child({ component: 'provider' });
  // Before the providers: it watches their upstream calls.
  const observability = await createObservability(config, logger);
  const providers = configuredProviders(config, providerLogger, observability.upstream);

  if (providers.length === 0) {
    // Loaded only when it serves: a gateway with real providers starts without its code.
    const { createEmulator } = await import('./emulator/index.js');
    emulator = await createEmulator({
      host: '127.0.0.1',
      port: config.emulator.port,
      strict: config.emulator.strict,
      archiveReadyDelayMs: config.emulator.archiveReadyDelayMs,
      callbackSecret: config.opentokWebhookSecret ?? undefined,
      vonageCallbackSecret: config.vonageWebhookSecret ?? undefined,
      openviduWebhookToken: config.openviduWebhookToken ?? undefined,
      logger: logger.child({ component: 'emulator' }),
    });
    providers.push(...emulatedProviders(emulator, config, providerLogger, observability.upstream));
  }

  const registry = createProviderRegistry(providers, config.defaultProvider ?? undefined);
  const events = await createEventServices({ redisUrl: config.redisUrl, logger: logger.child({ component: 'events' }) });
  const app = createApp({ config, registry, logger, observability, events });
  let url: string;
  try {
    url = await app.listen(config.port, config.host);
  } catch (error) {
    await events.close();
    await registry.close();
    await emulator?.close();
    await observability.close();
    throw error;
  }

  if (emulator) {
    const local = new URL(url);
    // Reach our own webhook route over loopback whatever interface we listen on.
    const self = `http://127.0.0.1:${local.port}`;
    emulator.configure({
      callbackUrl: config.emulator.callbackUrl ?? `${self}${webhookPath('OPENTOK')}`,
      vonageCallbackUrl: config.emulator.vonageCallbackUrl ?? `${self}${webhookPath('VONAGE')}`,
      openviduWebhookUrl: config.emulator.openviduWebhookUrl ?? `${self}${webhookPath('OPENVIDU')}`,
      monitoringUrl: config.emulator.callbackUrl ?? `${self}${webhookPath('OPENTOK')}`,
      vonageMonitoringUrl: config.emulator.vonageCallbackUrl ?? `${self}${webhookPath('VONAGE')}`,
    });
  }

  return {
    url,
    app,
    emulator,
    async close(graceMs) {
      const report = await app.close(graceMs);
      await events.close();
      await registry.close();
      await emulator?.close();
      // Last: the spans of everything above are flushed to the collector.
      await observability.close();
      return report;
    },
  };
}
