import type { Logger } from '../logger.js';
import { createEventBus, type EventBus } from './bus.js';
import { memoryDedupe, type WebhookDedupe } from './dedupe.js';
import { localPollLeases, type PollLeases } from './poll-leases.js';

/**
 * Everything the instances of a gateway must agree on: the event bus, the webhook keys already
 * taken, and who polls which archive. In process by default; through Redis when `REDIS_URL` is
 * set (docs/operations.md#several-instances-with-redis).
 */
export interface EventServices {
  /** Where the state lives: `memory` (this process) or `redis`. */
  readonly kind: 'memory' | 'redis';
  readonly bus: EventBus;
  readonly dedupe: WebhookDedupe;
  readonly leases: PollLeases;
  /** False while the shared store is unreachable (readiness then answers 503); always true in memory. */
  isReachable(): boolean;
  /** Closes the bus and the connections to the store. */
  close(): Promise<void>;
}

/** The in-process {@link EventServices}: one instance, nothing shared. */
export function createMemoryEventServices(): EventServices {
  const bus = createEventBus();
  return {
    kind: 'memory',
    bus,
    dedupe: memoryDedupe(),
    leases: localPollLeases,
    isReachable: () => true,
    close: () => bus.close(),
  };
}

/** What {@link createEventServices} needs. */
export interface EventServicesOptions {
  /** `REDIS_URL`; null: in process. */
  redisUrl: string | null;
  logger: Logger;
}

/**
 * The one place that picks where events and their bookkeeping live. The Redis client is loaded
 * only when `REDIS_URL` asks for it, so a single instance starts without it.
 */
export async function createEventServices(options: EventServicesOptions): Promise<EventServices> {
  if (!options.redisUrl) return createMemoryEventServices();
  const { createRedisEventServices } = await import('./redis-event-services.js');
  return createRedisEventServices({ url: options.redisUrl, logger: options.logger });
}
