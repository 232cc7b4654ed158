import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { archiveStatusEvents } from '../../src/events/archive-stream.js';
import { createArchivePoller } from '../../src/events/archive-poller.js';
import { createEventBus } from '../../src/events/bus.js';
import { createEventServices } from '../../src/events/event-services.js';
import type { PollLeases } from '../../src/events/poll-leases.js';
import { maskRedisUrl, redactRedisPassword } from '../../src/events/redis-url.js';
import { readiness } from '../../src/http/health.js';
import { silentLogger } from '../../src/logger.js';
import { archiveInfo } from '../helpers/archive-info.js';
import { quietFor, until } from '../helpers/until.js';

const archive = archiveInfo;

/** A bus whose resync the test fires by hand, as the Redis services do once Redis is back. */
function resyncableBus() {
  const handlers = new Set<() => void>();
  const bus = createEventBus(new EventTarget(), {
    resyncs: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  });
  return {
    bus,
    resync: () => {
      for (const handler of handlers) handler();
    },
    get handlers() {
      return handlers.size;
    },
  };
}

describe('where events live (REDIS_URL)', () => {
  it('should stay in process without REDIS_URL, and always be reachable there', async () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBeNull();
    const events = await createEventServices({ redisUrl: config.redisUrl, logger: silentLogger });
    expect(events.kind).toBe('memory');
    expect(events.isReachable()).toBe(true);
    expect(await events.dedupe.add('k')).toBe(true);
    expect(await events.dedupe.add('k')).toBe(false);
    expect(await events.leases.claim('OPENTOK:a1', 1000)).toBe(true);
    await events.close();
  });

  it('should accept redis:// and rediss:// URLs only, never echoing one in its error', () => {
    expect(loadConfig({ REDIS_URL: 'rediss://:pw@cache.internal:6380/2' }).redisUrl).toBe('rediss://:pw@cache.internal:6380/2');
    for (const bad of ['http://:hunter22@cache:6379', 'cache:6379', 'redis//:hunter22@x']) {
      let error: unknown;
      try {
        loadConfig({ REDIS_URL: bad });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe('REDIS_URL');
      expect((error as Error).message).not.toContain('hunter22');
    }
  });

  it('should mask the password of REDIS_URL wherever it may be shown', () => {
    expect(maskRedisUrl('redis://user:s3cr%2Fet@cache:6379/0')).toBe('redis://user:***@cache:6379/0');
    expect(maskRedisUrl('redis://cache:6379')).toBe('redis://cache:6379');
    const redact = redactRedisPassword('redis://user:s3cr%2Fet@cache:6379/0');
    expect(redact('AUTH s3cr/et failed; s3cr%2Fet')).toBe('AUTH *** failed; ***');
  });

  it('should report the first failing readiness check', () => {
    let shuttingDown = false;
    let reachable = true;
    const ready = readiness([
      { ready: () => !shuttingDown, status: 'shutting down' },
      { ready: () => reachable, status: 'redis unreachable' },
    ]);
    expect([ready(), ready.status?.()]).toEqual([true, null]);
    reachable = false;
    expect([ready(), ready.status?.()]).toEqual([false, 'redis unreachable']);
    shuttingDown = true;
    expect(ready.status?.()).toBe('shutting down');
  });
});

describe('resync after the bus lost events', () => {
  it('should re-read the snapshot and pass on the final status missed meanwhile, once, after what was seen', async () => {
    const { bus, resync } = resyncableBus();
    let current = archive('STARTED');
    const stream = archiveStatusEvents({ bus, filter: { provider: 'OPENTOK', archiveId: 'a1' }, snapshot: async () => [current] });
    expect((await stream.next()).value).toMatchObject({ status: 'STARTED', previousStatus: null });
    // The archive became available while the bus was down: nothing arrived.
    current = archive('AVAILABLE', { updatedAt: new Date(5_000) });
    resync();
    expect((await stream.next()).value).toMatchObject({ status: 'AVAILABLE', previousStatus: 'STARTED' });
    // A second resync, and the late webhook of the same status, are duplicates.
    resync();
    bus.publish({ archive: current, occurredAt: new Date(5_000), source: 'webhook' });
    const more = stream.next();
    const nothing = Symbol('nothing');
    expect(await Promise.race([more, quietFor(100).then(() => nothing)])).toBe(nothing);
    await stream.return(undefined);
    expect(bus.listenerCount).toBe(0);
  });

  it('should read by itself an archive that became final and so left a session snapshot', async () => {
    const { bus, resync } = resyncableBus();
    let live = [archive('STARTED')];
    const reads: string[] = [];
    const stream = archiveStatusEvents({
      bus,
      filter: { provider: 'OPENTOK', sessionId: 's1' },
      snapshot: async () => live,
      watcher: {
        watch: () => () => {},
        read: async (a) => {
          reads.push(a.archiveId);
          return archive('AVAILABLE', { updatedAt: new Date(6_000) });
        },
      },
    });
    expect((await stream.next()).value).toMatchObject({ status: 'STARTED' });
    live = [archive('STARTED', { archiveId: 'a2' })];
    resync();
    const events = [(await stream.next()).value, (await stream.next()).value];
    expect(events.map((e) => `${e.archive.archiveId}:${e.status}:${e.previousStatus}`).sort()).toEqual([
      'a1:AVAILABLE:STARTED',
      'a2:STARTED:null',
    ]);
    expect(reads).toEqual(['a1']);
    await stream.return(undefined);
  });

  it('should stop listening for resyncs once the reader leaves', async () => {
    const fake = resyncableBus();
    const stream = archiveStatusEvents({ bus: fake.bus, filter: { archiveId: 'a1' }, snapshot: async () => [archive('STARTED')] });
    await stream.next();
    expect(fake.handlers).toBe(1);
    await stream.return(undefined);
    expect(fake.handlers).toBe(0);
  });
});

describe('poll leases', () => {
  it('should read an archive only while this instance holds its lease, and release the lease when it stops', async () => {
    let mine = false;
    const claims: string[] = [];
    const released: string[] = [];
    const leases: PollLeases = {
      claim: async (key) => {
        claims.push(key);
        return mine;
      },
      release: async (key) => {
        released.push(key);
      },
    };
    let reads = 0;
    const poller = createArchivePoller({
      bus: createEventBus(),
      leases,
      intervalMs: 10,
      fetchArchive: async () => {
        reads++;
        return archive('STARTED');
      },
    });
    const stop = poller.watch(archive('STARTED'));
    await until('a few claims', () => claims.length >= 3);
    expect(reads).toBe(0);
    mine = true;
    await until('reads once the lease is ours', () => reads >= 2);
    expect(claims.every((key) => key === 'OPENTOK:a1')).toBe(true);
    stop();
    expect(released).toEqual(['OPENTOK:a1']);
    expect(poller.size).toBe(0);
    poller.close();
  });
});
