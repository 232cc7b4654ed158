/**
 * Two gateway processes sharing one real redis-server and one standalone emulator
 * (docs/operations.md#several-instances-with-redis): a webhook taken by one instance reaches the
 * subscribers of the other exactly once, one instance polls an archive, readiness follows Redis,
 * and a final state missed during an outage arrives after the resync. Prints its figures in one
 * line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollLeaseKey } from '../../src/events/poll-leases.js';
import { redisPollLeaseKey } from '../../src/events/redis-event-services.js';
import {
  ArchiveDocument,
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { subscribe, wsClient } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';
import { freePort, hasRedisServer, REDIS_MISSING, type RedisServer, startRedisServer } from '../helpers/redis-server.js';
import { signCallback } from '../helpers/signed-callback.js';
import { quietFor, until } from '../helpers/until.js';

const available = hasRedisServer();
if (!available) console.log(REDIS_MISSING);

const API_KEY = '11223344';
const API_SECRET = 'f'.repeat(40);
const WEBHOOK_SECRET = 'webhook-signature-secret-for-redis';
const POLL_MS = 100;

/**
 * Stops a child process with SIGTERM, or SIGKILL when it has not exited 15 s later (one still
 * loading its modules on a busy machine may not act on SIGTERM yet); resolves once it has exited.
 */
async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killer);
}

/** The standalone emulator (`npm run emulator`), lenient, on a free port; resolves to it and its URL. */
async function startEmulator(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/main.ts'], {
    env: {
      ...process.env,
      EMULATOR_PORT: '0',
      OPENTOK_API_KEY: API_KEY,
      OPENTOK_API_SECRET: API_SECRET,
      EMULATOR_STRICT: 'false',
      EMULATOR_ARCHIVE_READY_MS: '100',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the emulator did not start')), 90_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /OpenTok REST listening on (http:\/\/[^\s,"]+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  return { child, url };
}

/** An HTTP proxy in front of the emulator for one gateway, counting the archive reads it forwards. */
async function countingProxy(target: string): Promise<{ server: Server; url: string; reads: (archiveId: string) => number }> {
  const gets: string[] = [];
  const server = createServer((req, res) => {
    if (req.method === 'GET') gets.push(req.url ?? '');
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    reads: (archiveId) => gets.filter((path) => path.endsWith(`/archive/${archiveId}`)).length,
  };
}

/** One gateway process (`src/main.ts`) against the emulator, through its own counting proxy, sharing Redis. */
async function startInstance(emulatorUrl: string, redisUrl: string) {
  const proxy = await countingProxy(emulatorUrl);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      // Production: JSON logs, no embedded emulator; no readiness delay on SIGTERM.
      NODE_ENV: 'production',
      AUTH_DISABLED: 'true',
      SHUTDOWN_DELAY_MS: '0',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      OPENTOK_API_KEY: API_KEY,
      OPENTOK_API_SECRET: API_SECRET,
      OPENTOK_API_URL: proxy.url,
      OPENTOK_WEBHOOK_SECRET: WEBHOOK_SECRET,
      ARCHIVE_POLL_INTERVAL_MS: String(POLL_MS),
      REDIS_URL: redisUrl,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  return { child, url, proxy, ws: wsClient(url) };
}
type Instance = Awaited<ReturnType<typeof startInstance>>;

/** `/readyz` of an instance: its status code, or 0 when nothing answers yet. */
function readyz(instance: Instance): Promise<number> {
  return fetch(`${instance.url}/readyz`).then(
    (response) => response.status,
    () => 0,
  );
}

/** An OpenTok archive callback as the platform signs it, for one status of one archive. */
async function callback(archive: { archiveId: string; sessionId: string }, status: string, updatedAt: number) {
  const body = JSON.stringify({
    id: archive.archiveId,
    event: 'archive',
    status,
    sessionId: archive.sessionId,
    partnerId: Number(API_KEY),
    createdAt: updatedAt - 5000,
    updatedAt,
    name: 'two instances',
    duration: 5,
    size: status === 'available' ? 1234 : 0,
    url: status === 'available' ? 'https://example.com/a.mp4' : null,
    hasAudio: true,
    hasVideo: true,
    outputMode: 'composed',
    resolution: '640x480',
    reason: '',
  });
  return { body, authorization: `Bearer ${await signCallback(body, WEBHOOK_SECRET, API_KEY)}` };
}

/** Posts a callback to an instance's webhook route; resolves to its status and JSON answer. */
async function post(instance: Instance, hook: { body: string; authorization: string }) {
  const response = await fetch(`${instance.url}/webhooks/opentok`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: hook.authorization },
    body: hook.body,
  });
  return { status: response.status, json: (await response.json()) as { ok?: boolean; duplicate?: boolean } };
}

const statusesOf = (events: { data?: { archiveStatusChanged: { status: string } } | null }[]) =>
  events.map((event) => event.data?.archiveStatusChanged.status);

describe.skipIf(!available)('two instances sharing Redis (REDIS_URL)', () => {
  let redis: RedisServer;
  let emulator: { child: ChildProcess; url: string };
  let a: Instance;
  let b: Instance;
  let sessionId: string;
  let archive1: { id: string; archiveId: string; sessionId: string };
  const watches: { dispose: () => void }[] = [];
  const figures = {
    up: { sent: 0, delivered: 0, duplicates: 0, dropped: 0 },
    down: { sent: 0, delivered: 0, duplicates: 0 },
    back: { sent: 0, delivered: 0, duplicates: 0 },
    polls: { a: 0, b: 0 },
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    emulator = await startEmulator();
    [a, b] = await Promise.all([startInstance(emulator.url, redis.url), startInstance(emulator.url, redis.url)]);
    // Three TypeScript processes starting at once take a while on a busy machine.
    await until('both instances to be ready', async () => (await readyz(a)) === 200 && (await readyz(b)) === 200, 150_000);
    sessionId = (await gqlOk(a.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession.id;
    const { startArchive } = await gqlOk(a.url, StartArchiveDocument, { input: { sessionId } });
    archive1 = { id: startArchive.id, archiveId: startArchive.archiveId, sessionId: startArchive.session.sessionId };
  }, 240_000);

  afterAll(async () => {
    for (const watch of watches) watch.dispose();
    await Promise.all([a?.ws.dispose(), b?.ws.dispose()]);
    await Promise.all([stopProcess(a?.child), stopProcess(b?.child)]);
    await stopProcess(emulator?.child);
    await redis?.close();
    for (const instance of [a, b]) instance?.proxy.server.close();
    console.log(
      `redis two-instance figures: up: sent ${figures.up.sent} webhooks, delivered ${figures.up.delivered} on B, duplicates ${figures.up.duplicates} (dedupe dropped ${figures.up.dropped}); ` +
        `down: sent ${figures.down.sent}, delivered ${figures.down.delivered}, duplicates ${figures.down.duplicates}; ` +
        `back: sent ${figures.back.sent}, delivered ${figures.back.delivered} (resync included), duplicates ${figures.back.duplicates}; ` +
        `archive polls over the window: A ${figures.polls.a}, B ${figures.polls.b}`,
    );
  }, 60_000);

  it('should poll an archive watched on both instances from one instance only', async () => {
    const onB = subscribe(b.ws, ArchiveStatusChangedDocument, { archiveId: archive1.id });
    const onA = subscribe(a.ws, ArchiveStatusChangedDocument, { archiveId: archive1.id });
    watches.push(onA, onB);
    await Promise.all([onB.until(1), onA.until(1)]);
    // Both subscriptions have read their snapshot: from now on every read is a poll.
    const before = { a: a.proxy.reads(archive1.archiveId), b: b.proxy.reads(archive1.archiveId) };
    const polls = () => ({ a: a.proxy.reads(archive1.archiveId) - before.a, b: b.proxy.reads(archive1.archiveId) - before.b });
    await until('ten polls of the archive', () => polls().a + polls().b >= 10, 15_000);
    figures.polls = polls();
    expect(Math.min(figures.polls.a, figures.polls.b)).toBe(0);
  }, 30_000);

  it('should deliver a webhook taken by instance A to a subscriber on instance B exactly once, and take the same webhook once when both get it', async () => {
    const onB = subscribe(b.ws, ArchiveStatusChangedDocument, { archiveId: archive1.id });
    watches.push(onB);
    await onB.until(1);
    const now = Date.now();
    const stopped = await callback(archive1, 'stopped', now);
    const ready = await callback(archive1, 'available', now + 1000);

    expect(await post(a, stopped)).toEqual({ status: 200, json: { ok: true } });
    // The platform delivers the same callback twice, once to each instance behind the load balancer.
    const both = await Promise.all([post(a, ready), post(b, ready)]);
    // And redelivers the first one, to the other instance.
    const replay = await post(b, stopped);
    figures.up.sent = 4;
    expect(both.map((answer) => answer.status)).toEqual([200, 200]);
    expect(both.filter((answer) => answer.json.duplicate === true)).toHaveLength(1);
    expect(replay).toEqual({ status: 200, json: { ok: true, duplicate: true } });
    figures.up.dropped = 2;

    await onB.until(3);
    // Duplicates would arrive right behind: give them a short, bounded chance to show up.
    await quietFor(300);
    expect(statusesOf(onB.events)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    figures.up.delivered = onB.events.length - 1;
    figures.up.duplicates = onB.events.length - new Set(statusesOf(onB.events)).size;
  }, 30_000);

  it('should answer 503 on /readyz on both instances while Redis is down, 200 once it is back, and then deliver the final state missed meanwhile', async () => {
    // A session of its own: the first one is still being archived at the platform.
    const session = (await gqlOk(a.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } })).createSession.id;
    const { startArchive } = await gqlOk(a.url, StartArchiveDocument, { input: { sessionId: session } });
    const archive2 = { archiveId: startArchive.archiveId, sessionId: startArchive.session.sessionId };
    // The test holds this archive's poll lease (saved, so it outlives the restart): no instance
    // polls it, and the final state can only come back through the resync.
    const leaseKey = redisPollLeaseKey(pollLeaseKey('OPENTOK', archive2.archiveId));
    const admin = new Redis(redis.url);
    await admin.set(leaseKey, 'the-test', 'PX', 120_000);
    await admin.save();
    admin.disconnect();

    const onB = subscribe(b.ws, ArchiveStatusChangedDocument, { archiveId: startArchive.id });
    watches.push(onB);
    await onB.until(1);

    await redis.stop();
    await until('both instances to answer 503', async () => (await readyz(a)) === 503 && (await readyz(b)) === 503, 15_000);
    expect(await (await fetch(`${a.url}/readyz`)).json()).toEqual({ status: 'redis unreachable' });

    // The platform's callback cannot be deduplicated: 500, so the platform delivers it again later.
    const stopped = await callback(archive2, 'stopped', Date.now());
    expect((await post(a, stopped)).status).toBe(500);
    // A mutation still works upstream; what it publishes is lost.
    expect((await gqlOk(a.url, StopArchiveDocument, { id: startArchive.id })).stopArchive.status).toBe('STOPPED');
    await until('the archive to be available at the platform', async () => {
      const { archive } = await gqlOk(a.url, ArchiveDocument, { id: startArchive.id });
      return archive?.status === 'AVAILABLE';
    });
    figures.down.sent = 2;
    figures.down.delivered = onB.events.length - 1;
    expect(figures.down.delivered).toBe(0);

    await redis.start();
    await until('both instances to answer 200 again', async () => (await readyz(a)) === 200 && (await readyz(b)) === 200, 15_000);
    await onB.until(2);
    expect(onB.events[1]!.data!.archiveStatusChanged).toMatchObject({ status: 'AVAILABLE', previousStatus: 'STARTED' });

    // The platform's redelivery of the refused callback, to both instances: taken once, and a
    // step back in the lifecycle for the subscriber, which already has the final state.
    const redelivered = await Promise.all([post(a, stopped), post(b, stopped)]);
    expect(redelivered.filter((answer) => answer.json.duplicate === true)).toHaveLength(1);
    figures.back.sent = 2;
    await quietFor(300);
    expect(statusesOf(onB.events)).toEqual(['STARTED', 'AVAILABLE']);
    figures.back.delivered = onB.events.length - 1;
    figures.back.duplicates = onB.events.length - new Set(statusesOf(onB.events)).size;
    // No instance ever held its lease, so none polled it: the resync delivered it.
    const after = new Redis(redis.url);
    expect(await after.get(leaseKey)).toBe('the-test');
    after.disconnect();
  }, 60_000);
});
