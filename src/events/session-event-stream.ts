import { SubscriberTooSlowError } from './subscriber-too-slow.js';
import type { ProviderName, SessionEventInfo, SessionEventType } from '../providers/types.js';
import { SESSION_EVENT_TYPES } from '../providers/session-event-types.js';
import type { EventBus } from './bus.js';
import { createLatestQueue, type LatestQueue } from './latest-queue.js';

/** The bus topic session events travel on. */
export const SESSION_EVENTS_TOPIC = 'session-events';

/** Most events one subscriber may have pending at once (docs/operations.md#limits). */
export const MAX_PENDING_SESSION_EVENTS = 1000;

/** Most connections and streams one subscriber remembers, to drop duplicates and stale events. */
export const MAX_REMEMBERED_SUBJECTS = 10_000;

/** One event of the `sessionEvents` subscription. */
export interface SessionEvent extends SessionEventInfo {
  /** True when it describes who is there now (sent first, and after a resync), not a live change. */
  snapshot: boolean;
}

/** Who is in a session now, as far as its provider can list it (null: it cannot list that kind). */
export interface SessionSnapshot {
  connections: { connectionId: string; occurredAt: Date }[] | null;
  streams: { streamId: string; connectionId: string | null }[] | null;
}

/** What travels on the bus: JSON-safe, so an event target between instances can carry it. */
interface WireSessionEvent extends Omit<SessionEventInfo, 'occurredAt'> {
  occurredAt: string;
}

/** Publishes a session event on the bus. */
export function publishSessionEvent(bus: EventBus, event: SessionEventInfo): void {
  const wire: WireSessionEvent = { ...event, occurredAt: event.occurredAt.toISOString() };
  bus.publishOn(SESSION_EVENTS_TOPIC, wire);
}

/** True for what {@link publishSessionEvent} sends; anything else on a shared channel is dropped. */
function isWire(value: unknown): value is WireSessionEvent {
  const wire = value as Partial<WireSessionEvent> | null;
  return (
    typeof wire === 'object' &&
    wire !== null &&
    typeof wire.provider === 'string' &&
    typeof wire.sessionId === 'string' &&
    typeof wire.occurredAt === 'string' &&
    (SESSION_EVENT_TYPES as readonly unknown[]).includes(wire.type)
  );
}

/** The events of one subscriber; `return()` stops it and frees what it held. */
export type SessionEventStream = Omit<LatestQueue<SessionEvent>, 'put' | 'fail'>;

const isCreated = (type: SessionEventType): boolean => type.endsWith('_CREATED');

/**
 * The event stream behind `sessionEvents` for one session. Like the broadcast one
 * (./broadcast-stream.ts) it listens before reading the snapshot and holds live events until the
 * snapshot is sent. It remembers, per connection and stream, whether it is there and when that
 * last changed, and passes on only real changes: a repeated or older event drops out, and where
 * the provider can list a kind, a departure of something it never saw there drops out too. On a
 * bus resync it reads the snapshot again and sends the difference, marked `snapshot: true`.
 */
export function sessionEventStream(options: {
  bus: EventBus;
  provider: ProviderName;
  sessionId: string;
  snapshot?: () => Promise<SessionSnapshot>;
  now?: () => number;
}): SessionEventStream {
  const { bus, provider, sessionId, snapshot } = options;
  const now = options.now ?? Date.now;
  /** `c:<id>` / `s:<id>` -> present or not, and the time of the last change (0: seen in a snapshot). */
  const known = new Map<string, { present: boolean; at: number; connectionId: string | null }>();
  /** Which kinds the provider lists, so an unseen departure is known to be spurious. */
  const listed = { c: false, s: false };
  let held: SessionEventInfo[] | null = snapshot ? [] : null;
  let reading = false;
  let resyncAgain = false;
  let unlisten: (() => void) | null = null;
  let unresync: (() => void) | null = null;

  const queue = createLatestQueue<SessionEvent>({
    onFirstRead: () => start(),
    maxKeys: MAX_PENDING_SESSION_EVENTS,
    // The same change twice while still pending is one change.
    merge: (pending) => pending,
    overflow: () => new SubscriberTooSlowError(MAX_PENDING_SESSION_EVENTS, 'events'),
    onClose: () => {
      unlisten?.();
      unresync?.();
    },
  });

  const remember = (key: string, value: { present: boolean; at: number; connectionId: string | null }) => {
    known.delete(key);
    known.set(key, value);
    // Forget the oldest first; what is gone goes before what is there.
    while (known.size > MAX_REMEMBERED_SUBJECTS) {
      const gone = [...known].find(([, v]) => !v.present)?.[0] ?? known.keys().next().value;
      if (gone === undefined) break;
      known.delete(gone);
    }
  };

  const deliver = (event: SessionEventInfo, isSnapshot: boolean, at = event.occurredAt.getTime()) => {
    const { type } = event;
    if (type === 'SESSION_CREATED' || type === 'SESSION_DESTROYED') {
      queue.put(`${type}:${event.occurredAt.getTime()}`, { ...event, snapshot: isSnapshot });
      return;
    }
    const kind = type.startsWith('CONNECTION') ? 'c' : 's';
    const id = kind === 'c' ? event.connectionId : event.streamId;
    if (id === null) return;
    const key = `${kind}:${id}`;
    const created = isCreated(type);
    const previous = known.get(key);
    if (previous && (previous.present === created || at < previous.at)) return;
    if (!previous && !created && listed[kind]) return;
    remember(key, { present: created, at, connectionId: event.connectionId });
    queue.put(`${type}:${id}`, { ...event, connectionId: event.connectionId ?? previous?.connectionId ?? null, snapshot: isSnapshot });
  };

  /** Sends who is there now that this stream did not know of, and who left that it thought there. */
  const applySnapshot = (current: SessionSnapshot, resync: boolean) => {
    const base = { provider, sessionId, reason: null };
    const seen = new Set<string>();
    if (current.connections) {
      listed.c = true;
      for (const c of current.connections) {
        seen.add(`c:${c.connectionId}`);
        const event = {
          ...base,
          type: 'CONNECTION_CREATED' as const,
          connectionId: c.connectionId,
          streamId: null,
          occurredAt: c.occurredAt,
        };
        deliver(event, true, 0);
      }
    }
    if (current.streams) {
      listed.s = true;
      for (const s of current.streams) {
        seen.add(`s:${s.streamId}`);
        deliver(
          { ...base, type: 'STREAM_CREATED', connectionId: s.connectionId, streamId: s.streamId, occurredAt: new Date(now()) },
          true,
          0,
        );
      }
    }
    if (!resync) return;
    // Streams first, so a client leaving reads as it happens: its streams end, then its connection.
    const departed = [...known].filter(([key, v]) => v.present && !seen.has(key) && listed[key[0] as 'c' | 's']);
    departed.sort(([a], [b]) => (a[0] === b[0] ? 0 : a[0] === 's' ? -1 : 1));
    for (const [key, v] of departed) {
      const stream = key[0] === 's';
      deliver(
        {
          ...base,
          type: stream ? 'STREAM_DESTROYED' : 'CONNECTION_DESTROYED',
          connectionId: v.connectionId,
          streamId: stream ? key.slice(2) : null,
          occurredAt: new Date(now()),
        },
        true,
      );
    }
  };

  const resync = async () => {
    if (!snapshot) return;
    if (reading) {
      resyncAgain = true;
      return;
    }
    reading = true;
    try {
      applySnapshot(await snapshot(), true);
    } catch {
      // A failed re-read is not the subscriber's error: live events go on, and the next resync retries.
    } finally {
      reading = false;
      if (resyncAgain) {
        resyncAgain = false;
        void resync();
      }
    }
  };

  // Listens on the first read, as a generator would: a stream nobody reads holds nothing.
  const start = () => {
    unlisten = bus.listenOn(SESSION_EVENTS_TOPIC, (detail) => {
      if (!isWire(detail) || detail.provider !== provider || detail.sessionId !== sessionId) return;
      const event: SessionEventInfo = { ...detail, occurredAt: new Date(detail.occurredAt) };
      if (held) held.push(event);
      else deliver(event, false);
    });
    if (!snapshot) return;
    unresync = bus.onResync(() => void resync());
    reading = true;
    snapshot().then(
      (current) => {
        applySnapshot(current, false);
        const pending = held ?? [];
        held = null;
        for (const event of pending) deliver(event, false);
        reading = false;
        if (resyncAgain) {
          resyncAgain = false;
          void resync();
        }
      },
      (error: unknown) => queue.fail(error instanceof Error ? error : new Error(String(error))),
    );
  };

  return queue;
}
