import type { Config, ConfigurableProvider } from '../config.js';
import type { Emulator } from '../emulator/index.js';
import type { Logger } from '../logger.js';
import { createOpenTokProvider } from './opentok/index.js';
import { createOpenViduProvider } from './openvidu/index.js';
import { ArchiveOwners } from './opentok/archive-owners.js';
import type { UpstreamObserver } from './rest/observer.js';
import type { VideoProvider } from './types.js';
import { createVonageProvider } from './vonage/index.js';

/** What the providers built together share. */
interface SharedParts {
  /** Watches their REST calls. */
  observer?: UpstreamObserver | undefined;
  /** Which of the OpenTok-surface providers (OpenTok, Vonage) reported each archive id. */
  archiveOwners: ArchiveOwners;
}

/** How one kind of provider is built. */
interface ProviderKind {
  /** From its configuration; null when it is not configured. */
  fromConfig(config: Config, logger: Logger, shared: SharedParts): VideoProvider | null;
  /** Against the embedded emulator, which serves it when no provider is configured. */
  fromEmulator(emulator: Emulator, config: Config, logger: Logger, shared: SharedParts): VideoProvider;
}

/**
 * Every provider this version can serve, by name, in the order they are listed (the first one
 * configured is the default unless `DEFAULT_PROVIDER` says otherwise). A new provider is its
 * folder, one entry here and its variables in src/config.ts.
 */
const CATALOG: Record<ConfigurableProvider, ProviderKind> = {
  OPENTOK: {
    fromConfig: (config, logger, { observer, archiveOwners }) =>
      config.opentok &&
      createOpenTokProvider({
        ...config.opentok,
        webhookSecret: config.opentokWebhookSecret ?? undefined,
        logger,
        observer,
        archiveOwners,
      }),
    fromEmulator: (emulator, config, logger, { observer, archiveOwners }) =>
      createOpenTokProvider({
        ...emulator.opentok,
        apiUrl: emulator.url,
        webhookSecret: config.opentokWebhookSecret ?? undefined,
        logger,
        observer,
        archiveOwners,
      }),
  },
  VONAGE: {
    fromConfig: (config, logger, { observer, archiveOwners }) =>
      config.vonage &&
      createVonageProvider({ ...config.vonage, webhookSecret: config.vonageWebhookSecret ?? undefined, logger, observer, archiveOwners }),
    fromEmulator: (emulator, config, logger, { observer, archiveOwners }) =>
      createVonageProvider({
        ...emulator.vonage,
        videoHost: emulator.url,
        webhookSecret: config.vonageWebhookSecret ?? undefined,
        logger,
        observer,
        archiveOwners,
      }),
  },
  OPENVIDU: {
    fromConfig: (config, logger, { observer }) =>
      config.openvidu &&
      createOpenViduProvider({ ...config.openvidu, webhookToken: config.openviduWebhookToken ?? undefined, logger, observer }),
    fromEmulator: (emulator, config, logger, { observer }) =>
      createOpenViduProvider({
        url: emulator.url,
        secret: emulator.openvidu.secret,
        webhookToken: config.openviduWebhookToken ?? undefined,
        logger,
        observer,
      }),
  },
};

/** The providers the configuration sets up (none: the caller starts the emulator); `observer` watches their REST calls. */
export function configuredProviders(config: Config, logger: Logger, observer?: UpstreamObserver): VideoProvider[] {
  const shared: SharedParts = { observer, archiveOwners: new ArchiveOwners() };
  return Object.values(CATALOG).flatMap((kind) => kind.fromConfig(config, logger, shared) ?? []);
}

/** Every provider of the catalog, pointed at the embedded emulator; `observer` watches their REST calls. */
export function emulatedProviders(emulator: Emulator, config: Config, logger: Logger, observer?: UpstreamObserver): VideoProvider[] {
  const shared: SharedParts = { observer, archiveOwners: new ArchiveOwners() };
  return Object.values(CATALOG).map((kind) => kind.fromEmulator(emulator, config, logger, shared));
}
