/**
 * The adapters the conformance suite runs over, one row per provider: how to build the adapter
 * against a running emulator, where the emulator sends that platform's webhooks, which ids of the
 * provider's format it holds nothing under, and how simulated clients join. A new adapter joins the
 * suite by adding one row; every case then runs over it, skipping only what its declared
 * capabilities say it cannot do.
 */
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';
import { ArchiveOwners } from '../../src/providers/opentok/archive-owners.js';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import { createOpenViduProvider } from '../../src/providers/openvidu/index.js';
import type { VideoProvider } from '../../src/providers/types.js';
import { createVonageProvider } from '../../src/providers/vonage/index.js';
import { controlApiClients, type SimulatedClients } from './emulator-clients.js';

/** The emulator settings that route one platform's webhooks (both `createEmulator` and `configure` take them). */
export type WebhookSettings = Pick<
  EmulatorOptions,
  'callbackUrl' | 'callbackSecret' | 'vonageCallbackUrl' | 'vonageCallbackSecret' | 'openviduWebhookUrl' | 'openviduWebhookToken'
>;

/** One row of the table. */
export interface AdapterEntry {
  /** Shown in test names. */
  readonly name: string;
  /** Emulator options this platform's face needs, besides webhooks and the suite's short timers. */
  readonly emulator: EmulatorOptions;
  /** Emulator settings that post this platform's webhooks to `url`, authenticated with `secret`. */
  webhookSettings(url: string, secret: string): WebhookSettings;
  /** The adapter against `emulator`; it verifies webhooks with `webhookSecret` when one is given. */
  create(emulator: Emulator, webhookSecret?: string): VideoProvider;
  /** Ids the provider holds nothing under: `getSession` / `getArchive` answer null for them. */
  readonly unknownIds: { sessionId: string; archiveId: string };
  /** Simulated clients of this platform. */
  clients(emulator: Emulator): SimulatedClients;
}

/** Short enough to fail fast, long enough for a loaded CI machine. */
const timeouts = { requestMs: 3_000 };

/** A well-formed OpenTok session id of another project (API key 11111111). */
const FOREIGN_OPENTOK_SESSION = `1_${Buffer.from('1~11111111~~1700000000000~abcdefghijklmnopqrstuvwx~~~').toString('base64url')}`;

/** A well-formed session id of another Vonage application. */
const FOREIGN_VONAGE_SESSION = `1_${Buffer.from('1~00000000-0000-4000-8000-0000000000aa~~1700000000000~abcdefghijklmnopqrstuvwx~~~').toString('base64url')}`;

/** OpenTok and Vonage share one archive-id record, as the catalog's providers of one gateway do. */
const archiveOwners = new ArchiveOwners();

/** The adapters under test. */
export const adapters: readonly AdapterEntry[] = [
  {
    name: 'OpenTok',
    emulator: {},
    webhookSettings: (url, secret) => ({ callbackUrl: url, callbackSecret: secret }),
    create: (emulator, webhookSecret) =>
      createOpenTokProvider({
        ...emulator.opentok,
        apiUrl: emulator.url,
        timeouts,
        archiveOwners,
        ...(webhookSecret ? { webhookSecret } : {}),
      }),
    unknownIds: { sessionId: FOREIGN_OPENTOK_SESSION, archiveId: '00000000-0000-4000-8000-000000000000' },
    clients: controlApiClients,
  },
  {
    name: 'Vonage',
    emulator: {},
    webhookSettings: (url, secret) => ({ vonageCallbackUrl: url, vonageCallbackSecret: secret }),
    create: (emulator, webhookSecret) =>
      createVonageProvider({
        ...emulator.vonage,
        videoHost: emulator.url,
        timeouts,
        archiveOwners,
        ...(webhookSecret ? { webhookSecret } : {}),
      }),
    unknownIds: { sessionId: FOREIGN_VONAGE_SESSION, archiveId: '00000000-0000-4000-8000-000000000000' },
    clients: controlApiClients,
  },
  {
    name: 'OpenVidu',
    // PRO finalizing: a stopped recording becomes ready on the emulator's timer, as OpenTok archives do.
    emulator: { openviduRecordingFinalize: 'async' },
    webhookSettings: (url, secret) => ({ openviduWebhookUrl: url, openviduWebhookToken: secret }),
    create: (emulator, webhookToken) =>
      createOpenViduProvider({ url: emulator.url, secret: emulator.openvidu.secret, timeouts, ...(webhookToken ? { webhookToken } : {}) }),
    unknownIds: { sessionId: 'ses_ZZZZZZZZZZ', archiveId: 'ses_ZZZZZZZZZZ~9' },
    clients: controlApiClients,
  },
];
