import { SubscriberTooSlowError } from './subscriber-too-slow.js';
import type { BroadcastInfo, BroadcastStatus, BroadcastStatusChange, ProviderName } from '../providers/types.js';
import type { EventBus } from './bus.js';
import { createLatestQueue, type LatestQueue } from './latest-queue.js';

/** The bus topic broadcast status changes travel on. */
export const BROADCAST_TOPIC = 'broadcast-status';

/** Most broadcasts one subscriber may have pending at once (as for archives: docs/operations.md#limits). */
export const MAX_PENDING_BROADCASTS = 1000;

/** One event of the `broadcastStatusChanged` subscription. */
export interface BroadcastStatusEvent {
  broadcast: BroadcastInfo;
  status: BroadcastStatus;
  /** The status this subscriber saw before; null for the first event of a broadcast. */
  previousStatus: BroadcastStatus | null;
  occurredAt: Date;
}

/** Which broadcasts a subscriber wants (native ids of one provider). */
export interface BroadcastFilter {
  provider?: ProviderName;
  sessionId?: string;
  broadcastId?: string;
}

/**
 * Where each status sits in a broadcast's life: it runs (STARTED, PAUSED while nobody publishes),
 * then ends (STOPPED or FAILED). Late or repeated callbacks never move it back.
 */
const RANK: Record<BroadcastStatus, number> = { STARTED: 1, PAUSED: 1, STOPPED: 2, FAILED: 2 };

/** True when nothing can follow. */
export function isFinalBroadcast(status: BroadcastStatus): boolean {
  return RANK[status] === 2;
}

/** What travels on the bus: JSON-safe, so an event target between instances can carry it. */
interface WireBroadcastChange {
  broadcast: Omit<BroadcastInfo, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string | null };
  occurredAt: string;
  source: BroadcastStatusChange['source'];
}

/** Publishes a broadcast status change on the bus. */
export function publishBroadcastChange(bus: EventBus, change: BroadcastStatusChange): void {
  const wire: WireBroadcastChange = {
    broadcast: {
      ...change.broadcast,
      createdAt: change.broadcast.createdAt.toISOString(),
      updatedAt: change.broadcast.updatedAt?.toISOString() ?? null,
    },
    occurredAt: change.occurredAt.toISOString(),
    source: change.source,
  };
  bus.publishOn(BROADCAST_TOPIC, wire);
}

function fromWire(wire: WireBroadcastChange): BroadcastStatusChange {
  return {
    broadcast: {
      ...wire.broadcast,
      createdAt: new Date(wire.broadcast.createdAt),
      updatedAt: wire.broadcast.updatedAt ? new Date(wire.broadcast.updatedAt) : null,
    },
    occurredAt: new Date(wire.occurredAt),
    source: wire.source,
  };
}

function matches(filter: BroadcastFilter, broadcast: BroadcastInfo): boolean {
  return (
    (!filter.provider || broadcast.provider === filter.provider) &&
    (!filter.sessionId || broadcast.sessionId === filter.sessionId) &&
    (!filter.broadcastId || broadcast.broadcastId === filter.broadcastId)
  );
}

/** The events of one subscriber; `return()` stops it and frees what it held. */
export type BroadcastStatusStream = Omit<LatestQueue<BroadcastStatusEvent>, 'put' | 'fail'>;

/**
 * The event stream behind `broadcastStatusChanged`, built like the archive one
 * (./archive-stream.ts): it listens before reading the snapshot (the current status of the
 * broadcasts wanted, sent first with `previousStatus: null`) and holds live events until that is
 * sent; then it passes on only changes that move a broadcast forward (a higher rank, or the
 * STARTED/PAUSED toggle not older than what was seen), so duplicates and late deliveries drop out.
 */
export function broadcastStatusEvents(options: {
  bus: EventBus;
  filter: BroadcastFilter;
  snapshot?: () => Promise<BroadcastInfo[]>;
}): BroadcastStatusStream {
  const { bus, filter, snapshot } = options;
  const last = new Map<string, { status: BroadcastStatus; at: number }>();
  let held: BroadcastStatusChange[] | null = snapshot ? [] : null;
  let unlisten: (() => void) | null = null;

  const queue = createLatestQueue<BroadcastStatusEvent>({
    onFirstRead: () => start(),
    maxKeys: MAX_PENDING_BROADCASTS,
    merge: (pending, next) => (next.status === pending.previousStatus ? null : { ...next, previousStatus: pending.previousStatus }),
    overflow: () => new SubscriberTooSlowError(MAX_PENDING_BROADCASTS, 'broadcasts'),
    onClose: () => unlisten?.(),
  });

  const deliver = (broadcast: BroadcastInfo, occurredAt: Date) => {
    const at = occurredAt.getTime();
    const previous = last.get(broadcast.broadcastId);
    if (previous) {
      const from = RANK[previous.status];
      const to = RANK[broadcast.status];
      const forward = to > from || (to === from && to === 1 && broadcast.status !== previous.status && at >= previous.at);
      if (!forward) return;
    }
    last.set(broadcast.broadcastId, { status: broadcast.status, at });
    queue.put(broadcast.broadcastId, { broadcast, status: broadcast.status, previousStatus: previous?.status ?? null, occurredAt });
  };

  // Listens on the first read, as a generator would: a stream nobody reads holds nothing.
  const start = () => {
    unlisten = bus.listenOn(BROADCAST_TOPIC, (detail) => {
      const change = fromWire(detail as WireBroadcastChange);
      if (!matches(filter, change.broadcast)) return;
      if (held) held.push(change);
      else deliver(change.broadcast, change.occurredAt);
    });
    if (!snapshot) return;
    snapshot().then(
      (current) => {
        for (const broadcast of current) deliver(broadcast, broadcast.updatedAt ?? broadcast.createdAt);
        const pending = held ?? [];
        held = null;
        for (const change of pending) deliver(change.broadcast, change.occurredAt);
      },
      (error: unknown) => queue.fail(error instanceof Error ? error : new Error(String(error))),
    );
  };

  return queue;
}
