/**
 * `POST /v2/project/{key}/dial` (docs/providers/opentok.md#sip-dial): the SIP leg joins the session at once as
 * a connection with an audio stream (before the far end answers, like the real platform).
 * Force-disconnecting that connection hangs up.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseJsonObject } from '../../body.js';
import { badRequest, HttpError, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import { requireSession } from '../runtime.js';
import { requireParticipantToken } from './participant-token.js';
import type { Runtime } from '../runtime.js';

/** Ruby sends booleans as strings ("true"), so accept both spellings. */
const looseBoolean = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

const dialSchema = z.object({
  sessionId: z.string({ error: 'a session ID is required' }).min(1, 'a session ID is required'),
  token: z.string({ error: 'a token is required' }).min(1, 'a token is required'),
  sip: z.object(
    {
      uri: z.string({ error: 'sip.uri is required' }).regex(/^sips?:[^@\s]+@[^@\s]+$/, 'must look like sip:user@host'),
      from: z.string().optional(),
      headers: z.record(z.string(), z.string()).optional(),
      auth: z.object({ username: z.string(), password: z.string() }).optional(),
      secure: looseBoolean.optional(),
      video: looseBoolean.optional(),
      observeForceMute: looseBoolean.optional(),
      streams: z.array(z.string()).optional(),
    },
    { error: 'a sip object with a uri is required' },
  ),
});

/** The SIP route of the REST face. */
export function sipRoutes(rt: Runtime): Route[] {
  return [
    route('POST', '/v2/project/:apiKey/dial', async (ctx) => {
      const parsed = dialSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const { sessionId, token, sip } = parsed.data;
      const session = requireSession(rt, sessionId);

      const grant = await requireParticipantToken(rt, token, sessionId);
      if (session.mediaMode !== 'routed') {
        throw new HttpError(409, 'Only routed sessions are allowed to initiate SIP calls.', {
          description: 'Create the session with p2p.preference=disabled (routed) to dial out.',
        });
      }

      const now = rt.timers.now();
      const connection = rt.store.connect(
        session,
        { kind: 'sip', role: grant.role, data: grant.connectionData, clientData: null, tokenType: grant.tokenType },
        now,
      );
      const video = sip.video ?? false;
      const stream = rt.store.publish(
        session,
        connection.connectionId,
        {
          hasAudio: true,
          hasVideo: video,
          videoType: 'camera',
          name: sip.from ?? '',
          layoutClassList: grant.initialLayoutClassList,
        },
        now,
      );
      const call = {
        id: randomUUID(),
        sessionId,
        connectionId: connection.connectionId,
        streamId: stream.streamId,
        uri: sip.uri,
        from: sip.from ?? null,
        secure: sip.secure ?? false,
        video,
        observeForceMute: sip.observeForceMute ?? false,
        createdAt: now,
      };
      session.sipCalls.set(call.id, call);
      return json(200, {
        id: call.id,
        connectionId: call.connectionId,
        streamId: call.streamId,
        // A string here, unlike archives' number (as recorded: docs/providers/opentok.md#recorded-vs-documented).
        projectId: rt.project.apiKey,
        sessionId,
        createdAt: now,
        updatedAt: now,
      });
    }),
  ];
}
