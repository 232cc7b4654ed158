/**
 * The parts of a running emulator that route handlers share. One object, built by
 * `createEmulator`, passed to each route module.
 */
import type { ArchiveManager, ArchiveSettings } from './archiving.js';
import type { CallbackSender, CallbackTarget } from './callbacks.js';
import type { FaultInjector } from '../faults.js';
import { HttpError } from '../http.js';
import type { Logger } from '../../logger.js';
import type { OpenViduFace } from '../openvidu/face.js';
import type { ProjectCredentials } from './rest-auth.js';
import type { SessionRecord, Store } from './store.js';
import { decodeSessionId } from './session-ids.js';
import type { Timers } from '../timers.js';

/** Settings that `configure()` may change while running. */
export interface Settings extends ArchiveSettings, CallbackTarget {}

/** Everything a route handler may use. */
export interface Runtime {
  readonly project: ProjectCredentials;
  readonly settings: Settings;
  readonly store: Store;
  readonly archives: ArchiveManager;
  readonly callbacks: CallbackSender;
  readonly faults: FaultInjector;
  readonly timers: Timers;
  readonly logger: Logger;
  /** The OpenVidu face under `/openvidu`. */
  readonly openvidu: OpenViduFace;
  /** The emulator's own URL (set once it listens). */
  baseUrl(): string;
}

/**
 * Finds a session, or throws what the real API answers: 400 for an id that is not in the OpenTok
 * format, 404 for a well-formed id the project does not hold.
 */
export function requireSession(rt: Runtime, sessionId: string): SessionRecord {
  if (!decodeSessionId(sessionId)) {
    throw new HttpError(400, 'Invalid session ID', { description: `"${sessionId}" is not an OpenTok session ID.` });
  }
  const session = rt.store.session(sessionId);
  if (!session) throw new HttpError(404, 'Session not found', { description: `No session ${sessionId} in this project.` });
  return session;
}

/** Turns the first zod issue into a 400 naming the field. */
export function badRequest(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): HttpError {
  const issue = issues[0];
  const field = issue?.path.map(String).join('.') || 'body';
  return new HttpError(400, `Invalid ${field}: ${issue?.message ?? 'bad value'}`);
}
