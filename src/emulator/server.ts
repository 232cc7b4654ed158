/**
 * The emulator's node:http server: fault injection, routing, REST authentication, capped bodies
 * and JSON errors. Route tables come from the `routes/` modules, `openvidu/routes/` and
 * `control.ts`. Paths under `/openvidu` follow the OpenVidu server's rules: Basic auth before
 * routing, 403 for unmapped method/path combinations, Spring-style error bodies.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_FAULT_STATUS } from './faults.js';
import type { Fault } from './faults.js';
import { HttpError, json, matchRoute, readBody } from './http.js';
import type { Reply, Route } from './http.js';
import { authenticateOpenVidu } from './openvidu/auth.js';
import { errorBody, OpenViduError, openviduErrorReply } from './openvidu/errors.js';
import { authenticateRest } from './opentok/rest-auth.js';
import type { Runtime } from './opentok/runtime.js';

/** Request bodies above this size are refused with 413. */
export const BODY_LIMIT_BYTES = 64 * 1024;

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

function faultReply(fault: Fault, pathname: string): Reply {
  const status = fault.status ?? DEFAULT_FAULT_STATUS;
  if (fault.body === undefined) {
    if (isOpenViduPath(pathname)) return json(status, errorBody(status, 'Injected fault', pathname));
    return json(status, { code: status, message: 'Injected fault', description: 'Answered by a fault from POST /emulator/faults.' });
  }
  // A string body goes out as is, so tests can mimic HTML or XML error pages from proxies.
  if (typeof fault.body === 'string') return { status, body: fault.body, contentType: 'text/plain' };
  return json(status, fault.body);
}

function isControlPath(pathname: string): boolean {
  return pathname === '/emulator' || pathname.startsWith('/emulator/');
}

function isOpenViduPath(pathname: string): boolean {
  return pathname === '/openvidu' || pathname.startsWith('/openvidu/');
}

/** Builds the request listener for a route table. */
export function requestListener(rt: Runtime, routes: readonly Route[]) {
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

    try {
      if (!isControlPath(pathname)) {
        const fault = rt.faults.take(method, pathname);
        if (fault) {
          if (fault.delayMs > 0) await rt.timers.sleep(fault.delayMs);
          if (fault.drop) {
            req.socket.destroy();
            return;
          }
          if (fault.answers) {
            send(res, faultReply(fault, pathname));
            return;
          }
        }
      }

      const match = matchRoute(routes, method, pathname);
      if (isOpenViduPath(pathname)) {
        // Spring Security runs before dispatch: credentials first, then the route.
        if (!match.found || match.route.kind !== 'openvidu-public') authenticateOpenVidu(req.headers, rt.openvidu.secret);
        if (!match.found) {
          // Unmapped combinations end in the secured error dispatch: 403 (protocol notes §1).
          throw pathname.startsWith('/openvidu/api/') ? new OpenViduError(403, 'Forbidden') : new OpenViduError(404, 'Not Found');
        }
      } else if (!match.found) {
        if (match.allowed.length > 0) {
          throw new HttpError(405, `Method ${method} not allowed on ${pathname}`, {
            description: `Allowed: ${match.allowed.join(', ')}.`,
          });
        }
        throw new HttpError(404, 'Resource not found', { description: `No route for ${method} ${pathname}.` });
      }
      if (match.route.kind === 'rest') await authenticateRest(req.headers, rt.project, match.params.apiKey);
      const body = await readBody(req, BODY_LIMIT_BYTES);
      const reply = await match.route.handle({ req, method, pathname, params: match.params, query: url.searchParams, body });
      send(res, reply);
    } catch (error) {
      if (isOpenViduPath(pathname)) {
        if (!(error instanceof HttpError)) {
          rt.logger.error({ err: error, method, path: pathname }, 'emulator: unexpected error while handling a request');
        }
        const reply = openviduErrorReply(error, pathname);
        send(
          res,
          error instanceof HttpError && error.status === 413 ? { ...reply, headers: { ...reply.headers, connection: 'close' } } : reply,
        );
        return;
      }
      if (error instanceof HttpError) {
        // After a 413 the rest of the body is unread: close rather than parse it as a request.
        send(res, { ...json(error.status, error.toBody()), ...(error.status === 413 ? { headers: { connection: 'close' } } : {}) });
        return;
      }
      rt.logger.error({ err: error, method, path: pathname }, 'emulator: unexpected error while handling a request');
      send(res, json(500, { code: 500, message: 'Internal emulator error', description: 'See the emulator log.' }));
    }
  };
}

function formatUrl(host: string, port: number): string {
  // A wildcard bind is reachable on loopback; say so in the URL others will call.
  const shown = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/** Starts listening and resolves once the port is bound. */
export function listen(rt: Runtime, routes: readonly Route[], host: string, port: number): Promise<ListeningServer> {
  const handle = requestListener(rt, routes);
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
