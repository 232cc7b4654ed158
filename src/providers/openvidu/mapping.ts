/**
 * OpenVidu 2 JSON (docs/providers/openvidu.md#json-objects) -> the provider-neutral model. Lenient by design: unknown
 * keys are ignored, `null`/`""` mean "absent", numbers may arrive as strings, and deprecated
 * duplicates (`sessionId` beside `id`, `connectionId` beside `id`) are read as fallbacks. What we
 * insist on is identity: an id (and for recordings a session id, a known status and a time).
 */
import type {
  ArchiveInfo,
  ArchiveMode,
  ArchiveOutputMode,
  ArchiveStatus,
  ConnectionInfo,
  MediaMode,
  Role,
  SessionInfo,
  StreamInfo,
} from '../types.js';
import { bool, epochMs, number, text } from '../wire-values.js';

const PROVIDER = 'OPENVIDU';

type Json = Record<string, unknown>;

const STATUSES: Readonly<Record<string, ArchiveStatus>> = {
  starting: 'STARTING',
  started: 'STARTED',
  stopped: 'STOPPED',
  ready: 'AVAILABLE',
  failed: 'FAILED',
};

/** OpenVidu's recording status -> the enum (`ready` is AVAILABLE); undefined when unknown. */
export function recordingStatusOf(value: unknown): ArchiveStatus | undefined {
  return typeof value === 'string' ? STATUSES[value.toLowerCase()] : undefined;
}

/** A Session object (3.1); null without an id. */
export function toSessionInfo(dto: unknown): SessionInfo | null {
  const s = objectOf(dto);
  if (s === null) return null;
  const sessionId = text(s.id) ?? text(s.sessionId);
  if (sessionId === null) return null;
  return {
    provider: PROVIDER,
    sessionId,
    mediaMode: mediaModeOf(s.mediaMode),
    archiveMode: archiveModeOf(s.recordingMode),
    createdAt: epochMs(s.createdAt),
  };
}

/** OpenVidu's default is ROUTED. */
export function mediaModeOf(value: unknown): MediaMode {
  return typeof value === 'string' && value.toUpperCase() === 'RELAYED' ? 'RELAYED' : 'ROUTED';
}

function archiveModeOf(value: unknown): ArchiveMode {
  return typeof value === 'string' && value.toUpperCase() === 'ALWAYS' ? 'ALWAYS' : 'MANUAL';
}

/**
 * A Connection object (3.2), pending or active; null without an id. IP camera connections have
 * no role (null). `streamIds` are the ids of the connection's publishers.
 */
export function toConnectionInfo(dto: unknown, fallbackSessionId?: string): ConnectionInfo | null {
  const c = objectOf(dto);
  if (c === null) return null;
  const connectionId = text(c.connectionId) ?? text(c.id);
  const sessionId = text(c.sessionId) ?? fallbackSessionId ?? null;
  if (connectionId === null || sessionId === null) return null;
  const status = text(c.status)?.toLowerCase();
  return {
    provider: PROVIDER,
    connectionId,
    sessionId,
    role: roleOf(c.role),
    data: text(c.serverData),
    createdAt: epochMs(c.createdAt),
    status: status === 'pending' ? 'PENDING' : status === 'active' ? 'ACTIVE' : null,
    activeAt: epochMs(c.activeAt),
    clientData: text(c.clientData),
    streamIds: publishersOf(c)
      .map((p) => text(p.streamId))
      .filter((id): id is string => id !== null),
  };
}

function roleOf(value: unknown): Role | null {
  if (typeof value !== 'string') return null;
  const role = value.toUpperCase();
  return role === 'SUBSCRIBER' || role === 'PUBLISHER' || role === 'MODERATOR' ? role : null;
}

/** The `content` array of a `{numberOfElements, content}` list; null when it is not one. */
export function contentOf(dto: unknown): unknown[] | null {
  const list = objectOf(dto);
  return list !== null && Array.isArray(list.content) ? list.content : null;
}

/**
 * The streams published in a session, from its Session object's (active) connections. The video
 * type is OpenVidu's `typeOfVideo` lowercased (`camera`, `screen`, `custom`, `ipcam`), null for
 * audio-only streams.
 */
export function toStreamInfos(sessionDto: unknown, sessionId: string): StreamInfo[] {
  const session = objectOf(sessionDto);
  const connections = session === null ? null : contentOf(session.connections);
  const streams: StreamInfo[] = [];
  for (const connection of connections ?? []) {
    const c = objectOf(connection);
    if (c === null) continue;
    const status = text(c.status)?.toLowerCase();
    if (status !== undefined && status !== 'active') continue;
    for (const publisher of publishersOf(c)) {
      const streamId = text(publisher.streamId);
      if (streamId === null) continue;
      const media = objectOf(publisher.mediaOptions);
      streams.push({
        provider: PROVIDER,
        streamId,
        sessionId,
        videoType: text(media?.typeOfVideo)?.toLowerCase() ?? null,
        name: null,
        layoutClassList: [],
      });
    }
  }
  return streams;
}

function publishersOf(connection: Json): Json[] {
  return Array.isArray(connection.publishers) ? connection.publishers.map(objectOf).filter((p): p is Json => p !== null) : [];
}

/**
 * A Recording object (3.3) or the recording fields of a `recordingStatusChanged` webhook (7);
 * null when it is not recognisably a recording. The webhook carries no `url` and names its
 * creation time `startTime`; only it carries a `reason`. OpenVidu reports no update time.
 */
export function toArchiveInfo(dto: unknown): ArchiveInfo | null {
  const r = objectOf(dto);
  if (r === null) return null;
  const archiveId = text(r.id);
  const sessionId = text(r.sessionId);
  const status = recordingStatusOf(r.status);
  const createdAt = epochMs(r.createdAt) ?? epochMs(r.startTime);
  if (archiveId === null || sessionId === null || status === undefined || createdAt === null) return null;
  const outputMode: ArchiveOutputMode = text(r.outputMode)?.toUpperCase() === 'INDIVIDUAL' ? 'INDIVIDUAL' : 'COMPOSED';
  return {
    provider: PROVIDER,
    archiveId,
    sessionId,
    name: text(r.name),
    status,
    createdAt,
    updatedAt: null,
    duration: number(r.duration),
    size: number(r.size),
    url: text(r.url),
    hasAudio: bool(r.hasAudio, true),
    hasVideo: bool(r.hasVideo, true),
    outputMode,
    resolution: outputMode === 'INDIVIDUAL' ? null : text(r.resolution),
    reason: text(r.reason),
    multiArchiveTag: null,
  };
}

/** The `items` of `GET /recordings` (`{count, items}`); null when the body is not such a list. */
export function recordingItemsOf(dto: unknown): unknown[] | null {
  const list = objectOf(dto);
  return list !== null && Array.isArray(list.items) ? list.items : null;
}

function objectOf(value: unknown): Json | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}
