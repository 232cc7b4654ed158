import { isGatewayError } from '../errors.js';
import type { SessionSnapshot } from '../events/session-event-stream.js';
import { readSessionSnapshot } from '../events/session-snapshot.js';
import type { SessionEventInfo, SipCallEventInfo, VideoProvider, WebhookResult } from '../providers/types.js';
import { MAX_REREADS_IN_FLIGHT } from './archive-rereads.js';

/** Reads sessions back from their provider for unverified session events, one read per session at a time. */
export interface SessionRereads {
  /** Who is in the session now; null when too many reads are in flight (the hint is then dropped). */
  read(provider: VideoProvider, sessionId: string): Promise<SessionSnapshot | null>;
}

/**
 * Creates the re-reader for unverified session-monitoring hints: a burst of hints about one
 * session shares one read, and past {@link MAX_REREADS_IN_FLIGHT} a hint is dropped (anyone may
 * post hints: docs/operations.md#without-a-secret). A session the provider no longer knows has
 * nobody in it.
 */
export function createSessionRereads(maxInFlight = MAX_REREADS_IN_FLIGHT): SessionRereads {
  const pending = new Map<string, Promise<SessionSnapshot | null>>();
  return {
    read(provider, sessionId) {
      const empty: SessionSnapshot = { connections: provider.capabilities.connections ? [] : null, streams: [] };
      // An id the provider can never own costs no upstream call.
      if (provider.ownsSessionId(sessionId) === 'no') return Promise.resolve(empty);
      const key = `${provider.name}:${sessionId}`;
      const running = pending.get(key);
      if (running) return running;
      if (pending.size >= maxInFlight) return Promise.resolve(null);
      const read = readSessionSnapshot(provider, sessionId)
        .catch((error: unknown) => {
          if (isGatewayError(error) && error.code === 'NOT_FOUND') return empty;
          throw error;
        })
        .finally(() => pending.delete(key));
      pending.set(key, read);
      return read;
    },
  };
}

/** Whether the provider's current view of the session bears out the event (where it can tell). */
function confirms(event: SessionEventInfo, now: SessionSnapshot): boolean {
  const created = event.type.endsWith('_CREATED');
  if (event.type.startsWith('CONNECTION')) {
    if (!now.connections) return false;
    return now.connections.some((c) => c.connectionId === event.connectionId) === created;
  }
  if (event.type.startsWith('STREAM')) {
    if (!now.streams) return false;
    return now.streams.some((s) => s.streamId === event.streamId) === created;
  }
  return false;
}

/**
 * What a webhook's session events become on the bus: as they came when verified. When not, each
 * session it names is read from the provider, and only the events that reading bears out are
 * published: a connection or stream said to have come must be there, one said to have gone must
 * not be; what the provider cannot list (OpenTok connections) and session created/destroyed
 * events cannot be borne out, so they are dropped (docs/operations.md#session-monitoring).
 */
export async function sessionEventsToPublish(
  provider: VideoProvider,
  result: WebhookResult,
  rereads: SessionRereads,
): Promise<SessionEventInfo[]> {
  const events = result.sessionEvents ?? [];
  if (result.verified || events.length === 0) return events;
  const sessions = [...new Set(events.map((e) => e.sessionId))];
  const views = new Map(await Promise.all(sessions.map(async (id) => [id, await rereads.read(provider, id)] as const)));
  return events.filter((event) => {
    const now = views.get(event.sessionId);
    return now !== null && now !== undefined && confirms(event, now);
  });
}

/**
 * What a webhook's SIP call events become on the bus: as they came when verified; none when not,
 * since no provider lets us read a call's state back to bear a hint out.
 */
export function sipCallEventsToPublish(result: WebhookResult): SipCallEventInfo[] {
  return result.verified ? (result.sipCallEvents ?? []) : [];
}
