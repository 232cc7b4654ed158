/**
 * The OpenVidu 2 adapter: `createOpenViduProvider(options)` returns a `VideoProvider` for one
 * OpenVidu 2 deployment (CE or PRO) over its REST API under `<OPENVIDU_URL>/openvidu/api`. The
 * pieces (id claims, mapping, error table, webhook parsing) are exported for tests.
 */
export { createOpenViduProvider, apiBaseUrl, type OpenViduProviderOptions } from './adapter.js';
export { claimSessionId, claimRecordingId } from './ids.js';
export { toArchiveInfo, toConnectionInfo, toSessionInfo, toStreamInfos, recordingStatusOf } from './mapping.js';
export { mapOpenViduError, isSafeToShow, type OpenViduOperation } from './errors.js';
export { createWebhookHandler, parseWebhook, type OpenViduWebhookOptions } from './webhook.js';
export { RevocationScheduler, type RevocationSchedulerOptions } from './revocations.js';
