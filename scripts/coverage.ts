/**
 * `npm run coverage`: prints the operation-by-provider table from the capabilities the adapters
 * declare, and writes it into README.md between its coverage markers; a test fails when they drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { createEmulator } from '../src/emulator/index.js';
import { silentLogger } from '../src/logger.js';
import { emulatedProviders } from '../src/providers/catalog.js';
import { coverageTable } from '../src/schema/coverage.js';

const START = '<!-- coverage:start -->';
const END = '<!-- coverage:end -->';

const emulator = await createEmulator();
const providers = emulatedProviders(emulator, loadConfig({ NODE_ENV: 'test' }), silentLogger);
const table = coverageTable(providers);
await Promise.all(providers.map((p) => p.close()));
await emulator.close();

const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error(`README.md has no ${START} ... ${END} block`);
writeFileSync(readmeUrl, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
console.log(table);
