/**
 * The OpenVidu 2 adapter: `createOpenViduProvider(options)` returns a `VideoProvider` for one
 * OpenVidu 2 deployment (CE or PRO) over its REST API under `<OPENVIDU_URL>/openvidu/api`. The
 * catalog (src/providers/catalog.ts) is its only caller in the gateway; tests import its pieces
 * from the files that define them.
 */
export { createOpenViduProvider, type OpenViduProviderOptions } from './adapter.js';
