import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { type ErrorCode, isGatewayError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ProviderRegistry } from '../providers/registry.js';
import { requireSupport } from '../schema/capabilities.js';
import { check, createSessionInput, generateTokenInput } from '../schema/validation.js';
import { BodyTooLarge, readBody, replyTooLarge } from './body-limit.js';
import type { OriginPolicy } from './origin-policy.js';

/**
 * Drop-in for the application server of every OpenVidu 2 tutorial (`openvidu-basic-node`), so an
 * existing OpenVidu frontend works unchanged against the gateway:
 *
 * - `POST /api/sessions` with the body of `POST /openvidu/api/sessions` answers the session id as
 *   text (an existing `customSessionId` answers that id, as the official client does on 409);
 * - `POST /api/sessions/{id}/connections` with the body of `POST .../connection` answers the token
 *   as text; an unknown session answers 404 with an empty body.
 *
 * Like the tutorial, answers are `text/html; charset=utf-8` (what Express's `res.send(string)`
 * sends). Unlike it, a failure gets a status and a one-line reason instead of a hung request.
 */
const APP_SERVER_PATH = /^\/api\/sessions(?:\/([^/]+)\/connections)?\/?$/;

/** Largest body accepted (the two OpenVidu request bodies are a few hundred bytes). */
const MAX_BODY = 16 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 409,
  UNSUPPORTED_BY_PROVIDER: 400,
  RATE_LIMITED: 429,
  UPSTREAM_TIMEOUT: 504,
  UPSTREAM_UNAVAILABLE: 502,
  UPSTREAM_ERROR: 502,
};

// The OpenVidu REST bodies, loosely: unknown keys are ignored and `null` means absent, as the
// OpenVidu server treats them.
const nullish = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);
const sessionBody = z.object({
  mediaMode: nullish(z.string()),
  recordingMode: nullish(z.string()),
  customSessionId: nullish(z.string()),
  forcedVideoCodec: nullish(z.string()),
  allowTranscoding: nullish(z.boolean()),
  defaultRecordingProperties: nullish(z.object({ name: nullish(z.string()), resolution: nullish(z.string()) }).loose()),
});
const connectionBody = z.object({
  type: nullish(z.string()),
  data: nullish(z.string()),
  record: nullish(z.boolean()),
  role: nullish(z.string()),
  kurentoOptions: nullish(z.record(z.string(), z.unknown())),
});

function send(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, MAX_BODY)).toString('utf8').trim();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error('the body is not JSON'), { status: 400 });
  }
}

/** What {@link createOpenViduAppServer} needs. */
export interface AppServerOptions {
  registry: ProviderRegistry;
  logger: Logger;
  /** Browsers call these routes from the tutorials' frontends: CORS as for GraphQL. */
  policy: OriginPolicy;
}

/**
 * Creates the route of the two `/api/sessions...` endpoints: it takes the request and returns
 * true when `pathname` is its own.
 */
export function createOpenViduAppServer(options: AppServerOptions) {
  const { registry, logger, policy } = options;

  const handle = async (req: IncomingMessage, res: ServerResponse, match: RegExpExecArray): Promise<void> => {
    if (policy.applyCors(req, res, 'POST, OPTIONS')) return;
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST, OPTIONS');
      return send(res, 405, 'use POST');
    }
    if (!registry.has('OPENVIDU')) return send(res, 404, 'OpenVidu is not configured on this gateway');
    const provider = registry.get('OPENVIDU');

    try {
      const body = await readJson(req);
      const rawSessionId = match[1];
      if (rawSessionId === undefined) {
        const input = check(sessionBody, body, 'body');
        const options = check(
          createSessionInput,
          {
            mediaMode: input.mediaMode,
            archiveMode: input.recordingMode,
            // Only automatic recordings take their name and size from the session here; for
            // MANUAL sessions, startArchive names them.
            ...(input.recordingMode === 'ALWAYS'
              ? {
                  archiveName: input.defaultRecordingProperties?.name || undefined,
                  archiveResolution: input.defaultRecordingProperties?.resolution || undefined,
                }
              : {}),
            // The official client sends "" for "no custom id".
            customSessionId: input.customSessionId || undefined,
            forcedVideoCodec: input.forcedVideoCodec,
            allowTranscoding: input.allowTranscoding,
          },
          'body',
        );
        const { provider: _none, ...sessionOptions } = options;
        requireSupport(provider, { field: 'body', operation: 'createSession', options: sessionOptions });
        const session = await provider.createSession(sessionOptions);
        return send(res, 200, session.sessionId);
      }

      const sessionId = decodeURIComponent(rawSessionId);
      const input = check(connectionBody, body, 'body');
      if (input.type && input.type !== 'WEBRTC') return send(res, 400, 'body.type: only WEBRTC connections are supported');
      const token = check(generateTokenInput, { ...input, sessionId }, 'body');
      const { sessionId: _id, ...tokenOptions } = token;
      requireSupport(provider, { field: 'body', operation: 'generateToken', options: tokenOptions });
      try {
        const minted = await provider.generateToken(token);
        return send(res, 200, minted.token);
      } catch (error) {
        // The tutorial answers 404 with an empty body for a session it does not know.
        if (isGatewayError(error) && error.code === 'NOT_FOUND') return send(res, 404, '');
        throw error;
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) return replyTooLarge(res, error.limit, { error: error.message });
      const status = (error as { status?: number }).status;
      if (typeof status === 'number') return send(res, status, (error as Error).message);
      if (isGatewayError(error)) return send(res, STATUS[error.code] ?? 500, error.message);
      logger.error({ err: error }, 'OpenVidu app-server endpoint failed');
      return send(res, 500, 'internal error');
    }
  };

  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    const match = APP_SERVER_PATH.exec(pathname);
    if (!match) return false;
    void handle(req, res, match);
    return true;
  };
}
