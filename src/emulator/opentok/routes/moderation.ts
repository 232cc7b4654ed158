/**
 * Moderation, signaling and stream routes of the REST face (docs/providers/opentok.md#moderation):
 * force disconnect, signals, stream list/get/class lists, force mute, DTMF.
 */
import { z } from 'zod';
import { parseJsonObject } from '../../body.js';
import { badRequest, empty, HttpError, json, route } from '../../http.js';
import type { Reply, Route } from '../../http.js';
import { requireSession } from '../runtime.js';
import type { Runtime } from '../runtime.js';
import type { SessionRecord, StreamRecord } from '../store.js';

/** Signal limits: type up to 128 bytes, data up to 8 kB (413 beyond). */
const MAX_SIGNAL_TYPE_BYTES = 128;
const MAX_SIGNAL_DATA_BYTES = 8 * 1024;

const signalSchema = z.object({
  type: z.string().optional(),
  data: z.string({ error: 'data must be a string' }),
});

const classListsSchema = z.object({
  items: z.array(z.object({ id: z.string().min(1), layoutClassList: z.array(z.string()) })),
});

/**
 * Mute-all bodies. SDKs disagree on the exclusion key: Vonage/Python `excludedStreamIds`, Ruby
 * `excludedStreams`, and the opentok-node docs misspell it `excudedStreamIds`. Accept all three.
 */
const muteAllSchema = z.object({
  // The Ruby SDK sends "true" / "false" (recorded).
  active: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], { error: 'active must be a boolean' }),
  excludedStreamIds: z.array(z.string()).nullish(),
  excludedStreams: z.array(z.string()).nullish(),
  excudedStreamIds: z.array(z.string()).nullish(),
});

const dtmfSchema = z.object({
  digits: z.string().regex(/^[0-9*#p]+$/, 'must contain only 0-9, *, # and p'),
});

function streamJson(stream: StreamRecord): Record<string, unknown> {
  return { id: stream.streamId, videoType: stream.videoType, name: stream.name, layoutClassList: stream.layoutClassList };
}

function requireConnection(session: SessionRecord, connectionId: string | undefined): string {
  if (!connectionId || !session.connections.has(connectionId)) {
    throw new HttpError(404, 'Connection not found', { description: 'The client is not connected to the session.' });
  }
  return connectionId;
}

function requireStream(session: SessionRecord, streamId: string | undefined): StreamRecord {
  const stream = streamId === undefined ? undefined : session.streams.get(streamId);
  if (!stream) throw new HttpError(404, 'Stream not found', { description: 'No such stream in the session.' });
  return stream;
}

/**
 * The answer of the mute calls: an empty 200 with a JSON content type, as the recordings show (the
 * REST reference shows a project description instead; docs/providers/opentok.md#recorded-vs-documented).
 */
function muted(): Reply {
  return { status: 200, contentType: 'application/json' };
}

/** The answer of the DTMF calls: an empty 200 typed `application/xml`, as recorded. */
function dtmfPlayed(): Reply {
  return { status: 200, contentType: 'application/xml' };
}

/** The moderation routes of the REST face. */
export function moderationRoutes(rt: Runtime): Route[] {
  const base = '/v2/project/:apiKey/session/:sessionId';
  const session = (params: Readonly<Record<string, string>>): SessionRecord => requireSession(rt, params.sessionId ?? '');

  const signal = (s: SessionRecord, to: string | null, body: Buffer): void => {
    const parsed = signalSchema.safeParse(parseJsonObject(body));
    if (!parsed.success) throw badRequest(parsed.error.issues);
    const { type, data } = parsed.data;
    if (type !== undefined && Buffer.byteLength(type, 'utf8') > MAX_SIGNAL_TYPE_BYTES) {
      throw new HttpError(413, `The signal type exceeds ${MAX_SIGNAL_TYPE_BYTES} bytes`);
    }
    if (Buffer.byteLength(data, 'utf8') > MAX_SIGNAL_DATA_BYTES) {
      throw new HttpError(413, `The signal data exceeds ${MAX_SIGNAL_DATA_BYTES} bytes`);
    }
    rt.store.signal(s, { to, type: type ?? null, data, at: rt.timers.now() });
  };

  return [
    route('DELETE', `${base}/connection/:connectionId`, (ctx) => {
      const s = session(ctx.params);
      rt.store.disconnect(s, requireConnection(s, ctx.params.connectionId));
      return empty(204);
    }),
    route('POST', `${base}/signal`, (ctx) => {
      signal(session(ctx.params), null, ctx.body);
      return empty(204);
    }),
    route('POST', `${base}/connection/:connectionId/signal`, (ctx) => {
      const s = session(ctx.params);
      signal(s, requireConnection(s, ctx.params.connectionId), ctx.body);
      return empty(204);
    }),
    route('GET', `${base}/stream`, (ctx) => {
      const items = [...session(ctx.params).streams.values()].map(streamJson);
      return json(200, { count: items.length, items });
    }),
    route('PUT', `${base}/stream`, (ctx) => {
      const s = session(ctx.params);
      const parsed = classListsSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      // Check every id first so a bad item changes nothing.
      const updates = parsed.data.items.map((item) => ({ stream: requireStream(s, item.id), list: item.layoutClassList }));
      for (const { stream, list } of updates) stream.layoutClassList = list;
      return empty(200);
    }),
    route('GET', `${base}/stream/:streamId`, (ctx) => {
      return json(200, streamJson(requireStream(session(ctx.params), ctx.params.streamId)));
    }),
    route('POST', `${base}/stream/:streamId/mute`, (ctx) => {
      const stream = requireStream(session(ctx.params), ctx.params.streamId);
      parseJsonObject(ctx.body);
      if (stream.hasAudio) stream.audioMuted = true;
      return muted();
    }),
    route('POST', `${base}/mute`, (ctx) => {
      const s = session(ctx.params);
      const parsed = muteAllSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const m = parsed.data;
      const excluded = m.excludedStreamIds ?? m.excludedStreams ?? m.excudedStreamIds ?? [];
      s.forceMute = { active: m.active, excludedStreamIds: m.active ? excluded : [] };
      if (m.active) {
        for (const stream of s.streams.values()) {
          if (stream.hasAudio && !excluded.includes(stream.streamId)) stream.audioMuted = true;
        }
      }
      return muted();
    }),
    route('POST', `${base}/play-dtmf`, (ctx) => {
      session(ctx.params);
      const parsed = dtmfSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      return dtmfPlayed();
    }),
    route('POST', `${base}/connection/:connectionId/play-dtmf`, (ctx) => {
      const s = session(ctx.params);
      requireConnection(s, ctx.params.connectionId);
      const parsed = dtmfSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      return dtmfPlayed();
    }),
  ];
}
