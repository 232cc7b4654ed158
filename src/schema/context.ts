import type { Config } from '../config.js';
import type { ArchivePoller } from '../events/archive-poller.js';
import type { ArchiveReads } from '../events/archive-reads.js';
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
  /** Archive reads shared across subscriptions and the poller (never for queries: they have loaders). */
  archiveReads: ArchiveReads;
  logger: Logger;
}

/** A caller whose bearer token was verified (src/http/auth.ts). */
export interface Caller {
  /** The token's `sub`, when it has one (for logs; never a secret). */
  subject: string | null;
  /** The scopes the token grants (`scope` or `scp` claim). */
  scopes: ReadonlySet<string>;
  /** The `video_sessions` claim: the only sessions (native or global ids) it may act on; null: any. */
  sessions: ReadonlySet<string> | null;
}

/**
 * The GraphQL context: the services and the caller, in a fresh object per HTTP request and per
 * WebSocket operation (the dataloader plugin hangs its per-request caches off this object).
 * `caller` is null when no token came, or when caller auth is off (`config.auth` null).
 */
export type Context = Services & { caller: Caller | null };
