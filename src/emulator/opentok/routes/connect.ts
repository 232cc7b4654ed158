/**
 * Audio Connector (docs/providers/opentok.md#audio-connector): `POST P/connect` streams a routed
 * session's audio to a WebSocket. The emulated connector joins the session at once as a connection
 * (it dials nothing) and answers `{id, connectionId}` (200, as recorded); force-disconnecting that
 * connection ends it. 409 for a relayed session.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseJsonObject } from '../../body.js';
import { badRequest, HttpError, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import { requireSession } from '../runtime.js';
import type { Runtime } from '../runtime.js';
import { requireParticipantToken } from './participant-token.js';

/** Ruby sends booleans as given, so `"true"` is accepted too. */
const looseBoolean = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

const connectSchema = z.object({
  sessionId: z.string({ error: 'a session ID is required' }).min(1, 'a session ID is required'),
  token: z.string({ error: 'a token is required' }).min(1, 'a token is required'),
  websocket: z.object(
    {
      uri: z.url({ protocol: /^wss?$/, error: 'websocket.uri must be a ws:// or wss:// URL' }),
      streams: z.array(z.string()).nullish(),
      headers: z.record(z.string(), z.string()).nullish(),
      audioRate: z
        .union([z.literal(8000), z.literal(16000), z.literal(24000)], { error: 'audioRate must be 8000, 16000 or 24000' })
        .nullish(),
      bidirectional: looseBoolean.nullish(),
      audioTransport: z.record(z.string(), z.unknown()).nullish(),
    },
    { error: 'a websocket object with a uri is required' },
  ),
});

/** The Audio Connector route of the REST face. */
export function connectRoutes(rt: Runtime): Route[] {
  return [
    route('POST', '/v2/project/:apiKey/connect', async (ctx) => {
      const parsed = connectSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const { sessionId, token } = parsed.data;
      const session = requireSession(rt, sessionId);
      const grant = await requireParticipantToken(rt, token, sessionId);
      if (session.mediaMode !== 'routed') {
        throw new HttpError(409, 'Only routed sessions are allowed to initiate Connect Calls.', {
          description: 'Create the session with p2p.preference=disabled (routed) to connect a WebSocket.',
        });
      }
      const connection = rt.store.connect(session, {
        kind: 'websocket',
        role: grant.role,
        data: grant.connectionData,
        clientData: null,
        tokenType: grant.tokenType,
      });
      return json(200, { id: randomUUID(), connectionId: connection.connectionId });
    }),
  ];
}
