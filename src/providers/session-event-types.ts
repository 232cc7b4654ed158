/**
 * Live session views (docs/operations.md#session-monitoring): who comes and goes in a session, as
 * the providers' session-monitoring callbacks and webhooks report it, and the status of SIP calls.
 */
import type { ProviderName } from './types.js';

/** What happened in a session, in the gateway's words (each provider's names map onto these). */
export const SESSION_EVENT_TYPES = [
  'CONNECTION_CREATED',
  'CONNECTION_DESTROYED',
  'STREAM_CREATED',
  'STREAM_DESTROYED',
  'SESSION_CREATED',
  'SESSION_DESTROYED',
] as const;

/** One of {@link SESSION_EVENT_TYPES}. */
export type SessionEventType = (typeof SESSION_EVENT_TYPES)[number];

/** One connection, stream or session coming or going. */
export interface SessionEventInfo {
  provider: ProviderName;
  sessionId: string;
  type: SessionEventType;
  /** The connection that joined or left (a stream's publisher for stream events, when known). */
  connectionId: string | null;
  /** The stream, for stream events. */
  streamId: string | null;
  /** When the provider says it happened (falls back to when we saw it). */
  occurredAt: Date;
  /** Why it ended, in the provider's words (`clientDisconnected`, `forceUnpublishByUser`, ...). */
  reason: string | null;
}

/** What happened to a SIP call. */
export const SIP_CALL_EVENT_TYPES = ['CALL_CREATED', 'CALL_UPDATED', 'CALL_DESTROYED', 'MUTE_FORCED'] as const;

/** One of {@link SIP_CALL_EVENT_TYPES}. */
export type SipCallEventType = (typeof SIP_CALL_EVENT_TYPES)[number];

/** The states a SIP call reports in its updates. */
export const SIP_CALL_STATES = ['DIALING', 'RINGING', 'ON_HOLD', 'ACTIVE', 'HANGUP'] as const;

/** One of {@link SIP_CALL_STATES}. */
export type SipCallState = (typeof SIP_CALL_STATES)[number];

/** One SIP call status change. */
export interface SipCallEventInfo {
  provider: ProviderName;
  sessionId: string;
  /** The call (the provider's conference id). */
  sipCallId: string;
  /** The connection the call joined the session as, when given. */
  connectionId: string | null;
  type: SipCallEventType;
  /** The call's state on updates; HANGUP when it ended; null when not given. */
  state: SipCallState | null;
  /** The SIP status or the provider's clearing code when the call ended. */
  reasonCode: number | null;
  reasonMessage: string | null;
  occurredAt: Date;
}
