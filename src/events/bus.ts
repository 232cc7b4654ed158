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

/** Publishes and delivers archive status changes, in process or across instances. */
export interface EventBus {
  publish(change: ArchiveStatusChange): void;
  /** Calls `handler` for every change from now on; returns the unsubscribe function. */
  listen(handler: (change: ArchiveStatusChange) => void): () => void;
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

/**
 * Creates the event bus over an EventTarget: in memory by default, or the Redis event target of
 * `@graphql-yoga/redis-event-target` for several gateway instances.
 */
export function createEventBus(target: BusEventTarget = new EventTarget()): EventBus {
  // Every subscriber adds one listener on the same topic; Node warns past 10 by default.
  if (target instanceof EventTarget) setMaxListeners(0, target);
  const listeners = new Set<(event: Event) => void>();
  const others = new Map<(event: Event) => void, string>();

  return {
    publish(change) {
      target.dispatchEvent(new CustomEvent(ARCHIVE_TOPIC, { detail: toWire(change) }));
    },
    listen(handler) {
      const listener = (event: Event) => handler(fromWire((event as CustomEvent<WireArchiveChange>).detail));
      listeners.add(listener);
      target.addEventListener(ARCHIVE_TOPIC, listener);
      return () => {
        if (listeners.delete(listener)) target.removeEventListener(ARCHIVE_TOPIC, listener);
      };
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
      for (const listener of listeners) target.removeEventListener(ARCHIVE_TOPIC, listener);
      listeners.clear();
      for (const [listener, topic] of others) target.removeEventListener(topic, listener);
      others.clear();
    },
  };
}
