import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../src/providers/rest/http.js';
import type { UpstreamCall, UpstreamObserver } from '../../src/providers/rest/observer.js';
import { failure } from '../helpers/failure.js';

/** Statuses the upstream answers, in order (the last one repeats). */
let statuses: number[] = [];
const seen: IncomingHttpHeaders[] = [];
let server: Server;
let baseUrl: string;

/** An observer that records what the REST kit tells it and adds one header. */
function recorder() {
  const calls: { call: UpstreamCall; ends: string[] }[] = [];
  const observer: UpstreamObserver = {
    start(call) {
      const entry = { call, ends: [] as string[] };
      calls.push(entry);
      return { headers: { 'x-request-id': 'req-1', 'x-shadowed': 'observer' }, end: (status) => entry.ends.push(status) };
    },
  };
  return { calls, observer };
}

function client(observer: UpstreamObserver, url = baseUrl): HttpClient {
  return createHttpClient({
    provider: 'TESTPROV',
    displayName: 'TestProvider',
    baseUrl: url,
    retry: { minDelayMs: 1, maxDelayMs: 5 },
    observer,
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    const status = statuses.length > 1 ? statuses.shift()! : (statuses[0] ?? 200);
    req.resume();
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  statuses = [];
  seen.length = 0;
});

describe('the upstream observer of the REST kit', () => {
  it("should be told the provider, the operation and the status, and send its headers under the call's own", async () => {
    const { calls, observer } = recorder();
    const http = client(observer);
    statuses = [201];
    await http.request({
      method: 'POST',
      operation: 'createThing',
      path: '/things/abc-123',
      headers: { 'x-shadowed': 'call' },
      body: '{}',
    });
    await http.close();
    expect(calls).toEqual([{ call: { provider: 'TESTPROV', operation: 'createThing', method: 'POST' }, ends: ['201'] }]);
    expect(seen[0]?.['x-request-id']).toBe('req-1');
    expect(seen[0]?.['x-shadowed']).toBe('call');
  });

  it('should see a call that was retried as one call with its final status', async () => {
    const { calls, observer } = recorder();
    const http = client(observer);
    statuses = [503, 404];
    await http.request({ method: 'GET', operation: 'getThing', path: '/things/1' });
    await http.close();
    expect(seen).toHaveLength(2);
    expect(calls).toEqual([{ call: { provider: 'TESTPROV', operation: 'getThing', method: 'GET' }, ends: ['404'] }]);
  });

  it('should end a call that got no answer with its error code, and name an unnamed one "unnamed"', async () => {
    const { calls, observer } = recorder();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const http = client(observer, url);
    const error = await failure(http.request({ method: 'POST', path: '/things' }));
    await http.close();
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(calls).toEqual([{ call: { provider: 'TESTPROV', operation: 'unnamed', method: 'POST' }, ends: ['UPSTREAM_UNAVAILABLE'] }]);
  });
});
