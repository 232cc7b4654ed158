import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { isGatewayError } from '../errors.js';
import type { Caller } from '../schema/context.js';
import type { Authenticator } from './auth.js';
import type { OriginPolicy } from './origin-policy.js';
import type { GatewayYoga } from './yoga.js';

/** Largest WebSocket message accepted (the ws default is 100 MiB). */
const WS_MAX_PAYLOAD = 64 * 1024;

/**
 * Most operations one socket may run at once (docs/operations.md, Limits): each subscription
 * holds a bus listener and may poll its provider. One more is refused alone; the socket and its
 * other operations go on.
 */
export const WS_MAX_OPERATIONS = 100;

/** What {@link attachWebSocket} needs. */
export interface WebSocketOptions {
  httpServer: Server;
  yoga: GatewayYoga;
  policy: OriginPolicy;
  /** Verifies the token of `connection_init` (the same one HTTP uses). */
  authenticator: Authenticator;
}

/** The gateway's WebSocket endpoint, as a drain sees it. */
export interface GatewayWebSocket {
  /** Refuses new sockets and closes the open ones with 1001; resolves once they have all closed. */
  close(): Promise<void>;
  /** Destroys the sockets still open (their grace ran out); returns how many there were. */
  terminate(): number;
}

/** The bearer token of `connection_init`: `authorization`, or `Authorization`. */
function authorizationParam(params: Record<string, unknown> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : null;
}

/**
 * Serves graphql-ws (the `graphql-transport-ws` protocol) on yoga's endpoint of `httpServer`.
 * Every operation runs through `yoga.getEnveloped`, so it gets the same context, armor limits and
 * error masking as over HTTP.
 */
export function attachWebSocket(options: WebSocketOptions): GatewayWebSocket {
  const { httpServer, yoga, policy, authenticator } = options;
  // The caller each socket authenticated as, for the operations it then runs.
  const callers = new WeakMap<object, Caller | null>();
  const wss = new WebSocketServer({
    server: httpServer,
    path: yoga.graphqlEndpoint,
    maxPayload: WS_MAX_PAYLOAD,
    // Cross-site WebSocket hijacking: browsers send Origin on upgrade, and CORS does not apply to
    // WebSockets, so the origin policy is checked here.
    verifyClient: ({ origin }: { origin: string | undefined }) => policy.allows(origin),
  });

  const server = useServer<Record<string, unknown>>(
    {
      // A missing or bad token refuses the socket: returning false closes it with 4403.
      onConnect: async (ctx) => {
        try {
          const caller = await authenticator.authenticate(authorizationParam(ctx.connectionParams));
          if (!caller && authenticator.required) return false;
          callers.set(ctx.extra.socket, caller);
          return true;
        } catch (error) {
          if (isGatewayError(error)) return false;
          throw error;
        }
      },
      // yoga's enveloped execute/subscribe travel in rootValue (see onSubscribe below).
      // biome-ignore lint/suspicious/noExplicitAny: graphql-ws types rootValue as unknown
      execute: (args: any) => args.rootValue.execute(args),
      // biome-ignore lint/suspicious/noExplicitAny: as above
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        // graphql-ws has already registered this operation in `ctx.subscriptions`.
        if (Object.keys(ctx.subscriptions).length > WS_MAX_OPERATIONS) {
          return [
            new GraphQLError(`this socket already runs ${WS_MAX_OPERATIONS} operations; complete one first`, {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ];
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          caller: callers.get(ctx.extra.socket) ?? null,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(params.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const args = {
          schema,
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
    // graphql-ws closes each socket with 1001 "Going away", then waits for them all.
    close: async () => server.dispose(),
    terminate() {
      const open = wss.clients.size;
      for (const socket of wss.clients) socket.terminate();
      return open;
    },
  };
}
