/**
 * `npm run bench`: figures measured side by side in one run, printed as a table.
 *
 * - client token minting in process: ours (JWT and T1) against the official `opentok` SDK's
 *   `generateToken` (JWT default, and its T1 fallback);
 * - operations end to end over HTTP on loopback (gateway + embedded emulator), with and without
 *   an upstream call;
 * - archiveStatusChanged fan-out from webhooks to many WebSocket subscribers.
 *
 * Figures depend on the machine; compare rows of one run, not runs of different machines.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import OpenTok from 'opentok';
import { Pool } from 'undici';
import { loadConfig } from '../src/config.js';
import { startGateway } from '../src/gateway.js';
import { createLogger } from '../src/logger.js';
import { createClientTokenMinter } from '../src/providers/opentok/client-tokens.js';

const API_KEY = '12345678';
const API_SECRET = 'b3f1c0ffee0123456789abcdef0123456789abcd';
const SESSION_ID = `1_${Buffer.from(`1~${API_KEY}~~${Date.now()}~abcdefghijklmnopqrstuvwx~~~`).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;

interface Row {
  name: string;
  opsPerSec: number;
  note?: string;
}

/** Runs `fn` repeatedly for `ms` after a warm-up; returns operations per second. */
function measureSync(fn: () => unknown, ms = 2000): number {
  const warmEnd = performance.now() + 300;
  while (performance.now() < warmEnd) fn();
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i++) fn();
    ops += 100;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

/** Runs one GraphQL operation over HTTP from `concurrency` loops for `ms`. */
async function measureHttp(
  url: string,
  operation: { query: string; variables?: unknown },
  concurrency: number,
  ms: number,
): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const origin = new URL(url);
  const pool = new Pool(origin.origin, { connections: concurrency });
  const body = JSON.stringify(operation);
  const latencies: number[] = [];
  let errors = 0;
  const once = async () => {
    const t0 = performance.now();
    const res = await pool.request({ path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.body.json()) as { errors?: unknown };
    if (res.statusCode !== 200 || json.errors) errors++;
    latencies.push(performance.now() - t0);
  };
  // Warm-up.
  for (let i = 0; i < 200; i++) await once();
  latencies.length = 0;
  const end = performance.now() + ms;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) await once();
    }),
  );
  const elapsed = performance.now() - start;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { rps: (latencies.length * 1000) / elapsed, p50: pct(50), p99: pct(99), errors };
}

/**
 * `subscribers` graphql-ws clients watch one session; `events` archive webhooks are posted one
 * after the other; every delivery's latency runs from its webhook POST to its arrival.
 */
async function measureFanOut(url: string, sessionId: string, subscribers: number, events: number, listeners: () => number): Promise<Row> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let delivered = 0;
  const expected = subscribers * events;
  let done!: () => void;
  const allDelivered = new Promise<void>((resolve) => (done = resolve));
  const clients = Array.from({ length: subscribers }, () =>
    createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 }),
  );
  const subscribed = clients.map((client) =>
    client.subscribe<{ archiveStatusChanged: { archive: { archiveId: string } } }>(
      {
        query: 'subscription($s: ID!) { archiveStatusChanged(sessionId: $s) { status archive { archiveId } } }',
        variables: { s: sessionId },
      },
      {
        next: (value) => {
          const at = sentAt.get(value.data!.archiveStatusChanged.archive.archiveId);
          if (at !== undefined) latencies.push(performance.now() - at);
          if (++delivered === expected) done();
        },
        error: () => {},
        complete: () => {},
      },
    ),
  );
  // Wait until every subscription has reached the server.
  const deadline = Date.now() + 30_000;
  while (listeners() < subscribers && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const start = performance.now();
  for (let i = 0; i < events; i++) {
    const id = randomUUID();
    sentAt.set(id, performance.now());
    await fetch(`${url}/webhooks/opentok`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id,
        event: 'archive',
        status: 'started',
        sessionId,
        createdAt: Date.now(),
        updatedAt: Date.now(),
        hasAudio: true,
        hasVideo: true,
        outputMode: 'composed',
      }),
    });
  }
  await Promise.race([allDelivered, new Promise((r) => setTimeout(r, 30_000))]);
  const elapsed = performance.now() - start;
  for (const dispose of subscribed) dispose();
  await Promise.all(clients.map((c) => c.dispose()));
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    name: `archiveStatusChanged fan-out, ${subscribers} WS subscribers x ${events} webhooks`,
    opsPerSec: (delivered * 1000) / elapsed,
    note: `deliveries/s; ${delivered}/${expected} delivered, webhook->client p50 ${pct(50).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms (clients in the same process)`,
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const minter = createClientTokenMinter(API_KEY, API_SECRET);
  const sdk = new OpenTok(API_KEY, API_SECRET);

  const oursJwt = measureSync(() => minter.mint({ sessionId: SESSION_ID, role: 'PUBLISHER', data: 'name=Ada' }));
  const oursT1 = measureSync(() => minter.mint({ sessionId: SESSION_ID, role: 'PUBLISHER', data: 'name=Ada', format: 'T1' }));
  const sdkJwt = measureSync(() => sdk.generateToken(SESSION_ID, { role: 'publisher', data: 'name=Ada' }));
  const sdkT1 = measureSync(() => (sdk.generateToken as any)(SESSION_ID, { role: 'publisher', data: 'name=Ada' }, true));
  rows.push(
    { name: 'mint JWT token, ours (in process)', opsPerSec: oursJwt, note: `${(oursJwt / sdkJwt).toFixed(1)}x the SDK (target >= 50x)` },
    { name: 'mint JWT token, official opentok SDK', opsPerSec: sdkJwt },
    { name: 'mint T1 token, ours (in process)', opsPerSec: oursT1, note: `${(oursT1 / sdkT1).toFixed(1)}x the SDK` },
    { name: 'mint T1 token, official opentok SDK', opsPerSec: sdkT1 },
  );

  const config = loadConfig({ PORT: '0', EMULATOR_PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', ARCHIVE_POLL_INTERVAL_MS: '0' });
  const gateway = await startGateway(config, createLogger('silent'));
  try {
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return ((await res.json()) as { data: any }).data;
    };
    const ot = (await gql('mutation { createSession(input: { mediaMode: ROUTED }) { id sessionId } }')).createSession;
    const ov = (await gql('mutation { createSession(input: { provider: OPENVIDU }) { id } }')).createSession;
    const token = (await gql('mutation($s: ID!) { generateToken(input: { sessionId: $s }) { token } }', { s: ot.id })).generateToken.token;
    await fetch(`${gateway.emulator!.url}/emulator/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    const archive = (await gql('mutation($s: ID!) { startArchive(input: { sessionId: $s }) { id } }', { s: ot.id })).startArchive.id;

    const httpRows: [string, { query: string; variables?: unknown }, number[]][] = [
      [
        'generateToken, OpenTok (signed locally)',
        { query: 'mutation($s: ID!) { generateToken(input: { sessionId: $s }) { token expiresAt } }', variables: { s: ot.id } },
        [1, 10],
      ],
      [
        'archive(id), OpenTok (1 upstream GET)',
        { query: 'query($a: ID!) { archive(id: $a) { status } }', variables: { a: archive } },
        [10],
      ],
      [
        'generateToken, OpenVidu (1 upstream POST)',
        { query: 'mutation($s: ID!) { generateToken(input: { sessionId: $s }) { token } }', variables: { s: ov.id } },
        [10],
      ],
    ];
    for (const [name, operation, levels] of httpRows) {
      for (const c of levels) {
        const r = await measureHttp(gateway.url, operation, c, 3000);
        rows.push({
          name: `${name} over HTTP, c=${c}`,
          opsPerSec: r.rps,
          note: `p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${r.errors} errors`,
        });
      }
    }
    rows.push(await measureFanOut(gateway.url, ot.sessionId, 500, 20, () => gateway.app.bus.listenerCount));
  } finally {
    await gateway.close();
  }

  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\nNode ${process.version}, ${new Date().toISOString()}\n`);
  console.log(`${'benchmark'.padEnd(width)} | ${'ops/s'.padStart(12)} | notes`);
  console.log(`${'-'.repeat(width)}-|-${'-'.repeat(12)}-|------`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(width)} | ${Math.round(r.opsPerSec).toLocaleString('en-US').padStart(12)} | ${r.note ?? ''}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
