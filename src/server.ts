import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { createContext, type Context, type Services } from './context.js';
import { createArchivePoller, type ArchivePoller } from './events/archive-poller.js';
import { createEventBus, type EventBus } from './events/bus.js';
import { GRAPHIQL_EXAMPLES, GRAPHIQL_VARIABLES } from './graphiql-examples.js';
import { createYogaLogger, type Logger } from './logger.js';
import type { ProviderRegistry } from './providers/registry.js';
import { schema } from './schema/index.js';
import { maskError } from './schema/errors.js';
import { APP_SERVER_PATH, createOpenViduAppServer } from './openvidu-app-server.js';
import { createWebhookHandler, isWebhookPath } from './webhooks.js';

/** Largest WebSocket message accepted (the ws default is 100 MiB). */
const WS_MAX_PAYLOAD = 64 * 1024;
/** Largest GraphQL request body accepted over HTTP (yoga sets none). */
export const MAX_GRAPHQL_BODY = 100 * 1024;

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
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  bus: EventBus;
  poller: ArchivePoller;
  /** Starts listening; resolves to the base URL (`http://host:port`). */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, closes WebSockets with 1001, ends streams after a grace period, disposes. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Builds the gateway: one node:http server serving GraphQL over HTTP and SSE (yoga), GraphQL over
 * WebSocket (graphql-ws, same path), provider webhooks and health checks.
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
  let shuttingDown = false;

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(services),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: {
      title: 'Video GraphQL gateway',
      subscriptionsProtocol: 'WS',
      defaultQuery: GRAPHIQL_EXAMPLES,
      defaultTabs: [{ query: GRAPHIQL_EXAMPLES, variables: GRAPHIQL_VARIABLES }],
    },
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    cors:
      config.corsOrigins.length > 0
        ? { origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins, credentials: !config.corsOrigins.includes('*') }
        : config.env === 'production'
          ? false
          : undefined,
    logging: createYogaLogger(logger),
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 8 },
        maxAliases: { n: 15 },
        maxDirectives: { n: 10 },
        maxTokens: { n: 2000 },
        costLimit: { maxCost: 5000 },
      }),
    ],
  });

  const handleWebhook = createWebhookHandler({ registry, bus, logger });
  const handleAppServer = createOpenViduAppServer({ config, registry, logger });

  const httpServer = createServer((req: IncomingMessage, res: ServerResponse) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (isWebhookPath(pathname)) {
      void handleWebhook(req, res, pathname);
      return;
    }
    const appServer = APP_SERVER_PATH.exec(pathname);
    if (appServer) {
      void handleAppServer(req, res, appServer);
      return;
    }
    if (pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (pathname === '/readyz') {
      const ready = !shuttingDown;
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ready ? 'ready' : 'shutting down' }));
      return;
    }
    // Cap request bodies before yoga buffers them. (A chunked body has no declared length; the
    // armor token limit still bounds what the parser does with it.)
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_GRAPHQL_BODY) {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ errors: [{ message: `request body larger than ${MAX_GRAPHQL_BODY} bytes` }] }));
      req.resume();
      return;
    }
    void yoga.handle(req, res);
  });

  const allowedOrigin = (origin: string | undefined): boolean =>
    !origin || config.corsOrigins.length === 0 || config.corsOrigins.includes('*') || config.corsOrigins.includes(origin);

  const wss = new WebSocketServer({
    server: httpServer,
    path: yoga.graphqlEndpoint,
    maxPayload: WS_MAX_PAYLOAD,
    // Cross-site WebSocket hijacking: browsers send Origin on upgrade; only allowed origins pass.
    verifyClient: ({ origin }: { origin: string | undefined }) => allowedOrigin(origin),
  });

  const wsServer = useServer<Record<string, unknown>>(
    {
      // yoga's enveloped execute/subscribe travel in rootValue (see onSubscribe below).
      // biome-ignore lint/suspicious/noExplicitAny: graphql-ws types rootValue as unknown
      execute: (args: any) => args.rootValue.execute(args),
      // biome-ignore lint/suspicious/noExplicitAny: as above
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const {
          schema: s,
          execute,
          subscribe,
          contextFactory,
          parse,
          validate,
        } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(params.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const args = {
          schema: s,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wss,
  );

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
    async close(graceMs = 5000) {
      shuttingDown = true;
      poller.close();
      await wsServer.dispose();
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
