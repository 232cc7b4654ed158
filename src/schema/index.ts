import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './enums.js';
import './session.js';
import './token.js';
import './archive.js';
import './sip.js';
import './moderation.js';
import './subscription.js';
import './providers.js';

/** The executable schema of the public API. */
export const schema = builder.toSchema({ sortSchema: true });

/** The SDL committed as `schema.graphql` (a test fails when they drift). */
export function printPublicSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
