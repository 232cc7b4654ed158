/**
 * Live captions (docs/providers/opentok.md#live-captions): `POST P/captions` answers 202
 * `{captionsId}`, `POST P/captions/{id}/stop` an empty 202 (both as recorded). One captioning per
 * session at a time (409). Captions end when stopped or after `maxDuration`; stopping ended or
 * unknown ones is a 404.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseJsonObject } from '../../body.js';
import type { TimerHandle } from '../../clock.js';
import { badRequest, HttpError, json, route } from '../../http.js';
import type { Reply, Route } from '../../http.js';
import { requireSession } from '../runtime.js';
import type { Runtime } from '../runtime.js';
import { requireParticipantToken } from './participant-token.js';

/** The Vonage SDK's types send `partialCaptions` as "true"/"false". */
const looseBoolean = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** The platform's default and longest captioning, in seconds. */
const MAX_DURATION_S = 14_400;

const startSchema = z.object({
  sessionId: z.string({ error: 'a session ID is required' }).min(1, 'a session ID is required'),
  token: z.string({ error: 'a token is required' }).min(1, 'a token is required'),
  languageCode: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'languageCode must be a language tag')
    .nullish(),
  maxDuration: z.number().int().min(1).max(MAX_DURATION_S).nullish(),
  partialCaptions: looseBoolean.nullish(),
  statusCallbackUrl: z.url({ protocol: /^https?$/ }).nullish(),
});

interface CaptionsRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly timer: TimerHandle;
}

/** The 202 with an empty body and a JSON content type that the stop call answers with. */
function acceptedEmpty(): Reply {
  return { status: 202, contentType: 'application/json' };
}

/** The captions routes of the REST face. */
export function captionsRoutes(rt: Runtime): Route[] {
  const running = new Map<string, CaptionsRecord>();
  const end = (captions: CaptionsRecord): void => {
    rt.timers.cancel(captions.timer);
    running.delete(captions.id);
  };

  return [
    route('POST', '/v2/project/:apiKey/captions', async (ctx) => {
      const parsed = startSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const body = parsed.data;
      requireSession(rt, body.sessionId);
      await requireParticipantToken(rt, body.token, body.sessionId);
      if ([...running.values()].some((c) => c.sessionId === body.sessionId)) {
        throw new HttpError(409, 'Live captions have already started for this session.');
      }
      const id = randomUUID();
      const captions: CaptionsRecord = {
        id,
        sessionId: body.sessionId,
        timer: rt.timers.after((body.maxDuration ?? MAX_DURATION_S) * 1000, () => running.delete(id)),
      };
      running.set(id, captions);
      return json(202, { captionsId: id });
    }),
    route('POST', '/v2/project/:apiKey/captions/:captionsId/stop', (ctx) => {
      const captions = running.get(ctx.params.captionsId ?? '');
      if (!captions) throw new HttpError(404, 'Captions not found', { description: 'No live captions with this id are running.' });
      end(captions);
      return acceptedEmpty();
    }),
  ];
}
