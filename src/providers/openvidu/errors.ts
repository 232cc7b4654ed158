/**
 * What OpenVidu 2's error statuses mean, where they differ from the shared meanings of
 * ../rest/errors.ts, with messages that say what to do. OpenVidu answers most errors with a bare
 * status (empty body), and the same status means different things on different endpoints
 * (docs/providers/openvidu.md#errors: 400 is "session unknown" on the connection and stream
 * endpoints, 406 and 409 mean one thing on recording start and another on stop), so the table is
 * per operation.
 *
 * Raw upstream bodies never reach a message: only a short, printable `message` of OpenVidu's JSON
 * error body on a 400/422 is passed through, after checks that it carries nothing token-like.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { GatewayError } from '../../errors.js';
import { statusError, type ErrorAnswer, type ProviderErrors, type StatusMeaning } from '../rest/errors.js';
import { isShowable } from '../rest/safe-message.js';

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

type Answer = ErrorAnswer<OpenViduOperation, OpenViduErrorContext>;

const SESSION_NOT_FOUND = 'session not found: OpenVidu does not know this session (a session closes when its last participant leaves)';
const CONNECTION_NOT_FOUND = 'connection not found: this session has no such connection (it may have left already)';
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
/** Endpoints whose 404 means the API is not at the configured address (they have no id in the path). */
const NO_API_404: ReadonlySet<OpenViduOperation> = new Set<OpenViduOperation>(['createSession', 'listSessions', 'listRecordings']);

const NOT_FOUND: Readonly<Record<OpenViduOperation, string>> = {
  createSession: SESSION_NOT_FOUND,
  getSession: SESSION_NOT_FOUND,
  listSessions: 'not found: check OPENVIDU_URL',
  closeSession: SESSION_NOT_FOUND,
  createConnection: SESSION_NOT_FOUND,
  getConnection: CONNECTION_NOT_FOUND,
  listConnections: SESSION_NOT_FOUND,
  deleteConnection: CONNECTION_NOT_FOUND,
  forceUnpublish: 'stream not found: nobody publishes this stream in the session',
  signal: SESSION_NOT_FOUND,
  listStreams: SESSION_NOT_FOUND,
  startRecording: SESSION_NOT_FOUND,
  stopRecording: RECORDING_NOT_FOUND,
  getRecording: RECORDING_NOT_FOUND,
  listRecordings: RECORDING_NOT_FOUND,
  deleteRecording: RECORDING_NOT_FOUND,
};

/** OpenVidu's statuses for the REST kit; 401, 429 and most 5xx keep their shared meanings. */
export const OPENVIDU_ERRORS: ProviderErrors<OpenViduOperation, OpenViduErrorContext> = {
  provider: 'OPENVIDU',
  displayName: 'OpenVidu',
  credentials: "OpenVidu refused the gateway's credentials; check OPENVIDU_SECRET",
  statuses: {
    400: (answer) => {
      if (SESSION_400.has(answer.operation)) return { code: 'NOT_FOUND', message: SESSION_NOT_FOUND };
      if (answer.operation === 'closeSession') {
        return { code: 'CONFLICT', message: 'OpenVidu could not close the session now (it is busy closing it); try again in a moment' };
      }
      const shown = shownMessage(answer);
      return {
        code: 'BAD_USER_INPUT',
        message: shown === null ? 'OpenVidu refused the request as invalid; check the input' : `OpenVidu refused the request: ${shown}`,
      };
    },
    403: () => ({
      code: 'UPSTREAM_ERROR',
      message: 'OpenVidu refused this request (HTTP 403): this OpenVidu version or edition may not offer it; check OPENVIDU_URL',
    }),
    404: ({ operation }) =>
      NO_API_404.has(operation)
        ? {
            code: 'UPSTREAM_ERROR',
            message: 'OpenVidu has no REST API at this address; check OPENVIDU_URL (the API lives under /openvidu/api)',
          }
        : { code: 'NOT_FOUND', message: NOT_FOUND[operation] },
    405: ({ operation }) =>
      operation === 'forceUnpublish'
        ? {
            code: 'PRECONDITION_FAILED',
            message: "this stream comes from an IP camera, which cannot be unpublished: disconnect the IP camera's connection instead",
          }
        : undefined,
    406: notAcceptable,
    409: conflict,
    422: (answer) => {
      const shown = shownMessage(answer);
      return {
        code: 'BAD_USER_INPUT',
        message:
          shown === null
            ? 'OpenVidu refused a value as out of range (resolution sides 100-1999, frameRate 1-120, audio or video required)'
            : `OpenVidu refused a value: ${shown}`,
      };
    },
    501: ({ operation }) =>
      RECORDING_OPERATIONS.has(operation)
        ? { code: 'UNSUPPORTED_BY_PROVIDER', message: 'recording is disabled on this OpenVidu deployment (OPENVIDU_RECORDING=false)' }
        : undefined,
  },
};

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
  return statusError(OPENVIDU_ERRORS, { operation, status, text: bodyText, context }, headers);
}

/**
 * Whether an upstream message may be shown to callers: short, single-line printable ASCII, free
 * of markup, URLs, OpenVidu tokens (`tok_...`, `wss://...`), credentials and long opaque strings,
 * and not containing `secret`.
 */
export function isSafeToShow(message: string | null, secret?: string): message is string {
  return isShowable(message, {
    maxLength: 200,
    secretLike: /\b(?:wss?|https?):\/\/|tok_[A-Za-z0-9]|Basic\s|Bearer\s|OPENVIDUAPP/i,
    secret,
  });
}

/** The `message` of OpenVidu's JSON error body (`{timestamp, status, error, message, path}`) when it is safe to show. */
function shownMessage({ text, context }: Answer): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  let message: unknown;
  try {
    message = (JSON.parse(trimmed) as { message?: unknown }).message;
  } catch {
    return null;
  }
  return typeof message === 'string' && isSafeToShow(message, context.secret) ? message : null;
}

function notAcceptable({ operation, context }: Answer): StatusMeaning | undefined {
  switch (operation) {
    case 'startRecording':
      return { code: 'PRECONDITION_FAILED', message: 'a participant must be connected to the session before a recording can start' };
    case 'stopRecording':
      return { code: 'CONFLICT', message: 'the recording is still starting; try again in a moment' };
    case 'signal':
      return {
        code: 'PRECONDITION_FAILED',
        message:
          context.targeted === true
            ? 'that connection is not active: the signal can only reach a connected client'
            : 'nobody is connected to the session: a signal needs at least one connected client',
      };
    default:
      return undefined;
  }
}

function conflict({ operation, context }: Answer): StatusMeaning {
  switch (operation) {
    case 'createSession':
      return { code: 'CONFLICT', message: 'a session with this customSessionId already exists' };
    case 'startRecording':
      if (context.sessionRelayed === true) {
        return { code: 'PRECONDITION_FAILED', message: 'only routed sessions can be recorded: create the session with mediaMode ROUTED' };
      }
      if (context.sessionRelayed === false) {
        return { code: 'CONFLICT', message: 'the session is already being recorded; stop that recording first' };
      }
      return {
        code: 'CONFLICT',
        message: 'the session is already being recorded, or it is not routed (only routed sessions can be recorded)',
      };
    case 'stopRecording':
      return { code: 'CONFLICT', message: 'the recording is not in progress: it has already stopped' };
    case 'deleteRecording':
      return { code: 'CONFLICT', message: 'the recording is still in progress: stop the recording first' };
    default:
      return { code: 'CONFLICT', message: 'OpenVidu reported a conflict with the current state; try again' };
  }
}
