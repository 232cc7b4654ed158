/**
 * `npm run schema`: writes `schema.graphql` (the public API) and `subgraph.graphql` (the same with
 * the federation directives) from the Pothos schema; a test fails when they drift.
 */
import { writeFileSync } from 'node:fs';
import { printPublicSchema, printSubgraph } from '../src/schema/index.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), printPublicSchema());
writeFileSync(new URL('../subgraph.graphql', import.meta.url), printSubgraph());
console.log('schema.graphql and subgraph.graphql written');
