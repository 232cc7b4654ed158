import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the proxy forwarded: its method and path (query string dropped). */
export interface ProxiedRequest {
  method: string;
  path: string;
}

/** A running {@link startCountingProxy}. */
export interface CountingProxy {
  /** Base URL to give the gateway instead of the upstream's. */
  readonly url: string;
  /** Every request forwarded since the last {@link reset}, in arrival order. */
  readonly requests: readonly ProxiedRequest[];
  /** How many forwarded requests match `method` and a path `pattern`. */
  count(method: string, pattern: RegExp): number;
  /** Forgets what was counted so far. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * A transparent HTTP proxy in front of the emulator that records every request it forwards, so a
 * test can assert how many upstream calls one GraphQL request cost. It forwards bodies and headers
 * unchanged (signatures and bearer tokens stay valid) and streams answers back as they come.
 */
export async function startCountingProxy(upstream: string): Promise<CountingProxy> {
  const target = new URL(upstream);
  let requests: ProxiedRequest[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method: req.method ?? 'GET', path });
    const forward = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    count: (method, pattern) => requests.filter((r) => r.method === method && pattern.test(r.path)).length,
    reset() {
      requests = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
