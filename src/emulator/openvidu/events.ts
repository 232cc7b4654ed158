/**
 * Webhook payloads (docs/providers/openvidu.md#events-and-field-sets): `event` plus exactly the fields of each CDR event.
 * "End" events add `startTime`, `duration` (whole seconds) and `reason`.
 */
import { composedFields } from './json.js';
import { uniqueSessionId } from './model.js';
import type { Connection, Publisher, Recording, Session } from './model.js';

/** One webhook body. */
export type WebhookEvent = Record<string, unknown> & { event: string };

const seconds = (from: number, to: number): number => Math.max(0, Math.floor((to - from) / 1000));

function sessionFields(session: Session, timestamp: number): Record<string, unknown> {
  return { sessionId: session.sessionId, uniqueSessionId: uniqueSessionId(session), timestamp };
}

function endFields(startTime: number, now: number, reason: string): Record<string, unknown> {
  return { startTime, duration: seconds(startTime, now), reason };
}

export function sessionCreated(session: Session): WebhookEvent {
  return { event: 'sessionCreated', ...sessionFields(session, session.createdAt) };
}

export function sessionDestroyed(session: Session, reason: string, now: number): WebhookEvent {
  return { event: 'sessionDestroyed', ...sessionFields(session, now), ...endFields(session.createdAt, now, reason) };
}

function participantFields(c: Connection): Record<string, unknown> {
  return {
    participantId: c.connectionId,
    connectionId: c.connectionId,
    location: c.location,
    ip: c.ip,
    platform: c.platform,
    clientData: c.clientData,
    serverData: c.options.data,
  };
}

export function participantJoined(session: Session, c: Connection): WebhookEvent {
  return { event: 'participantJoined', ...sessionFields(session, c.activeAt ?? c.createdAt), ...participantFields(c) };
}

export function participantLeft(session: Session, c: Connection, reason: string, now: number): WebhookEvent {
  return {
    event: 'participantLeft',
    ...sessionFields(session, now),
    ...participantFields(c),
    ...endFields(c.activeAt ?? c.createdAt, now, reason),
  };
}

function streamFields(c: Connection, p: Publisher): Record<string, unknown> {
  const o = c.options;
  return {
    streamId: p.streamId,
    participantId: c.connectionId,
    connectionId: c.connectionId,
    connection: 'OUTBOUND',
    ...(p.hasVideo ? { videoSource: p.typeOfVideo, videoFramerate: p.frameRate, videoDimensions: p.videoDimensions } : {}),
    audioEnabled: p.hasAudio,
    videoEnabled: p.hasVideo,
    ...(o.type === 'IPCAM'
      ? {
          rtspUri: o.rtspUri,
          adaptativeBitrate: o.adaptativeBitrate,
          networkCache: o.networkCache,
          onlyPlayWithSubscribers: o.onlyPlayWithSubscribers,
        }
      : {}),
  };
}

export function webrtcConnectionCreated(session: Session, c: Connection, p: Publisher): WebhookEvent {
  return { event: 'webrtcConnectionCreated', ...sessionFields(session, p.createdAt), ...streamFields(c, p) };
}

export function webrtcConnectionDestroyed(session: Session, c: Connection, p: Publisher, reason: string, now: number): WebhookEvent {
  return {
    event: 'webrtcConnectionDestroyed',
    ...sessionFields(session, now),
    ...streamFields(c, p),
    ...endFields(p.createdAt, now, reason),
  };
}

/**
 * `recordingStatusChanged`: no `url` (fetch the Recording once ready); on `started` no `reason`,
 * `timestamp == startTime`; `duration` is the recording's own (a double), not whole seconds.
 */
export function recordingStatusChanged(r: Recording, now: number): WebhookEvent {
  const p = r.properties;
  const started = r.status === 'started';
  return {
    event: 'recordingStatusChanged',
    timestamp: started ? r.createdAt : now,
    sessionId: r.sessionId,
    uniqueSessionId: r.uniqueSessionId,
    startTime: r.createdAt,
    duration: r.duration,
    ...(started || r.reason === null ? {} : { reason: r.reason }),
    id: r.id,
    name: p.name,
    outputMode: p.outputMode,
    ...composedFields(p),
    hasAudio: p.hasAudio,
    hasVideo: p.hasVideo,
    size: r.size,
    status: r.status,
  };
}

export function signalSent(session: Session, to: string[], type: string, data: string, now: number): WebhookEvent {
  return { event: 'signalSent', ...sessionFields(session, now), from: null, to, type, data };
}
