/**
 * What OpenTok's error statuses mean, where they differ from the shared meanings of
 * ../rest/errors.ts, with messages that say what to do. OpenTok's own messages are terse
 * ("Conflict"), and the SDKs' are generic ("Unexpected response from OpenTok", opentok-node #110),
 * so the cases users trip over get their own wording here. The table serves the Vonage provider
 * too: messages name the platform through ./platform-names.ts.
 *
 * Raw upstream bodies never reach a message: only a short, printable upstream `message` on a 400
 * is passed through, after checks that it carries nothing token-like.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { GatewayError } from '../../errors.js';
import { statusError, type ProviderErrors, type StatusMeaning } from '../rest/errors.js';
import {
  answeredBy,
  refusal,
  sessionEndpointNotFound,
  sessionNotFound,
  stateConflict,
  surfacePlatform,
  tooLarge,
  type SurfacePlatform,
} from './platform-names.js';
import { sessionOpsNotFound, type SessionOpsOperation, sessionOpsConflict } from './session-ops-errors.js';

/** The REST operations the adapter performs (selects the wording). */
export type OpenTokOperation =
  | 'createSession'
  | 'startArchive'
  | 'stopArchive'
  | 'getArchive'
  | 'listArchives'
  | 'deleteArchive'
  | 'dial'
  | 'forceDisconnect'
  | 'signal'
  | 'listStreams'
  | SessionOpsOperation;

/** The fields of OpenTok's error body (`{code, message, description}`, or the old XML payload). */
interface OpenTokErrorBody {
  code: number | null;
  message: string | null;
}

const ROUTED_ONLY_ARCHIVE = 'only routed sessions can be archived: create the session with mediaMode ROUTED';
const ROUTED_ONLY_SIP = 'only routed sessions can dial SIP: create the session with mediaMode ROUTED';
const NO_CLIENTS = 'a client must be connected to the session before an archive can start';
const ALREADY_RECORDING =
  'the session is already being archived; stop that archive first, or give each concurrent archive its own multiArchiveTag';
const NOT_RECORDING = 'the archive is not recording';
const NOT_DELETABLE =
  'only an archive whose status is available, uploaded or deleted can be deleted; stop it and wait until it is available';

/** What a 404 means for each operation, naming `platform`. */
function notFound(platform: SurfacePlatform): Readonly<Record<OpenTokOperation, string>> {
  return {
    createSession: sessionEndpointNotFound(platform),
    startArchive: sessionNotFound(platform),
    stopArchive: 'archive not found',
    getArchive: 'archive not found',
    listArchives: 'no archives found',
    deleteArchive: 'archive not found',
    dial: sessionNotFound(platform),
    forceDisconnect: 'connection not found: this client is not connected to the session',
    signal: 'session or connection not found: nobody matching is connected',
    listStreams: sessionNotFound(platform),
    ...sessionOpsNotFound(platform),
  };
}

/**
 * The statuses of the OpenTok REST surface for the REST kit, naming the platform that answered;
 * 401/403, 429 and 5xx keep their shared meanings.
 */
export function surfaceErrors(platform: SurfacePlatform): ProviderErrors<OpenTokOperation, object> {
  const notFoundOf = notFound(platform);
  return {
    ...answeredBy(platform),
    statuses: {
      400: ({ operation, text }) => {
        const body = parseErrorBody(text);
        if (operation === 'startArchive' && /client|connected|participant/i.test(body.message ?? '')) {
          return { code: 'PRECONDITION_FAILED', message: NO_CLIENTS };
        }
        const what = operation === 'createSession' ? 'the session options' : 'the request';
        return { code: 'BAD_USER_INPUT', message: refusal(platform, what, body.message) };
      },
      404: ({ operation }) => ({ code: 'NOT_FOUND', message: notFoundOf[operation] }),
      409: ({ operation, text }) => conflict(platform, operation, parseErrorBody(text)),
      413: ({ operation }) =>
        operation === 'signal'
          ? {
              code: 'BAD_USER_INPUT',
              message: 'the signal is too large: its type must be at most 128 bytes and its data at most 8 kB',
              field: 'input.data',
            }
          : { code: 'BAD_USER_INPUT', message: tooLarge(platform) },
    },
  };
}

/** OpenTok's statuses for the REST kit. */
export const OPENTOK_ERRORS: ProviderErrors<OpenTokOperation, object> = surfaceErrors(surfacePlatform('OPENTOK'));

/** Reads `{code, message}` from a JSON or XML error body; nulls when it has neither. */
export function parseErrorBody(text: string): OpenTokErrorBody {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const json = JSON.parse(trimmed) as { code?: unknown; message?: unknown };
      const code = typeof json.code === 'number' ? json.code : typeof json.code === 'string' ? Number(json.code) : NaN;
      return {
        code: Number.isFinite(code) ? code : null,
        message: typeof json.message === 'string' ? json.message : null,
      };
    } catch {
      return { code: null, message: null };
    }
  }
  if (trimmed.startsWith('<')) {
    const code = /<code>\s*(-?\d+)\s*<\/code>|\bcode="(-?\d+)"/.exec(trimmed);
    const message = /<message>([^<]*)<\/message>|\bmessage="([^"]*)"/.exec(trimmed);
    const codeText = code?.[1] ?? code?.[2];
    return {
      code: codeText === undefined ? null : Number(codeText),
      message: message?.[1] ?? message?.[2] ?? null,
    };
  }
  return { code: null, message: null };
}

/**
 * Maps an OpenTok error response (status >= 400) of `operation` to a `GatewayError`, with
 * `details.provider = 'OPENTOK'` and `details.upstreamStatus`.
 */
export function mapOpenTokError(
  operation: OpenTokOperation,
  status: number,
  bodyText: string,
  headers: IncomingHttpHeaders = {},
): GatewayError {
  return statusError(OPENTOK_ERRORS, { operation, status, text: bodyText, context: {} }, headers);
}

function conflict(platform: SurfacePlatform, operation: OpenTokOperation, body: OpenTokErrorBody): StatusMeaning {
  const relayed = body.code === 15008 || /routed|relayed|media router/i.test(body.message ?? '');
  switch (operation) {
    case 'startArchive':
      return relayed ? { code: 'PRECONDITION_FAILED', message: ROUTED_ONLY_ARCHIVE } : { code: 'CONFLICT', message: ALREADY_RECORDING };
    case 'stopArchive':
      return { code: 'CONFLICT', message: NOT_RECORDING };
    case 'deleteArchive':
      return { code: 'CONFLICT', message: NOT_DELETABLE };
    case 'dial':
      return { code: 'PRECONDITION_FAILED', message: ROUTED_ONLY_SIP };
    default:
      return (
        sessionOpsConflict(operation, relayed) ?? {
          code: 'CONFLICT',
          message: relayed ? ROUTED_ONLY_ARCHIVE : stateConflict(platform),
        }
      );
  }
}
