import type { Server } from 'node:http';
import type { GraphQLError } from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { isGatewayError } from '../errors.js';
import type { Caller } from '../schema/context.js';
import type { Authenticator } from './auth.js';
import type { OriginPolicy } from './origin-policy.js';
import type { GatewayYoga } from './yoga.js';

/** Largest WebSocket message accepted (the ws default is 100 MiB). */
const WS_MAX_PAYLOAD = 64 * 1024;

/** What {@link attachWebSocket} needs. */
export interface WebSocketOptions {
  httpServer: Server;
  yoga: GatewayYoga;
  policy: OriginPolicy;
  /** Verifies the token of `connection_init` (the same one HTTP uses). */
  authenticator: Authenticator;
}

/** The bearer token of `connection_init`: `authorization`, or `Authorization`. */
function authorizationParam(params: Record<string, unknown> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : null;
}

/**
 * Serves graphql-ws (the `graphql-transport-ws` protocol) on yoga's endpoint of `httpServer`.
 * Every operation runs through `yoga.getEnveloped`, so it gets the same context, armor limits and
 * error masking as over HTTP. `dispose()` closes the sockets with 1001.
 */
export function attachWebSocket(options: WebSocketOptions): Disposable {
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

  return useServer<Record<string, unknown>>(
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
}
