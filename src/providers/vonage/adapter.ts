/**
 * The Vonage Video application implementation of {@link VideoProvider}: the operations of the
 * OpenTok REST surface (../opentok/adapter.ts), reached with Vonage's own transport, client tokens,
 * callback verification, id rules and capabilities (docs/providers/vonage.md).
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import type { Logger } from '../../logger.js';
import { createOpenTokSurfaceProvider, OPENTOK_CAPABILITIES } from '../opentok/adapter.js';
import { ArchiveOwners } from '../opentok/archive-owners.js';
import { surfaceHints, surfacePlatform } from '../opentok/platform-names.js';
import { createWebhookHandler } from '../opentok/webhook.js';
import { createHttpClient } from '../rest/http.js';
import type { UpstreamObserver } from '../rest/observer.js';
import type { ProviderCapabilities, VideoProvider } from '../types.js';
import { createVonageTokenMinter } from './client-tokens.js';
import { createVonageTransport } from './rest-auth.js';

/** Options of {@link createVonageProvider}. */
export interface VonageProviderOptions {
  /** `VONAGE_APPLICATION_ID`: the application id (a UUID). */
  applicationId: string;
  /** `VONAGE_PRIVATE_KEY`: the application's RSA private key, as PEM text or a key object; never logged. */
  privateKey: string | KeyObject;
  /** `VONAGE_VIDEO_HOST`. @default https://video.api.vonage.com */
  videoHost?: string;
  /** `VONAGE_WEBHOOK_SECRET`: when set, callbacks must be signed with it. */
  webhookSecret?: string;
  /** Milliseconds. @default { connectMs: 3000, headersMs: 5000, bodyMs: 5000, requestMs: 8000 } */
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number; requestMs?: number };
  /** Pool size per origin. @default 16 */
  connections?: number;
  /** Sessions whose modes are remembered for getSession. @default 10000 */
  sessionCacheSize?: number;
  logger?: Logger;
  /** Sees every upstream call (metrics, spans); nothing when absent. */
  observer?: UpstreamObserver | undefined;
  /** The archive-id record shared with an OpenTok provider of the same gateway. @default a record of its own */
  archiveOwners?: ArchiveOwners;
}

const PROVIDER = 'VONAGE';
const PLATFORM = surfacePlatform(PROVIDER);

/**
 * What a Vonage application supports: what an OpenTok project does (the same REST surface, so an
 * operation added there is declared here too), except the legacy `T1` tokens. The hints name Vonage.
 */
export const VONAGE_CAPABILITIES: ProviderCapabilities = {
  ...OPENTOK_CAPABILITIES,
  tokenFormats: ['JWT'],
  hints: { ...surfaceHints(PLATFORM), format: 'Vonage applications issue JWT client tokens only' },
};

/** Creates the Vonage adapter. Builds no connection and makes no call until used. */
export function createVonageProvider(options: VonageProviderOptions): VideoProvider {
  if (!options.applicationId || !options.privateKey) {
    // No value in the message: the key is a secret.
    throw new Error('createVonageProvider needs applicationId and privateKey');
  }
  const key = typeof options.privateKey === 'string' ? createPrivateKey(options.privateKey) : options.privateKey;
  if (key.type !== 'private' || key.asymmetricKeyType !== 'rsa') throw new Error('createVonageProvider needs an RSA private key');
  return createOpenTokSurfaceProvider({
    name: PROVIDER,
    capabilities: VONAGE_CAPABILITIES,
    http: createHttpClient({
      provider: PROVIDER,
      displayName: PLATFORM.displayName,
      baseUrl: options.videoHost ?? 'https://video.api.vonage.com',
      ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
      connections: options.connections ?? 16,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      observer: options.observer,
    }),
    transport: createVonageTransport(options.applicationId, key),
    tokens: createVonageTokenMinter(options.applicationId, key),
    webhook: createWebhookHandler({
      ...(options.webhookSecret ? { webhookSecret: options.webhookSecret } : {}),
      provider: PROVIDER,
      secretVariable: 'VONAGE_WEBHOOK_SECRET',
    }),
    // Archive ids are UUIDs on both deployments: with OpenTok configured too, OpenTok's certain
    // claim wins a native UUID, and a Vonage archive is reached by its global id.
    archiveIdClaim: 'possible',
    archiveOwners: options.archiveOwners ?? new ArchiveOwners(),
    sessionCacheSize: options.sessionCacheSize,
    logger: options.logger,
  });
}
