/**
 * The in-memory platform: sessions and, inside them, connections, streams, signals and SIP calls.
 * Archives live in `archiving.ts`, which listens to the {@link StoreEvent}s emitted here (a client
 * joining may auto-start an archive, the last stream leaving pauses one, and so on).
 */
import { randomUUID } from 'node:crypto';
import type { Role } from './client-tokens.js';
import { mintSessionId } from './session-ids.js';

export type MediaMode = 'relayed' | 'routed';
export type ArchiveMode = 'manual' | 'always';
export type VideoType = 'camera' | 'screen' | 'custom';

/** A session as created by `POST /session/create`. */
export interface SessionRecord {
  readonly sessionId: string;
  readonly mediaMode: MediaMode;
  readonly archiveMode: ArchiveMode;
  readonly location: string | null;
  readonly e2ee: boolean;
  readonly archiveName: string | null;
  readonly archiveResolution: string | null;
  readonly createdAt: number;
  readonly connections: Map<string, ConnectionRecord>;
  readonly streams: Map<string, StreamRecord>;
  readonly signals: SignalRecord[];
  readonly sipCalls: Map<string, SipCallRecord>;
  forceMute: { active: boolean; excludedStreamIds: string[] };
}

/** A connected participant: a simulated client, or the SIP leg of a dial-out. */
export interface ConnectionRecord {
  readonly connectionId: string;
  readonly sessionId: string;
  readonly kind: 'client' | 'sip' | 'render' | 'websocket';
  readonly role: Role;
  /** `connection_data` from the token (server-set, what other clients see). */
  readonly data: string | null;
  /** Free data the control API caller attached when connecting. */
  readonly clientData: string | null;
  readonly tokenType: 'jwt' | 't1' | null;
  readonly createdAt: number;
}

/** A published stream. */
export interface StreamRecord {
  readonly streamId: string;
  readonly sessionId: string;
  readonly connectionId: string;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
  readonly videoType: VideoType;
  readonly name: string;
  layoutClassList: string[];
  /** Set by the force-mute endpoints. */
  audioMuted: boolean;
  readonly createdAt: number;
}

/** A signal sent through the REST API, kept so tests and people can see it arrived. */
export interface SignalRecord {
  readonly to: string | null;
  readonly type: string | null;
  readonly data: string;
  readonly at: number;
}

/** A SIP dial-out and the connection/stream it put into the session. */
export interface SipCallRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly connectionId: string;
  readonly streamId: string;
  readonly uri: string;
  readonly from: string | null;
  readonly secure: boolean;
  readonly video: boolean;
  readonly observeForceMute: boolean;
  readonly createdAt: number;
}

/** What changed in a session; the archive manager reacts to these. */
export type StoreEvent =
  | { type: 'connectionCreated'; session: SessionRecord; connection: ConnectionRecord }
  | { type: 'connectionDestroyed'; session: SessionRecord; connection: ConnectionRecord }
  | { type: 'streamCreated'; session: SessionRecord; stream: StreamRecord }
  | { type: 'streamDestroyed'; session: SessionRecord; stream: StreamRecord };

/** Options of {@link Store.createSession}, already validated. */
export interface NewSession {
  mediaMode: MediaMode;
  archiveMode: ArchiveMode;
  location: string | null;
  e2ee: boolean;
  archiveName: string | null;
  archiveResolution: string | null;
}

/** Options of {@link Store.connect}. */
export interface NewConnection {
  kind: 'client' | 'sip' | 'render' | 'websocket';
  role: Role;
  data: string | null;
  clientData: string | null;
  tokenType: 'jwt' | 't1' | null;
}

/** Options of {@link Store.publish}. */
export interface NewStream {
  hasAudio: boolean;
  hasVideo: boolean;
  videoType: VideoType;
  name: string;
  layoutClassList: string[];
}

/** How many signals per session the state keeps (oldest dropped first). */
const SIGNAL_HISTORY = 50;

/** Sessions, connections and streams of the emulated project. */
export class Store {
  readonly sessions = new Map<string, SessionRecord>();
  /** connectionId -> sessionId, so the control API can address a client by connection alone. */
  private readonly connectionIndex = new Map<string, string>();
  private readonly listeners: Array<(event: StoreEvent) => void> = [];

  constructor(
    private readonly apiKey: string,
    private readonly clock: { now(): number },
  ) {}

  /** Registers a listener for session changes. */
  subscribe(listener: (event: StoreEvent) => void): void {
    this.listeners.push(listener);
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Creates a session with a freshly minted id. */
  createSession(options: NewSession, now: number = this.clock.now()): SessionRecord {
    const session: SessionRecord = {
      sessionId: mintSessionId(this.apiKey, options.location, now),
      ...options,
      createdAt: now,
      connections: new Map(),
      streams: new Map(),
      signals: [],
      sipCalls: new Map(),
      forceMute: { active: false, excludedStreamIds: [] },
    };
    this.sessions.set(session.sessionId, session);
    return session;
  }

  /** The session, or `undefined`. */
  session(sessionId: string): SessionRecord | undefined {
    return this.sessions.get(sessionId);
  }

  /** The connection (and its session) by connection id alone. */
  connection(connectionId: string): { session: SessionRecord; connection: ConnectionRecord } | undefined {
    const sessionId = this.connectionIndex.get(connectionId);
    const session = sessionId === undefined ? undefined : this.sessions.get(sessionId);
    const connection = session?.connections.get(connectionId);
    return session && connection ? { session, connection } : undefined;
  }

  /** Adds a connection to a session. */
  connect(session: SessionRecord, options: NewConnection, now: number = this.clock.now()): ConnectionRecord {
    const connection: ConnectionRecord = {
      connectionId: randomUUID(),
      sessionId: session.sessionId,
      ...options,
      createdAt: now,
    };
    session.connections.set(connection.connectionId, connection);
    this.connectionIndex.set(connection.connectionId, session.sessionId);
    this.emit({ type: 'connectionCreated', session, connection });
    return connection;
  }

  /** Removes a connection, its streams first (as the platform does), and hangs up its SIP call. */
  disconnect(session: SessionRecord, connectionId: string): boolean {
    const connection = session.connections.get(connectionId);
    if (!connection) return false;
    for (const stream of [...session.streams.values()]) {
      if (stream.connectionId === connectionId) this.unpublish(session, stream.streamId);
    }
    for (const call of [...session.sipCalls.values()]) {
      if (call.connectionId === connectionId) session.sipCalls.delete(call.id);
    }
    session.connections.delete(connectionId);
    this.connectionIndex.delete(connectionId);
    this.emit({ type: 'connectionDestroyed', session, connection });
    return true;
  }

  /** Publishes a stream for a connection. Streams published during a force-mute start muted. */
  publish(session: SessionRecord, connectionId: string, options: NewStream, now: number = this.clock.now()): StreamRecord {
    const streamId = randomUUID();
    const muted = options.hasAudio && session.forceMute.active && !session.forceMute.excludedStreamIds.includes(streamId);
    const stream: StreamRecord = {
      streamId,
      sessionId: session.sessionId,
      connectionId,
      ...options,
      audioMuted: muted,
      createdAt: now,
    };
    session.streams.set(streamId, stream);
    this.emit({ type: 'streamCreated', session, stream });
    return stream;
  }

  /** Removes a stream. */
  unpublish(session: SessionRecord, streamId: string): boolean {
    const stream = session.streams.get(streamId);
    if (!stream) return false;
    session.streams.delete(streamId);
    this.emit({ type: 'streamDestroyed', session, stream });
    return true;
  }

  /** Records a signal (to one connection, or to all when `to` is null). */
  signal(session: SessionRecord, signal: SignalRecord): void {
    session.signals.push(signal);
    if (session.signals.length > SIGNAL_HISTORY) session.signals.splice(0, session.signals.length - SIGNAL_HISTORY);
  }
}
