import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config.js';
import { type ArchivePoller, createArchivePoller } from '../events/archive-poller.js';
import { createArchiveReads } from '../events/archive-reads.js';
import type { EventBus } from '../events/bus.js';
import { createMemoryEventServices, type EventServices } from '../events/event-services.js';
import type { Logger } from '../logger.js';
import type { Observability } from '../observability/index.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../observability/request-id.js';
import { runInScope } from '../observability/request-scope.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { Services } from '../schema/context.js';
import { logAccess } from './access-log.js';
import { createAuthenticator } from './auth.js';
import { bufferGraphQLBody } from './body-limit.js';
import { type DrainReport, trackInFlight } from './drain.js';
import { createMetricsRoute } from './metrics.js';
import { readiness } from './health.js';
import { createOpenViduAppServer } from './openvidu-app-server.js';
import { createOriginPolicy } from './origin-policy.js';
import { attachWebSocket } from './websocket.js';
import { createWebhookRoute } from './webhooks.js';
import { createGatewayYoga, type GatewayYoga } from './yoga.js';

/** A node:http route beside yoga: takes the request and returns true when `pathname` is its own. */
type Route = (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;

/** What {@link createApp} needs. */
export interface AppOptions {
  config: Config;
  registry: ProviderRegistry;
  logger: Logger;
  /** Metrics, tracing and the upstream observer the providers were given; the caller closes it. */
  observability: Observability;
  /** The bus, webhook dedupe and poll leases (in process or through Redis). @default in memory */
  events?: EventServices;
}

/** The gateway's HTTP server and everything hanging off it. */
export interface App {
  httpServer: Server;
  registry: ProviderRegistry;
  yoga: GatewayYoga;
  bus: EventBus;
  poller: ArchivePoller;
  observability: Observability;
  /** Starts listening; resolves to the base URL (`http://host:port`). */
  listen(port: number, host: string): Promise<string>;
  /**
   * The graceful drain (docs/operations.md, Shutdown): `/readyz` answers 503 for
   * `config.shutdown.delayMs` while the listener still accepts; then it stops accepting, closes
   * WebSockets with 1001, ends SSE streams cleanly and lets in-flight requests finish for up to
   * `graceMs` (default `config.shutdown.graceMs`), cuts what is left, and disposes. Resolves to
   * what had to be cut; a second call returns the first one's result.
   */
  close(graceMs?: number): Promise<DrainReport>;
}

/**
 * Builds the gateway's edge: one node:http server serving GraphQL over HTTP and SSE (yoga, with
 * the health checks), GraphQL over WebSocket (graphql-ws, same path), the provider webhooks and
 * the OpenVidu app-server endpoints, all under one origin policy.
 */
export function createApp(options: AppOptions): App {
  const { config, registry, logger } = options;
  const events = options.events ?? createMemoryEventServices();
  const { bus } = events;
  const archiveReads = createArchiveReads({ bus });
  const poller = createArchivePoller({
    bus,
    leases: events.leases,
    intervalMs: config.archivePollIntervalMs,
    logger,
    fetchArchive: (provider, archiveId) => archiveReads.read(registry.get(provider), archiveId),
  });
  const services: Services = { config, registry, bus, poller, archiveReads, logger };
  const policy = createOriginPolicy(config);
  let shuttingDown = false;
  const drainStart = new AbortController();

  const { observability } = options;
  const { metrics } = observability;
  const authenticator = createAuthenticator(config.auth);
  const isReady = readiness([
    { ready: () => !shuttingDown, status: 'shutting down' },
    { ready: () => events.isReachable(), status: `${events.kind} unreachable` },
  ]);
  const yoga = createGatewayYoga({
    services,
    policy,
    authenticator,
    isReady,
    drainSignal: drainStart.signal,
    observability,
  });
  const routes: Route[] = [
    createMetricsRoute({ metrics, token: config.metricsToken }),
    createWebhookRoute({ registry, bus, dedupe: events.dedupe, logger, metrics }),
    createOpenViduAppServer({ registry, logger, policy }),
  ];
  const accessLogger = logger.child({ component: 'access' });

  const httpServer = createServer((req, res) => {
    inFlight.track(req, res);
    // A keep-alive client should reconnect elsewhere once this instance is going away.
    if (shuttingDown && !res.headersSent) res.setHeader('connection', 'close');
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    logAccess(accessLogger, req, res, pathname, requestId);
    // Everything this request starts, upstream calls included, carries its id (docs/operations.md#logs).
    runInScope({ requestId }, () => {
      if (routes.some((route) => route(req, res, pathname))) return;
      void bufferGraphQLBody(req, res).then((ok) => {
        if (ok) void yoga.handle(req, res);
      });
    });
  });
  const inFlight = trackInFlight(httpServer);
  const webSocket = attachWebSocket({
    httpServer,
    yoga,
    policy,
    authenticator,
    trustedDocuments: config.trustedDocuments,
    logger: logger.child({ component: 'websocket' }),
  });
  let closing: Promise<DrainReport> | null = null;

  async function drain(graceMs: number): Promise<DrainReport> {
    shuttingDown = true;
    // Readiness only: the listener keeps serving while a load balancer notices the 503.
    if (config.shutdown.delayMs > 0) await sleep(config.shutdown.delayMs);
    poller.close();
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    inFlight.drain();
    // 1001 first, so graphql-ws clients resubscribe elsewhere rather than see their operations complete.
    const socketsClosed = webSocket.close();
    drainStart.abort();
    const grace = new AbortController();
    const inTime = await Promise.race([
      Promise.all([closed, socketsClosed]).then(() => true),
      sleep(graceMs, false, { signal: grace.signal }).catch(() => false),
    ]);
    grace.abort();
    let report: DrainReport = { cutRequests: 0, cutSockets: 0 };
    if (!inTime) {
      report = { cutRequests: inFlight.size, cutSockets: webSocket.terminate() };
      httpServer.closeAllConnections();
      await Promise.all([closed, socketsClosed]);
    }
    await yoga.dispose();
    archiveReads.close();
    await bus.close();
    return report;
  }

  return {
    httpServer,
    registry,
    yoga,
    bus,
    poller,
    observability,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        // ws hands the server's 'error' events to graphql-ws, which prints a failed listen as an
        // internal error with a stack. A failed listen is the caller's to report, in one line
        // naming the variable (src/listen-errors.ts): the other listeners wait until we listen.
        const others = httpServer.rawListeners('error') as Array<(...args: unknown[]) => void>;
        httpServer.removeAllListeners('error');
        const restore = () => {
          for (const listener of others) httpServer.on('error', listener);
        };
        const failed = (error: Error) => {
          restore();
          reject(error);
        };
        httpServer.once('error', failed);
        httpServer.listen(port, host, () => {
          httpServer.off('error', failed);
          restore();
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    close(graceMs = config.shutdown.graceMs) {
      closing ??= drain(graceMs);
      return closing;
    },
  };
}
