import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createYogaLogger } from '../logger.js';
import type { Context, Services } from '../schema/context.js';
import { maskError } from '../schema/errors.js';
import { schema } from '../schema/index.js';
import { useArmorLimits } from './armor.js';
import { useCsrfPrevention } from './csrf.js';
import { GRAPHIQL } from './graphiql.js';
import { useHealthChecks } from './health.js';
import { useListCap } from './list-cap.js';
import type { OriginPolicy } from './origin-policy.js';

/** The gateway's yoga instance: GraphQL over HTTP and SSE, and the engine graphql-ws runs on. */
export type GatewayYoga = YogaServerInstance<Record<string, unknown>, Context>;

/** What {@link createGatewayYoga} needs. */
export interface GatewayYogaOptions {
  services: Services;
  policy: OriginPolicy;
  /** False once the server is shutting down (`/readyz`). */
  isReady: () => boolean;
}

/**
 * Builds yoga at `/graphql`: the schema with a context built per operation, GraphiQL with the
 * walk-through, expected errors kept and the rest masked, logs without documents or variables,
 * the armor limits, CORS by the origin policy, and the health checks.
 */
export function createGatewayYoga(options: GatewayYogaOptions): GatewayYoga {
  const { services, policy, isReady } = options;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    // A fresh object per operation, whatever its transport: per-request caches hang off it.
    context: (): Context => ({ ...services }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: GRAPHIQL,
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    cors: policy.yogaCors,
    logging: createYogaLogger(services.logger),
    plugins: [useCsrfPrevention(), useArmorLimits(), useListCap(), useHealthChecks(isReady)],
  });
}
