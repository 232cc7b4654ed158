/**
 * The parts of the OpenTok face that its route modules share. One object, built by
 * `createOpenTokFace`, passed to each of them.
 */
import type { Logger } from '../../logger.js';
import { HttpError } from '../http.js';
import type { Timers } from '../clock.js';
import type { WebhookSender } from '../webhook-sender.js';
import type { ArchiveManager, ArchiveSettings } from './archiving.js';
import type { BroadcastManager } from './broadcasting.js';
import type { CallbackTarget } from './callbacks.js';
import type { ClientTokenVerdict } from './client-tokens.js';
import type { MonitoringTarget } from './monitoring-callbacks.js';
import { decodeSessionId } from './session-ids.js';
import type { SessionRecord, Store } from './store.js';

/** Settings that `configure()` may change while running. */
export interface Settings extends ArchiveSettings, CallbackTarget, MonitoringTarget {}

/** Everything an OpenTok route handler may use. */
export interface Runtime {
  /** The deployment: `apiKey` is its key in paths and session ids (an API key, a Vonage application id). */
  readonly project: { readonly apiKey: string };
  readonly settings: Settings;
  readonly store: Store;
  readonly archives: ArchiveManager;
  /** Posts the archive callbacks. */
  readonly callbacks: WebhookSender;
  readonly broadcasts: BroadcastManager;
  readonly timers: Timers;
  readonly logger: Logger;
  /** The emulator's own URL (set once it listens). */
  baseUrl(): string;
  /** Verifies a client token of this deployment, as the media servers would. */
  verifyClientToken(token: string): Promise<ClientTokenVerdict>;
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
