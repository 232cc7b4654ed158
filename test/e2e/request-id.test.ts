import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { startGateway, type Gateway } from '../../src/gateway.js';
import type { Logger } from '../../src/logger.js';
import { CreateSessionDocument } from '../__generated__/graphql.js';
import { wsClient } from '../helpers/gateway.js';
import { until } from '../helpers/until.js';

/** One log line as a test reads it: the bindings of its logger, its fields and its message. */
type Line = Record<string, unknown> & { level: string; msg?: string };

/** A Logger that keeps every line in `lines`. */
function recordingLogger(lines: Line[], bindings: Record<string, unknown> = {}): Logger {
  const write = (level: string) => (obj: object | string, msg?: string) =>
    lines.push(typeof obj === 'string' ? { level, ...bindings, msg: obj } : { level, ...bindings, ...obj, ...(msg ? { msg } : {}) });
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (more) => recordingLogger(lines, { ...bindings, ...more }),
  };
}

/** A proxy in front of the emulator that remembers the headers of every call it forwards. */
async function recordingProxy(
  target: string,
): Promise<{ url: string; seen: { path: string; headers: IncomingHttpHeaders }[]; server: Server }> {
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer(async (req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)) as [string, string][],
    );
    const answer = await fetch(`${target}${req.url}`, {
      method: req.method!,
      headers,
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  let emulator: Emulator;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let gateway: Gateway;
  const lines: Line[] = [];

  beforeAll(async () => {
    emulator = await createEmulator({});
    proxy = await recordingProxy(emulator.url);
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      ARCHIVE_POLL_INTERVAL_MS: '0',
      OPENTOK_API_KEY: emulator.opentok.apiKey,
      OPENTOK_API_SECRET: emulator.opentok.apiSecret,
      OPENTOK_API_URL: proxy.url,
    });
    gateway = await startGateway(config, recordingLogger(lines));
  });
  afterAll(async () => {
    await gateway?.close();
    await new Promise((resolve) => proxy?.server.close(resolve));
    await emulator?.close();
  });
  beforeEach(() => {
    proxy.seen.length = 0;
    lines.length = 0;
  });

  const createSession = (headers: Record<string, string> = {}) =>
    fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: print(CreateSessionDocument), variables: { input: { mediaMode: 'ROUTED' } } }),
    });
  const accessLines = () => lines.filter((line) => line.component === 'access');

  it("should keep the caller's x-request-id, answer it and send it upstream", async () => {
    const response = await createSession({ 'x-request-id': 'lb-7f3a.42:edge_1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a.42:edge_1');
    expect(proxy.seen.map((call) => [call.path, call.headers['x-request-id']])).toEqual([['/session/create', 'lb-7f3a.42:edge_1']]);
  });

  it('should make a request id when none came, and send that one upstream', async () => {
    const response = await createSession();
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(proxy.seen[0]?.headers['x-request-id']).toBe(id);
  });

  it('should replace an incoming request id that is too long or has unsafe characters', async () => {
    for (const unsafe of ['x'.repeat(65), 'two words', 'a"b', 'id\\n']) {
      const response = await createSession({ 'x-request-id': unsafe });
      expect(response.headers.get('x-request-id')).toMatch(UUID);
    }
    expect(proxy.seen.every((call) => UUID.test(String(call.headers['x-request-id'])))).toBe(true);
  });

  it('should give each operation over WebSocket a request id of its own', async () => {
    const client = wsClient(gateway.url);
    const run = () =>
      new Promise<void>((resolve, reject) =>
        client.subscribe(
          { query: print(CreateSessionDocument), variables: { input: { mediaMode: 'ROUTED' } } },
          { next: () => undefined, error: reject, complete: resolve },
        ),
      );
    await run();
    await run();
    await client.dispose();
    const ids = proxy.seen.map((call) => call.headers['x-request-id']);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(UUID);
    expect(ids[1]).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('should write one access line per request, with the route but not its query string', async () => {
    const query = encodeURIComponent('{ providers { name } }');
    const response = await fetch(`${gateway.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', 'x-request-id': 'get-1', 'x-graphql-yoga-csrf': '1' },
    });
    expect(response.status).toBe(200);
    await createSession({ 'x-request-id': 'post-1' });
    await fetch(`${gateway.url}/healthz`, { headers: { 'x-request-id': 'probe-1' } });
    await until('three access lines', () => accessLines().length >= 3);

    const [get, post, probe] = accessLines();
    expect(get).toMatchObject({ level: 'info', requestId: 'get-1', method: 'GET', route: '/graphql', status: 200, msg: 'request' });
    expect(get!.ms).toEqual(expect.any(Number));
    expect(post).toMatchObject({ level: 'info', requestId: 'post-1', method: 'POST', route: '/graphql', status: 200 });
    // Probes every few seconds would drown the rest: they log at debug.
    expect(probe).toMatchObject({ level: 'debug', requestId: 'probe-1', method: 'GET', route: '/healthz', status: 200 });
    expect(JSON.stringify(accessLines())).not.toContain('providers');
  });
});
