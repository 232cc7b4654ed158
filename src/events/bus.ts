import { setMaxListeners } from 'node:events';
import type { ArchiveInfo, ArchiveStatusChange } from '../providers/types.js';

/** The topic archive status changes travel on. */
export const ARCHIVE_TOPIC = 'archive-status';

/** What travels on the bus: JSON-safe, so a Redis event target can carry it between instances. */
interface WireArchiveChange {
  archive: Omit<ArchiveInfo, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string | null };
  occurredAt: string;
  source: ArchiveStatusChange['source'];
}

/** The EventTarget shape shared by `new EventTarget()` and yoga's Redis event target. */
export interface BusEventTarget {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  dispatchEvent(event: Event): boolean;
}

/**
 * Registers `handler` to run each time the bus comes back after it may have lost events (Redis
 * reconnected and subscribed again); returns the function that unregisters it.
 */
export type ResyncSource = (handler: () => void) => () => void;

/** Publishes and delivers archive status changes, in process or across instances. */
export interface EventBus {
  /** Fire and forget: across instances delivery is at most once (docs/operations.md#several-instances-with-redis). */
  publish(change: ArchiveStatusChange): void;
  /** Calls `handler` for every change from now on; returns the unsubscribe function. */
  listen(handler: (change: ArchiveStatusChange) => void): () => void;
  /**
   * Calls `handler` each time events may have been lost and the bus works again, so a subscriber
   * can re-read what it follows; never called in process. Returns the unregister function.
   */
  onResync(handler: () => void): () => void;
  /** Publishes a JSON-safe event on another topic (broadcast status, ...): see ./broadcast-stream.ts. */
  publishOn(topic: string, detail: unknown): void;
  /** Calls `handler` for every event of `topic` from now on; returns the unsubscribe function. */
  listenOn(topic: string, handler: (detail: unknown) => void): () => void;
  /** Number of live listeners (for metrics and leak tests). */
  readonly listenerCount: number;
  close(): Promise<void>;
}

function toWire(change: ArchiveStatusChange): WireArchiveChange {
  return {
    archive: {
      ...change.archive,
      createdAt: change.archive.createdAt.toISOString(),
      updatedAt: change.archive.updatedAt?.toISOString() ?? null,
    },
    occurredAt: change.occurredAt.toISOString(),
    source: change.source,
  };
}

/** True for what {@link toWire} produces; anything else on a shared channel is dropped, not trusted. */
function isWire(value: unknown): value is WireArchiveChange {
  const wire = value as Partial<WireArchiveChange> | null;
  return (
    typeof wire === 'object' &&
    wire !== null &&
    typeof wire.occurredAt === 'string' &&
    typeof wire.archive === 'object' &&
    wire.archive !== null &&
    typeof wire.archive.archiveId === 'string' &&
    typeof wire.archive.status === 'string' &&
    typeof wire.archive.createdAt === 'string'
  );
}

function fromWire(wire: WireArchiveChange): ArchiveStatusChange {
  return {
    archive: {
      ...wire.archive,
      createdAt: new Date(wire.archive.createdAt),
      updatedAt: wire.archive.updatedAt ? new Date(wire.archive.updatedAt) : null,
    },
    occurredAt: new Date(wire.occurredAt),
    source: wire.source,
  };
}

/** What {@link createEventBus} may be given besides its target. */
export interface EventBusOptions {
  /** The event type (the Redis channel) changes travel on. @default ARCHIVE_TOPIC */
  topic?: string;
  /** Where the bus learns that it came back after losing events; none in process. */
  resyncs?: ResyncSource;
}

/**
 * Creates the event bus over an EventTarget: in memory by default, or the Redis event target of
 * `@graphql-yoga/redis-event-target` for several gateway instances. Either way what crosses the
 * target is the JSON-safe wire form and listeners get fresh objects with real `Date`s, so both
 * targets behave alike.
 */
export function createEventBus(target: BusEventTarget = new EventTarget(), options: EventBusOptions = {}): EventBus {
  const topic = options.topic ?? ARCHIVE_TOPIC;
  // Every subscriber adds one listener on the same topic; Node warns past 10 by default.
  if (target instanceof EventTarget) setMaxListeners(0, target);
  const listeners = new Set<(event: Event) => void>();
  const others = new Map<(event: Event) => void, string>();

  return {
    publish(change) {
      target.dispatchEvent(new CustomEvent(topic, { detail: toWire(change) }));
    },
    listen(handler) {
      const listener = (event: Event) => {
        const detail = (event as CustomEvent<unknown>).detail;
        if (isWire(detail)) handler(fromWire(detail));
      };
      listeners.add(listener);
      target.addEventListener(topic, listener);
      return () => {
        if (listeners.delete(listener)) target.removeEventListener(topic, listener);
      };
    },
    onResync(handler) {
      return options.resyncs ? options.resyncs(handler) : () => {};
    },
    publishOn(topic, detail) {
      target.dispatchEvent(new CustomEvent(topic, { detail }));
    },
    listenOn(topic, handler) {
      const listener = (event: Event) => handler((event as CustomEvent<unknown>).detail);
      others.set(listener, topic);
      target.addEventListener(topic, listener);
      return () => {
        if (others.delete(listener)) target.removeEventListener(topic, listener);
      };
    },
    get listenerCount() {
      return listeners.size + others.size;
    },
    async close() {
      for (const listener of listeners) target.removeEventListener(topic, listener);
      listeners.clear();
      for (const [listener, topic] of others) target.removeEventListener(topic, listener);
      others.clear();
    },
  };
}
