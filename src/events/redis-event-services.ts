import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';
import { ARCHIVE_TOPIC, type BusEventTarget, createEventBus } from './bus.js';
import { WEBHOOK_DEDUPE_TTL_MS, type WebhookDedupe } from './dedupe.js';
import type { EventServices } from './event-services.js';
import type { PollLeases } from './poll-leases.js';
import { maskRedisUrl, redactRedisPassword } from './redis-url.js';

/** Every key and channel of the gateway in Redis starts with this, so it can share a Redis. */
export const REDIS_KEY_PREFIX = 'video-gateway:';

/** The Redis key of a webhook already taken (`key` as the webhook route builds it). */
export function redisDedupeKey(key: string): string {
  return `${REDIS_KEY_PREFIX}webhook:${key}`;
}

/** The Redis key of a poll lease (`key` from `pollLeaseKey`). */
export function redisPollLeaseKey(key: string): string {
  return `${REDIS_KEY_PREFIX}poll:${key}`;
}

/** Takes the lease when free (SET NX PX), or renews it when this instance holds it. */
const CLAIM_LEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`;

/** Deletes the lease only when this instance still holds it. */
const RELEASE_LEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Reconnects quickly and keeps trying: readiness says 503 meanwhile. */
const COMMON_OPTIONS: RedisOptions = { retryStrategy: (times) => Math.min(times * 100, 1000) };

/** The Redis commands `@graphql-yoga/redis-event-target` calls without looking at their promise. */
const TARGET_COMMANDS = new Set<PropertyKey>(['publish', 'subscribe', 'unsubscribe']);

/**
 * The client as the event target sees it, with the promises of the commands it fires and forgets
 * caught: a rejection nobody handles (Redis down) would stop the process.
 */
function catchingTargetCommands(client: Redis, onError: (error: unknown) => void): Redis {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (!TARGET_COMMANDS.has(property)) return value.bind(target);
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        if (result instanceof Promise) result.catch(onError);
        return result;
      };
    },
  });
}

/** Parses a message of the channel; what is not JSON is dropped (the bus ignores a null detail). */
function parseMessage(message: string): unknown {
  try {
    return JSON.parse(message);
  } catch {
    return null;
  }
}

/** What {@link createRedisEventServices} needs. */
export interface RedisEventServicesOptions {
  /** `REDIS_URL` (`redis://` or `rediss://`); its password never reaches a log. */
  url: string;
  logger: Logger;
}

/**
 * {@link EventServices} shared through Redis (docs/operations.md#several-instances-with-redis):
 * events over pub/sub with `@graphql-yoga/redis-event-target` (one client publishes and runs the
 * commands, one subscribes), webhook keys as `SET NX EX`, poll leases as `SET NX PX` renewed by
 * their holder. Publishing is at most once: while Redis is down nothing is queued, readiness
 * answers 503, and once the subscriber is back every stream is told to resync.
 */
export function createRedisEventServices(options: RedisEventServicesOptions): EventServices {
  const { url } = options;
  const logger = options.logger.child({ redis: maskRedisUrl(url) });
  const redact = redactRedisPassword(url);
  const instance = randomUUID();
  // Fail fast while disconnected: a late publish or a late dedupe answer helps nobody.
  const publisher = new Redis(url, { ...COMMON_OPTIONS, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // Subscriptions wait for the connection however long it takes, and are renewed on reconnect.
  const subscriber = new Redis(url, { ...COMMON_OPTIONS, maxRetriesPerRequest: null });

  const resyncHandlers = new Set<() => void>();
  let subscribed = false;
  let reachable = false;
  let everReachable = false;
  let closing = false;

  const isReachable = () => publisher.status === 'ready' && subscribed;
  const report = () => {
    if (closing || isReachable() === reachable) return;
    reachable = !reachable;
    if (reachable) logger.info(everReachable ? 'Redis reachable again: subscribers resync' : 'events shared through Redis');
    else logger.warn('Redis unreachable: /readyz answers 503, events published meanwhile reach other instances only by resync');
    everReachable ||= reachable;
  };
  const onError = (error: unknown) => {
    if (!closing) logger.debug({ error: redact(error instanceof Error ? error.message : String(error)) }, 'Redis command failed');
  };
  for (const client of [publisher, subscriber]) {
    // Without a listener the client prints every connection error; the transitions are logged above.
    client.on('error', onError);
    client.on('close', () => {
      if (client === subscriber) subscribed = false;
      report();
    });
  }
  publisher.on('ready', report);
  subscriber.on('ready', () => {
    // ioredis subscribes to the channels again before 'ready'; the PING answer comes after theirs,
    // so once it is back nothing published from now on is missed, and a re-read is complete.
    subscriber.ping().then(() => {
      subscribed = true;
      report();
      for (const handler of [...resyncHandlers]) handler();
    }, onError);
  });

  const target = createRedisEventTarget({
    publishClient: catchingTargetCommands(publisher, onError),
    subscribeClient: catchingTargetCommands(subscriber, onError),
    // The bus already puts dates on the wire as ISO strings and revives them; a foreign message
    // that is not JSON must not throw inside the client.
    serializer: { stringify: JSON.stringify, parse: parseMessage },
  }) as BusEventTarget;
  const bus = createEventBus(target, {
    topic: `${REDIS_KEY_PREFIX}${ARCHIVE_TOPIC}`,
    resyncs: (handler) => {
      resyncHandlers.add(handler);
      return () => resyncHandlers.delete(handler);
    },
  });

  const dedupe: WebhookDedupe = {
    async add(key) {
      return (await publisher.set(redisDedupeKey(key), '1', 'EX', Math.round(WEBHOOK_DEDUPE_TTL_MS / 1000), 'NX')) === 'OK';
    },
    async delete(key) {
      await publisher.del(redisDedupeKey(key));
    },
  };

  const leases: PollLeases = {
    async claim(key, ttlMs) {
      return Number(await publisher.eval(CLAIM_LEASE, 1, redisPollLeaseKey(key), instance, Math.round(ttlMs))) === 1;
    },
    async release(key) {
      await publisher.eval(RELEASE_LEASE, 1, redisPollLeaseKey(key), instance);
    },
  };

  const quit = async (client: Redis) => {
    if (client.status === 'ready') {
      // QUIT goes after the commands already sent (a lease release), then the server closes.
      const quitted = await client.quit().then(
        () => true,
        () => false,
      );
      if (quitted) return;
    }
    client.disconnect();
  };

  return {
    kind: 'redis',
    bus,
    dedupe,
    leases,
    isReachable,
    async close() {
      if (closing) return;
      closing = true;
      resyncHandlers.clear();
      await bus.close();
      await Promise.all([quit(publisher), quit(subscriber)]);
    },
  };
}
