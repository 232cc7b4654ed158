/**
 * Recordings on the emulated storage and their statuses (docs/providers/openvidu.md#statuses-and-lifecycle):
 * `started` -> `stopped` -> `ready`. In `sync` finalize mode (CE) a stop finalizes at once; in
 * `async` mode (PRO) the recording stays `stopped` for `readyDelayMs`. Every status change posts
 * a `recordingStatusChanged` webhook. The emulator starts recordings synchronously, so the
 * transient `starting` status is never observable.
 */
import { placeholderMp4, placeholderWebm, placeholderZip, ZIP_MAX } from '../placeholder-files.js';
import type { TimerHandle, Timers } from '../clock.js';
import { recordingStatusChanged } from './events.js';
import { recordingExtension, recordingJson } from './json.js';
import { uniqueSessionId } from './model.js';
import type { Recording, RecordingProperties, Session } from './model.js';
import { recordingIdFor } from './ids.js';
import type { WebhookSink } from './webhooks.js';

/** How stops are finalized: `sync` like CE, `async` like PRO. */
export type FinalizeMode = 'sync' | 'async';

/** What the recorder needs from its surroundings. */
export interface RecorderDeps {
  timers: Timers;
  webhooks: WebhookSink;
  finalizeMode: () => FinalizeMode;
  /** `stopped` -> `ready` delay in async mode. */
  readyDelayMs: () => number;
  baseUrl: () => string;
}

const RECORDING: ReadonlySet<string> = new Set(['starting', 'started']);

/** A plausible, bounded file size: a header plus ~2 KiB per recorded second. */
function fileSize(r: Recording): number {
  const size = Math.round(4096 + r.duration * 2048);
  return recordingExtension(r) === 'zip' ? Math.min(size, ZIP_MAX) : Math.min(size, 1 << 20);
}

/** All recordings, whatever their session became. */
export class Recorder {
  /** Insertion order = creation order. */
  private readonly recordings = new Map<string, Recording>();
  private readonly readyTimers = new Map<string, TimerHandle>();

  constructor(private readonly deps: RecorderDeps) {}

  get(id: string): Recording | undefined {
    return this.recordings.get(id);
  }

  list(): Recording[] {
    return [...this.recordings.values()];
  }

  /** The recording in progress for a session (`starting` or `started`), if any. */
  active(sessionId: string): Recording | undefined {
    return this.list().find((r) => r.sessionId === sessionId && RECORDING.has(r.status));
  }

  /** Starts recording a session; the caller checked the preconditions. */
  start(session: Session, properties: RecordingProperties, now: number = this.deps.timers.now()): Recording {
    const id = recordingIdFor(session.sessionId, (candidate) => this.recordings.has(candidate));
    const recording: Recording = {
      id,
      sessionId: session.sessionId,
      uniqueSessionId: uniqueSessionId(session),
      properties: { ...properties, name: properties.name === '' ? id : properties.name },
      createdAt: now,
      status: 'started',
      reason: null,
      stoppedAt: null,
      size: 0,
      duration: 0,
    };
    this.recordings.set(id, recording);
    this.deps.webhooks.send(recordingStatusChanged(recording, now));
    return recording;
  }

  /** Stops a recording in progress with a reason; finalizes it now or later by the mode. */
  stop(recording: Recording, reason: string, now: number = this.deps.timers.now()): Recording {
    recording.status = 'stopped';
    recording.reason = reason;
    recording.stoppedAt = now;
    this.deps.webhooks.send(recordingStatusChanged(recording, now));
    if (this.deps.finalizeMode() === 'sync') {
      this.finalize(recording, now);
    } else {
      const handle = this.deps.timers.after(this.deps.readyDelayMs(), () => {
        this.readyTimers.delete(recording.id);
        this.finalize(recording);
      });
      this.readyTimers.set(recording.id, handle);
    }
    return recording;
  }

  /** Deletes a recording and its file. */
  delete(recording: Recording): void {
    this.deps.timers.cancel(this.readyTimers.get(recording.id));
    this.readyTimers.delete(recording.id);
    this.recordings.delete(recording.id);
  }

  /** The bytes of a ready recording's file, when `fileName` is its `<name>.<ext>`. */
  file(id: string, fileName: string): { body: Buffer; contentType: string } | undefined {
    const r = this.recordings.get(id);
    if (r?.status !== 'ready') return undefined;
    const ext = recordingExtension(r);
    if (fileName !== `${r.properties.name}.${ext}`) return undefined;
    if (ext === 'zip') return { body: placeholderZip(r.size), contentType: 'application/zip' };
    if (ext === 'webm') return { body: placeholderWebm(r.size), contentType: 'video/webm' };
    return { body: placeholderMp4(r.size), contentType: 'video/mp4' };
  }

  toJson(r: Recording): Record<string, unknown> {
    return recordingJson(r, this.deps.baseUrl());
  }

  /** Cancels pending finalizations. */
  close(): void {
    for (const handle of this.readyTimers.values()) this.deps.timers.cancel(handle);
    this.readyTimers.clear();
  }

  private finalize(recording: Recording, now: number = this.deps.timers.now()): void {
    if (recording.status !== 'stopped' || !this.recordings.has(recording.id)) return;
    recording.duration = ((recording.stoppedAt ?? now) - recording.createdAt) / 1000;
    recording.size = fileSize(recording);
    recording.status = 'ready';
    this.deps.webhooks.send(recordingStatusChanged(recording, now));
  }
}
