/**
 * OpenVidu 2 HTTP error responses -> `GatewayError`s whose messages say what to do. OpenVidu
 * answers most errors with a bare status (empty body), and the same status means different things
 * on different endpoints (protocol notes 4: 400 is "session unknown" on the connection and stream
 * endpoints, 406 and 409 mean one thing on recording start and another on stop), so the mapping
 * is per operation.
 *
 * Raw upstream bodies never reach a message: only a short, printable `message` of OpenVidu's JSON
 * error body on a 400/422 is passed through, after checks that it carries nothing token-like.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError, type ErrorCode } from '../../errors.js';
import { rateLimited } from '../http.js';

/** The REST operations the adapter performs (selects the wording). */
export type OpenViduOperation =
  | 'createSession'
  | 'getSession'
  | 'listSessions'
  | 'closeSession'
  | 'createConnection'
  | 'getConnection'
  | 'listConnections'
  | 'deleteConnection'
  | 'forceUnpublish'
  | 'signal'
  | 'listStreams'
  | 'startRecording'
  | 'stopRecording'
  | 'getRecording'
  | 'listRecordings'
  | 'deleteRecording';

/** Facts the adapter learned that refine a mapping. */
export interface OpenViduErrorContext {
  /** startRecording 409: whether the session turned out to be RELAYED (undefined: unknown). */
  sessionRelayed?: boolean;
  /** signal 406: whether the signal was addressed to one connection. */
  targeted?: boolean;
  /** Never shown; an upstream message containing it is withheld. */
  secret?: string;
}

const PROVIDER = 'OPENVIDU';

export const CREDENTIALS = "OpenVidu refused the gateway's credentials; check OPENVIDU_SECRET";
export const RECORDING_DISABLED = 'recording is disabled on this OpenVidu deployment (OPENVIDU_RECORDING=false)';

const SESSION_NOT_FOUND = 'session not found: OpenVidu does not know this session (a session closes when its last participant leaves)';
const RECORDING_NOT_FOUND = 'recording not found';
const RECORDING_OPERATIONS: ReadonlySet<OpenViduOperation> = new Set<OpenViduOperation>([
  'startRecording',
  'stopRecording',
  'getRecording',
  'listRecordings',
  'deleteRecording',
]);
/** Endpoints where OpenVidu answers 400 (not 404) for an unknown session. */
const SESSION_400: ReadonlySet<OpenViduOperation> = new Set<OpenViduOperation>(['getConnection', 'deleteConnection', 'forceUnpublish']);

const NOT_FOUND: Readonly<Record<OpenViduOperation, string>> = {
  createSession: SESSION_NOT_FOUND,
  getSession: SESSION_NOT_FOUND,
  listSessions: 'not found: check OPENVIDU_URL',
  closeSession: SESSION_NOT_FOUND,
  createConnection: SESSION_NOT_FOUND,
  getConnection: 'connection not found: this session has no such connection (it may have left already)',
  listConnections: SESSION_NOT_FOUND,
  deleteConnection: 'connection not found: this session has no such connection (it may have left already)',
  forceUnpublish: 'stream not found: nobody publishes this stream in the session',
  signal: SESSION_NOT_FOUND,
  listStreams: SESSION_NOT_FOUND,
  startRecording: SESSION_NOT_FOUND,
  stopRecording: RECORDING_NOT_FOUND,
  getRecording: RECORDING_NOT_FOUND,
  listRecordings: RECORDING_NOT_FOUND,
  deleteRecording: RECORDING_NOT_FOUND,
};

/** The `message` of OpenVidu's JSON error body (`{timestamp, status, error, message, path}`), if any. */
export function errorMessageOf(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  try {
    const json = JSON.parse(trimmed) as { message?: unknown };
    return typeof json.message === 'string' ? json.message : null;
  } catch {
    return null;
  }
}

/**
 * Maps an OpenVidu error response (status >= 400) of `operation` to a `GatewayError`, with
 * `details.provider = 'OPENVIDU'` and `details.upstreamStatus`.
 */
export function mapOpenViduError(
  operation: OpenViduOperation,
  status: number,
  bodyText: string,
  headers: IncomingHttpHeaders = {},
  context: OpenViduErrorContext = {},
): GatewayError {
  const fail = (code: ErrorCode, message: string, field?: string): GatewayError =>
    new GatewayError(code, message, {
      provider: PROVIDER,
      upstreamStatus: status,
      ...(field === undefined ? {} : { field }),
    });
  const upstream = errorMessageOf(bodyText);
  const shown = isSafeToShow(upstream, context.secret) ? upstream : null;

  if (status === 501 && RECORDING_OPERATIONS.has(operation)) return fail('UNSUPPORTED_BY_PROVIDER', RECORDING_DISABLED);
  switch (status) {
    case 400:
      if (SESSION_400.has(operation)) return fail('NOT_FOUND', SESSION_NOT_FOUND);
      if (operation === 'closeSession') {
        return fail('CONFLICT', 'OpenVidu could not close the session now (it is busy closing it); try again in a moment');
      }
      return fail(
        'BAD_USER_INPUT',
        shown === null ? 'OpenVidu refused the request as invalid; check the input' : `OpenVidu refused the request: ${shown}`,
      );
    case 401:
      return fail('UPSTREAM_ERROR', CREDENTIALS);
    case 403:
      return fail(
        'UPSTREAM_ERROR',
        'OpenVidu refused this request (HTTP 403): this OpenVidu version or edition may not offer it; check OPENVIDU_URL',
      );
    case 404:
      if (operation === 'createSession' || operation === 'listSessions' || operation === 'listRecordings') {
        return fail('UPSTREAM_ERROR', 'OpenVidu has no REST API at this address; check OPENVIDU_URL (the API lives under /openvidu/api)');
      }
      return fail('NOT_FOUND', NOT_FOUND[operation]);
    case 405:
      if (operation === 'forceUnpublish') {
        return fail(
          'PRECONDITION_FAILED',
          "this stream comes from an IP camera, which cannot be unpublished: disconnect the IP camera's connection instead",
        );
      }
      return fail('UPSTREAM_ERROR', `OpenVidu answered HTTP ${status} unexpectedly`);
    case 406:
      return notAcceptable(operation, context, fail);
    case 409:
      return conflict(operation, context, fail);
    case 422:
      return fail(
        'BAD_USER_INPUT',
        shown === null
          ? 'OpenVidu refused a value as out of range (resolution sides 100-1999, frameRate 1-120, audio or video required)'
          : `OpenVidu refused a value: ${shown}`,
      );
    case 429:
      return rateLimited(PROVIDER, 'OpenVidu', status, headers['retry-after']);
    default:
      if (status >= 500) return fail('UPSTREAM_UNAVAILABLE', `OpenVidu is unavailable (HTTP ${status}); try again later`);
      return fail('UPSTREAM_ERROR', `OpenVidu answered HTTP ${status} unexpectedly`);
  }
}

type Fail = (code: ErrorCode, message: string) => GatewayError;

function notAcceptable(operation: OpenViduOperation, context: OpenViduErrorContext, fail: Fail): GatewayError {
  switch (operation) {
    case 'startRecording':
      return fail('PRECONDITION_FAILED', 'a participant must be connected to the session before a recording can start');
    case 'stopRecording':
      return fail('CONFLICT', 'the recording is still starting; try again in a moment');
    case 'signal':
      return fail(
        'PRECONDITION_FAILED',
        context.targeted === true
          ? 'that connection is not active: the signal can only reach a connected client'
          : 'nobody is connected to the session: a signal needs at least one connected client',
      );
    default:
      return fail('UPSTREAM_ERROR', 'OpenVidu answered HTTP 406 unexpectedly');
  }
}

function conflict(operation: OpenViduOperation, context: OpenViduErrorContext, fail: Fail): GatewayError {
  switch (operation) {
    case 'createSession':
      return fail('CONFLICT', 'a session with this customSessionId already exists');
    case 'startRecording':
      if (context.sessionRelayed === true) {
        return fail('PRECONDITION_FAILED', 'only routed sessions can be recorded: create the session with mediaMode ROUTED');
      }
      if (context.sessionRelayed === false) {
        return fail('CONFLICT', 'the session is already being recorded; stop that recording first');
      }
      return fail('CONFLICT', 'the session is already being recorded, or it is not routed (only routed sessions can be recorded)');
    case 'stopRecording':
      return fail('CONFLICT', 'the recording is not in progress: it has already stopped');
    case 'deleteRecording':
      return fail('CONFLICT', 'the recording is still in progress: stop the recording first');
    default:
      return fail('CONFLICT', 'OpenVidu reported a conflict with the current state; try again');
  }
}

/**
 * Whether an upstream message may be shown to callers: short, single-line printable ASCII, free
 * of markup, URLs, OpenVidu tokens (`tok_...`, `wss://...`), credentials and long opaque strings,
 * and not containing `secret`.
 */
export function isSafeToShow(message: string | null, secret?: string): message is string {
  if (message === null) return false;
  const m = message.trim();
  return (
    m.length > 0 &&
    m.length <= 200 &&
    /^[\x20-\x7e]+$/.test(m) &&
    !/[<>{}]/.test(m) &&
    !/\b(?:wss?|https?):\/\/|tok_[A-Za-z0-9]|Basic\s|Bearer\s|OPENVIDUAPP|[A-Za-z0-9+/_-]{40,}/i.test(m) &&
    (secret === undefined || secret === '' || !m.includes(secret))
  );
}
