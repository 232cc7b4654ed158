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

/** The public API, without the federation plumbing: what `schema.graphql` shows and clients use. */
const publicSchema = builder.toSchema({ sortSchema: true });

/**
 * The schema the server executes: the public API plus `_service` and `_entities`, so the gateway
 * also serves as an Apollo Federation v2 subgraph.
 */
export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key'],
  sortSchema: true,
});

/** The SDL committed as `schema.graphql` (a test fails when they drift). */
export function printPublicSchema(): string {
  return `${printSchema(lexicographicSortSchema(publicSchema))}\n`;
}

/** The subgraph SDL (with `@link` and `@key`), committed as `subgraph.graphql`. */
export function printSubgraph(): string {
  return `${printSubgraphSchema(lexicographicSortSchema(schema))}\n`;
}
