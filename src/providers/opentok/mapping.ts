/**
 * OpenTok REST/callback DTOs -> the provider-neutral model. Lenient by design
 * (docs/providers/opentok.md#the-archive-object): unknown properties are ignored, `null`/`""` mean "absent", numbers may arrive as strings,
 * and the one thing we insist on is an archive's identity (id, session id, a known status).
 */
import type { ArchiveInfo, ArchiveOutputMode, ArchiveStatus, StreamInfo } from '../types.js';
import { bool, epochMs, number, text } from '../wire-values.js';
import { includedStreamsOf, streamModeOf } from './layouts.js';

/** An archive as OpenTok sends it (REST bodies and `event: "archive"` callbacks). */
interface ArchiveDto {
  id?: unknown;
  status?: unknown;
  sessionId?: unknown;
  name?: unknown;
  reason?: unknown;
  createdAt?: unknown;
  updatedAt?: unknown;
  size?: unknown;
  duration?: unknown;
  url?: unknown;
  hasAudio?: unknown;
  hasVideo?: unknown;
  outputMode?: unknown;
  resolution?: unknown;
  multiArchiveTag?: unknown;
  [other: string]: unknown;
}

/** A stream as `GET /session/{id}/stream` lists it. */
interface StreamDto {
  id?: unknown;
  videoType?: unknown;
  name?: unknown;
  layoutClassList?: unknown;
  [other: string]: unknown;
}

const STATUSES: Readonly<Record<string, ArchiveStatus>> = {
  starting: 'STARTING',
  started: 'STARTED',
  paused: 'PAUSED',
  stopped: 'STOPPED',
  uploaded: 'UPLOADED',
  available: 'AVAILABLE',
  expired: 'EXPIRED',
  failed: 'FAILED',
  deleted: 'DELETED',
};

/** OpenTok's lowercase status -> the enum; undefined for a status we do not know. */
export function archiveStatusOf(value: unknown): ArchiveStatus | undefined {
  return typeof value === 'string' ? STATUSES[value.toLowerCase()] : undefined;
}

/**
 * Maps an archive DTO, or returns null when it is not recognisably an archive (no id, no session
 * id, no known status, no timestamp). Callers decide whether that is an upstream error (a single
 * archive) or an item to skip (a list).
 */
export function toArchiveInfo(dto: unknown): ArchiveInfo | null {
  if (dto === null || typeof dto !== 'object' || Array.isArray(dto)) return null;
  const a = dto as ArchiveDto;
  const archiveId = text(a.id);
  const sessionId = text(a.sessionId);
  const status = archiveStatusOf(a.status);
  const updatedAt = epochMs(a.updatedAt);
  const createdAt = epochMs(a.createdAt) ?? updatedAt;
  if (archiveId === null || sessionId === null || status === undefined || createdAt === null) return null;
  const outputMode: ArchiveOutputMode = text(a.outputMode)?.toLowerCase() === 'individual' ? 'INDIVIDUAL' : 'COMPOSED';
  return {
    provider: 'OPENTOK',
    archiveId,
    sessionId,
    name: text(a.name),
    status,
    createdAt,
    updatedAt,
    duration: number(a.duration),
    size: number(a.size),
    url: text(a.url),
    hasAudio: bool(a.hasAudio, true),
    hasVideo: bool(a.hasVideo, true),
    outputMode,
    resolution: outputMode === 'INDIVIDUAL' ? null : text(a.resolution),
    reason: text(a.reason),
    multiArchiveTag: text(a.multiArchiveTag),
    // Only where OpenTok says (older answers and callbacks leave them out).
    ...(a.streamMode === undefined || a.streamMode === null ? {} : { streamMode: streamModeOf(a.streamMode) }),
    ...(Array.isArray(a.streams) ? { streams: includedStreamsOf(a.streams) } : {}),
  };
}

/** Maps a stream DTO of session `sessionId`; null without an id. */
export function toStreamInfo(dto: unknown, sessionId: string): StreamInfo | null {
  if (dto === null || typeof dto !== 'object' || Array.isArray(dto)) return null;
  const s = dto as StreamDto;
  const streamId = text(s.id);
  if (streamId === null) return null;
  return {
    provider: 'OPENTOK',
    streamId,
    sessionId,
    videoType: text(s.videoType),
    name: text(s.name),
    layoutClassList: Array.isArray(s.layoutClassList)
      ? s.layoutClassList.filter((c): c is string => typeof c === 'string' && c !== '')
      : [],
  };
}
