/**
 * The emulator's node:http server: it gives each request to its mount (a face, or the control
 * API), then runs fault injection, the mount's authentication, the route with its capped body,
 * and renders errors the mount's way. It knows no face by name (see `face.ts`).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';
import { readBody } from './body.js';
import type { Mount } from './face.js';
import { DEFAULT_FAULT_STATUS } from './faults.js';
import type { Fault, FaultInjector } from './faults.js';
import { HttpError, json, matchRoute } from './http.js';
import type { Reply } from './http.js';
import type { Timers } from './clock.js';

/** What the server shares with the rest of the emulator. */
export interface ServerDeps {
  readonly faults: FaultInjector;
  readonly timers: Timers;
  readonly logger: Logger;
}

/** A listening emulator server. */
export interface ListeningServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string | number> = { ...reply.headers };
  if (reply.contentType) headers['content-type'] = reply.contentType;
  if (reply.status !== 204) headers['content-length'] = reply.body === undefined ? 0 : Buffer.byteLength(reply.body);
  res.writeHead(reply.status, headers);
  res.end(reply.body);
}

function faultReply(mount: Mount, fault: Fault, pathname: string): Reply {
  const status = fault.status ?? DEFAULT_FAULT_STATUS;
  if (fault.body === undefined) {
    // No body given: the error the face itself would send with that status.
    return mount.errorReply(
      new HttpError(status, 'Injected fault', { description: 'Answered by a fault from POST /emulator/faults.' }),
      pathname,
    );
  }
  // A string body goes out as is, so tests can mimic HTML or XML error pages from proxies.
  if (typeof fault.body === 'string') return { status, body: fault.body, contentType: 'text/plain' };
  return json(status, fault.body);
}

function covers(prefix: string, pathname: string): boolean {
  return prefix === '' || pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/**
 * Orders mounts for dispatch: longest prefix first and, at one prefix, those that choose their
 * requests before the one that takes the rest.
 */
function dispatchOrder(mounts: readonly Mount[]): Mount[] {
  return [...mounts].sort((a, b) => b.prefix.length - a.prefix.length || Number(!a.claims) - Number(!b.claims));
}

/** Builds the request listener over a set of mounts. */
export function requestListener(mounts: readonly Mount[], deps: ServerDeps) {
  const ordered = dispatchOrder(mounts);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://emulator.invalid');
    } catch {
      send(res, json(400, new HttpError(400, 'Malformed request URL').toBody()));
      return;
    }
    // One trailing slash is tolerated: @vonage/video calls `.../broadcast/` for lists.
    const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
    const mount = ordered.find((m) => covers(m.prefix, pathname) && (m.claims?.(req, pathname) ?? true));
    if (!mount) {
      send(res, json(404, new HttpError(404, 'Resource not found', { description: `Nothing is served at ${pathname}.` }).toBody()));
      return;
    }

    try {
      const fault = mount.faultable ? deps.faults.take(method, pathname) : undefined;
      if (fault) {
        if (fault.delayMs > 0) await deps.timers.sleep(fault.delayMs);
        if (fault.drop) {
          req.socket.destroy();
          return;
        }
        if (fault.answers) {
          send(res, faultReply(mount, fault, pathname));
          return;
        }
      }

      const match = matchRoute(mount.routes, method, pathname);
      await mount.authorize(req, match);
      if (!match.found) throw mount.unmatched(method, pathname, match.allowed);
      const body = await readBody(req);
      const reply = await match.route.handle({ req, method, pathname, params: match.params, query: url.searchParams, body });
      send(res, reply);
    } catch (error) {
      if (!(error instanceof HttpError)) {
        deps.logger.error({ err: error, method, path: pathname }, 'emulator: unexpected error while handling a request');
      }
      const reply = mount.errorReply(error, pathname);
      // After a 413 the rest of the body is unread: close rather than parse it as a request.
      send(
        res,
        error instanceof HttpError && error.status === 413 ? { ...reply, headers: { ...reply.headers, connection: 'close' } } : reply,
      );
    }
  };
}

function formatUrl(host: string, port: number): string {
  // A wildcard bind is reachable on loopback; say so in the URL others will call.
  const shown = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/** Starts listening and resolves once the port is bound. */
export function listen(mounts: readonly Mount[], deps: ServerDeps, host: string, port: number): Promise<ListeningServer> {
  const handle = requestListener(mounts, deps);
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // Keep-alive sockets from SDK clients must not delay close().
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        server,
        url: formatUrl(host, address.port),
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
