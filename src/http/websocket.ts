import type { Server } from 'node:http';
import { GraphQLError, getOperationAST } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Plugin } from 'graphql-yoga';
import { WebSocket, WebSocketServer } from 'ws';
import { isGatewayError } from '../errors.js';
import { SubscriberTooSlowError } from '../events/subscriber-too-slow.js';
import type { Logger } from '../logger.js';
import type { Caller } from '../schema/context.js';
import type { Authenticator } from './auth.js';
import type { OriginPolicy } from './origin-policy.js';
import { DIRECT_ANSWERS, type DirectAnswers } from './shared-subscriptions.js';
import { type TrustedDocuments, trustedQuery } from './trusted-documents.js';
import { type GatewayYoga, withCode } from './yoga.js';

/** Largest WebSocket message accepted (the ws default is 100 MiB). */
const WS_MAX_PAYLOAD = 64 * 1024;

/**
 * Most operations one socket may run at once (docs/operations.md, Limits): each subscription
 * holds a bus listener and may poll its provider. One more is refused alone; the socket and its
 * other operations go on.
 */
export const WS_MAX_OPERATIONS = 100;

/**
 * Close code of a socket whose subscriber fell too far behind (docs/operations.md#slow-subscribers).
 * Not one of graphql-ws' own codes, and not one its client treats as fatal: it reconnects and
 * subscribes again, and each subscription starts with the current status.
 */
export const SLOW_SUBSCRIBER_CLOSE = { code: 4413, reason: 'subscriber too slow' } as const;

/**
 * Close of a socket whose caller token has expired: graphql-ws' Forbidden, which its client
 * retries, so a client that refreshes its token in `connectionParams` reconnects with the new one.
 */
export const TOKEN_EXPIRED_CLOSE = { code: CloseCode.Forbidden, reason: 'Forbidden: the caller token has expired' } as const;

/** setTimeout's longest delay (about 24.8 days); a later expiry is re-armed when it runs out. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What {@link attachWebSocket} needs. */
export interface WebSocketOptions {
  httpServer: Server;
  yoga: GatewayYoga;
  policy: OriginPolicy;
  /** Verifies the token of `connection_init` (the same one HTTP uses). */
  authenticator: Authenticator;
  /** When set, only these documents run (docs/operations.md#trusted-documents). */
  trustedDocuments?: TrustedDocuments | null;
  /** Where a client's protocol violations are noted (at debug level); none: not noted. */
  logger?: Logger;
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

/** True when `error`, or an error it wraps, is a {@link SubscriberTooSlowError}. */
function tooSlow(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = (e as { originalError?: unknown }).originalError) {
    if (e instanceof SubscriberTooSlowError) return true;
  }
  return false;
}

/**
 * Yoga plugin that drops a slow WebSocket subscriber: when a subscription's stream ends with
 * {@link SubscriberTooSlowError}, the socket it runs on is closed with {@link SLOW_SUBSCRIBER_CLOSE}.
 * A client that stopped reading cannot read an error message either, and closing frees what the
 * socket still holds. Over SSE (no socket) the error ends that stream, with its code.
 */
export function useSlowSubscriberClose(): Plugin {
  return {
    onSubscribe: ({ args }) => ({
      // Registered before yoga's error masking, so the error is still ours here (GraphQL may have
      // wrapped it, located at the subscription field).
      onSubscribeError: ({ error }) => {
        const socket = (args.contextValue as { socket?: unknown }).socket;
        if (tooSlow(error) && socket instanceof WebSocket) {
          socket.close(SLOW_SUBSCRIBER_CLOSE.code, SLOW_SUBSCRIBER_CLOSE.reason);
        }
      },
    }),
  };
}

/** Message types only a server sends; graphql-ws throws on them, which use/ws reports as 4500. */
const SERVER_ONLY_TYPES = new Set(['connection_ack', 'next', 'error']);

/**
 * Refuses a client message of a server-only type as the bad request it is (4400), not as the
 * internal error (4500) graphql-ws would close with: such a message never reaches graphql-ws.
 */
function refuseServerMessages(socket: WebSocket): void {
  const on = socket.on.bind(socket);
  socket.on = ((event: string, listener: (...args: unknown[]) => void) => {
    if (event !== 'message') return on(event, listener);
    return on('message', (data: unknown, ...rest: unknown[]) => {
      let type: unknown;
      try {
        type = (JSON.parse(String(data)) as { type?: unknown } | null)?.type;
      } catch {
        // Not JSON: graphql-ws refuses it itself, with 4400.
      }
      if (typeof type === 'string' && SERVER_ONLY_TYPES.has(type)) {
        socket.close(CloseCode.BadRequest, `Unexpected message of type ${type} from a client`);
        return;
      }
      listener(data, ...rest);
    });
  }) as typeof socket.on;
}

/**
 * Keeps a client's WebSocket protocol violations (a message over {@link WS_MAX_PAYLOAD}, invalid
 * UTF-8, a bad frame: the `WS_ERR_*` errors of ws) out of graphql-ws' error listener, which would
 * print each as an internal error with its stack on the console. ws has already closed such a
 * socket with the code that says why (1009, 1007, 1002); the gateway notes it at debug level, as
 * any refused client input (docs/operations.md#logs).
 */
function quietClientProtocolErrors(socket: WebSocket, logger: Logger | undefined): void {
  const once = socket.once.bind(socket);
  socket.once = ((event: string, listener: (...args: unknown[]) => void) => {
    if (event !== 'error') return once(event, listener);
    return once('error', (error: unknown, ...rest: unknown[]) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && code.startsWith('WS_ERR_')) {
        logger?.debug({ code }, 'WebSocket closed for a protocol violation by the client');
        return;
      }
      listener(error, ...rest);
    });
  }) as typeof socket.once;
}

/** ws sends a Buffer as a binary frame unless told otherwise; graphql-ws messages are text. */
const TEXT_FRAME = { binary: false } as const;
const CLOSING_BRACE = 0x7d;

/**
 * Writes a subscription's answers to `socket` as graphql-ws `next` messages, the answer's JSON
 * (made once for every subscriber sharing it) inside a frame naming this operation. While a
 * write is still waiting in the process (the kernel took no more), the stream is told to wait
 * for it, as graphql-ws waits for each of its own writes: a reader that stopped reading then
 * falls behind in its bounded queue and is dropped (docs/operations.md#slow-subscribers).
 */
function directAnswers(socket: WebSocket, id: string): DirectAnswers {
  const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  const prefixBytes = Buffer.byteLength(prefix);
  let waiting: (() => void) | null = null;
  let closeHeard = false;
  const resume = () => {
    const resolve = waiting;
    waiting = null;
    resolve?.();
  };
  const flushed = () => {
    if (socket.bufferedAmount === 0) resume();
  };
  return {
    send(resultJson) {
      if (socket.readyState !== WebSocket.OPEN) return undefined;
      // The shared bytes copied after this operation's prefix: no text to encode per socket.
      const frame = Buffer.allocUnsafe(prefixBytes + resultJson.length + 1);
      frame.write(prefix, 0);
      resultJson.copy(frame, prefixBytes);
      frame[frame.length - 1] = CLOSING_BRACE;
      socket.send(frame, TEXT_FRAME, flushed);
      if (socket.bufferedAmount === 0) return undefined;
      if (!closeHeard) {
        closeHeard = true;
        // A socket that closes with writes pending: the stream goes on, to its end.
        socket.once('close', resume);
      }
      return new Promise<void>((resolve) => {
        waiting = resolve;
      });
    },
  };
}

/** Closes `socket` once its caller token is no longer accepted; returns the function that cancels it. */
function closeAtExpiry(socket: WebSocket, validUntil: number): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = validUntil - Date.now();
    if (left <= 0) return socket.close(TOKEN_EXPIRED_CLOSE.code, TOKEN_EXPIRED_CLOSE.reason);
    timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
    // A socket, not this timer, keeps the process serving.
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}

/**
 * Serves graphql-ws (the `graphql-transport-ws` protocol) on yoga's endpoint of `httpServer`.
 * Every operation runs through `yoga.getEnveloped`, so it gets the same context, armor limits and
 * error masking as over HTTP.
 */
export function attachWebSocket(options: WebSocketOptions): GatewayWebSocket {
  const { httpServer, yoga, policy, authenticator, trustedDocuments } = options;
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

  // Registered before graphql-ws' own listener, so they see each socket first.
  wss.on('connection', refuseServerMessages);
  wss.on('connection', (socket: WebSocket) => quietClientProtocolErrors(socket, options.logger));

  const server = useServer<Record<string, unknown>>(
    {
      // A missing or bad token refuses the socket: returning false closes it with 4403. A socket
      // lives no longer than its token (docs/operations.md#callers-and-scopes).
      onConnect: async (ctx) => {
        try {
          const verified = await authenticator.verify(authorizationParam(ctx.connectionParams));
          if (!verified && authenticator.required) return false;
          callers.set(ctx.extra.socket, verified?.caller ?? null);
          // graphql-ws keeps the upgrade request, every header of it, and the connection_init
          // payload (the bearer token) for the socket's life; past the handshake nothing needs
          // them (the caller is kept above), and thousands of sockets would each hold them
          // (docs/performance.md#fan-out).
          (ctx.extra as { request?: unknown }).request = undefined;
          (ctx as { connectionParams?: unknown }).connectionParams = undefined;
          if (verified) {
            const { socket } = ctx.extra;
            socket.once('close', closeAtExpiry(socket, verified.validUntil));
          }
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
      onSubscribe: async (ctx, id, payload) => {
        // graphql-ws has already registered this operation in `ctx.subscriptions`.
        if (Object.keys(ctx.subscriptions).length > WS_MAX_OPERATIONS) {
          return [
            new GraphQLError(`this socket already runs ${WS_MAX_OPERATIONS} operations; complete one first`, {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ];
        }
        let params = payload;
        // Yoga's persisted operations plugin runs on HTTP parameters only: the same rule, here.
        if (trustedDocuments) {
          const query = trustedQuery(trustedDocuments, payload);
          if (query instanceof GraphQLError) return [query];
          params = { ...payload, query };
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          socket: ctx.extra.socket,
          [DIRECT_ANSWERS]: directAnswers(ctx.extra.socket, id),
          params,
          caller: callers.get(ctx.extra.socket) ?? null,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(params.query);
        } catch (error) {
          return [withCode(error as GraphQLError) as GraphQLError];
        }
        // graphql-ws' own refusal of this case carries no code.
        if (!getOperationAST(document, params.operationName)) {
          return [
            new GraphQLError('the document must hold exactly one operation, or operationName must name one of them', {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ];
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
        if (errors.length) return errors.map((error: GraphQLError) => withCode(error) as GraphQLError);
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
