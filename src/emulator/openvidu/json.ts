/**
 * The JSON objects of the REST API (docs/providers/openvidu.md#json-objects): Session, Connection, Recording and the
 * deprecated Token, with the key sets the server's e2e tests assert, deprecated duplicates
 * (`sessionId`, `connectionId`) included because the official node client reads them.
 */
import { isComposed, participants } from './model.js';
import type { Connection, Publisher, Recording, RecordingProperties, Session } from './model.js';

/** What GET calls may add: pending connections and fake WebRTC statistics. */
export interface ViewOptions {
  pendingConnections: boolean;
  webRtcStats: boolean;
}

/** `defaultRecordingProperties` of a session: optional keys only where they apply. */
export function recordingPropertiesJson(p: RecordingProperties): Record<string, unknown> {
  const composedVideo = isComposed(p.outputMode) && p.hasVideo;
  return {
    name: p.name,
    hasAudio: p.hasAudio,
    hasVideo: p.hasVideo,
    outputMode: p.outputMode,
    ...(composedVideo
      ? {
          recordingLayout: p.recordingLayout,
          resolution: p.resolution,
          frameRate: p.frameRate,
          shmSize: p.shmSize,
          ...(p.recordingLayout === 'CUSTOM' ? { customLayout: p.customLayout } : {}),
        }
      : {}),
    ...(p.outputMode === 'INDIVIDUAL' ? { ignoreFailedStreams: p.ignoreFailedStreams } : {}),
    ...(p.mediaNode !== null ? { mediaNode: p.mediaNode } : {}),
  };
}

/** Stand-ins for the KMS statistics `?webRtcStats=true` adds; the node client parses the candidates. */
function webRtcStatsJson(streamId: string, createdAt: number): Record<string, unknown> {
  return {
    webrtcEndpointName: `${streamId}_emulated`,
    localSdp: 'v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=emulated\r\nt=0 0\r\n',
    remoteSdp: 'v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=emulated\r\nt=0 0\r\n',
    clientIceCandidates: [],
    serverIceCandidates: [],
    localCandidate: 'candidate:1 1 UDP 2015363327 127.0.0.1 40000 typ host',
    remoteCandidate: 'candidate:1 1 UDP 2015363327 127.0.0.1 50000 typ host',
    events: [{ type: 'IceComponentStateChange', timestamp: createdAt, state: 'CONNECTED' }],
  };
}

function mediaOptionsJson(p: Publisher, connection: Connection): Record<string, unknown> {
  const o = connection.options;
  return {
    hasAudio: p.hasAudio,
    ...(p.hasAudio ? { audioActive: true } : {}),
    hasVideo: p.hasVideo,
    ...(p.hasVideo ? { videoActive: true, typeOfVideo: p.typeOfVideo, frameRate: p.frameRate, videoDimensions: p.videoDimensions } : {}),
    filter: {},
    ...(o.type === 'IPCAM'
      ? { adaptativeBitrate: o.adaptativeBitrate, onlyPlayWithSubscribers: o.onlyPlayWithSubscribers, networkCache: o.networkCache }
      : {}),
  };
}

function publisherJson(p: Publisher, connection: Connection, view: ViewOptions): Record<string, unknown> {
  return {
    createdAt: p.createdAt,
    streamId: p.streamId,
    ...(connection.options.type === 'IPCAM' ? { rtspUri: connection.options.rtspUri } : {}),
    mediaOptions: mediaOptionsJson(p, connection),
    ...(view.webRtcStats ? webRtcStatsJson(p.streamId, p.createdAt) : {}),
  };
}

/** A Connection object, pending or active. */
export function connectionJson(
  c: Connection,
  view: ViewOptions = { pendingConnections: true, webRtcStats: false },
): Record<string, unknown> {
  const o = c.options;
  const active = c.status === 'active';
  return {
    id: c.connectionId,
    object: 'connection',
    type: o.type,
    status: c.status,
    connectionId: c.connectionId,
    sessionId: c.sessionId,
    createdAt: c.createdAt,
    activeAt: c.activeAt,
    location: c.location,
    ip: c.ip,
    platform: c.platform,
    token: c.token,
    serverData: o.data,
    record: o.record,
    role: o.role,
    kurentoOptions: o.kurentoOptions,
    customIceServers: o.customIceServers,
    rtspUri: o.rtspUri,
    adaptativeBitrate: o.adaptativeBitrate,
    onlyPlayWithSubscribers: o.onlyPlayWithSubscribers,
    networkCache: o.networkCache,
    clientData: c.clientData,
    publishers: active ? [...c.publishers.values()].map((p) => publisherJson(p, c, view)) : null,
    // Simulated clients do not subscribe: an active connection has an empty list.
    subscribers: active ? [] : null,
  };
}

/** The connections a view shows: active ones, plus pending ones when asked. */
export function visibleConnections(session: Session, view: ViewOptions): Connection[] {
  return view.pendingConnections ? [...session.connections.values()] : participants(session);
}

/** A Session object. */
export function sessionJson(session: Session, recording: boolean, view: ViewOptions): Record<string, unknown> {
  const p = session.properties;
  const content = visibleConnections(session, view).map((c) => connectionJson(c, view));
  return {
    id: session.sessionId,
    object: 'session',
    sessionId: session.sessionId,
    createdAt: session.createdAt,
    recording,
    broadcasting: false,
    mediaMode: p.mediaMode,
    recordingMode: p.recordingMode,
    defaultRecordingProperties: recordingPropertiesJson(p.defaultRecordingProperties),
    customSessionId: p.customSessionId,
    forcedVideoCodec: p.forcedVideoCodec,
    allowTranscoding: p.allowTranscoding,
    ...(p.mediaNode !== null ? { mediaNode: { id: p.mediaNode } } : {}),
    connections: { numberOfElements: content.length, content },
  };
}

/** The file extension of a recording: mp4, webm (composed audio-only) or zip (individual). */
export function recordingExtension(r: Recording): 'mp4' | 'webm' | 'zip' {
  if (r.properties.outputMode === 'INDIVIDUAL') return 'zip';
  return r.properties.hasVideo ? 'mp4' : 'webm';
}

/** Where a ready recording's file is served. */
export function recordingUrl(baseUrl: string, r: Recording): string {
  return `${baseUrl}/openvidu/recordings/${encodeURIComponent(r.id)}/${encodeURIComponent(r.properties.name)}.${recordingExtension(r)}`;
}

/** The composed-with-video fields a Recording and its webhook carry. */
export function composedFields(p: RecordingProperties): Record<string, unknown> {
  if (!isComposed(p.outputMode) || !p.hasVideo) return {};
  return {
    resolution: p.resolution,
    frameRate: p.frameRate,
    recordingLayout: p.recordingLayout,
    ...(p.recordingLayout === 'CUSTOM' ? { customLayout: p.customLayout } : {}),
  };
}

/** A Recording object; `url` only once ready (or failed). */
export function recordingJson(r: Recording, baseUrl: string): Record<string, unknown> {
  const p = r.properties;
  return {
    id: r.id,
    object: 'recording',
    name: p.name,
    outputMode: p.outputMode,
    ...composedFields(p),
    sessionId: r.sessionId,
    createdAt: r.createdAt,
    size: r.size,
    duration: r.duration,
    url: r.status === 'ready' ? recordingUrl(baseUrl, r) : null,
    hasAudio: p.hasAudio,
    hasVideo: p.hasVideo,
    status: r.status,
  };
}

/** The deprecated Token object of POST /tokens. */
export function tokenJson(c: Connection): Record<string, unknown> {
  return {
    id: c.token,
    token: c.token,
    connectionId: c.connectionId,
    createdAt: c.createdAt,
    session: c.sessionId,
    data: c.options.data,
    role: c.options.role,
    ...(c.options.kurentoOptions !== null ? { kurentoOptions: c.options.kurentoOptions } : {}),
  };
}
