import type { BroadcastInfo, BroadcastStatusChange, VideoProvider, WebhookResult } from '../providers/types.js';
import { MAX_REREADS_IN_FLIGHT } from './archive-rereads.js';

/** Reads broadcasts back from their provider for unverified callbacks, one read per broadcast at a time. */
export interface BroadcastRereads {
  /** The provider's view of the broadcast; null when it does not know it, or when too many reads are in flight. */
  read(provider: VideoProvider, broadcastId: string): Promise<BroadcastInfo | null>;
}

/**
 * Creates the re-reader for unverified broadcast callbacks: a burst of hints about one broadcast
 * shares one upstream GET, and past {@link MAX_REREADS_IN_FLIGHT} a hint is dropped (anyone may
 * post hints: docs/operations.md#without-a-secret).
 */
export function createBroadcastRereads(maxInFlight = MAX_REREADS_IN_FLIGHT): BroadcastRereads {
  const pending = new Map<string, Promise<BroadcastInfo | null>>();
  return {
    read(provider, broadcastId) {
      // An id the provider can never own, or a provider without broadcasts, costs no upstream call.
      if (!provider.capabilities.broadcasts || provider.ownsBroadcastId(broadcastId) === 'no') return Promise.resolve(null);
      const key = `${provider.name}:${broadcastId}`;
      const running = pending.get(key);
      if (running) return running;
      if (pending.size >= maxInFlight) return Promise.resolve(null);
      const read = provider.getBroadcast(broadcastId).finally(() => pending.delete(key));
      pending.set(key, read);
      return read;
    },
  };
}

/**
 * What a webhook's broadcast changes become on the bus: as they came when verified; when not, each
 * broadcast it names as the provider reads it now (docs/operations.md#webhooks).
 */
export async function broadcastChangesToPublish(
  provider: VideoProvider,
  result: WebhookResult,
  rereads: BroadcastRereads,
): Promise<BroadcastStatusChange[]> {
  const changes = result.broadcastChanges ?? [];
  if (result.verified) return changes;
  const ids = [...new Set(changes.map((change) => change.broadcast.broadcastId))];
  const current = await Promise.all(ids.map((id) => rereads.read(provider, id)));
  return current.flatMap((broadcast) =>
    broadcast === null ? [] : [{ broadcast, occurredAt: broadcast.updatedAt ?? new Date(), source: 'webhook' as const }],
  );
}
