/**
 * Experience Composer renders (docs/providers/opentok.md#experience-composer): `POST P/render`
 * answers 202 with the render, `GET P/render/{id}`, `GET P/render?offset=&count=` and
 * `DELETE P/render/{id}` (204). The emulated composer joins the session at once as a connection
 * publishing one stream, so the start answer says `starting` (as recorded) and every read after it
 * `started`. It stops when asked (`Stop Requested`), after `maxDuration` (`Max duration
 * exceeded`), or when its connection is force-disconnected.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseJsonObject } from '../../body.js';
import type { TimerHandle } from '../../clock.js';
import { badRequest, empty, HttpError, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import { RESOLUTIONS } from '../archiving.js';
import { requireSession } from '../runtime.js';
import type { Runtime } from '../runtime.js';
import { requireParticipantToken } from './participant-token.js';

type RenderStatus = 'starting' | 'started' | 'stopped' | 'failed';

interface RenderRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly url: string;
  readonly resolution: string;
  readonly callbackUrl: string | null;
  readonly name: string | null;
  readonly connectionId: string;
  readonly streamId: string;
  readonly createdAt: number;
  updatedAt: number;
  status: RenderStatus;
  reason: string | null;
  timer: TimerHandle | undefined;
}

/** What opentok-node sends when the caller leaves them out. */
const DEFAULT_MAX_DURATION_S = 1800;
const DEFAULT_RESOLUTION = '1280x720';

const startSchema = z.object({
  sessionId: z.string({ error: 'a session ID is required' }).min(1, 'a session ID is required'),
  token: z.string({ error: 'a token is required' }).min(1, 'a token is required'),
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }),
  maxDuration: z.number().int().min(60).max(36_000).nullish(),
  resolution: z.enum(RESOLUTIONS, { error: `resolution must be one of ${RESOLUTIONS.join(', ')}` }).nullish(),
  statusCallbackUrl: z.url({ protocol: /^https?$/ }).nullish(),
  properties: z.object({ name: z.string().max(200).nullish() }).nullish(),
});

/** `offset` and `count` as the list endpoints take them (count 1..1000, default 50). */
const pageSchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  count: z.coerce.number().int().min(1).max(1000).default(50),
});

/** The render routes of the REST face. */
export function renderRoutes(rt: Runtime): Route[] {
  const renders = new Map<string, RenderRecord>();
  const base = '/v2/project/:apiKey/render';

  const toJson = (r: RenderRecord, status: RenderStatus = r.status): Record<string, unknown> => ({
    id: r.id,
    sessionId: r.sessionId,
    // A string here, as recorded (archives carry it as a number).
    projectId: rt.project.apiKey,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    url: r.url,
    resolution: r.resolution,
    status,
    streamId: r.streamId,
    ...(r.reason === null ? {} : { reason: r.reason }),
    ...(r.callbackUrl === null ? {} : { callbackUrl: r.callbackUrl }),
    ...(r.name === null ? {} : { properties: { name: r.name } }),
  });

  const stop = (render: RenderRecord, reason: string): void => {
    if (render.status === 'stopped' || render.status === 'failed') return;
    rt.timers.cancel(render.timer);
    render.status = 'stopped';
    render.reason = reason;
    render.updatedAt = rt.timers.now();
    const session = rt.store.session(render.sessionId);
    if (session) rt.store.disconnect(session, render.connectionId);
  };

  // A composer thrown out of the session stops rendering.
  rt.store.subscribe((event) => {
    if (event.type !== 'connectionDestroyed' || event.connection.kind !== 'render') return;
    for (const render of renders.values()) {
      if (render.connectionId === event.connection.connectionId) stop(render, 'Stop Requested');
    }
  });

  const find = (id: string | undefined): RenderRecord => {
    const render = id === undefined ? undefined : renders.get(id);
    if (!render) throw new HttpError(404, 'Render not found', { description: `No render ${id ?? ''} in this project.` });
    return render;
  };

  return [
    route('POST', base, async (ctx) => {
      const parsed = startSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const body = parsed.data;
      const session = requireSession(rt, body.sessionId);
      const grant = await requireParticipantToken(rt, body.token, body.sessionId);
      const now = rt.timers.now();
      const connection = rt.store.connect(
        session,
        { kind: 'render', role: grant.role, data: grant.connectionData, clientData: null, tokenType: grant.tokenType },
        now,
      );
      const name = body.properties?.name ?? null;
      const stream = rt.store.publish(
        session,
        connection.connectionId,
        { hasAudio: true, hasVideo: true, videoType: 'custom', name: name ?? '', layoutClassList: grant.initialLayoutClassList },
        now,
      );
      const render: RenderRecord = {
        id: randomUUID(),
        sessionId: session.sessionId,
        url: body.url,
        resolution: body.resolution ?? DEFAULT_RESOLUTION,
        callbackUrl: body.statusCallbackUrl ?? null,
        name,
        connectionId: connection.connectionId,
        streamId: stream.streamId,
        createdAt: now,
        updatedAt: now,
        status: 'started',
        reason: null,
        timer: undefined,
      };
      render.timer = rt.timers.after((body.maxDuration ?? DEFAULT_MAX_DURATION_S) * 1000, () => stop(render, 'Max duration exceeded'));
      renders.set(render.id, render);
      return json(202, toJson(render, 'starting'));
    }),
    route('GET', base, (ctx) => {
      const parsed = pageSchema.safeParse(Object.fromEntries(ctx.query));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const { offset, count } = parsed.data;
      const all = [...renders.values()].reverse();
      return json(200, { count: all.length, items: all.slice(offset, offset + count).map((r) => toJson(r)) });
    }),
    route('GET', `${base}/:renderId`, (ctx) => json(200, toJson(find(ctx.params.renderId)))),
    route('DELETE', `${base}/:renderId`, (ctx) => {
      stop(find(ctx.params.renderId), 'Stop Requested');
      return empty(204);
    }),
  ];
}
