import { SubscriberTooSlowError } from './subscriber-too-slow.js';
import type { ProviderName, SipCallEventInfo } from '../providers/types.js';
import type { EventBus } from './bus.js';
import { createLatestQueue, type LatestQueue } from './latest-queue.js';

/** The bus topic SIP call status changes travel on. */
export const SIP_CALL_TOPIC = 'sip-call-status';

/** Most events one subscriber may have pending at once (docs/operations.md#limits). */
export const MAX_PENDING_SIP_EVENTS = 1000;

interface WireSipCallEvent extends Omit<SipCallEventInfo, 'occurredAt'> {
  occurredAt: string;
}

/** Publishes a SIP call status change on the bus. */
export function publishSipCallEvent(bus: EventBus, event: SipCallEventInfo): void {
  const wire: WireSipCallEvent = { ...event, occurredAt: event.occurredAt.toISOString() };
  bus.publishOn(SIP_CALL_TOPIC, wire);
}

function isWire(value: unknown): value is WireSipCallEvent {
  const wire = value as Partial<WireSipCallEvent> | null;
  return (
    typeof wire === 'object' &&
    wire !== null &&
    typeof wire.sessionId === 'string' &&
    typeof wire.sipCallId === 'string' &&
    typeof wire.type === 'string' &&
    typeof wire.occurredAt === 'string'
  );
}

/** The events of one subscriber; `return()` stops it and frees what it held. */
export type SipCallEventStream = Omit<LatestQueue<SipCallEventInfo>, 'put' | 'fail'>;

/**
 * The event stream behind `sipCallStatusChanged` for one session: the SIP call events of that
 * session from now on (a call has no state the providers let us read back, so there is no
 * snapshot). An event older than the last one seen for its call drops out, and once a call has
 * ended nothing more of it is passed on.
 */
export function sipCallEventStream(options: { bus: EventBus; provider: ProviderName; sessionId: string }): SipCallEventStream {
  const { bus, provider, sessionId } = options;
  const last = new Map<string, { at: number; ended: boolean }>();
  let unlisten: (() => void) | null = null;

  const queue = createLatestQueue<SipCallEventInfo>({
    onFirstRead: () => start(),
    maxKeys: MAX_PENDING_SIP_EVENTS,
    merge: (pending) => pending,
    overflow: () => new SubscriberTooSlowError(MAX_PENDING_SIP_EVENTS, 'events'),
    onClose: () => unlisten?.(),
  });

  const start = () => {
    unlisten = bus.listenOn(SIP_CALL_TOPIC, (detail) => {
      if (!isWire(detail) || detail.provider !== provider || detail.sessionId !== sessionId) return;
      const event: SipCallEventInfo = { ...detail, occurredAt: new Date(detail.occurredAt) };
      const at = event.occurredAt.getTime();
      const previous = last.get(event.sipCallId);
      if (previous && (previous.ended || at < previous.at)) return;
      const ended = event.type === 'CALL_DESTROYED';
      // Bounded: past it the oldest call is forgotten (a late event of it could then pass once).
      if (last.size >= MAX_PENDING_SIP_EVENTS * 10) last.delete(last.keys().next().value as string);
      last.set(event.sipCallId, { at, ended });
      queue.put(`${event.sipCallId}:${event.type}:${event.state ?? ''}:${at}`, event);
    });
  };

  return queue;
}
