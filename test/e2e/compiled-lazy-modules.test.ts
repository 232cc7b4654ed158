/**
 * The compiled gateway (`node dist/main.js`, bundled by scripts/bundle.ts) loads some modules only
 * in the deployments that use them, from outside the bundle (docs/performance.md#startup): the
 * tracing SDK and the Redis event services. These start it as a person would, with each configured,
 * and check the module really serves. GraphiQL, pretty logs and the embedded emulator are checked
 * the same way by ./start.test.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, COMPILED, compiled } from '../fixtures/compiled.js';
import { lineMatching, type Running, run, URL_LINE } from '../helpers/processes.js';
import { hasRedisServer, REDIS_MISSING, startRedisServer } from '../helpers/redis-server.js';
import { until } from '../helpers/until.js';

const ENV = { PORT: '0', EMULATOR_PORT: '0', NODE_ENV: 'development', LOG_FORMAT: 'json', LOG_LEVEL: 'info' };

/** Starts the compiled gateway with `env`; resolves once it logged where it serves. */
async function startCompiled(env: Record<string, string>): Promise<{ gateway: Running; url: string }> {
  const gateway = run(process.execPath, [COMPILED.gateway], { ...ENV, ...env });
  const [, url] = await lineMatching(gateway, URL_LINE);
  return { gateway, url: url! };
}

/** SIGTERM, then the exit code once the drain is over. */
async function stop(gateway: Running): Promise<number | null> {
  gateway.child.kill('SIGTERM');
  return gateway.exited;
}

/** `/readyz` of the gateway at `url`: its status code. */
const readyz = (url: string) => fetch(`${url}/readyz`).then((res) => res.status);

const redisAvailable = hasRedisServer();
if (!redisAvailable) console.log(REDIS_MISSING);

describe('the compiled gateway, with modules loaded outside its bundle', () => {
  beforeAll(() => compiled(), BUILD_TIMEOUT_MS);

  it('should export operation spans over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set', async () => {
    const bodies: string[] = [];
    const collector = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      if (req.method === 'POST' && req.url === '/v1/traces') bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    try {
      const { gateway, url } = await startCompiled({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'compiled-under-test' });
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query CompiledProbe { __typename }' }),
      });
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
      // The drain flushes the spans still batched, before the process exits.
      expect(await stop(gateway)).toBe(0);
      expect(gateway.lines.join('\n')).toContain('tracing on: spans exported over OTLP/HTTP');
      const exported = bodies.join('\n');
      expect(exported).toContain('compiled-under-test');
      expect(exported).toContain('"name":"query CompiledProbe"');
    } finally {
      await new Promise((resolve) => collector.close(resolve));
    }
  });

  it('should print its subgraph SDL when _service is first asked for', async () => {
    const { gateway, url } = await startCompiled({});
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      const { data } = (await res.json()) as { data: { _service: { sdl: string } } };
      expect(data._service.sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.6", import: \["@key"\]\)/);
      expect(data._service.sdl).toMatch(/type Session implements Node\s+@key\(fields: "id"\)/);
    } finally {
      await stop(gateway);
    }
  });

  it.skipIf(!redisAvailable)('should keep its events in Redis with REDIS_URL: ready while Redis answers, 503 once it is gone', async () => {
    const redis = await startRedisServer();
    try {
      const { gateway, url } = await startCompiled({ REDIS_URL: redis.url });
      try {
        await until('/readyz to answer 200', async () => (await readyz(url)) === 200, 15_000);
        await redis.stop();
        await until('/readyz to answer 503', async () => (await readyz(url)) === 503, 15_000);
        expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'redis unreachable' });
      } finally {
        await stop(gateway);
      }
    } finally {
      await redis.close();
    }
  });
});
