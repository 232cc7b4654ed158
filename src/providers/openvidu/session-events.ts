/**
 * OpenVidu 2 webhooks as neutral session events (docs/providers/openvidu.md#session-events):
 * participants joining and leaving are connections, OUTBOUND WebRTC connections (a participant
 * publishing) are streams; INBOUND ones (a participant subscribing) are not session events.
 */
import type { SessionEventInfo, SessionEventType } from '../session-event-types.js';

const MAPPED: Record<string, SessionEventType> = {
  sessionCreated: 'SESSION_CREATED',
  sessionDestroyed: 'SESSION_DESTROYED',
  participantJoined: 'CONNECTION_CREATED',
  participantLeft: 'CONNECTION_DESTROYED',
  webrtcConnectionCreated: 'STREAM_CREATED',
  webrtcConnectionDestroyed: 'STREAM_DESTROYED',
};

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The session events of one webhook (none for other events, subscriptions, or a body missing its ids). */
export function sessionEventsOf(name: string, event: Record<string, unknown>, occurredAt: Date): SessionEventInfo[] {
  const type = MAPPED[name];
  const sessionId = text(event.sessionId);
  if (type === undefined || sessionId === null) return [];
  const connectionId = text(event.connectionId) ?? text(event.participantId);
  const streamId = text(event.streamId);
  if (type.startsWith('CONNECTION') && connectionId === null) return [];
  if (type.startsWith('STREAM') && (streamId === null || event.connection !== 'OUTBOUND')) return [];
  return [
    {
      provider: 'OPENVIDU',
      sessionId,
      type,
      connectionId: type.startsWith('SESSION') ? null : connectionId,
      streamId: type.startsWith('STREAM') ? streamId : null,
      occurredAt,
      reason: text(event.reason),
    },
  ];
}
