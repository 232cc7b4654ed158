import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { isGatewayError } from '../errors.js';
import { createYogaLogger } from '../logger.js';
import type { Observability } from '../observability/index.js';
import { useOperationScope } from '../observability/operation-scope.js';
import type { Caller, Context, Services } from '../schema/context.js';
import { maskError } from '../schema/errors.js';
import { schema } from '../schema/index.js';
import { type Authenticator, createAuthenticator } from './auth.js';
import { useArmorLimits } from './armor.js';
import { useCsrfPrevention } from './csrf.js';
import { useSubscriptionDrain } from './drain.js';
import { GRAPHIQL } from './graphiql.js';
import { createGraphiQLRenderer } from './graphiql-page.js';
import { useHealthChecks } from './health.js';
import { useListCap } from './list-cap.js';
import { useRequestMetrics, useSubscriptionGauge } from './metrics.js';
import type { OriginPolicy } from './origin-policy.js';
import { useSharedSubscriptionResults } from './shared-subscriptions.js';
import { useTrustedDocuments } from './trusted-documents.js';
import { useSlowSubscriberClose } from './websocket.js';

/** The gateway's yoga instance: GraphQL over HTTP and SSE, and the engine graphql-ws runs on. */
export type GatewayYoga = YogaServerInstance<Record<string, unknown>, Context>;

/** What {@link createGatewayYoga} needs. */
export interface GatewayYogaOptions {
  services: Services;
  policy: OriginPolicy;
  /** False once the server is shutting down (`/readyz`). */
  isReady: () => boolean;
  /** Aborts when the drain begins: every subscription then completes (./drain.ts). */
  drainSignal?: AbortSignal;
  /** Verifies callers' tokens; defaults to one built from `services.config.auth`. */
  authenticator?: Authenticator;
  /** Request metrics, the subscription gauge and operation spans (docs/operations.md#metrics). */
  observability?: Observability;
}

/**
 * The caller of an HTTP request. A bad token fails the whole request with 401 and the
 * `WWW-Authenticate` challenge of RFC 6750; no token is an anonymous caller (refused field by field).
 */
async function callerOf(authenticator: Authenticator, request: Request): Promise<Caller | null> {
  try {
    return await authenticator.authenticate(request.headers.get('authorization'));
  } catch (error) {
    if (!isGatewayError(error)) throw error;
    throw new GraphQLError(error.message, {
      extensions: { code: error.code, http: { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } } },
    });
  }
}

/**
 * Gives a code to a GraphQL error that came without one: what yoga's plugins (CSRF) and the relay
 * plugin (a malformed global id) refuse is the caller's request, so BAD_USER_INPUT. Every error a
 * client sees then carries `extensions.code` (docs/architecture.md#errors).
 */
export function withCode(error: Error): Error {
  if (!(error instanceof GraphQLError) || typeof error.extensions.code === 'string') return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}

/**
 * Refuses introspection queries (`INTROSPECTION=false`, the production default): `__schema` and
 * `__type` only. Federation's `_service { sdl }` is an ordinary field, so a router still reads the
 * subgraph's schema (test/graphql/federation-production.test.ts).
 */
const noIntrospection: Plugin = {
  onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
};

/**
 * Builds yoga at `/graphql`: the schema with a context built per operation, GraphiQL with the
 * walk-through, expected errors kept and the rest masked, logs without documents or variables,
 * the armor limits, CORS by the origin policy, the health checks, and subscriptions that end on a drain.
 */
export function createGatewayYoga(options: GatewayYogaOptions): GatewayYoga {
  const { services, policy, isReady, drainSignal, observability } = options;
  const authenticator = options.authenticator ?? createAuthenticator(services.config.auth);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    // A fresh object per operation, whatever its transport: per-request caches hang off it. A
    // WebSocket authenticated its caller at connection_init (./websocket.ts) and passes it in.
    context: async (initial): Promise<Context> => ({
      ...services,
      caller: 'caller' in initial ? (initial.caller as Caller | null) : await callerOf(authenticator, initial.request as Request),
    }),
    graphqlEndpoint: '/graphql',
    // The body is already read and capped before yoga sees it (./body-limit.ts, chunked bodies
    // included); yoga's own limiter would pipe it through a stream again on every request.
    maxRequestBodySize: false,
    landingPage: false,
    graphiql: services.config.graphiql ? GRAPHIQL : false,
    renderGraphiQL: createGraphiQLRenderer(),
    maskedErrors: { maskError: (error, message) => withCode(maskError(error, message)) },
    cors: policy.yogaCors,
    logging: createYogaLogger(services.logger),
    plugins: [
      // First, so the plugins below that wrap the subscribe function wrap this one.
      useSharedSubscriptionResults(),
      useCsrfPrevention(),
      ...(services.config.trustedDocuments ? [useTrustedDocuments(services.config.trustedDocuments)] : []),
      useArmorLimits(),
      useListCap(),
      useHealthChecks(isReady),
      ...(drainSignal ? [useSubscriptionDrain(drainSignal)] : []),
      useSlowSubscriberClose(),
      ...(services.config.introspection ? [] : [noIntrospection]),
      ...(observability
        ? [
            useRequestMetrics(observability.metrics),
            useSubscriptionGauge(observability.metrics),
            useOperationScope(observability.tracing?.tracer ?? null),
          ]
        : []),
    ],
  });
}
