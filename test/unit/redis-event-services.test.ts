import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventServices } from '../../src/events/event-services.js';
import { createRedisEventServices, REDIS_KEY_PREFIX } from '../../src/events/redis-event-services.js';
import type { ArchiveStatusChange } from '../../src/providers/types.js';
import { type Logger, silentLogger } from '../../src/logger.js';
import { hasRedisServer, REDIS_MISSING, type RedisServer, startRedisServer } from '../helpers/redis-server.js';
import { until } from '../helpers/until.js';

const available = hasRedisServer();
if (!available) console.log(REDIS_MISSING);

function change(status: 'STARTED' | 'STOPPED', at: number): ArchiveStatusChange {
  return {
    archive: {
      provider: 'OPENTOK',
      archiveId: `a-${at}`,
      sessionId: 's1',
      name: null,
      status,
      createdAt: new Date(at - 1000),
      updatedAt: new Date(at),
      duration: null,
      size: null,
      url: null,
      hasAudio: true,
      hasVideo: true,
      outputMode: 'COMPOSED',
      resolution: '640x480',
      reason: null,
      multiArchiveTag: null,
    },
    occurredAt: new Date(at),
    source: 'webhook',
  };
}

/** A logger keeping every line it is given, with its bindings, as text. */
function capturingLogger(lines: string[], bindings: Record<string, unknown> = {}): Logger {
  const log = (level: string) => (obj: object | string, msg?: string) => {
    lines.push(JSON.stringify({ level, ...bindings, ...(typeof obj === 'string' ? { msg: obj } : { ...obj, msg }) }));
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (more) => capturingLogger(lines, { ...bindings, ...more }),
  };
}

describe.skipIf(!available)('the password of REDIS_URL', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer(['--requirepass', 'right-pass-9f2c']);
  });
  afterAll(async () => {
    await redis?.close();
  });

  it('should never reach a log line, whether it is right or wrong', async () => {
    const lines: string[] = [];
    const right = createRedisEventServices({ url: `redis://:right-pass-9f2c@127.0.0.1:${redis.port}`, logger: capturingLogger(lines) });
    const wrong = createRedisEventServices({ url: `redis://:wrong-pass-4e1a@127.0.0.1:${redis.port}`, logger: capturingLogger(lines) });
    try {
      await until('the right password to connect', () => right.isReachable());
      await until('the wrong password to be refused', () => lines.some((line) => line.includes('WRONGPASS')));
      expect(wrong.isReachable()).toBe(false);
      await expect(wrong.dedupe.add('k')).rejects.toThrow();
    } finally {
      await right.close();
      await wrong.close();
    }
    expect(lines.some((line) => line.includes(`redis://:***@127.0.0.1:${redis.port}`))).toBe(true);
    expect(lines.filter((line) => line.includes('right-pass-9f2c') || line.includes('wrong-pass-4e1a'))).toEqual([]);
  });
});

describe.skipIf(!available)('event services through Redis (two instances, one real redis-server)', () => {
  let redis: RedisServer;
  let a: EventServices;
  let b: EventServices;

  beforeAll(async () => {
    redis = await startRedisServer();
    a = createRedisEventServices({ url: redis.url, logger: silentLogger });
    b = createRedisEventServices({ url: redis.url, logger: silentLogger });
    await until('both instances to reach Redis', () => a.isReachable() && b.isReachable());
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.close();
  });

  it('should carry a change published on one instance to the other with its dates as Dates, and drop a foreign message', async () => {
    const got: ArchiveStatusChange[] = [];
    const unlisten = b.bus.listen((c) => got.push(c));
    // The subscription is acknowledged once a published message arrives.
    const raw = new Redis(redis.url);
    try {
      await until('the listener to be subscribed', async () => (await raw.pubsub('NUMSUB', `${REDIS_KEY_PREFIX}archive-status`))[1] === 1);
      await raw.publish(`${REDIS_KEY_PREFIX}archive-status`, 'not json');
      await raw.publish(`${REDIS_KEY_PREFIX}archive-status`, '{"archive":1}');
    } finally {
      raw.disconnect();
    }
    const sent = change('STOPPED', 1_700_000_000_000);
    a.bus.publish(sent);
    await until('the change to arrive', () => got.length >= 1);
    expect(got).toHaveLength(1);
    expect(got[0]!.occurredAt).toBeInstanceOf(Date);
    expect(got[0]!.archive.createdAt).toBeInstanceOf(Date);
    expect(got[0]).toEqual(sent);
    unlisten();
    expect(b.bus.listenerCount).toBe(0);
  });

  it('should take a webhook key on one instance only, and again once it is deleted', async () => {
    expect(await a.dedupe.add('OPENTOK:jti-1')).toBe(true);
    expect(await b.dedupe.add('OPENTOK:jti-1')).toBe(false);
    expect(await a.dedupe.add('OPENTOK:jti-1')).toBe(false);
    await a.dedupe.delete('OPENTOK:jti-1');
    expect(await b.dedupe.add('OPENTOK:jti-1')).toBe(true);
  });

  it('should give a poll lease to one instance at a time, renew it for its holder, and hand it over once released or lapsed', async () => {
    expect(await a.leases.claim('OPENTOK:a1', 10_000)).toBe(true);
    expect(await b.leases.claim('OPENTOK:a1', 10_000)).toBe(false);
    expect(await a.leases.claim('OPENTOK:a1', 10_000)).toBe(true);
    // Only the holder's release counts.
    await b.leases.release('OPENTOK:a1');
    expect(await b.leases.claim('OPENTOK:a1', 10_000)).toBe(false);
    await a.leases.release('OPENTOK:a1');
    expect(await b.leases.claim('OPENTOK:a1', 50)).toBe(true);
    // A holder that stops renewing (a dead instance) loses it once its time is up.
    expect(await until('the lease to lapse', async () => a.leases.claim('OPENTOK:a1', 10_000))).toBe(true);
    await a.leases.release('OPENTOK:a1');
  });

  it('should say it is unreachable while Redis is down, fail fast, and resync its listeners once it is back', async () => {
    let resyncs = 0;
    const unregister = b.bus.onResync(() => resyncs++);
    const unlisten = b.bus.listen(() => {});
    await redis.stop();
    await until('both instances to see Redis gone', () => !a.isReachable() && !b.isReachable());
    await expect(a.dedupe.add('OPENTOK:during-outage')).rejects.toThrow();
    await expect(a.leases.claim('OPENTOK:a2', 10_000)).rejects.toThrow();
    // Publishing while down neither throws nor leaves a rejection behind.
    a.bus.publish(change('STARTED', 1_700_000_001_000));
    expect(resyncs).toBe(0);
    await redis.start();
    await until('both instances to be back', () => a.isReachable() && b.isReachable(), 10_000);
    await until('the listeners of b to be told to resync', () => resyncs >= 1);
    const got: ArchiveStatusChange[] = [];
    const unlisten2 = b.bus.listen((c) => got.push(c));
    a.bus.publish(change('STARTED', 1_700_000_002_000));
    await until('a change published after the outage to arrive', () => got.length === 1);
    unlisten();
    unlisten2();
    unregister();
  }, 30_000);
});
