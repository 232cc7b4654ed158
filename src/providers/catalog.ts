import type { Config, ConfigurableProvider } from '../config.js';
import type { Emulator } from '../emulator/index.js';
import type { Logger } from '../logger.js';
import { createOpenTokProvider } from './opentok/index.js';
import { createOpenViduProvider } from './openvidu/index.js';
import type { VideoProvider } from './types.js';
import { createVonageProvider } from './vonage/index.js';

/** How one kind of provider is built. */
interface ProviderKind {
  /** From its configuration; null when it is not configured. */
  fromConfig(config: Config, logger: Logger): VideoProvider | null;
  /** Against the embedded emulator, which serves it when no provider is configured. */
  fromEmulator(emulator: Emulator, config: Config, logger: Logger): VideoProvider;
}

/**
 * Every provider this version can serve, by name, in the order they are listed (the first one
 * configured is the default unless `DEFAULT_PROVIDER` says otherwise). A new provider is its
 * folder, one entry here and its variables in src/config.ts.
 */
const CATALOG: Record<ConfigurableProvider, ProviderKind> = {
  OPENTOK: {
    fromConfig: (config, logger) =>
      config.opentok && createOpenTokProvider({ ...config.opentok, webhookSecret: config.opentokWebhookSecret ?? undefined, logger }),
    fromEmulator: (emulator, config, logger) =>
      createOpenTokProvider({
        ...emulator.opentok,
        apiUrl: emulator.url,
        webhookSecret: config.opentokWebhookSecret ?? undefined,
        logger,
      }),
  },
  VONAGE: {
    fromConfig: (config, logger) =>
      config.vonage && createVonageProvider({ ...config.vonage, webhookSecret: config.vonageWebhookSecret ?? undefined, logger }),
    fromEmulator: (emulator, config, logger) =>
      createVonageProvider({
        ...emulator.vonage,
        videoHost: emulator.url,
        webhookSecret: config.vonageWebhookSecret ?? undefined,
        logger,
      }),
  },
  OPENVIDU: {
    fromConfig: (config, logger) =>
      config.openvidu && createOpenViduProvider({ ...config.openvidu, webhookToken: config.openviduWebhookToken ?? undefined, logger }),
    fromEmulator: (emulator, config, logger) =>
      createOpenViduProvider({
        url: emulator.url,
        secret: emulator.openvidu.secret,
        webhookToken: config.openviduWebhookToken ?? undefined,
        logger,
      }),
  },
};

/** The providers the configuration sets up (none: the caller starts the emulator). */
export function configuredProviders(config: Config, logger: Logger): VideoProvider[] {
  return Object.values(CATALOG).flatMap((kind) => kind.fromConfig(config, logger) ?? []);
}

/** Every provider of the catalog, pointed at the embedded emulator. */
export function emulatedProviders(emulator: Emulator, config: Config, logger: Logger): VideoProvider[] {
  return Object.values(CATALOG).map((kind) => kind.fromEmulator(emulator, config, logger));
}
