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

/** How a handler hears the events of a topic. */
export interface ListenOptions {
  /**
   * Run inside the arrival of each event, before the sliced delivery to everyone else: for work
   * that must not lag behind the event (dropping a cached read of the archive), never for work
   * that grows with subscribers.
   */
  immediate?: boolean;
}

/**
 * Handlers called in one go before the bus yields to I/O: between slices the event loop writes
 * sockets and answers requests, so a webhook is answered before its fan-out to thousands of
 * subscribers ends, and the first subscribers get their frames while later ones are still being
 * reached (docs/architecture.md#events-and-subscriptions).
 */
export const DELIVERY_SLICE = 256;

/** Publishes and delivers archive status changes, in process or across instances. */
export interface EventBus {
  /** Fire and forget: across instances delivery is at most once (docs/operations.md#several-instances-with-redis). */
  publish(change: ArchiveStatusChange): void;
  /**
   * Calls `handler` for every change from now on; returns the unsubscribe function. Delivery is
   * off the publisher's path, in slices (see {@link DELIVERY_SLICE}); with `immediate` the
   * handler runs as the change arrives, before any other, for cheap bookkeeping only.
   */
  listen(handler: (change: ArchiveStatusChange) => void, options?: ListenOptions): () => void;
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
  /**
   * Told of an error a handler threw; the other handlers are called all the same. By default it is
   * thrown again on its own, as an uncaught exception (what an EventTarget listener's error is).
   */
  onHandlerError?: (error: unknown) => void;
}

/** The default of {@link EventBusOptions.onHandlerError}: an uncaught exception, out of the delivery loop. */
function throwLater(error: unknown): void {
  process.nextTick(() => {
    throw error;
  });
}

/** The handlers of one topic, behind the one listener the bus keeps on the target for it. */
interface Topic {
  listener: (event: Event) => void;
  handlers: Set<(value: unknown) => void>;
  immediate: Set<(value: unknown) => void>;
}

/**
 * Creates the event bus over an EventTarget: in memory by default, or the Redis event target of
 * `@graphql-yoga/redis-event-target` for several gateway instances. Either way what crosses the
 * target is the JSON-safe wire form; each event is decoded once (archive changes get real `Date`s)
 * and every handler gets that same object, so both targets behave alike and subscribers of one
 * event can share the work of answering it (src/http/shared-subscriptions.ts).
 *
 * The bus keeps one listener per topic on the target, however many handlers, and delivers to the
 * handlers in slices of {@link DELIVERY_SLICE}, events in the order they came: a handler added
 * while an event is still being delivered may hear it too (subscribers drop what does not move
 * forward), one removed is not called again.
 */
export function createEventBus(target: BusEventTarget = new EventTarget(), options: EventBusOptions = {}): EventBus {
  const archiveTopic = options.topic ?? ARCHIVE_TOPIC;
  const topics = new Map<string, Topic>();
  /** Events waiting for delivery, each with the handlers still to call. */
  const backlog: { value: unknown; handlers: Iterator<(value: unknown) => void> }[] = [];
  let pumping = false;
  let closed = false;
  const onHandlerError = options.onHandlerError ?? throwLater;
  /** Calls one handler; what it throws must not stop the delivery to the others, nor the pump. */
  const call = (handler: (value: unknown) => void, value: unknown) => {
    try {
      handler(value);
    } catch (error) {
      onHandlerError(error);
    }
  };

  const pump = () => {
    let budget = DELIVERY_SLICE;
    while (backlog.length > 0 && budget > 0 && !closed) {
      const head = backlog[0]!;
      for (let next = head.handlers.next(); ; next = head.handlers.next()) {
        if (next.done) {
          backlog.shift();
          break;
        }
        call(next.value, head.value);
        if (--budget === 0) break;
      }
    }
    if (backlog.length > 0 && !closed) setImmediate(pump);
    else pumping = false;
  };

  const arrive = (topic: Topic, value: unknown) => {
    for (const handler of topic.immediate) call(handler, value);
    if (topic.handlers.size === 0) return;
    backlog.push({ value, handlers: topic.handlers.values() });
    if (!pumping) {
      pumping = true;
      setImmediate(pump);
    }
  };

  const topicOf = (name: string): Topic => {
    let topic = topics.get(name);
    if (!topic) {
      const decode =
        name === archiveTopic ? (detail: unknown) => (isWire(detail) ? fromWire(detail) : undefined) : (detail: unknown) => detail;
      const created: Topic = {
        handlers: new Set(),
        immediate: new Set(),
        listener: (event) => {
          const value = decode((event as CustomEvent<unknown>).detail);
          if (value !== undefined) arrive(created, value);
        },
      };
      topic = created;
      topics.set(name, topic);
      target.addEventListener(name, topic.listener);
    }
    return topic;
  };

  const add = (name: string, handler: (value: unknown) => void, listenOptions: ListenOptions = {}) => {
    const topic = topicOf(name);
    const set = listenOptions.immediate ? topic.immediate : topic.handlers;
    // A handler registered twice would be called once: wrap it, so each registration is its own.
    const entry = (value: unknown) => handler(value);
    set.add(entry);
    return () => {
      if (!set.delete(entry)) return;
      // The last handler gone: the target (a Redis channel) is no longer needed.
      if (topic.handlers.size === 0 && topic.immediate.size === 0 && topics.get(name) === topic) {
        topics.delete(name);
        target.removeEventListener(name, topic.listener);
      }
    };
  };

  return {
    publish(change) {
      target.dispatchEvent(new CustomEvent(archiveTopic, { detail: toWire(change) }));
    },
    listen(handler, listenOptions) {
      return add(archiveTopic, handler as (value: unknown) => void, listenOptions);
    },
    onResync(handler) {
      return options.resyncs ? options.resyncs(handler) : () => {};
    },
    publishOn(topic, detail) {
      target.dispatchEvent(new CustomEvent(topic, { detail }));
    },
    listenOn(topic, handler) {
      return add(topic, handler);
    },
    get listenerCount() {
      let count = 0;
      for (const topic of topics.values()) count += topic.handlers.size + topic.immediate.size;
      return count;
    },
    async close() {
      closed = true;
      backlog.length = 0;
      for (const [name, topic] of topics) target.removeEventListener(name, topic.listener);
      topics.clear();
    },
  };
}
