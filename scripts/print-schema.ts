/** `npm run schema`: writes `schema.graphql` from the Pothos schema (a test fails when they drift). */
import { writeFileSync } from 'node:fs';
import { printPublicSchema } from '../src/schema/index.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), printPublicSchema());
console.log('schema.graphql written');
