/**
 * Archives and their lifecycle (docs/providers/opentok.md#statuses):
 * `started` ⇄ `paused` (nobody publishing) → `stopped` (stop call, or the session emptied for
 * `autoStopAfterLastLeaveMs`) → `available` after `archiveReadyDelayMs` → `deleted`.
 * Every status change is reported through `onStatus` (the callback sender posts it).
 */
import { randomUUID } from 'node:crypto';
import { HttpError } from '../http.js';
import { placeholderMp4, placeholderZip, ZIP_MAX } from '../placeholder-files.js';
import type { SessionRecord, Store, StoreEvent } from './store.js';
import type { TimerHandle, Timers } from '../clock.js';

export type ArchiveStatus = 'started' | 'paused' | 'stopped' | 'available' | 'deleted';
export type OutputMode = 'composed' | 'individual';
export type StreamMode = 'auto' | 'manual';

/** Resolutions the platform accepts for composed archives. */
export const RESOLUTIONS = ['640x480', '480x640', '1280x720', '720x1280', '1920x1080', '1080x1920'] as const;
export const DEFAULT_RESOLUTION = '640x480';

/** Composed-archive layout. */
export interface ArchiveLayout {
  type: string;
  stylesheet?: string;
  screenshareType?: string;
}

/** Validated options of an archive start. */
export interface StartArchiveOptions {
  name: string | null;
  hasAudio: boolean;
  hasVideo: boolean;
  outputMode: OutputMode;
  resolution: string | null;
  streamMode: StreamMode;
  multiArchiveTag: string | null;
  layout: ArchiveLayout | null;
  maxBitrate: number | null;
  quantizationParameter: number | null;
  hasTranscription: boolean;
  transcriptionProperties: Record<string, unknown> | null;
}

/** An archive as the emulator holds it. */
export interface ArchiveRecord extends StartArchiveOptions {
  readonly id: string;
  readonly sessionId: string;
  /** Started by `archiveMode=always`: cannot be stopped through REST. */
  readonly auto: boolean;
  status: ArchiveStatus;
  reason: string;
  readonly createdAt: number;
  updatedAt: number;
  stoppedAt: number | null;
  size: number;
  duration: number;
  /** Streams selected with PATCH .../streams when `streamMode` is manual. */
  readonly selectedStreams: Map<string, { hasAudio: boolean; hasVideo: boolean }>;
}

/** The archive settings that `configure()` may change at run time. */
export interface ArchiveSettings {
  strict: boolean;
  autoStopAfterLastLeaveMs: number;
}

/** What the manager needs from its surroundings. */
export interface ArchiveManagerDeps {
  store: Store;
  timers: Timers;
  apiKey: string;
  settings: ArchiveSettings;
  /** `stopped` -> `available` delay, read at each stop. */
  readyDelayMs: () => number;
  /** The emulator's base URL (known only once it listens), for download URLs. */
  baseUrl: () => string;
  /** Where the face's control routes live, the archive files among them. @default '/emulator' */
  controlPath?: string;
  /** Called with the archive JSON after every status change. */
  onStatus: (archive: Record<string, unknown>) => void;
}

/** Reasons the real platform reports (REST docs, archive callbacks). */
const REASON_USER = 'user initiated';
const REASON_SESSION_ENDED = 'session ended';

const ACTIVE: ReadonlySet<ArchiveStatus> = new Set(['started', 'paused']);
const DELETABLE: ReadonlySet<ArchiveStatus> = new Set(['available', 'deleted']);

/** The project key as the API reports it: a number when it is one (`partnerId: 123456`). */
export function numericKey(apiKey: string): number | string {
  return /^\d{1,15}$/.test(apiKey) ? Number(apiKey) : apiKey;
}

/**
 * The recorded 404 of an archive id the platform does not know, malformed or not (code -1, as in
 * the SDKs' fixtures; docs/providers/opentok.md#recorded-vs-documented).
 */
export function archiveNotFound(id: string): HttpError {
  return new HttpError(404, 'Not found. You passed in an invalid archive ID.', { code: -1, description: `No archive with id "${id}".` });
}

/** Manages the archives of the emulated project. */
export class ArchiveManager {
  /** Insertion order = creation order, which list() reverses. */
  private readonly archives = new Map<string, ArchiveRecord>();
  private readonly autoStops = new Map<string, TimerHandle>();
  private readonly readyTimers = new Map<string, TimerHandle>();

  constructor(private readonly deps: ArchiveManagerDeps) {
    deps.store.subscribe((event) => this.onStoreEvent(event));
  }

  /** The archive, or `undefined`. */
  get(id: string): ArchiveRecord | undefined {
    return this.archives.get(id);
  }

  /** All archives of one session, oldest first. */
  forSession(sessionId: string): ArchiveRecord[] {
    return [...this.archives.values()].filter((a) => a.sessionId === sessionId);
  }

  /** The archives of a session that are recording (started or paused). */
  active(sessionId: string): ArchiveRecord[] {
    return this.forSession(sessionId).filter((a) => ACTIVE.has(a.status));
  }

  /**
   * Starts an archive, enforcing the platform's rules: routed sessions only, a connected
   * client (strict mode), one archive at a time unless tags tell them apart.
   */
  start(session: SessionRecord, options: StartArchiveOptions, auto = false, now: number = this.deps.timers.now()): ArchiveRecord {
    if (session.mediaMode !== 'routed') {
      throw new HttpError(409, 'Only routed sessions are allowed to initiate archives.', {
        code: 15008,
        description: 'Create the session with p2p.preference=disabled (routed) to record it.',
      });
    }
    if (this.deps.settings.strict && session.connections.size === 0) {
      throw new HttpError(400, 'Archive cannot be started: no clients are connected to the session.', {
        description: 'Connect at least one client to the session before starting an archive.',
      });
    }
    const running = this.active(session.sessionId);
    const tag = options.multiArchiveTag;
    // An always-mode session needs a tag to start an extra manual archive: a new archive may run
    // beside others only if it has a tag no running archive uses.
    if (running.length > 0 && (tag === null || running.some((a) => a.multiArchiveTag === tag))) {
      throw new HttpError(409, 'The session is already being archived.', {
        description:
          tag === null
            ? 'Stop the running archive first, or give each concurrent archive a distinct multiArchiveTag.'
            : `An archive with multiArchiveTag "${tag}" is already recording this session.`,
      });
    }

    const archive: ArchiveRecord = {
      ...options,
      resolution: options.outputMode === 'composed' ? (options.resolution ?? DEFAULT_RESOLUTION) : null,
      id: randomUUID(),
      sessionId: session.sessionId,
      auto,
      status: 'started',
      reason: '',
      createdAt: now,
      updatedAt: now,
      stoppedAt: null,
      size: 0,
      duration: 0,
      selectedStreams: new Map(),
    };
    this.archives.set(archive.id, archive);
    this.deps.onStatus(this.toJson(archive));
    // Lenient mode may record an empty session: it ends like one whose last client left.
    if (session.connections.size === 0) this.scheduleAutoStop(session.sessionId);
    return archive;
  }

  /** Stops a recording archive on request (`reason: "user initiated"`). */
  stopByUser(id: string, now: number = this.deps.timers.now()): ArchiveRecord {
    const archive = this.mustGet(id);
    if (!ACTIVE.has(archive.status)) {
      throw new HttpError(409, 'Conflict. You are trying to stop an archive that is not recording.', {
        description: `The archive status is "${archive.status}".`,
      });
    }
    if (archive.auto) {
      throw new HttpError(409, 'Conflict. Automatic archives cannot be stopped through the REST API.', {
        description: 'The session uses archiveMode=always: its archive stops after the last client disconnects.',
      });
    }
    this.stop(archive, REASON_USER, now);
    return archive;
  }

  /** Deletes an archive: only once it is available (or already deleted), else 409. */
  delete(id: string, now: number = this.deps.timers.now()): void {
    const archive = this.mustGet(id);
    if (!DELETABLE.has(archive.status)) {
      throw new HttpError(409, `Archive cannot be deleted while its status is "${archive.status}".`, {
        description: 'Only archives with status available, uploaded or deleted can be deleted.',
      });
    }
    if (archive.status === 'deleted') return;
    this.transition(archive, 'deleted', now);
  }

  /** Lists archives newest first, with the total count of matches. */
  list(filter: { sessionId?: string; offset: number; count: number }): { count: number; items: ArchiveRecord[] } {
    const matches = [...this.archives.values()].filter((a) => filter.sessionId === undefined || a.sessionId === filter.sessionId).reverse();
    // Insertion order breaks createdAt ties, so archives started in the same millisecond stay ordered.
    const sorted = matches.map((a, i) => ({ a, i })).sort((x, y) => y.a.createdAt - x.a.createdAt || x.i - y.i);
    return {
      count: sorted.length,
      items: sorted.slice(filter.offset, filter.offset + filter.count).map(({ a }) => a),
    };
  }

  /** Changes the layout of a composed archive. */
  setLayout(id: string, layout: ArchiveLayout): void {
    const archive = this.mustGet(id);
    if (archive.outputMode !== 'composed') {
      throw new HttpError(400, 'Layouts apply to composed archives only.');
    }
    archive.layout = layout;
  }

  /** Adds or removes a stream of a manual-stream-mode archive. */
  patchStreams(id: string, patch: { addStream?: string; removeStream?: string; hasAudio: boolean; hasVideo: boolean }): void {
    const archive = this.mustGet(id);
    if (archive.streamMode !== 'manual') {
      throw new HttpError(405, 'Streams can be selected only for archives started with streamMode "manual".');
    }
    if (!ACTIVE.has(archive.status)) {
      throw new HttpError(409, `The archive is not recording (status "${archive.status}").`);
    }
    const session = this.deps.store.session(archive.sessionId);
    if (patch.addStream !== undefined) {
      if (!session?.streams.has(patch.addStream)) throw new HttpError(404, 'Stream not found');
      archive.selectedStreams.set(patch.addStream, { hasAudio: patch.hasAudio, hasVideo: patch.hasVideo });
    }
    if (patch.removeStream !== undefined) {
      if (!archive.selectedStreams.delete(patch.removeStream)) throw new HttpError(404, 'Stream not found');
    }
  }

  /** The archive JSON, as REST returns it. */
  toJson(archive: ArchiveRecord): Record<string, unknown> {
    const key = numericKey(this.deps.apiKey);
    return {
      id: archive.id,
      status: archive.status,
      name: archive.name,
      reason: archive.reason,
      sessionId: archive.sessionId,
      projectId: key,
      partnerId: key,
      createdAt: archive.createdAt,
      updatedAt: archive.updatedAt,
      size: archive.size,
      duration: archive.duration,
      url: archive.status === 'available' ? archiveUrl(this.deps.baseUrl(), archive, this.deps.controlPath) : null,
      hasAudio: archive.hasAudio,
      hasVideo: archive.hasVideo,
      outputMode: archive.outputMode,
      ...(archive.outputMode === 'composed' ? { resolution: archive.resolution } : {}),
      streamMode: archive.streamMode,
      streams: this.streamsOf(archive),
      ...(archive.multiArchiveTag !== null ? { multiArchiveTag: archive.multiArchiveTag } : {}),
      ...(archive.maxBitrate !== null ? { maxBitrate: archive.maxBitrate } : {}),
      ...(archive.quantizationParameter !== null ? { quantizationParameter: archive.quantizationParameter } : {}),
      hasTranscription: archive.hasTranscription,
      ...(archive.transcriptionProperties !== null ? { transcriptionProperties: archive.transcriptionProperties } : {}),
      password: '',
      // Recorded as "" (opentok-node's fixtures) until the platform has hashed the file.
      sha256sum: '',
    };
  }

  /** Cancels pending timers (the shared {@link Timers} is closed by the owner too). */
  close(): void {
    for (const handle of this.autoStops.values()) this.deps.timers.cancel(handle);
    for (const handle of this.readyTimers.values()) this.deps.timers.cancel(handle);
    this.autoStops.clear();
    this.readyTimers.clear();
  }

  private streamsOf(archive: ArchiveRecord): Array<{ streamId: string; hasAudio: boolean; hasVideo: boolean }> {
    if (!ACTIVE.has(archive.status)) return [];
    const session = this.deps.store.session(archive.sessionId);
    if (!session) return [];
    if (archive.streamMode === 'manual') {
      return [...archive.selectedStreams]
        .filter(([streamId]) => session.streams.has(streamId))
        .map(([streamId, s]) => ({ streamId, hasAudio: s.hasAudio, hasVideo: s.hasVideo }));
    }
    return [...session.streams.values()].map((s) => ({
      streamId: s.streamId,
      hasAudio: s.hasAudio && archive.hasAudio,
      hasVideo: s.hasVideo && archive.hasVideo,
    }));
  }

  private mustGet(id: string): ArchiveRecord {
    const archive = this.archives.get(id);
    if (!archive) throw archiveNotFound(id);
    return archive;
  }

  private transition(archive: ArchiveRecord, status: ArchiveStatus, now: number = this.deps.timers.now()): void {
    archive.status = status;
    archive.updatedAt = now;
    this.deps.onStatus(this.toJson(archive));
  }

  private stop(archive: ArchiveRecord, reason: string, now: number = this.deps.timers.now()): void {
    archive.reason = reason;
    archive.stoppedAt = now;
    archive.duration = Math.round((now - archive.createdAt) / 1000);
    this.transition(archive, 'stopped', now);
    const handle = this.deps.timers.after(this.deps.readyDelayMs(), () => {
      this.readyTimers.delete(archive.id);
      if (archive.status !== 'stopped') return;
      archive.size = archiveSize(archive);
      this.transition(archive, 'available');
    });
    this.readyTimers.set(archive.id, handle);
  }

  private scheduleAutoStop(sessionId: string): void {
    if (this.autoStops.has(sessionId)) return;
    const handle = this.deps.timers.after(this.deps.settings.autoStopAfterLastLeaveMs, () => {
      this.autoStops.delete(sessionId);
      for (const archive of this.active(sessionId)) this.stop(archive, REASON_SESSION_ENDED);
    });
    this.autoStops.set(sessionId, handle);
  }

  private cancelAutoStop(sessionId: string): void {
    this.deps.timers.cancel(this.autoStops.get(sessionId));
    this.autoStops.delete(sessionId);
  }

  private onStoreEvent(event: StoreEvent): void {
    const { session } = event;
    switch (event.type) {
      case 'connectionCreated':
        this.cancelAutoStop(session.sessionId);
        if (session.archiveMode === 'always' && this.active(session.sessionId).length === 0) {
          this.start(session, autoArchiveOptions(session), true);
        }
        break;
      case 'connectionDestroyed':
        if (session.connections.size === 0 && this.active(session.sessionId).length > 0) {
          this.scheduleAutoStop(session.sessionId);
        }
        break;
      case 'streamCreated':
        for (const archive of this.active(session.sessionId)) {
          if (archive.status === 'paused') this.transition(archive, 'started');
        }
        break;
      case 'streamDestroyed':
        for (const archive of this.active(session.sessionId)) {
          archive.selectedStreams.delete(event.stream.streamId);
          if (session.streams.size === 0 && archive.status === 'started') this.transition(archive, 'paused');
        }
        break;
    }
  }
}

/** The options an `archiveMode=always` session records with. */
function autoArchiveOptions(session: SessionRecord): StartArchiveOptions {
  return {
    name: session.archiveName,
    hasAudio: true,
    hasVideo: true,
    outputMode: 'composed',
    resolution: session.archiveResolution,
    streamMode: 'auto',
    multiArchiveTag: null,
    layout: null,
    maxBitrate: null,
    quantizationParameter: null,
    hasTranscription: false,
    transcriptionProperties: null,
  };
}

/** Where the emulator serves an available archive's file. */
export function archiveUrl(baseUrl: string, archive: ArchiveRecord, controlPath = '/emulator'): string {
  return `${baseUrl}${controlPath}/archives/${archive.id}.${archive.outputMode === 'individual' ? 'zip' : 'mp4'}`;
}

/** A plausible, bounded file size: a header plus ~2 KiB per recorded second. */
function archiveSize(archive: ArchiveRecord): number {
  const size = 4096 + archive.duration * 2048;
  return archive.outputMode === 'individual' ? Math.min(size, ZIP_MAX) : Math.min(size, 1 << 20);
}

/**
 * The placeholder file served for an archive: exactly `archive.size` bytes (an empty MP4, or an
 * empty ZIP for an individual archive).
 */
export function archiveFile(archive: ArchiveRecord): Buffer {
  return archive.outputMode === 'individual' ? placeholderZip(archive.size) : placeholderMp4(archive.size);
}
