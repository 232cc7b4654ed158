import type { Config } from '../config.js';
import type { ArchivePoller } from '../events/archive-poller.js';
import type { EventBus } from '../events/bus.js';
import type { Logger } from '../logger.js';
import type { ProviderRegistry } from '../providers/registry.js';

/**
 * What every resolver gets: long-lived services, shared by all requests of one server. The schema
 * defines what it needs; the HTTP layer (src/http) builds it.
 */
export interface Services {
  config: Config;
  registry: ProviderRegistry;
  bus: EventBus;
  poller: ArchivePoller;
  logger: Logger;
}

/**
 * The GraphQL context: the services, in a fresh object per HTTP request and per WebSocket
 * operation (the dataloader plugin hangs its per-request caches off this object).
 */
export type Context = Services;
