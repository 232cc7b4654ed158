/**
 * The Vonage adapter: `createVonageProvider(options)` returns a `VideoProvider` for one Vonage
 * Video application. The catalog (src/providers/catalog.ts) is its only caller in the gateway;
 * tests import its pieces from the files that define them.
 */
export { createVonageProvider, type VonageProviderOptions } from './adapter.js';
