/**
 * Live-streaming broadcasts of the emulated project (docs/providers/opentok.md#broadcasts):
 * `started` → `stopped` (stop call, `maxDuration` reached, or the session emptied for
 * `autoStopAfterLastLeaveMs`). Its outputs are `connecting` until someone publishes, then `live`.
 * The JSON follows the SDKs' recordings (docs/providers/opentok.md#recorded-vs-documented): `event`
 * and `partnerId` in REST bodies too, `broadcastUrls: null` once stopped, `multiBroadcastTag` only
 * when set. Every status change is reported through `onStatus` (the callback sender posts it).
 */
import { randomUUID } from 'node:crypto';
import { HttpError } from '../http.js';
import type { TimerHandle, Timers } from '../clock.js';
import { type ArchiveLayout, type ArchiveSettings, numericKey, type StreamMode } from './archiving.js';
import type { SessionRecord, Store, StoreEvent } from './store.js';

export type BroadcastStatus = 'started' | 'stopped';

/** What the recordings show as the default `maxDuration` (the REST docs say 14400). */
export const DEFAULT_MAX_DURATION_S = 7200;

/** Validated options of a broadcast start. */
export interface StartBroadcastOptions {
  hls: { dvr: boolean; lowLatency: boolean } | null;
  rtmp: Array<{ id: string | null; serverUrl: string; streamName: string }>;
  maxDuration: number;
  maxBitrate: number | null;
  resolution: string;
  layout: ArchiveLayout | null;
  multiBroadcastTag: string | null;
  streamMode: StreamMode;
  hasAudio: boolean;
  hasVideo: boolean;
}

/** A broadcast as the emulator holds it. */
export interface BroadcastRecord extends StartBroadcastOptions {
  readonly id: string;
  readonly sessionId: string;
  status: BroadcastStatus;
  readonly createdAt: number;
  updatedAt: number;
  /** Streams selected with PATCH .../streams when `streamMode` is manual. */
  readonly selectedStreams: Map<string, { hasAudio: boolean; hasVideo: boolean }>;
}

/** What the manager needs from its surroundings. */
export interface BroadcastManagerDeps {
  store: Store;
  timers: Timers;
  apiKey: string;
  settings: ArchiveSettings;
  /** The emulator's base URL, for HLS playlist URLs. */
  baseUrl: () => string;
  /** Where this face's control routes live, the playlists among them (./routes/control.ts). */
  controlPath: string;
  /** Called with the broadcast JSON after every status change. */
  onStatus: (broadcast: Record<string, unknown>) => void;
}

/** Manages the broadcasts of the emulated project. */
export class BroadcastManager {
  /** Insertion order = creation order, which list() reverses. */
  private readonly broadcasts = new Map<string, BroadcastRecord>();
  private readonly timers = new Map<string, TimerHandle>();
  private readonly autoStops = new Map<string, TimerHandle>();

  constructor(private readonly deps: BroadcastManagerDeps) {
    deps.store.subscribe((event) => this.onStoreEvent(event));
  }

  /** The broadcast, or `undefined`. */
  get(id: string): BroadcastRecord | undefined {
    return this.broadcasts.get(id);
  }

  /** All broadcasts of one session, oldest first. */
  forSession(sessionId: string): BroadcastRecord[] {
    return [...this.broadcasts.values()].filter((b) => b.sessionId === sessionId);
  }

  /** Starts a broadcast: routed sessions only, one at a time unless tags tell them apart. */
  start(session: SessionRecord, options: StartBroadcastOptions, now: number = this.deps.timers.now()): BroadcastRecord {
    if (session.mediaMode !== 'routed') {
      throw new HttpError(409, 'Only routed sessions are allowed to initiate broadcasts.', {
        code: 15008,
        description: 'Create the session with p2p.preference=disabled (routed) to broadcast it.',
      });
    }
    const running = this.forSession(session.sessionId).filter((b) => b.status === 'started');
    const tag = options.multiBroadcastTag;
    if (running.length > 0 && (tag === null || running.some((b) => b.multiBroadcastTag === tag))) {
      throw new HttpError(409, 'The session is already being broadcast.', {
        description:
          tag === null
            ? 'Stop the running broadcast first, or give each concurrent broadcast a distinct multiBroadcastTag.'
            : `A broadcast with multiBroadcastTag "${tag}" is already running for this session.`,
      });
    }
    const broadcast: BroadcastRecord = {
      ...options,
      id: randomUUID(),
      sessionId: session.sessionId,
      status: 'started',
      createdAt: now,
      updatedAt: now,
      selectedStreams: new Map(),
    };
    this.broadcasts.set(broadcast.id, broadcast);
    this.timers.set(
      broadcast.id,
      this.deps.timers.after(broadcast.maxDuration * 1000, () => this.stop(broadcast)),
    );
    this.deps.onStatus(this.toJson(broadcast));
    if (session.connections.size === 0) this.scheduleAutoStop(session.sessionId);
    return broadcast;
  }

  /** Stops a running broadcast on request; an unknown or stopped one is a 404, as the API answers. */
  stopByUser(id: string): BroadcastRecord {
    const broadcast = this.broadcasts.get(id);
    if (broadcast?.status !== 'started') {
      throw new HttpError(404, 'Broadcast not found', { description: `No running broadcast with id ${id}.` });
    }
    this.stop(broadcast);
    return broadcast;
  }

  /** Lists broadcasts newest first, with the total count of matches. */
  list(filter: { sessionId?: string; offset: number; count: number }): { count: number; items: BroadcastRecord[] } {
    const matches = [...this.broadcasts.values()]
      .filter((b) => filter.sessionId === undefined || b.sessionId === filter.sessionId)
      .reverse();
    const sorted = matches.map((b, i) => ({ b, i })).sort((x, y) => y.b.createdAt - x.b.createdAt || x.i - y.i);
    return { count: sorted.length, items: sorted.slice(filter.offset, filter.offset + filter.count).map(({ b }) => b) };
  }

  /** Changes the layout. */
  setLayout(id: string, layout: ArchiveLayout): void {
    this.mustGet(id).layout = layout;
  }

  /** Adds or removes a stream of a manual-stream-mode broadcast. */
  patchStreams(id: string, patch: { addStream?: string; removeStream?: string; hasAudio: boolean; hasVideo: boolean }): void {
    const broadcast = this.mustGet(id);
    if (broadcast.streamMode !== 'manual') {
      throw new HttpError(405, 'Streams can be selected only for broadcasts started with streamMode "manual".');
    }
    if (broadcast.status !== 'started') throw new HttpError(409, 'The broadcast is not running.');
    if (patch.addStream !== undefined) {
      if (!this.deps.store.session(broadcast.sessionId)?.streams.has(patch.addStream)) throw new HttpError(404, 'Stream not found');
      broadcast.selectedStreams.set(patch.addStream, { hasAudio: patch.hasAudio, hasVideo: patch.hasVideo });
    }
    if (patch.removeStream !== undefined && !broadcast.selectedStreams.delete(patch.removeStream)) {
      throw new HttpError(404, 'Stream not found');
    }
  }

  /** The broadcast JSON, as REST returns it and callbacks carry it. */
  toJson(broadcast: BroadcastRecord): Record<string, unknown> {
    const key = numericKey(this.deps.apiKey);
    const running = broadcast.status === 'started';
    const session = this.deps.store.session(broadcast.sessionId);
    const outputStatus = session && session.streams.size > 0 ? 'live' : 'connecting';
    return {
      id: broadcast.id,
      sessionId: broadcast.sessionId,
      projectId: key,
      partnerId: key,
      createdAt: broadcast.createdAt,
      updatedAt: broadcast.updatedAt,
      status: broadcast.status,
      maxDuration: broadcast.maxDuration,
      ...(broadcast.maxBitrate !== null ? { maxBitrate: broadcast.maxBitrate } : {}),
      resolution: broadcast.resolution,
      streamMode: broadcast.streamMode,
      hasAudio: broadcast.hasAudio,
      hasVideo: broadcast.hasVideo,
      streams: running ? this.streamsOf(broadcast, session) : [],
      ...(broadcast.multiBroadcastTag !== null ? { multiBroadcastTag: broadcast.multiBroadcastTag } : {}),
      ...(broadcast.hls ? { settings: { hls: { dvr: broadcast.hls.dvr, lowLatency: broadcast.hls.lowLatency } } } : {}),
      broadcastUrls: running
        ? {
            ...(broadcast.hls
              ? { hls: `${this.deps.baseUrl()}${this.deps.controlPath}/broadcasts/${broadcast.id}/playlist.m3u8`, hlsStatus: outputStatus }
              : {}),
            ...(broadcast.rtmp.length > 0
              ? {
                  rtmp: broadcast.rtmp.map((r) => ({
                    ...(r.id ? { id: r.id } : {}),
                    serverUrl: r.serverUrl,
                    streamName: r.streamName,
                    status: outputStatus,
                  })),
                }
              : {}),
          }
        : null,
      event: 'broadcast',
    };
  }

  /** Cancels pending timers. */
  close(): void {
    for (const handle of [...this.timers.values(), ...this.autoStops.values()]) this.deps.timers.cancel(handle);
    this.timers.clear();
    this.autoStops.clear();
  }

  private streamsOf(broadcast: BroadcastRecord, session: SessionRecord | undefined) {
    if (!session) return [];
    if (broadcast.streamMode === 'manual') {
      return [...broadcast.selectedStreams]
        .filter(([streamId]) => session.streams.has(streamId))
        .map(([streamId, s]) => ({ streamId, hasAudio: s.hasAudio, hasVideo: s.hasVideo }));
    }
    return [...session.streams.values()].map((s) => ({
      streamId: s.streamId,
      hasAudio: s.hasAudio && broadcast.hasAudio,
      hasVideo: s.hasVideo && broadcast.hasVideo,
    }));
  }

  private mustGet(id: string): BroadcastRecord {
    const broadcast = this.broadcasts.get(id);
    if (!broadcast) throw new HttpError(404, 'Broadcast not found', { description: `No broadcast with id ${id}.` });
    return broadcast;
  }

  private stop(broadcast: BroadcastRecord, now: number = this.deps.timers.now()): void {
    if (broadcast.status !== 'started') return;
    this.deps.timers.cancel(this.timers.get(broadcast.id));
    this.timers.delete(broadcast.id);
    broadcast.status = 'stopped';
    broadcast.updatedAt = now;
    this.deps.onStatus(this.toJson(broadcast));
  }

  private scheduleAutoStop(sessionId: string): void {
    if (this.autoStops.has(sessionId)) return;
    const handle = this.deps.timers.after(this.deps.settings.autoStopAfterLastLeaveMs, () => {
      this.autoStops.delete(sessionId);
      for (const broadcast of this.forSession(sessionId)) this.stop(broadcast);
    });
    this.autoStops.set(sessionId, handle);
  }

  private onStoreEvent(event: StoreEvent): void {
    const { session } = event;
    if (event.type === 'connectionCreated') {
      this.deps.timers.cancel(this.autoStops.get(session.sessionId));
      this.autoStops.delete(session.sessionId);
    } else if (event.type === 'connectionDestroyed' && session.connections.size === 0) {
      if (this.forSession(session.sessionId).some((b) => b.status === 'started')) this.scheduleAutoStop(session.sessionId);
    } else if (event.type === 'streamDestroyed') {
      for (const broadcast of this.forSession(session.sessionId)) broadcast.selectedStreams.delete(event.stream.streamId);
    }
  }
}
