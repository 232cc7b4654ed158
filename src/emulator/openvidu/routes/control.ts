/**
 * The OpenVidu face's route in the control API: losing the next matching webhooks on purpose
 * (lost-webhook tests).
 */
import { z } from 'zod';
import { parseJsonObject } from '../../body.js';
import { badRequest, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import type { OpenViduRuntime } from '../runtime.js';

const webhookDropSchema = z.object({
  times: z.number().int().min(1).max(1000).default(1),
  event: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
});

/** The OpenVidu control routes. */
export function controlRoutes(ov: OpenViduRuntime): Route[] {
  return [
    route('POST', '/emulator/openvidu/webhooks/drop', (ctx) => {
      const parsed = webhookDropSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const { times, event, status } = parsed.data;
      ov.webhooks.dropNext({ times, match: { event, status } });
      return json(201, { pendingDrops: ov.webhooks.snapshot().pendingDrops });
    }),
  ];
}
