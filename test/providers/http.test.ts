import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayError } from '../../src/errors.js';
import { parseRetryAfterMs } from '../../src/providers/rest/errors.js';
import { createHttpClient, GATEWAY_USER_AGENT, type HttpClient } from '../../src/providers/rest/http.js';
import { failure } from '../helpers/failure.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A scripted upstream: each request is answered by the next handler (the last one repeats). */
let script: Handler[] = [];
const seen: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];
let server: Server;
let baseUrl: string;
const clients: HttpClient[] = [];

function client(options: Partial<Parameters<typeof createHttpClient>[0]> = {}): HttpClient {
  const c = createHttpClient({
    provider: 'TESTPROV',
    displayName: 'TestProvider',
    baseUrl,
    retry: { minDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
  clients.push(c);
  return c;
}

const status =
  (code: number, body = '', headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(code, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };

/** Answers like `handler`, `ms` later; never when the client hung up first (no timer outlives the test). */
const late =
  (ms: number, handler: Handler): Handler =>
  (req, res, body) => {
    const timer = setTimeout(() => handler(req, res, body), ms);
    res.once('close', () => clearTimeout(timer));
  };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const handler = script.length > 1 ? script.shift() : script[0];
      (handler ?? status(200, '{}'))(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});

afterEach(async () => {
  script = [];
  seen.length = 0;
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createHttpClient', () => {
  it('should send to the base path with query, user agent and body, and return any status', async () => {
    script = [status(201, '{"ok":true}')];
    const response = await client().request({
      method: 'POST',
      path: '/things',
      query: { a: 1, b: 'x y', c: undefined },
      headers: { 'content-type': 'application/json' },
      body: '{"n":1}',
    });
    expect(response).toMatchObject({ status: 201, text: '{"ok":true}' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/things?a=1&b=x+y', body: '{"n":1}' });
    expect(seen[0]?.headers['user-agent']).toBe(GATEWAY_USER_AGENT);
    expect(GATEWAY_USER_AGENT).toMatch(/^video-graphql-gateway\/\d+\.\d+\.\d+ \(undici\)$/);
  });

  it('should retry a GET after one 503 and return the success', async () => {
    script = [status(503, '{"message":"busy"}'), status(200, '{"n":2}')];
    const response = await client().request({ method: 'GET', path: '/x' });
    expect(response).toMatchObject({ status: 200, text: '{"n":2}' });
    expect(seen).toHaveLength(2);
  });

  it('should retry a GET at most twice and then hand back the last 503 with its body', async () => {
    script = [status(503, '{"attempt":"last"}')];
    const response = await client().request({ method: 'GET', path: '/x' });
    expect(response).toMatchObject({ status: 503, text: '{"attempt":"last"}' });
    expect(seen).toHaveLength(3);
  });

  it('should retry DELETE on 429 honouring Retry-After, but never POST', async () => {
    script = [status(429, '', { 'retry-after': '0' }), status(204)];
    expect((await client().request({ method: 'DELETE', path: '/x' })).status).toBe(204);
    expect(seen).toHaveLength(2);

    seen.length = 0;
    script = [status(503), status(200, '{}')];
    expect((await client().request({ method: 'POST', path: '/x', body: '{}' })).status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  it('should not retry a 500 or a 4xx', async () => {
    script = [status(500), status(200, '{}')];
    expect((await client().request({ method: 'GET', path: '/x' })).status).toBe(500);
    expect(seen).toHaveLength(1);
  });

  it('should retry a GET whose connection is reset', async () => {
    script = [(req) => req.socket.destroy(), status(200, '{"ok":1}')];
    const response = await client().request({ method: 'GET', path: '/x' });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(2);
  });

  it('should map a reset POST to UPSTREAM_UNAVAILABLE without retrying', async () => {
    script = [(req) => req.socket.destroy(), status(200, '{}')];
    const error = await failure(client().request({ method: 'POST', path: '/x', body: '{}' }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.details.provider).toBe('TESTPROV');
    expect(error.message).toContain('TestProvider');
    expect(seen).toHaveLength(1);
  });

  it('should map a slow answer beyond the request deadline to UPSTREAM_TIMEOUT', async () => {
    script = [late(3000, status(200, '{}'))];
    const started = Date.now();
    const error = await failure(client({ timeouts: { requestMs: 150 } }).request({ method: 'POST', path: '/slow', body: '{}' }));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(error.message).toMatch(/TestProvider did not answer within 150 ms/);
    // Cut at the deadline, not when the answer came (3 s): generous for a loaded machine.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('should map a headers timeout to UPSTREAM_TIMEOUT', async () => {
    // Far beyond the headers timeout, which undici checks on a ~0.5 s tick (it fires 0.5-1 s in).
    script = [late(3000, status(200, '{}'))];
    const error = await failure(
      client({ timeouts: { headersMs: 100, requestMs: 5000 }, retry: false }).request({ method: 'GET', path: '/slow' }),
    );
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('should keep the deadline across retries', async () => {
    script = [status(503, '', { 'retry-after': '5' })];
    const started = Date.now();
    const c = client({ timeouts: { requestMs: 200 }, retry: { minDelayMs: 5, maxDelayMs: 5000 } });
    const outcome = await c.request({ method: 'GET', path: '/x' }).then(
      (r) => r.status,
      (e: GatewayError) => e.code,
    );
    // Either the deadline cut the backoff (timeout) or the last 503 came back; never a 5 s wait.
    expect(['UPSTREAM_TIMEOUT', 503]).toContain(outcome);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('should map a refused connection to UPSTREAM_UNAVAILABLE', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const c = client({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await failure(c.request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(/TestProvider could not be reached \(ECONNREFUSED\)/);
  });

  it('should refuse requests after close', async () => {
    const c = client();
    await c.close();
    expect((await failure(c.request({ method: 'GET', path: '/x' }))).code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('parseRetryAfterMs', () => {
  it('should read seconds and HTTP dates', () => {
    expect(parseRetryAfterMs('3')).toBe(3000);
    expect(parseRetryAfterMs(undefined)).toBeUndefined();
    expect(parseRetryAfterMs('soon')).toBeUndefined();
    const inTwo = new Date(Date.now() + 2000).toUTCString();
    expect(parseRetryAfterMs(inTwo)).toBeGreaterThan(0);
    expect(parseRetryAfterMs(inTwo)).toBeLessThanOrEqual(2000);
  });
});
