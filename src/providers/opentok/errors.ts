/**
 * OpenTok HTTP error responses -> `GatewayError`s whose messages say what to do. OpenTok's own
 * messages are terse ("Conflict"), and the SDKs' are generic ("Unexpected response from
 * OpenTok", opentok-node #110), so the cases users trip over get their own wording here.
 *
 * Raw upstream bodies never reach a message: only a short, printable upstream `message` on a 400
 * is passed through, after checks that it carries nothing token-like.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError, type ErrorCode } from '../../errors.js';
import { rateLimited } from '../http.js';

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
  | 'listStreams';

/** The fields of OpenTok's error body (`{code, message, description}`, or the old XML payload). */
export interface OpenTokErrorBody {
  code: number | null;
  message: string | null;
}

const PROVIDER = 'OPENTOK';

const CREDENTIALS = "OpenTok refused the gateway's credentials; check OPENTOK_API_KEY and OPENTOK_API_SECRET";
const ROUTED_ONLY_ARCHIVE = 'only routed sessions can be archived: create the session with mediaMode ROUTED';
const ROUTED_ONLY_SIP = 'only routed sessions can dial SIP: create the session with mediaMode ROUTED';
const NO_CLIENTS = 'a client must be connected to the session before an archive can start';
const ALREADY_RECORDING =
  'the session is already being archived; stop that archive first, or give each concurrent archive its own multiArchiveTag';
const NOT_RECORDING = 'the archive is not recording';
const NOT_DELETABLE =
  'only an archive whose status is available, uploaded or deleted can be deleted; stop it and wait until it is available';

const NOT_FOUND: Readonly<Record<OpenTokOperation, string>> = {
  createSession: 'OpenTok did not find the session endpoint; check OPENTOK_API_URL',
  startArchive: 'session not found: OpenTok does not know this session',
  stopArchive: 'archive not found',
  getArchive: 'archive not found',
  listArchives: 'no archives found',
  deleteArchive: 'archive not found',
  dial: 'session not found: OpenTok does not know this session',
  forceDisconnect: 'connection not found: this client is not connected to the session',
  signal: 'session or connection not found: nobody matching is connected',
  listStreams: 'session not found: OpenTok does not know this session',
};

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
  const body = parseErrorBody(bodyText);
  const fail = (code: ErrorCode, message: string, field?: string): GatewayError =>
    new GatewayError(code, message, {
      provider: PROVIDER,
      upstreamStatus: status,
      ...(field === undefined ? {} : { field }),
    });
  const message = body.message ?? '';

  switch (status) {
    case 400:
      if (operation === 'startArchive' && /client|connected|participant/i.test(message)) {
        return fail('PRECONDITION_FAILED', NO_CLIENTS);
      }
      return fail('BAD_USER_INPUT', badRequestMessage(operation, body.message));
    case 401:
    case 403:
      return fail('UPSTREAM_ERROR', CREDENTIALS);
    case 404:
      return fail('NOT_FOUND', NOT_FOUND[operation]);
    case 409:
      return conflict(operation, body, fail);
    case 413:
      return fail(
        'BAD_USER_INPUT',
        operation === 'signal'
          ? 'the signal is too large: its type must be at most 128 bytes and its data at most 8 kB'
          : 'the request is too large for OpenTok',
        operation === 'signal' ? 'input.data' : undefined,
      );
    case 429:
      return rateLimited(PROVIDER, 'OpenTok', status, headers['retry-after']);
    default:
      if (status >= 500) {
        return fail('UPSTREAM_UNAVAILABLE', `OpenTok is unavailable (HTTP ${status}); try again later`);
      }
      return fail('UPSTREAM_ERROR', `OpenTok answered HTTP ${status} unexpectedly`);
  }
}

function conflict(
  operation: OpenTokOperation,
  body: OpenTokErrorBody,
  fail: (code: ErrorCode, message: string) => GatewayError,
): GatewayError {
  const relayed = body.code === 15008 || /routed|relayed|media router/i.test(body.message ?? '');
  switch (operation) {
    case 'startArchive':
      return relayed ? fail('PRECONDITION_FAILED', ROUTED_ONLY_ARCHIVE) : fail('CONFLICT', ALREADY_RECORDING);
    case 'stopArchive':
      return fail('CONFLICT', NOT_RECORDING);
    case 'deleteArchive':
      return fail('CONFLICT', NOT_DELETABLE);
    case 'dial':
      return fail('PRECONDITION_FAILED', ROUTED_ONLY_SIP);
    default:
      return fail('CONFLICT', relayed ? ROUTED_ONLY_ARCHIVE : 'OpenTok reported a conflict with the current state');
  }
}

function badRequestMessage(operation: OpenTokOperation, upstream: string | null): string {
  const prefix = operation === 'createSession' ? 'OpenTok refused the session options' : 'OpenTok refused the request';
  return isSafeToShow(upstream) ? `${prefix}: ${upstream}` : `${prefix} as invalid; check the input`;
}

/**
 * Whether an upstream message may be shown to callers: short, single-line printable ASCII and
 * free of anything that looks like a token, a JWT or markup.
 */
export function isSafeToShow(message: string | null): message is string {
  if (message === null) return false;
  const m = message.trim();
  return (
    m.length > 0 &&
    m.length <= 160 &&
    /^[\x20-\x7e]+$/.test(m) &&
    !/[<>{}]/.test(m) &&
    !/T1==|eyJ[A-Za-z0-9_-]{8,}|[A-Za-z0-9+/_-]{40,}/.test(m)
  );
}
