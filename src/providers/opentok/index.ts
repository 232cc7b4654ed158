/**
 * The OpenTok adapter: `createOpenTokProvider(options)` returns a `VideoProvider` for one OpenTok
 * project. The catalog (src/providers/catalog.ts) is its only caller in the gateway; tests import
 * its pieces from the files that define them.
 */
export { createOpenTokProvider, type OpenTokProviderOptions } from './adapter.js';
