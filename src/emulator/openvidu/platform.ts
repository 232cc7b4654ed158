/**
 * The emulated OpenVidu deployment: sessions, connections and streams, and the lifecycle rules
 * that tie them to recordings (docs/providers/openvidu.md#session-lifecycle, docs/providers/openvidu.md#autostop-and-always-mode):
 *
 * - a session is created "not active" and becomes active when someone joins;
 * - when the last participant leaves and nothing is recorded, the session closes at once
 *   (`lastParticipantLeft`); while recording, an autostop countdown starts instead, also when
 *   the last publisher stops or a recording starts with nobody publishing; a new publisher
 *   cancels it; when it ends the recording stops (`automaticStop`, or `lastParticipantLeft`
 *   with a zero timeout) and, if nobody is left, the session closes with the same reason;
 * - `recordingMode: ALWAYS` starts a recording when the first stream is published, unless the
 *   session's recording was stopped through REST before.
 *
 * Every change posts its webhook, in the order the real server emits them.
 */
import { HttpError } from '../http.js';
import type { Logger } from '../../logger.js';
import type { Timers } from '../clock.js';
import * as events from './events.js';
import {
  customConnectionId,
  mintConnectionId,
  mintIpcamConnectionId,
  mintSessionId,
  mintStreamId,
  mintTokenSecret,
  wsUrlOf,
} from './ids.js';
import { participants, publishers } from './model.js';
import type {
  Connection,
  ConnectionOptions,
  Publisher,
  Recording,
  RecordingProperties,
  Session,
  SessionProperties,
  TypeOfVideo,
} from './model.js';
import type { Recorder } from './recorder.js';
import type { WebhookSink } from './webhooks.js';

/** Settings the lifecycle reads at each use, so `configure()` could change them. */
export interface LifecycleSettings {
  /** `OPENVIDU_RECORDING`: false disables recording altogether. */
  recording: boolean;
  /** `OPENVIDU_RECORDING_AUTOSTOP_TIMEOUT`, in milliseconds. */
  autostopMs: number;
}

/** What the platform needs from its surroundings. */
export interface PlatformDeps {
  recorder: Recorder;
  webhooks: WebhookSink;
  timers: Timers;
  settings: LifecycleSettings;
  logger: Logger;
  baseUrl: () => string;
}

/** A stream as a simulated client publishes it. */
export interface NewStream {
  hasAudio: boolean;
  hasVideo: boolean;
  typeOfVideo: TypeOfVideo;
}

/** What a simulated client shows of itself when it joins. */
export interface JoinInfo {
  clientData: string | null;
  ip: string;
  platform: string;
}

/** Default video dimensions per source, as a browser would report them. */
const DIMENSIONS: Record<TypeOfVideo, string | null> = {
  CAMERA: '{"width":640,"height":480}',
  SCREEN: '{"width":1920,"height":1080}',
  CUSTOM: '{"width":1280,"height":720}',
  IPCAM: null,
};

/** The sessions of the emulated deployment. */
export class Platform {
  /** Open sessions (closed ones are forgotten: GET answers 404). */
  readonly sessions = new Map<string, Session>();

  constructor(private readonly deps: PlatformDeps) {}

  session(sessionId: string): Session | undefined {
    return this.sessions.get(sessionId);
  }

  /** A connection by id alone, with its session. */
  connection(connectionId: string): { session: Session; connection: Connection } | undefined {
    for (const session of this.sessions.values()) {
      const connection = session.connections.get(connectionId);
      if (connection) return { session, connection };
    }
    return undefined;
  }

  /** Whether a recording of the session is in progress. */
  isRecording(session: Session): boolean {
    return this.deps.recorder.active(session.sessionId) !== undefined;
  }

  /** POST /sessions: a not-active session; `sessionCreated` fires now. */
  createSession(properties: SessionProperties, now: number = this.deps.timers.now()): Session {
    const sessionId = properties.customSessionId || this.freshId(mintSessionId, (id) => this.sessions.has(id));
    const session: Session = {
      sessionId,
      createdAt: now,
      properties,
      active: false,
      recordingManuallyStopped: false,
      connections: new Map(),
      autostop: undefined,
    };
    this.sessions.set(sessionId, session);
    this.deps.webhooks.send(events.sessionCreated(session));
    return session;
  }

  /**
   * POST /sessions/{id}/connection: a pending WEBRTC connection holding a single-use token, or an
   * IPCAM connection that joins and publishes at once.
   */
  createConnection(session: Session, options: ConnectionOptions, now: number = this.deps.timers.now()): Connection {
    const taken = (id: string): boolean => this.connection(id) !== undefined;
    if (options.type === 'IPCAM') return this.createIpcam(session, options, now);
    const custom = customConnectionId(options.data);
    const connectionId = custom !== undefined && !taken(custom) ? custom : this.freshId(mintConnectionId, taken);
    const connection: Connection = {
      connectionId,
      sessionId: session.sessionId,
      createdAt: now,
      token: `${wsUrlOf(this.deps.baseUrl())}?sessionId=${encodeURIComponent(session.sessionId)}&token=${mintTokenSecret()}`,
      options,
      status: 'pending',
      activeAt: null,
      location: null,
      ip: null,
      platform: null,
      clientData: null,
      publishers: new Map(),
    };
    session.connections.set(connectionId, connection);
    return connection;
  }

  /**
   * A simulated browser connects with a token. The token is checked as the server does: its
   * session must be open (else 404), and it must be a pending connection's (single use: else 401).
   */
  join(token: string, info: JoinInfo, now: number = this.deps.timers.now()): { session: Session; connection: Connection } {
    let url: URL;
    try {
      url = new URL(token);
    } catch {
      throw new HttpError(401, 'Invalid OpenVidu token', { description: 'The token is not a ws(s):// URL.' });
    }
    const sessionId = url.searchParams.get('sessionId');
    const secret = url.searchParams.get('token');
    if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || !sessionId || !secret) {
      throw new HttpError(401, 'Invalid OpenVidu token', { description: 'Expected ws(s)://host?sessionId=...&token=tok_...' });
    }
    const session = this.sessions.get(sessionId);
    if (!session) throw new HttpError(404, 'Session not found', { description: `Session ${sessionId} is closed or never existed.` });
    const connection = [...session.connections.values()].find(
      (c) => c.token !== null && new URL(c.token).searchParams.get('token') === secret,
    );
    if (connection?.status !== 'pending') {
      throw new HttpError(401, 'Token not valid', {
        description: connection
          ? 'This token was already used: tokens are single use.'
          : `No pending connection of session ${sessionId} has this token.`,
      });
    }
    connection.status = 'active';
    connection.activeAt = now;
    connection.location = 'unknown';
    connection.ip = info.ip;
    connection.platform = info.platform;
    connection.clientData = info.clientData;
    session.active = true;
    this.deps.webhooks.send(events.participantJoined(session, connection));
    return { session, connection };
  }

  /** A participant publishes a stream. Subscribers may not (403). */
  publish(session: Session, connection: Connection, stream: NewStream, now: number = this.deps.timers.now()): Publisher {
    if (connection.status !== 'active') throw new HttpError(409, 'The connection is pending: join with its token first');
    if (connection.options.role === 'SUBSCRIBER') throw new HttpError(403, 'A connection with the SUBSCRIBER role cannot publish');
    if (!stream.hasAudio && !stream.hasVideo) throw new HttpError(400, 'A stream needs audio, video or both');
    const firstPublisher = publishers(session).length === 0;
    const publisher: Publisher = {
      streamId: mintStreamId(stream.typeOfVideo, stream.hasVideo, connection.connectionId),
      createdAt: now,
      hasAudio: stream.hasAudio,
      hasVideo: stream.hasVideo,
      typeOfVideo: stream.typeOfVideo,
      frameRate: stream.typeOfVideo === 'IPCAM' ? null : 30,
      videoDimensions: DIMENSIONS[stream.typeOfVideo],
    };
    connection.publishers.set(publisher.streamId, publisher);
    this.deps.webhooks.send(events.webrtcConnectionCreated(session, connection, publisher));
    this.cancelAutostop(session);
    const p = session.properties;
    if (
      firstPublisher &&
      p.recordingMode === 'ALWAYS' &&
      p.mediaMode === 'ROUTED' &&
      this.deps.settings.recording &&
      !this.isRecording(session) &&
      !session.recordingManuallyStopped
    ) {
      this.startRecording(session, p.defaultRecordingProperties, now);
    }
    return publisher;
  }

  /** A stream goes away (`unpublish` by the client, `forceUnpublishByServer` through REST). */
  unpublish(session: Session, connection: Connection, streamId: string, reason: string, now: number = this.deps.timers.now()): boolean {
    const publisher = connection.publishers.get(streamId);
    if (!publisher) return false;
    connection.publishers.delete(streamId);
    this.deps.webhooks.send(events.webrtcConnectionDestroyed(session, connection, publisher, reason, now));
    this.checkPublishers(session);
    return true;
  }

  /**
   * Removes a connection: a pending one just loses its token; an active one leaves (its streams
   * first), then the session lifecycle applies.
   */
  disconnect(session: Session, connection: Connection, reason: string, now: number = this.deps.timers.now()): void {
    if (connection.status === 'pending') {
      session.connections.delete(connection.connectionId);
      return;
    }
    this.evict(session, connection, reason, now);
    if (participants(session).length > 0) {
      this.checkPublishers(session);
    } else if (this.isRecording(session)) {
      this.startAutostop(session);
    } else {
      this.close(session, 'lastParticipantLeft', now);
    }
  }

  /**
   * Closes a session: stops its recording, evicts everyone, invalidates pending tokens, then
   * `sessionDestroyed`. Idempotent.
   */
  close(session: Session, reason: string, now: number = this.deps.timers.now()): void {
    if (this.sessions.get(session.sessionId) !== session) return;
    this.cancelAutostop(session);
    const recording = this.deps.recorder.active(session.sessionId);
    if (recording) this.deps.recorder.stop(recording, reason, now);
    for (const connection of participants(session)) this.evict(session, connection, reason, now);
    session.connections.clear();
    this.sessions.delete(session.sessionId);
    this.deps.webhooks.send(events.sessionDestroyed(session, reason, now));
  }

  /** Starts a recording (REST or ALWAYS mode); with nobody publishing the autostop countdown starts too. */
  startRecording(session: Session, properties: RecordingProperties, now: number = this.deps.timers.now()): Recording {
    const recording = this.deps.recorder.start(session, properties, now);
    if (publishers(session).length === 0) this.startAutostop(session);
    return recording;
  }

  /** POST /recordings/stop: `recordingStoppedByServer`, and ALWAYS mode will not restart. */
  stopRecordingByUser(recording: Recording, now: number = this.deps.timers.now()): Recording {
    const session = this.sessions.get(recording.sessionId);
    if (session) {
      session.recordingManuallyStopped = true;
      this.cancelAutostop(session);
    }
    return this.deps.recorder.stop(recording, 'recordingStoppedByServer', now);
  }

  /** POST /signal, once validated: `signalSent` with the resolved recipients. */
  signal(session: Session, to: string[], type: string, data: string, now: number = this.deps.timers.now()): void {
    this.deps.webhooks.send(events.signalSent(session, to, type, data, now));
  }

  /** Cancels every countdown (the shared timers are closed by the owner too). */
  closeAll(): void {
    for (const session of this.sessions.values()) this.cancelAutostop(session);
  }

  private createIpcam(session: Session, options: ConnectionOptions, now: number): Connection {
    const uri = new URL(options.rtspUri ?? '');
    const connection: Connection = {
      connectionId: this.freshId(
        () => mintIpcamConnectionId(uri),
        (id) => this.connection(id) !== undefined,
      ),
      sessionId: session.sessionId,
      createdAt: now,
      token: null,
      options,
      status: 'active',
      activeAt: now,
      location: 'unknown',
      ip: uri.hostname,
      platform: 'IPCAM',
      clientData: null,
      publishers: new Map(),
    };
    session.connections.set(connection.connectionId, connection);
    session.active = true;
    this.deps.webhooks.send(events.participantJoined(session, connection));
    this.publish(session, connection, { hasAudio: true, hasVideo: true, typeOfVideo: 'IPCAM' }, now);
    return connection;
  }

  /** An active participant leaves: its streams, then itself. No lifecycle here. */
  private evict(session: Session, connection: Connection, reason: string, now: number): void {
    for (const publisher of [...connection.publishers.values()]) {
      connection.publishers.delete(publisher.streamId);
      this.deps.webhooks.send(events.webrtcConnectionDestroyed(session, connection, publisher, reason, now));
    }
    session.connections.delete(connection.connectionId);
    this.deps.webhooks.send(events.participantLeft(session, connection, reason, now));
  }

  /** While recording, nobody publishing starts the countdown. */
  private checkPublishers(session: Session): void {
    if (publishers(session).length === 0 && this.isRecording(session)) this.startAutostop(session);
  }

  private startAutostop(session: Session): void {
    if (session.autostop !== undefined) return;
    const timeoutMs = this.deps.settings.autostopMs;
    const reason = timeoutMs === 0 ? 'lastParticipantLeft' : 'automaticStop';
    session.autostop = this.deps.timers.after(timeoutMs, () => {
      session.autostop = undefined;
      if (this.sessions.get(session.sessionId) !== session) return;
      this.deps.logger.info({ sessionId: session.sessionId, reason }, 'emulator: OpenVidu recording autostop');
      if (participants(session).length === 0) {
        this.close(session, reason);
        return;
      }
      const recording = this.deps.recorder.active(session.sessionId);
      if (recording) this.deps.recorder.stop(recording, reason);
    });
  }

  private cancelAutostop(session: Session): void {
    if (session.autostop === undefined) return;
    this.deps.timers.cancel(session.autostop);
    session.autostop = undefined;
  }

  private freshId(mint: () => string, taken: (id: string) => boolean): string {
    for (;;) {
      const id = mint();
      if (!taken(id)) return id;
    }
  }
}
