/**
 * One adapter of the table, running: an emulator with short timers, a webhook receiver, and the
 * adapter pointed at both, plus the client moves the cases share.
 */
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import type { Role, VideoProvider } from '../../src/providers/types.js';
import type { AdapterEntry } from './adapters.js';
import type { SimulatedClients } from './emulator-clients.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

/** A running adapter under test. */
export interface Harness {
  readonly adapter: AdapterEntry;
  readonly emulator: Emulator;
  /** The adapter, verifying webhooks with {@link Harness.webhookSecret}. */
  readonly provider: VideoProvider;
  readonly clients: SimulatedClients;
  /** Where the emulator posts this platform's webhooks. */
  readonly webhooks: WebhookReceiver;
  /** The secret the emulator authenticates its webhooks with and the adapter checks. */
  readonly webhookSecret: string;
  /** A client joins `sessionId` with a fresh token; its connection id. */
  join(sessionId: string, role?: Role): Promise<string>;
  /** That client publishes a stream; its id. */
  publish(connectionId: string, videoType?: 'camera' | 'screen'): Promise<string>;
  /** A routed session with one publishing client, where an archive can start. */
  recordableSession(): Promise<{ sessionId: string; connectionId: string }>;
  /** A name no other call of this run returns (`[a-zA-Z0-9_-]`, fit for a custom session id). */
  uniqueName(prefix: string): string;
  close(): Promise<void>;
}

/** Archives become ready this long after they stop: short, as the suite waits on it. */
const ARCHIVE_READY_DELAY_MS = 20;

let counter = 0;

/** Starts the emulator, the receiver and the adapter of `adapter`. */
export async function startHarness(adapter: AdapterEntry): Promise<Harness> {
  const webhookSecret = `conformance-webhook-secret-${adapter.name}`;
  let provider: VideoProvider | undefined;
  const webhooks = await startWebhookReceiver((request) => {
    if (provider === undefined) return Promise.reject(new Error('a webhook arrived before the adapter was built'));
    return provider.handleWebhook(request);
  });
  const emulator = await createEmulator({
    strict: true,
    archiveReadyDelayMs: ARCHIVE_READY_DELAY_MS,
    ...adapter.emulator,
    ...adapter.webhookSettings(webhooks.url, webhookSecret),
  });
  const built = adapter.create(emulator, webhookSecret);
  provider = built;
  const clients = adapter.clients(emulator);

  const join = async (sessionId: string, role?: Role): Promise<string> => {
    const { token } = await built.generateToken({ sessionId, ...(role === undefined ? {} : { role }) });
    const joined = await clients.connect(token, 'conformance client');
    if (joined.connectionId === null) throw new Error(`the emulator refused a fresh ${role ?? 'default'} token: HTTP ${joined.status}`);
    return joined.connectionId;
  };
  const publish = async (connectionId: string, videoType: 'camera' | 'screen' = 'camera'): Promise<string> => {
    const published = await clients.publish(connectionId, videoType);
    if (published.streamId === null) throw new Error(`the emulator refused to publish: HTTP ${published.status}`);
    return published.streamId;
  };

  return {
    adapter,
    emulator,
    provider: built,
    clients,
    webhooks,
    webhookSecret,
    join,
    publish,
    async recordableSession() {
      const { sessionId } = await built.createSession({ mediaMode: 'ROUTED' });
      const connectionId = await join(sessionId, 'PUBLISHER');
      await publish(connectionId);
      return { sessionId, connectionId };
    },
    uniqueName(prefix) {
      counter += 1;
      return `${prefix}-${process.pid}-${Date.now()}-${counter}`;
    },
    async close() {
      await built.close();
      await emulator.close();
      await webhooks.close();
    },
  };
}
