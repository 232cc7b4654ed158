import { printSubgraphSchema } from '@apollo/subgraph';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './enums.js';
import './session.js';
import './token.js';
import './archive.js';
import './sip.js';
import './moderation.js';
import './streams.js';
import './renders.js';
import './audio-connector.js';
import './captions.js';
import './ip-cameras.js';
import './session-ops-providers.js';
import './subscription.js';
import './providers.js';
import './layout.js';
import './broadcast.js';
import './session-events.js';
import './sip-events.js';
import './federation.js';
import { buildSubgraphSchema } from './subgraph-schema.js';

/**
 * The schema the server executes: the public API plus `_service` and `_entities`, so the gateway
 * also serves as an Apollo Federation v2 subgraph.
 */
export const schema = buildSubgraphSchema();

/**
 * The SDL committed as `schema.graphql` (a test fails when they drift): the public API, without the
 * federation plumbing, as clients use it. Built here, not at start: the server never executes it.
 */
export function printPublicSchema(): string {
  return `${printSchema(lexicographicSortSchema(builder.toSchema({ sortSchema: true })))}\n`;
}

/** The subgraph SDL (with `@link` and `@key`), committed as `subgraph.graphql`. */
export function printSubgraph(): string {
  return `${printSubgraphSchema(lexicographicSortSchema(schema))}\n`;
}
