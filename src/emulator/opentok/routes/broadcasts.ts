/**
 * Broadcast routes of the REST face (docs/providers/opentok.md#broadcasts): start, stop, get,
 * list, layout, stream selection. The lifecycle lives in `broadcasting.ts`; the layout and
 * stream-selection bodies are those of archives (./archives.ts).
 */
import { z } from 'zod';
import { parseJsonObject } from '../../body.js';
import { badRequest, empty, HttpError, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import { DEFAULT_RESOLUTION, RESOLUTIONS } from '../archiving.js';
import { DEFAULT_MAX_DURATION_S, type StartBroadcastOptions } from '../broadcasting.js';
import { requireSession } from '../runtime.js';
import type { Runtime } from '../runtime.js';
import { DEFAULT_COUNT, intParam, layoutSchema, MAX_COUNT, patchStreamsSchema, toLayout } from './archives.js';

/** Most RTMP targets of one broadcast. */
const MAX_RTMP = 5;

/** Body of `POST /broadcast`. `null` counts as unset (some SDKs send nulls). */
const startSchema = z.object({
  sessionId: z.string({ error: 'a session ID is required' }).min(1, 'a session ID is required'),
  outputs: z.object(
    {
      hls: z.object({ dvr: z.boolean().nullish(), lowLatency: z.boolean().nullish() }).nullish(),
      rtmp: z
        .array(z.object({ id: z.string().nullish(), serverUrl: z.string().min(1), streamName: z.string().min(1) }))
        .max(MAX_RTMP, `at most ${MAX_RTMP} RTMP streams`)
        .nullish(),
    },
    { error: 'outputs is required' },
  ),
  maxDuration: z.number().int().min(60).max(36_000).nullish(),
  maxBitrate: z.number().int().min(100_000).max(6_000_000).nullish(),
  resolution: z.string().nullish(),
  layout: layoutSchema.nullish(),
  multiBroadcastTag: z.string().min(1).max(80).nullish(),
  streamMode: z.enum(['auto', 'manual']).nullish(),
  hasAudio: z.boolean().nullish(),
  hasVideo: z.boolean().nullish(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Broadcast ids are UUIDs; anything else is a 400. */
function broadcastId(raw: string | undefined): string {
  if (!raw || !UUID.test(raw)) throw new HttpError(400, 'Invalid broadcast ID', { description: `"${raw ?? ''}" is not a broadcast ID.` });
  return raw;
}

/** Validates a start body against the rules that are not about the session. */
export function parseStartBroadcast(body: Record<string, unknown>): { sessionId: string; options: StartBroadcastOptions } {
  const parsed = startSchema.safeParse(body);
  if (!parsed.success) throw badRequest(parsed.error.issues);
  const b = parsed.data;
  const rtmp = b.outputs.rtmp ?? [];
  if (!b.outputs.hls && rtmp.length === 0) throw new HttpError(400, 'Invalid outputs: give hls, rtmp or both');
  if (b.outputs.hls?.dvr && b.outputs.hls.lowLatency)
    throw new HttpError(400, 'Invalid outputs.hls: dvr and lowLatency cannot both be true');
  const hasAudio = b.hasAudio ?? true;
  const hasVideo = b.hasVideo ?? true;
  if (!hasAudio && !hasVideo) throw new HttpError(400, 'A broadcast must have audio, video or both');
  if (b.resolution != null && !(RESOLUTIONS as readonly string[]).includes(b.resolution)) {
    throw new HttpError(400, `Invalid resolution: must be one of ${RESOLUTIONS.join(', ')}`);
  }
  return {
    sessionId: b.sessionId,
    options: {
      hls: b.outputs.hls ? { dvr: b.outputs.hls.dvr ?? false, lowLatency: b.outputs.hls.lowLatency ?? false } : null,
      rtmp: rtmp.map((r) => ({ id: r.id ?? null, serverUrl: r.serverUrl, streamName: r.streamName })),
      maxDuration: b.maxDuration ?? DEFAULT_MAX_DURATION_S,
      maxBitrate: b.maxBitrate ?? null,
      resolution: b.resolution ?? DEFAULT_RESOLUTION,
      layout: b.layout ? toLayout(b.layout) : null,
      multiBroadcastTag: b.multiBroadcastTag ?? null,
      streamMode: b.streamMode ?? 'auto',
      hasAudio,
      hasVideo,
    },
  };
}

/** The broadcast routes of the REST face. */
export function broadcastRoutes(rt: Runtime): Route[] {
  const base = '/v2/project/:apiKey/broadcast';
  const list = route('GET', base, (ctx) => {
    const offset = intParam(ctx.query, 'offset', 0, 0);
    const count = Math.min(intParam(ctx.query, 'count', DEFAULT_COUNT, 1), MAX_COUNT);
    const sessionId = ctx.query.get('sessionId') || undefined;
    const page = rt.broadcasts.list({ offset, count, ...(sessionId ? { sessionId } : {}) });
    return json(200, { count: page.count, items: page.items.map((b) => rt.broadcasts.toJson(b)) });
  });
  return [
    route('POST', base, (ctx) => {
      const { sessionId, options } = parseStartBroadcast(parseJsonObject(ctx.body));
      const session = requireSession(rt, sessionId);
      return json(200, rt.broadcasts.toJson(rt.broadcasts.start(session, options)));
    }),
    list,
    // The Vonage SDK lists with a trailing slash.
    route('GET', `${base}/`, list.handle),
    route('GET', `${base}/:broadcastId`, (ctx) => {
      const broadcast = rt.broadcasts.get(broadcastId(ctx.params.broadcastId));
      if (!broadcast) throw new HttpError(404, 'Broadcast not found');
      return json(200, rt.broadcasts.toJson(broadcast));
    }),
    route('POST', `${base}/:broadcastId/stop`, (ctx) => {
      // Ruby sends no body, opentok-node `{}`: both are fine.
      parseJsonObject(ctx.body);
      return json(200, rt.broadcasts.toJson(rt.broadcasts.stopByUser(broadcastId(ctx.params.broadcastId))));
    }),
    route('PUT', `${base}/:broadcastId/layout`, (ctx) => {
      const id = broadcastId(ctx.params.broadcastId);
      const parsed = layoutSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      rt.broadcasts.setLayout(id, toLayout(parsed.data));
      return empty(200);
    }),
    route('PATCH', `${base}/:broadcastId/streams`, (ctx) => {
      const id = broadcastId(ctx.params.broadcastId);
      const parsed = patchStreamsSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const p = parsed.data;
      rt.broadcasts.patchStreams(id, {
        ...(p.addStream !== undefined ? { addStream: p.addStream } : {}),
        ...(p.removeStream !== undefined ? { removeStream: p.removeStream } : {}),
        hasAudio: p.hasAudio ?? true,
        hasVideo: p.hasVideo ?? true,
      });
      return empty(204);
    }),
  ];
}
