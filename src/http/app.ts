import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { type ArchivePoller, createArchivePoller } from '../events/archive-poller.js';
import { createEventBus, type EventBus } from '../events/bus.js';
import type { Logger } from '../logger.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { Services } from '../schema/context.js';
import { createAuthenticator } from './auth.js';
import { bufferGraphQLBody } from './body-limit.js';
import { createOpenViduAppServer } from './openvidu-app-server.js';
import { createOriginPolicy } from './origin-policy.js';
import { attachWebSocket } from './websocket.js';
import { createWebhookRoute } from './webhooks.js';
import { createGatewayYoga, type GatewayYoga } from './yoga.js';

/** How long SSE streams may run on once shutdown has begun, by default. */
const SHUTDOWN_GRACE_MS = 5000;

/** A node:http route beside yoga: takes the request and returns true when `pathname` is its own. */
type Route = (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;

/** What {@link createApp} needs. */
export interface AppOptions {
  config: Config;
  registry: ProviderRegistry;
  logger: Logger;
  /** Defaults to an in-memory bus. */
  bus?: EventBus;
}

/** The gateway's HTTP server and everything hanging off it. */
export interface App {
  httpServer: Server;
  registry: ProviderRegistry;
  yoga: GatewayYoga;
  bus: EventBus;
  poller: ArchivePoller;
  /** Starts listening; resolves to the base URL (`http://host:port`). */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, closes WebSockets with 1001, ends SSE streams after `graceMs`, disposes. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Builds the gateway's edge: one node:http server serving GraphQL over HTTP and SSE (yoga, with
 * the health checks), GraphQL over WebSocket (graphql-ws, same path), the provider webhooks and
 * the OpenVidu app-server endpoints, all under one origin policy.
 */
export function createApp(options: AppOptions): App {
  const { config, registry, logger } = options;
  const bus = options.bus ?? createEventBus();
  const poller = createArchivePoller({
    bus,
    intervalMs: config.archivePollIntervalMs,
    logger,
    fetchArchive: (provider, archiveId) => registry.get(provider).getArchive(archiveId),
  });
  const services: Services = { config, registry, bus, poller, logger };
  const policy = createOriginPolicy(config);
  let shuttingDown = false;

  const authenticator = createAuthenticator(config.auth);
  const yoga = createGatewayYoga({ services, policy, authenticator, isReady: () => !shuttingDown });
  const routes: Route[] = [createWebhookRoute({ registry, bus, logger }), createOpenViduAppServer({ registry, logger, policy })];

  const httpServer = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (routes.some((route) => route(req, res, pathname))) return;
    void bufferGraphQLBody(req, res).then((ok) => {
      if (ok) void yoga.handle(req, res);
    });
  });
  const webSocket = attachWebSocket({ httpServer, yoga, policy, authenticator });

  return {
    httpServer,
    registry,
    yoga,
    bus,
    poller,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    async close(graceMs = SHUTDOWN_GRACE_MS) {
      shuttingDown = true;
      poller.close();
      await webSocket.dispose();
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      // SSE subscriptions are long-lived responses: cut them after the grace period.
      const timer = setTimeout(() => httpServer.closeAllConnections(), graceMs);
      timer.unref();
      await closed;
      clearTimeout(timer);
      await yoga.dispose();
      await bus.close();
    },
  };
}
