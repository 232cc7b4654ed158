/**
 * OpenTok / Vonage session-monitoring and SIP call callbacks (docs/providers/opentok.md#session-monitoring)
 * as neutral session events and SIP call events.
 *
 * Every callback has `{sessionId, projectId, event, timestamp}`; connection events add
 * `connection: {id, createdAt, data}`, stream events `stream: {id, connection: {id}, ...}`, both
 * destroyed events a `reason`; SIP call events add `call: {id, connectionId, createdAt}`, updates a
 * `state`, the end `reason_code` and `reason_message` (snake case on the wire).
 */
import type { SessionEventInfo, SessionEventType, SipCallEventInfo, SipCallEventType, SipCallState } from '../session-event-types.js';
import { SIP_CALL_STATES } from '../session-event-types.js';
import type { ProviderName } from '../types.js';
import { epochMs } from '../wire-values.js';

const SESSION_EVENTS: Record<string, SessionEventType> = {
  connectionCreated: 'CONNECTION_CREATED',
  connectionDestroyed: 'CONNECTION_DESTROYED',
  streamCreated: 'STREAM_CREATED',
  streamDestroyed: 'STREAM_DESTROYED',
  sessionCreated: 'SESSION_CREATED',
  sessionDestroyed: 'SESSION_DESTROYED',
};

const SIP_EVENTS: Record<string, SipCallEventType> = {
  callCreated: 'CALL_CREATED',
  callUpdated: 'CALL_UPDATED',
  callDestroyed: 'CALL_DESTROYED',
  muteForced: 'MUTE_FORCED',
};

/** What one monitoring callback carries (both empty for any other event). */
export interface MonitoringEvents {
  sessionEvents: SessionEventInfo[];
  sipCallEvents: SipCallEventInfo[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const object = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Parses one session-monitoring or SIP call callback; a body missing the ids it needs gives nothing. */
export function parseMonitoringEvent(
  eventName: string,
  body: Record<string, unknown>,
  provider: ProviderName,
  nowMs: number = Date.now(),
): MonitoringEvents {
  const none: MonitoringEvents = { sessionEvents: [], sipCallEvents: [] };
  const sessionId = text(body.sessionId);
  if (sessionId === null) return none;
  const occurredAt = epochMs(body.timestamp) ?? new Date(nowMs);

  const sessionType = SESSION_EVENTS[eventName];
  if (sessionType !== undefined) {
    const connection = object(body.connection);
    const stream = object(body.stream);
    const connectionId = text(connection.id) ?? text(object(stream.connection).id);
    const streamId = text(stream.id);
    if (sessionType.startsWith('CONNECTION') && connectionId === null) return none;
    if (sessionType.startsWith('STREAM') && streamId === null) return none;
    return {
      sessionEvents: [{ provider, sessionId, type: sessionType, connectionId, streamId, occurredAt, reason: text(body.reason) }],
      sipCallEvents: [],
    };
  }

  const sipType = SIP_EVENTS[eventName];
  if (sipType === undefined) return none;
  const call = object(body.call);
  const sipCallId = text(call.id);
  if (sipCallId === null) return none;
  const state = text(body.state)?.toUpperCase() ?? null;
  const code = typeof body.reason_code === 'number' ? body.reason_code : Number.parseInt(String(body.reason_code ?? ''), 10);
  return {
    sessionEvents: [],
    sipCallEvents: [
      {
        provider,
        sessionId,
        sipCallId,
        connectionId: text(call.connectionId) ?? text(body.connectionId),
        type: sipType,
        state: (SIP_CALL_STATES as readonly string[]).includes(state ?? '')
          ? (state as SipCallState)
          : sipType === 'CALL_DESTROYED'
            ? 'HANGUP'
            : null,
        reasonCode: Number.isFinite(code) ? code : null,
        reasonMessage: text(body.reason_message),
        occurredAt,
      },
    ],
  };
}
