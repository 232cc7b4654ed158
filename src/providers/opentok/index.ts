/**
 * The OpenTok adapter: `createOpenTokProvider(options)` returns a `VideoProvider` for one OpenTok
 * project. The pieces (token minting, session-id decoding, webhook verification) are exported for
 * tests and for the Vonage adapter's reuse where the wire formats coincide.
 */
export { createOpenTokProvider, type OpenTokProviderOptions } from './adapter.js';
export { createClientTokenMinter, type ClientTokenMinter, type MintedToken } from './client-tokens.js';
export { decodeSessionId, sessionBelongsTo, type DecodedSessionId } from './session-ids.js';
export { createWebhookHandler, parseCallback, type OpenTokWebhookOptions } from './webhook.js';
export { toArchiveInfo, archiveStatusOf } from './mapping.js';
export { mapOpenTokError } from './errors.js';
